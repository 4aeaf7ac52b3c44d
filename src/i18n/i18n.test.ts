import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/helpers/wait.js';
import { LitElement } from 'lit';
import { LOCALES, LocalizeController, loadLocale, matchLocale } from './i18n.js';
import { en as flowEn } from './locales/flow/en.js';
import { en as startEn } from './locales/start/en.js';

const en = { ...startEn, ...flowEn };
import { pseudoize } from './pseudo.js';

/** A minimal localized element, to test the controller on its own. */
class I18nProbe extends LitElement {
  readonly i18n = new LocalizeController(this);
  override render() {
    return html`<p>${this.i18n.t('retry')}</p>`;
  }
}
customElements.define('i18n-probe', I18nProbe);

const sample = (arity: number) => [3, 'Visio Plan 1', '$42.00'].slice(0, arity);

describe('message catalogs', () => {
  for (const tag of LOCALES) {
    it(`${tag} is complete: every English key, the same shape, no empty message`, async () => {
      const catalog = await loadLocale(tag);
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const message = (catalog as Record<string, unknown>)[key];
        expect(typeof message, `${tag}.${key}`).to.equal(typeof english);
        if (typeof english === 'function') {
          expect((message as (...a: unknown[]) => string).length, `${tag}.${key} arity`).to.equal(english.length);
          const text = (message as (...a: unknown[]) => string)(...sample(english.length));
          expect(text.trim(), `${tag}.${key}`).to.not.equal('');
          expect(text, `${tag}.${key}`).to.not.contain('undefined');
        } else {
          expect((message as string).trim(), `${tag}.${key}`).to.not.equal('');
        }
      }
    });
  }

  it('matches BCP 47 tags to catalogs', () => {
    expect(['sv-SE', 'pt', 'pt-PT', 'no', 'nn-NO', 'de-AT', 'EN-xa', 'xx', '', 'ja-JP'].map(matchLocale)).to.deep.equal(
      ['sv', 'pt-br', 'pt-br', 'nb', 'nb', 'de', 'en-xa', 'en', 'en', 'ja'],
    );
  });

  it('makes the pseudo-locale accented and at least 40% longer', async () => {
    const pseudo = await loadLocale('en-XA');
    expect(pseudo.retry).to.equal(pseudoize('Try again'));
    expect(pseudo.retry.length).to.be.at.least(Math.ceil('Try again'.length * 1.4));
    expect(pseudo.retry)
      .to.match(/^\[Trý áğáíñ|^\[/)
      .and.match(/[áéíöü]/);
  });
});

describe('LocalizeController', () => {
  it('loads the element’s locale and re-renders when it arrives', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="fi"></i18n-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent === 'Yritä uudelleen', 'Finnish arrives');
    el.setAttribute('lang', 'ja');
    await waitUntil(() => el.shadowRoot!.textContent === 'やり直す', 'Japanese arrives');
  });

  it('follows <html lang> when the element has none', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'it';
      const el = await fixture<I18nProbe>(html`<i18n-probe></i18n-probe>`);
      await waitUntil(() => el.shadowRoot!.textContent === 'Riprova', 'Italian arrives');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('sets right-to-left for Arabic unless the page chose a direction, and takes it back', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="ar"></i18n-probe>`);
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    el.setAttribute('lang', 'en');
    await waitUntil(() => !el.hasAttribute('dir'), 'dir removed');
    const wrapper = await fixture(html`<div dir="ltr"><i18n-probe lang="ar"></i18n-probe></div>`);
    await (wrapper.firstElementChild as I18nProbe).updateComplete;
    expect(wrapper.firstElementChild!.hasAttribute('dir')).to.equal(false);
  });

  it('formats money per locale and currency: yen without decimals, kronor after the number', async () => {
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="sv"></i18n-probe>`);
    expect(el.i18n.money(15600, 'SEK').replace(/\s/g, ' ')).to.equal('156,00 kr');
    el.setAttribute('lang', 'ja-JP');
    expect(el.i18n.money(2098, 'JPY')).to.match(/^[¥￥]2,098$/);
    el.setAttribute('lang', 'de');
    expect(el.i18n.money(1370, 'EUR').replace(/\s/g, ' ')).to.equal('13,70 €');
  });
});
