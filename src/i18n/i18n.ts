import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryableBy } from '../shared/lazy.js';
import { whenIdle } from '../shared/schedule.js';
import { minorUnitDigits } from '../shared/currency.js';
import type { StartCatalog } from './locales/start/en.js';
import type { FlowCatalog } from './locales/flow/en.js';
import type { ManageCatalog } from './locales/manage/en.js';
import type { AdminCatalog } from './locales/admin/en.js';

/**
 * The whole message catalog: the first screen's part, the rest of the flow's, the subscription
 * manager's, the admin elements'.
 */
export type Catalog = StartCatalog & FlowCatalog & ManageCatalog & AdminCatalog;
export type MessageKey = keyof Catalog;
/** The arguments a message takes: none for a plain string, the function's parameters otherwise. */
export type MessageArgs<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];
/** Host overrides: any subset of the catalog, each value a string or a function of the same shape. */
export type MessageOverrides = Partial<Catalog>;
/**
 * A catalog loads in two parts: `start` (buy button, dialog, configuration errors, the email step)
 * with the entry, and `flow` (every later step) while the email step is shown; `manage` (the
 * subscription manager) only where a manager is used; `admin` (the admin elements) only where one
 * of them is used.
 */
export type CatalogPart = 'start' | 'flow' | 'manage' | 'admin';
type PartLoader = () => Promise<Partial<Catalog>>;

/**
 * Where each part's catalogs load from: an index per part (`locales/<part>/catalogs.ts`), itself a
 * chunk loaded on first use, so that the entry names none of the ~40 catalogs of each part. Only the
 * buy button's English messages load directly: the label never waits for an index. `en-XA` is the
 * pseudo-locale: English accented and 40% longer, to expose clipped or unlocalized text.
 */
const INDEXES: Record<CatalogPart, () => Promise<{ loaders: Record<string, PartLoader> }>> = {
  start: () => import('./locales/start/catalogs.js'),
  flow: () => import('./locales/flow/catalogs.js'),
  manage: () => import('./locales/manage/catalogs.js'),
  admin: () => import('./locales/admin/catalogs.js'),
};

function partLoader(locale: string, part: CatalogPart): PartLoader {
  if (locale === 'en-xa')
    return () => Promise.all([import('./pseudo.js'), partLoader('en', part)()]).then(([p, en]) => p.pseudoCatalog(en));
  if (locale === 'en' && part === 'start') return () => import('./locales/start/en.js').then((m) => m.en);
  return () => INDEXES[part]().then(({ loaders }) => loaders[locale]?.() ?? {});
}

/** Tags of every catalog the SDK ships, as written in `lang`. */
export const LOCALES = [
  'en',
  'sv',
  'da',
  'nb',
  'fi',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt-BR',
  'ja',
  'ar',
  'zh-Hans',
  'zh-Hant',
  'ko',
  'pl',
  'ru',
  'uk',
  'he',
  'tr',
  'hu',
  'ro',
  'lt',
  'pt-PT',
  'ca',
  'vi',
  'cs',
  'bg',
  'el',
  'et',
  'sl',
  'lv',
  'id',
  'eu',
  'ms',
  'sk',
  'hr',
  'sr-Latn',
  'th',
  'gl',
  'en-XA',
];
/** The same tags as `localeChain` writes them. */
const SHIPPED = new Set(LOCALES.map((tag) => tag.toLowerCase()));
/** The parts the purchase flow uses (a locale's catalog, as `loadLocale` loads it). */
const PARTS: CatalogPart[] = ['start', 'flow'];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Shipped messages per catalog tag (parts merge in as they arrive), and which parts are in. */
const catalogs = new Map<string, Partial<Catalog>>();
const loaded = new Set<string>();
/** Messages hosts registered per tag (`registerLocale`): they win over the shipped ones of that tag. */
const registered = new Map<string, Partial<Catalog>>();
const loadPart = retryableBy((key: `${string}:${CatalogPart}`) => {
  const [locale, part] = key.split(':') as [string, CatalogPart];
  return partLoader(locale, part)().then((messages) => {
    catalogs.set(locale, { ...catalogs.get(locale), ...messages });
    loaded.add(key);
    changed();
  });
});
const listeners = new Set<() => void>();

/**
 * Calls `listener` whenever messages arrive or the document's `lang`/`dir` changes (elements then
 * render again); returns the unsubscribe function.
 */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  watchDocumentLang();
  return () => listeners.delete(listener);
}

function changed(): void {
  listeners.forEach((listener) => listener());
}

let documentObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (documentObserver) return;
  // A `lang` anywhere, or the page's own `dir` (elements set their own `dir`: not a change of locale).
  documentObserver = new MutationObserver((records) => {
    if (records.some((r) => r.attributeName === 'lang' || r.target === document.documentElement)) changed();
  });
  // The whole light DOM: a `lang` set on any ancestor of an element changes its locale (rare; cheap).
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Adds messages for a locale tag, e.g. `registerLocale('pl', pl)`: any subset of the catalog, and
 * calling again for the same tag adds to it. A message the tag lacks comes from the next catalog in
 * its chain (`localeChain`), English last. For a tag the SDK ships a catalog for (`sv`), that catalog
 * still loads and the host's messages win over it.
 */
export function registerLocale(tag: string, messages: Partial<Catalog>): void {
  const locale = tag.toLowerCase();
  registered.set(locale, { ...registered.get(locale), ...messages });
  changed();
}

/**
 * The shipped catalog that stands in for a tag (or its start) that has none of its own: Norwegian
 * Bokmål for Norwegian and Nynorsk, Brazilian Portuguese for Portuguese (Portugal's outside Brazil
 * and Portugal: Angola, Mozambique, …), Chinese by script (Taiwan,
 * Hong Kong and Macao write Traditional), Serbian in Latin script (Microsoft's Serbian).
 */
const STAND_INS: Record<string, string> = {
  no: 'nb',
  nn: 'nb',
  pt: 'pt-br',
  // CLDR's parent of Portuguese outside Brazil is Portugal's.
  ...Object.fromEntries(['ao', 'mz', 'cv', 'gw', 'st', 'tl', 'mo', 'lu', 'ch'].map((r) => [`pt-${r}`, 'pt-pt'])),
  zh: 'zh-hans',
  'zh-tw': 'zh-hant',
  'zh-hk': 'zh-hant',
  'zh-mo': 'zh-hant',
  sr: 'sr-latn',
};

/**
 * The catalogs that serve a BCP 47 tag, most specific first, English last: the tag, then the tag
 * shortened subtag by subtag (`sv-fi`, `sv`), each followed by its stand-in (`zh-tw`, `zh-hant`,
 * `zh`, `zh-hans`), keeping those a host registered or the SDK ships.
 */
export function localeChain(tag: string | null | undefined): string[] {
  const subtags = (tag ?? '').trim().toLowerCase().split('-');
  const candidates = subtags.flatMap((_, i) => {
    const prefix = subtags.slice(0, subtags.length - i).join('-');
    return [prefix, STAND_INS[prefix] ?? ''];
  });
  candidates.push('en');
  return [...new Set(candidates.filter((locale) => registered.has(locale) || SHIPPED.has(locale)))];
}

/**
 * The shipped catalog a tag's messages load from: the first in its chain (English at worst). Shipped
 * catalogs are complete, so the chain needs no other; registered tags before it only add messages.
 */
function shippedCatalog(tag: string): string {
  return localeChain(tag).find((locale) => SHIPPED.has(locale))!;
}

/** Whether a part of the messages for a tag is in (the part of the shipped catalog it loads from). */
export function hasMessages(tag: string, part: CatalogPart): boolean {
  return loaded.has(`${shippedCatalog(tag)}:${part}`);
}

/** Loads one part of a locale's catalog (once); elements using it render again when it arrives. */
export function loadMessages(tag: string, part: CatalogPart): Promise<void> {
  warnIfNoCatalog(tag);
  const key = `${shippedCatalog(tag)}:${part}` as const;
  return loaded.has(key) ? Promise.resolve() : loadPart(key);
}

/** Loads a locale's whole catalog: its messages as elements show them. */
export async function loadLocale(tag: string): Promise<Catalog> {
  await Promise.all(PARTS.map((part) => loadMessages(tag, part)));
  const chain = localeChain(tag);
  const serving = chain.slice(0, chain.indexOf(shippedCatalog(tag)) + 1).reverse();
  return Object.assign({}, ...serving.flatMap((locale) => [catalogs.get(locale), registered.get(locale)])) as Catalog;
}

/** Tags checked for a catalog of their own (each warned about once at most). */
const checkedTags = new Set<string>();

/**
 * Warns once per tag that has no catalog for its language (`pl`, `xx`): the text is English, while
 * `Intl` still formats the tag's way. The check waits a task, so that a host registering its catalog
 * right after importing the SDK (whose elements render at once) is in time.
 */
function warnIfNoCatalog(tag: string): void {
  const wanted = tag.trim().toLowerCase();
  if (checkedTags.has(wanted)) return;
  checkedTags.add(wanted);
  const language = wanted.split('-')[0];
  setTimeout(() => {
    if (language && language !== 'en' && localeChain(wanted)[0] === 'en')
      console.warn(`ssp-widgets: no messages for lang="${tag}"; showing English.`);
  });
}

/**
 * The `lang` that applies to an element: its own, an ancestor's (across shadow roots), `<html lang>`;
 * English for one that is not a BCP 47 language tag (with a warning), so `Intl` never throws.
 */
export function inheritedLang(element: Element): string {
  const tag = inherited(element, 'lang') ?? (document.documentElement.lang || 'en');
  let valid = languageTags.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      console.warn(`ssp-widgets: lang="${tag}" is not a language tag; showing English.`);
      valid = 'en';
    }
    languageTags.set(tag, valid);
  }
  return valid;
}

/** Each `lang` value seen, as a valid tag. */
const languageTags = new Map<string, string>();

function inherited(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest(`[${attribute}]`);
    const value = found?.getAttribute(attribute);
    if (value) return value;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/**
 * A message in a locale: the element's overrides first, then each catalog of the tag's chain (a
 * host's registered messages before the shipped ones of the same tag); English, last in every chain,
 * also stands in while the locale's part is still loading, and '' when none has arrived.
 */
export function translate<K extends MessageKey>(
  tag: string,
  overrides: MessageOverrides | undefined,
  key: K,
  args: MessageArgs<K>,
): string {
  let found: Catalog[K] | undefined = overrides?.[key];
  for (const locale of localeChain(tag)) found ??= registered.get(locale)?.[key] ?? catalogs.get(locale)?.[key];
  const message = found as string | ((...a: unknown[]) => string) | undefined;
  if (message === undefined) return '';
  return typeof message === 'function' ? message(...args) : message;
}

/** The element sets its own `dir` for a right-to-left locale when the page set none; returns whether it did. */
export function applyDirection(element: HTMLElement, lang: string, setBefore: boolean): boolean {
  const rtl = RTL_LANGUAGES.has(lang.split('-')[0]!.toLowerCase());
  if (rtl && (setBefore || !inherited(element, 'dir'))) {
    if (element.getAttribute('dir') !== 'rtl') element.setAttribute('dir', 'rtl');
    return true;
  }
  if (!rtl && setBefore) element.removeAttribute('dir');
  return false;
}

/**
 * The tag `Intl` formats with: the element's own, also for a language without a catalog (`hi` shows
 * English text and Hindi numbers, money and dates); English for the pseudo-locale.
 */
function intlLocale(lang: string): string {
  const serving = localeChain(lang)[0]!;
  if (serving === 'en-xa') return 'en';
  // A catalog of one script serving a tag without one (`sr` → sr-Latn): numbers and dates in it too.
  const script = serving.split('-')[1];
  if (script?.length !== 4 || lang.toLowerCase().split('-').includes(script)) return lang;
  const [language, ...rest] = lang.split('-');
  return [language, script, ...rest].join('-');
}

// Building an Intl formatter costs milliseconds; a seat picker formats a dozen amounts per render.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The first `Intl` formatter a page builds initializes the browser's ICU data: 35–65 ms on the
 * bench machine, once per page. The flow pays it on the sign-in step, where the person reads and
 * then signs in (a popup: seconds in which the page has nothing to do), in idle time and in two
 * parts (locale data, then number formatting: about 20 ms each), so that the seat step (the first
 * with money on it) does not pay it and nothing runs while the person types their email. Pages
 * that already used `Intl` have paid it before.
 */
export function warmUpFormatting(lang: string): void {
  const tag = intlLocale(lang);
  whenIdle(() => {
    try {
      new Intl.Locale(tag).maximize();
    } catch {
      /* not a valid tag: the formatter below falls back by itself */
    }
    whenIdle(() => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }).format(1));
  });
}

type LocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides };

/**
 * Per-instance localization: resolves the element's locale (its `lang`, then an ancestor's, then
 * `<html lang>`, then English), loads that catalog (or only the `start` part, for the elements of
 * the first screen), applies the host's `messages` overrides and formats with `Intl`. There is no
 * global configuration a host page could collide with. For a right-to-left locale on a page that
 * set no direction, the element sets its own `dir`.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  private parts: CatalogPart[];
  private unsubscribe?: () => void;
  private ownLangObserver?: MutationObserver;
  private setDir = false;
  /** The locale's messages could not be loaded: English stands in until they can (never a blank element). */
  private english = false;

  constructor(host: LocalizedHost, parts: CatalogPart[] = PARTS) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => this.host.requestUpdate());
    this.ownLangObserver = new MutationObserver(() => this.host.requestUpdate());
    this.ownLangObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.ownLangObserver?.disconnect();
  }

  hostUpdate(): void {
    for (const part of this.parts)
      void loadMessages(this.lang, part)
        .catch(() => {
          const wasReady = this.ready;
          this.english = true;
          // Rendered again only when that changes what shows (a failing load is tried again each update).
          return loadMessages('en', part).then(() => wasReady || this.host.requestUpdate());
        })
        .catch(() => undefined);
    this.setDir = applyDirection(this.host, this.lang, this.setDir);
  }

  /** The BCP 47 tag in force for this element (as written, for `Intl`). */
  get lang(): string {
    return inheritedLang(this.host);
  }

  /** Loads another part of the catalog too (the flow needs every part once it goes past its first step). */
  include(part: CatalogPart): void {
    if (this.parts.includes(part)) return;
    this.parts = [...this.parts, part];
    this.host.requestUpdate();
  }

  /** Whether the messages this element uses have arrived in its locale. */
  get ready(): boolean {
    return this.parts.every((part) => hasMessages(this.lang, part) || (this.english && hasMessages('en', part)));
  }

  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return translate(this.lang, this.host.messages, key, args);
  }

  /** Formats an amount given in integer minor units of an ISO 4217 currency. */
  money(minorUnits: number, currency: string): string {
    const key = `${this.intlLang}|${currency}`;
    let format = moneyFormats.get(key);
    if (!format)
      moneyFormats.set(key, (format = new Intl.NumberFormat(this.intlLang, { style: 'currency', currency })));
    return format.format(minorUnits / 10 ** minorUnitDigits(currency));
  }

  date(iso: string): string {
    let format = dateFormats.get(this.intlLang);
    if (!format)
      dateFormats.set(this.intlLang, (format = new Intl.DateTimeFormat(this.intlLang, { dateStyle: 'long' })));
    return format.format(new Date(iso));
  }

  private get intlLang(): string {
    return intlLocale(this.lang);
  }
}
