import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/helpers/wait.js';
import { LitElement } from 'lit';
import { LOCALES, LocalizeController, loadLocale, loadMessages, localeChain, registerLocale } from './i18n.js';
import type { Catalog } from './i18n.js';
import { en as flowEn } from './locales/flow/en.js';
import { en as startEn } from './locales/start/en.js';
import { en as manageEn } from './locales/manage/en.js';
import { en as adminEn } from './locales/admin/en.js';
import { loaders as startCatalogs } from './locales/start/catalogs.js';
import { loaders as flowCatalogs } from './locales/flow/catalogs.js';
import { loaders as manageCatalogs } from './locales/manage/catalogs.js';
import { loaders as adminCatalogs } from './locales/admin/catalogs.js';
import { pseudoize } from './pseudo.js';

/** What `loadLocale` gives (the flow's two parts). */
const en = { ...startEn, ...flowEn };
/** Every part: the purchase flow's, the subscription manager's and the admin elements'. */
const everyPart = { ...en, ...manageEn, ...adminEn };

/** A locale's whole catalog, all four parts (`loadLocale` returns every part loaded so far). */
async function wholeCatalog(tag: string): Promise<Catalog> {
  await Promise.all([loadMessages(tag, 'manage'), loadMessages(tag, 'admin')]);
  return loadLocale(tag);
}

/** The text of a message, its count's digits masked (a count's form, not its number). */
const masked = (text: string) => text.replace(/\d+/g, '#');
const SAMPLE_ARGS = ['Visio Plan 1', 'Megan Bowen', '$42.00', 'https://example.com'];
/** The English messages that count: a function of a number whose text differs for 1 and 3. */
const counting = Object.entries(everyPart).filter(([, message]) => {
  if (typeof message !== 'function') return false;
  const say = message as (...args: unknown[]) => string;
  const rest = SAMPLE_ARGS.slice(0, say.length - 1);
  return masked(say(1, ...rest)) !== masked(say(3, ...rest));
}) as [keyof Catalog, (...args: unknown[]) => string][];

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
    it(`${tag} is complete in every part (flow, manager, admin): every English key, the same shape, no empty message`, async () => {
      const catalog = await wholeCatalog(tag);
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(everyPart).sort());
      for (const [key, english] of Object.entries(everyPart)) {
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

    if (tag === 'en' || tag === 'en-XA') continue;
    it(`${tag}: a count takes the language's plural form (the same form for counts of one CLDR category)`, async () => {
      const catalog = await wholeCatalog(tag);
      const rules = new Intl.PluralRules(tag);
      // Not 0: any language may say zero its own way (“Aucune licence n’est libre”).
      const counts = [1, 2, 3, 4, 5, 6, 10, 11, 12, 14, 20, 21, 22, 25, 100, 101, 102, 103, 111, 1000];
      const problems: string[] = [];
      for (const [key, english] of counting) {
        const say = catalog[key] as (...args: unknown[]) => string;
        const rest = SAMPLE_ARGS.slice(0, english.length - 1);
        const formOf = new Map<string, [number, string]>();
        for (const count of counts) {
          const category = rules.select(count);
          const text = masked(say(count, ...rest));
          const seen = formOf.get(category);
          if (!seen) formOf.set(category, [count, text]);
          else if (seen[1] !== text) problems.push(`${key}: ${seen[0]} and ${count} are both “${category}”`);
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  // A button that shows `unassign` (“Remove”) and is named by `unassignLabel` (“Remove the license
  // from Megan”): its name must contain what it shows, for speech input (WCAG 2.5.3).
  const labelled = Object.keys(everyPart).filter(
    (key) => typeof (everyPart as Record<string, unknown>)[`${key}Label`] === 'function',
  );
  for (const tag of LOCALES) {
    it(`${tag}: a button's accessible name contains the text it shows (${labelled.join(', ')})`, async () => {
      const catalog = (await wholeCatalog(tag)) as unknown as Record<string, unknown>;
      const text = (key: string) => {
        const message = catalog[key];
        return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...SAMPLE_ARGS) : message;
      };
      // (The pseudo-locale's brackets and padding are decoration, not text.)
      const fold = (value: unknown) =>
        String(value)
          .toLocaleLowerCase(tag)
          .replace(/[[\]·]/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      const problems = labelled
        .filter((key) => !fold(text(`${key}Label`)).includes(fold(text(key))))
        .map((key) => `${key}: “${text(key)}” is not in “${text(`${key}Label`)}”`);
      expect(problems).to.deep.equal([]);
    });
  }

  it('every part lists every shipped locale, and nothing else', () => {
    const shipped = LOCALES.filter((tag) => tag !== 'en-XA')
      .map((tag) => tag.toLowerCase())
      .sort();
    for (const loaders of [startCatalogs, flowCatalogs, manageCatalogs, adminCatalogs])
      expect(Object.keys(loaders).sort()).to.deep.equal(shipped);
  });

  it('chains BCP 47 tags to catalogs, English last', () => {
    const tags = ['sv-SE', 'sv-FI', 'pt', 'pt-PT', 'pt-AO', 'no', 'nn-NO', 'de-AT', 'EN-xa', 'xx', '', 'ja-JP'];
    expect(tags.map((tag) => localeChain(tag).join(' > '))).to.deep.equal([
      'sv > en',
      'sv > en',
      'pt-br > en',
      'pt-pt > pt-br > en',
      'pt-pt > pt-br > en',
      'nb > en',
      'nb > en',
      'de > en',
      'en-xa > en',
      'en',
      'en',
      'ja > en',
    ]);
  });

  it('serves Chinese by script: Traditional for Taiwan, Hong Kong and Macao, Simplified otherwise', async () => {
    const tags = ['zh-TW', 'zh-HK', 'zh-Hant-HK', 'zh-MO', 'zh-CN', 'zh-SG', 'zh', 'zh-Hans-CN'];
    expect(tags.map((tag) => localeChain(tag)[0])).to.deep.equal([
      'zh-hant',
      'zh-hant',
      'zh-hant',
      'zh-hant',
      'zh-hans',
      'zh-hans',
      'zh-hans',
      'zh-hans',
    ]);
    const el = await fixture<I18nProbe>(html`<i18n-probe lang="zh-TW"></i18n-probe>`);
    await waitUntil(() => el.shadowRoot!.textContent === '再試一次', 'Traditional Chinese arrives');
    el.setAttribute('lang', 'zh-CN');
    await waitUntil(() => el.shadowRoot!.textContent === '重试', 'Simplified Chinese arrives');
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

describe('plural forms (Intl.PluralRules)', () => {
  it('Arabic: zero, one, two, few (3–10), many (11–99) and other (100…)', async () => {
    const ar = await wholeCatalog('ar');
    const existing = (count: number) => ar.seatsExisting(count, 'Visio Plan 1');
    expect(existing(1)).to.contain('ترخيص واحد');
    expect(existing(2)).to.contain('ترخيصان').and.not.contain('2');
    expect(existing(3)).to.contain('3 تراخيص');
    expect(existing(10)).to.contain('10 تراخيص');
    expect(existing(11)).to.contain('11 ترخيصًا');
    expect(existing(99)).to.contain('99 ترخيصًا');
    expect(existing(100)).to.contain('100 ترخيص ').and.not.contain('تراخيص');
    expect(existing(103)).to.contain('103 تراخيص');
    expect(ar.licensesFree(0)).to.equal('لا توجد تراخيص متاحة.');
    expect(ar.errorRateLimited(2)).to.contain('ثانيتين');
  });

  it('Polish: one, few (2–4, 22–24…) and many (5–21, 25…)', async () => {
    const pl = await wholeCatalog('pl');
    const existing = (count: number) => pl.seatsExisting(count, 'Visio Plan 1');
    expect(existing(1)).to.equal('Masz już 1 licencję na Visio Plan 1.');
    expect(existing(2)).to.equal('Masz już 2 licencje na Visio Plan 1.');
    expect(existing(4)).to.equal('Masz już 4 licencje na Visio Plan 1.');
    expect(existing(5)).to.equal('Masz już 5 licencji na Visio Plan 1.');
    expect(existing(12)).to.equal('Masz już 12 licencji na Visio Plan 1.');
    expect(existing(22)).to.equal('Masz już 22 licencje na Visio Plan 1.');
    expect(existing(25)).to.equal('Masz już 25 licencji na Visio Plan 1.');
  });

  it('French: zero and one take the singular', async () => {
    const fr = await wholeCatalog('fr');
    expect(fr.purchasesCaption(0)).to.equal('0\u00a0abonnement');
    expect(fr.purchasesCaption(1)).to.equal('1\u00a0abonnement');
    expect(fr.purchasesCaption(2)).to.equal('2\u00a0abonnements');
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

  it('sets right-to-left for Arabic and Hebrew unless the page chose a direction, and takes it back', async () => {
    const hebrew = await fixture<I18nProbe>(html`<i18n-probe lang="he-IL"></i18n-probe>`);
    await waitUntil(() => hebrew.shadowRoot!.textContent === 'נסה שוב', 'Hebrew arrives');
    expect(hebrew.getAttribute('dir')).to.equal('rtl');
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
    // Serbian is served in Latin script: its dates too (Intl writes `sr` in Cyrillic).
    el.setAttribute('lang', 'sr-RS');
    expect(el.i18n.date('2026-03-05T12:00:00Z')).to.equal('5. mart 2026.');
    // Amounts count ISO 4217's minor units (fillér), whatever decimals the browser shows forints with.
    el.setAttribute('lang', 'en');
    expect(el.i18n.money(499000, 'HUF').replace(/\s/g, ' ')).to.match(/^HUF 4,990(\.00)?$/);
    expect(el.i18n.money(2250000000, 'IDR').replace(/\s/g, ' ')).to.match(/^IDR 22,500,000(\.00)?$/);
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
    expect(Object.keys(catalog)).to.include.members(Object.keys(en));
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
    let sw: I18nPage | undefined;
    const warned = await warnedTags(async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <i18n-page lang="sw"></i18n-page><i18n-page lang="sw"></i18n-page><i18n-page lang="xx"></i18n-page>
          <i18n-page lang="de-AT"></i18n-page><i18n-page lang="pt-AO"></i18n-page><i18n-page lang="nn"></i18n-page>
        </div>`,
      );
      sw = page.querySelector<I18nPage>('i18n-page')!;
      await waitUntil(() => shown(sw!)[0] === 'Try again', 'English arrives');
      sw.requestUpdate();
      await sw.updateComplete;
    });
    expect(warned).to.deep.equal(['sw', 'xx']);
    expect(shown(sw!)).to.deep.equal(['Try again', 'Close', 'Buy Visio Plan 1']);
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

  it('formats money and dates the Hindi way for lang="hi" while the text is English', async () => {
    const el = await fixture<I18nPage>(html`<i18n-page lang="hi"></i18n-page>`);
    await waitUntil(() => shown(el)[0] === 'Try again', 'English arrives');
    expect(el.i18n.money(123456700, 'INR')).to.equal('₹12,34,567.00');
    expect(el.i18n.date('2026-03-05T12:00:00Z')).to.equal('5 मार्च 2026');
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
