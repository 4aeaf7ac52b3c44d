import { expect } from '@open-wc/testing';
import { LOCALES } from '../i18n/i18n.js';
import { stripeLocale } from './stripe.js';

describe('stripeLocale: the card form speaks the flow’s language', () => {
  it('maps tags to Stripe’s locales: regions kept where Stripe has them, Chinese by script', () => {
    const tags = ['sv-SE', 'pt-BR', 'pt-PT', 'fr-CA', 'de-AT', 'zh-Hans', 'zh-CN', 'zh-Hant', 'zh-TW', 'zh-HK'];
    expect(tags.map(stripeLocale)).to.deep.equal([
      'sv',
      'pt-BR',
      'pt',
      'fr-CA',
      'de',
      'zh',
      'zh',
      'zh-TW',
      'zh-TW',
      'zh-HK',
    ]);
    expect(['zh-Hant-HK', 'zh-MO', 'sr-Latn', 'xx', 'es-419', 'es-MX'].map(stripeLocale)).to.deep.equal([
      'zh-HK',
      'zh-HK',
      'auto',
      'auto',
      'es-419',
      'es',
    ]);
    // The card form speaks what the text is written in: Bokmål for Nynorsk, Simplified for zh-Hans-HK.
    expect(['nn', 'nn-NO', 'zh-Hans-HK', 'pt-AO', 'fil'].map(stripeLocale)).to.deep.equal([
      'nb',
      'nb',
      'zh',
      'pt',
      'fil',
    ]);
  });

  it('gives Stripe a locale of its own for every shipped language it has one for', () => {
    // Stripe has no Ukrainian, Catalan, Basque, Galician or Serbian card form: the browser's language.
    const auto = LOCALES.filter((tag) => stripeLocale(tag) === 'auto');
    expect(auto).to.deep.equal(['uk', 'ca', 'eu', 'sr-Latn', 'gl']);
  });
});
