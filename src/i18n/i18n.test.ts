import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/helpers/wait.js';
import { LitElement } from 'lit';
import { LOCALES, LocalizeController, loadLocale, localeChain, registerLocale } from './i18n.js';
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

/** A localized element showing a message of each part (`flow`, then `start`) and one with an argument. */
class I18nPage extends LitElement {
  readonly i18n = new LocalizeController(this);
  override render() {
    const { i18n } = this;
    return html`<p>${i18n.t('retry')}</p>
      <p>${i18n.t('dialogClose')}</p>
      <p>${i18n.t('buyButtonLabel', 'Visio Plan 1')}</p>`;
  }
}
customElements.define('i18n-page', I18nPage);
const shown = (el: Element) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Runs `test` with `console.warn` recorded; returns the `lang` each warning names. */
async function warnedTags(test: () => Promise<void>): Promise<string[]> {
  const warn = console.warn;
  const tags: string[] = [];
  console.warn = (message: unknown) => tags.push(String(message).match(/lang="([^"]*)"/)?.[1] ?? String(message));
  try {
    await test();
    await nextTask();
  } finally {
    console.warn = warn;
  }
  return tags;
}

const sample = (arity: number) => [3, 'Visio Plan 1', '$42.00'].slice(0, arity);

// First in the file, before any test loads the Danish catalog: the host registers before it arrives.
describe('a host overriding a few messages of a shipped locale', () => {
  it('still gets the shipped catalog for the rest, and its own messages win when it arrives', async () => {
    registerLocale('da', { retry: 'Prøv en gang til' });
    const el = await fixture<I18nPage>(html`<i18n-page lang="da-DK"></i18n-page>`);
    await waitUntil(() => el.i18n.ready, 'Danish arrives');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Prøv en gang til', 'Luk', 'Køb Visio Plan 1']);
  });
});

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

  it('chains BCP 47 tags to catalogs, English last', () => {
    const tags = ['sv-SE', 'sv-FI', 'pt', 'pt-PT', 'no', 'nn-NO', 'de-AT', 'EN-xa', 'xx', '', 'ja-JP'];
    expect(tags.map((tag) => localeChain(tag).join(' > '))).to.deep.equal([
      'sv > en',
      'sv > en',
      'pt-br > en',
      'pt-br > en',
      'nb > en',
      'nb > en',
      'de > en',
      'en-xa > en',
      'en',
      'en',
      'ja > en',
    ]);
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

describe('locales a host registers', () => {
  it('a partial catalog: the messages it lacks are English', async () => {
    registerLocale('eo', { retry: 'Reprovu' });
    const el = await fixture<I18nPage>(html`<i18n-page lang="eo"></i18n-page>`);
    await waitUntil(() => el.i18n.ready, 'English arrives');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Reprovu', 'Close', 'Buy Visio Plan 1']);
    const catalog = await loadLocale('eo');
    expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
    expect(catalog.retry).to.equal('Reprovu');
  });

  it('registering more messages for the same tag adds to them, and elements show them', async () => {
    registerLocale('ia', { retry: 'Reprova' });
    const el = await fixture<I18nPage>(html`<i18n-page lang="ia"></i18n-page>`);
    await waitUntil(() => shown(el)[1] === 'Close', 'English arrives');
    registerLocale('IA', { dialogClose: 'Clauder', buyButtonLabel: (product) => `Comprar ${product}` });
    await waitUntil(() => shown(el)[1] === 'Clauder', 'the new messages are shown');
    expect(shown(el)).to.deep.equal(['Reprova', 'Clauder', 'Comprar Visio Plan 1']);
  });

  it('sv-FI with two messages: the rest in Swedish, then English', async () => {
    registerLocale('sv-FI', { retry: 'Prova på nytt', buyButtonLabel: (product) => `Beställ ${product}` });
    expect(localeChain('sv-FI')).to.deep.equal(['sv-fi', 'sv', 'en']);
    const el = await fixture<I18nPage>(html`<i18n-page lang="sv-FI"></i18n-page>`);
    await waitUntil(() => el.i18n.ready, 'Swedish arrives');
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['Prova på nytt', 'Stäng', 'Beställ Visio Plan 1']);
    const sweden = await fixture<I18nPage>(html`<i18n-page lang="sv-SE"></i18n-page>`);
    expect(shown(sweden)).to.deep.equal(['Försök igen', 'Stäng', 'Köp Visio Plan 1']);
  });

  it('a valid tag without a catalog shows English and warns once per tag', async () => {
    let pl: I18nPage | undefined;
    const warned = await warnedTags(async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <i18n-page lang="pl"></i18n-page><i18n-page lang="pl"></i18n-page><i18n-page lang="xx"></i18n-page>
          <i18n-page lang="de-AT"></i18n-page><i18n-page lang="pt-PT"></i18n-page><i18n-page lang="nn"></i18n-page>
        </div>`,
      );
      pl = page.querySelector<I18nPage>('i18n-page')!;
      await waitUntil(() => shown(pl!)[0] === 'Try again', 'English arrives');
      pl.requestUpdate();
      await pl.updateComplete;
    });
    expect(warned).to.deep.equal(['pl', 'xx']);
    expect(shown(pl!)).to.deep.equal(['Try again', 'Close', 'Buy Visio Plan 1']);
  });

  it('no warning for a language the host registers right after its elements render', async () => {
    const el = document.createElement('i18n-page') as I18nPage;
    const warned = await warnedTags(async () => {
      el.lang = 'tlh';
      document.body.append(el);
      await el.updateComplete;
      registerLocale('tlh', { retry: 'yIqIm' });
      await waitUntil(() => shown(el)[0] === 'yIqIm', 'the registered message is shown');
    }).finally(() => el.remove());
    expect(warned).to.deep.equal([]);
  });

  it('formats money and dates the Polish way for lang="pl" while the text is English', async () => {
    const el = await fixture<I18nPage>(html`<i18n-page lang="pl"></i18n-page>`);
    await waitUntil(() => shown(el)[0] === 'Try again', 'English arrives');
    expect(el.i18n.money(15600, 'PLN').replace(/\s/g, ' ')).to.equal('156,00 zł');
    expect(el.i18n.date('2026-03-05T12:00:00Z')).to.equal('5 marca 2026');
  });
});

describe('the CDN entry', () => {
  it('exports registerLocale: a language registered through it labels the buy button', async () => {
    const cdn = await import('../define.js');
    expect(cdn.registerLocale).to.equal(registerLocale);
    cdn.registerLocale('ga', { buyButtonLabel: (product) => `Ceannaigh ${product}` });
    const button = await fixture<HTMLElement>(html`<ssp-buy-button lang="ga" product="visio-plan-1"></ssp-buy-button>`);
    const label = () => button.shadowRoot!.querySelector('[part~="button"]')?.textContent;
    await waitUntil(() => label() === 'Ceannaigh Visio Plan 1', 'the registered label is shown');
  });
});
