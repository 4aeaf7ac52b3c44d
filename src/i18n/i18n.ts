import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryableBy } from '../shared/lazy.js';
import type { StartCatalog } from './locales/start/en.js';
import type { FlowCatalog } from './locales/flow/en.js';

/** The whole message catalog: the first screen's part and the rest of the flow's. */
export type Catalog = StartCatalog & FlowCatalog;
export type MessageKey = keyof Catalog;
/** The arguments a message takes: none for a plain string, the function's parameters otherwise. */
export type MessageArgs<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];
/** Host overrides: any subset of the catalog, each value a string or a function of the same shape. */
export type MessageOverrides = Partial<Catalog>;
/**
 * A catalog loads in two parts: `start` (buy button, dialog, configuration errors, the email step)
 * with the entry, and `flow` (every later step) while the email step is shown.
 */
export type CatalogPart = 'start' | 'flow';
type PartLoader = () => Promise<Partial<Catalog>>;

/**
 * Every catalog loads on demand (only the one in use is downloaded). `en-XA` is the pseudo-locale:
 * English accented and 40% longer, to expose clipped or unlocalized text.
 */
const LOADERS: Record<string, Record<CatalogPart, PartLoader>> = {
  en: {
    start: () => import('./locales/start/en.js').then((m) => m.en),
    flow: () => import('./locales/flow/en.js').then((m) => m.en),
  },
  sv: {
    start: () => import('./locales/start/sv.js').then((m) => m.sv),
    flow: () => import('./locales/flow/sv.js').then((m) => m.sv),
  },
  da: {
    start: () => import('./locales/start/da.js').then((m) => m.da),
    flow: () => import('./locales/flow/da.js').then((m) => m.da),
  },
  nb: {
    start: () => import('./locales/start/nb.js').then((m) => m.nb),
    flow: () => import('./locales/flow/nb.js').then((m) => m.nb),
  },
  fi: {
    start: () => import('./locales/start/fi.js').then((m) => m.fi),
    flow: () => import('./locales/flow/fi.js').then((m) => m.fi),
  },
  de: {
    start: () => import('./locales/start/de.js').then((m) => m.de),
    flow: () => import('./locales/flow/de.js').then((m) => m.de),
  },
  fr: {
    start: () => import('./locales/start/fr.js').then((m) => m.fr),
    flow: () => import('./locales/flow/fr.js').then((m) => m.fr),
  },
  es: {
    start: () => import('./locales/start/es.js').then((m) => m.es),
    flow: () => import('./locales/flow/es.js').then((m) => m.es),
  },
  it: {
    start: () => import('./locales/start/it.js').then((m) => m.it),
    flow: () => import('./locales/flow/it.js').then((m) => m.it),
  },
  nl: {
    start: () => import('./locales/start/nl.js').then((m) => m.nl),
    flow: () => import('./locales/flow/nl.js').then((m) => m.nl),
  },
  'pt-br': {
    start: () => import('./locales/start/pt-BR.js').then((m) => m.ptBR),
    flow: () => import('./locales/flow/pt-BR.js').then((m) => m.ptBR),
  },
  ja: {
    start: () => import('./locales/start/ja.js').then((m) => m.ja),
    flow: () => import('./locales/flow/ja.js').then((m) => m.ja),
  },
  ar: {
    start: () => import('./locales/start/ar.js').then((m) => m.ar),
    flow: () => import('./locales/flow/ar.js').then((m) => m.ar),
  },
  'en-xa': {
    start: () => Promise.all([import('./pseudo.js'), LOADERS.en!.start()]).then(([p, en]) => p.pseudoCatalog(en)),
    flow: () => Promise.all([import('./pseudo.js'), LOADERS.en!.flow()]).then(([p, en]) => p.pseudoCatalog(en)),
  },
};

/** Tags of every catalog the SDK ships, as written in `lang`. */
export const LOCALES = ['en', 'sv', 'da', 'nb', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ar', 'en-XA'];
const PARTS: CatalogPart[] = ['start', 'flow'];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

/** Messages per catalog tag (parts merge in as they arrive), and which parts are in. */
const catalogs = new Map<string, Partial<Catalog>>();
const loaded = new Set<string>();
const loadPart = retryableBy((key: `${string}:${CatalogPart}`) => {
  const [locale, part] = key.split(':') as [string, CatalogPart];
  return LOADERS[locale]![part]().then((messages) => {
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

/** Registers (or replaces) a whole catalog for a locale tag, e.g. `registerLocale('pl', pl)`. */
export function registerLocale(tag: string, catalog: Catalog): void {
  const locale = tag.toLowerCase();
  catalogs.set(locale, catalog);
  PARTS.forEach((part) => loaded.add(`${locale}:${part}`));
  changed();
}

/** The catalog tag that best serves a BCP 47 tag: exact match, then its language (`nb` for `no`), then English. */
export function matchLocale(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  const known = (candidate: string) => catalogs.has(candidate) || candidate in LOADERS;
  if (known(wanted)) return wanted;
  const language = wanted.split('-')[0] ?? '';
  if (language === 'no' || language === 'nn') return 'nb';
  if (language === 'pt') return 'pt-br';
  return known(language) ? language : 'en';
}

/** Whether a part of a locale's catalog is in (for a registered locale, always). */
export function hasMessages(tag: string, part: CatalogPart): boolean {
  return loaded.has(`${matchLocale(tag)}:${part}`);
}

/** Loads one part of a locale's catalog (once); elements using it render again when it arrives. */
export function loadMessages(tag: string, part: CatalogPart): Promise<void> {
  const key = `${matchLocale(tag)}:${part}` as const;
  return loaded.has(key) ? Promise.resolve() : loadPart(key);
}

/** Loads a locale's whole catalog. */
export async function loadLocale(tag: string): Promise<Catalog> {
  await Promise.all(PARTS.map((part) => loadMessages(tag, part)));
  return catalogs.get(matchLocale(tag)) as Catalog;
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
 * A message in a locale, with the host's overrides first; English stands in while the locale's
 * part is still loading, and '' when neither has arrived.
 */
export function translate<K extends MessageKey>(
  tag: string,
  overrides: MessageOverrides | undefined,
  key: K,
  args: MessageArgs<K>,
): string {
  const message = (overrides?.[key] ?? catalogs.get(matchLocale(tag))?.[key] ?? catalogs.get('en')?.[key]) as
    string | ((...a: unknown[]) => string) | undefined;
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

// Building an Intl formatter costs milliseconds; a seat picker formats a dozen amounts per render.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The first `Intl` formatter a page builds initializes the browser's ICU data: 35–65 ms on the
 * bench machine, once per page. The flow pays it while the person reads the email step, in idle
 * time and in two parts (locale data, then number formatting: about 20 and 20–40 ms), so that no
 * single task is long and the seat step (the first with money on it) does not pay it. Pages that
 * already used `Intl` have paid it before.
 */
export function warmUpFormatting(lang: string): void {
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
  const tag = matchLocale(lang) === 'en-xa' ? 'en' : lang;
  idle(() => {
    try {
      new Intl.Locale(tag).maximize();
    } catch {
      /* not a valid tag: the formatter below falls back by itself */
    }
    idle(() => new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD' }).format(1));
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
    for (const part of this.parts) void loadMessages(this.lang, part).catch(() => undefined);
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
    return this.parts.every((part) => hasMessages(this.lang, part));
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
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minorUnits / 10 ** digits);
  }

  date(iso: string): string {
    let format = dateFormats.get(this.intlLang);
    if (!format)
      dateFormats.set(this.intlLang, (format = new Intl.DateTimeFormat(this.intlLang, { dateStyle: 'long' })));
    return format.format(new Date(iso));
  }

  /** The tag for `Intl` (the pseudo-locale formats as English). */
  private get intlLang(): string {
    return matchLocale(this.lang) === 'en-xa' ? 'en' : this.lang;
  }
}
