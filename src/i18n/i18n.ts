import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './locales/en.js';

export type { Catalog };
export type MessageKey = keyof Catalog;
/** The arguments a message takes: none for a plain string, the function's parameters otherwise. */
export type MessageArgs<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];
/** Host overrides: any subset of the catalog, each value a string or a function of the same shape. */
export type MessageOverrides = Partial<Catalog>;

/**
 * Every catalog loads on demand (only the one in use is downloaded). `en-XA` is the pseudo-locale:
 * English accented and 40% longer, to expose clipped or unlocalized text.
 */
const LOADERS: Record<string, () => Promise<Catalog>> = {
  en: () => import('./locales/en.js').then((m) => m.en),
  sv: () => import('./locales/sv.js').then((m) => m.sv),
  da: () => import('./locales/da.js').then((m) => m.da),
  nb: () => import('./locales/nb.js').then((m) => m.nb),
  fi: () => import('./locales/fi.js').then((m) => m.fi),
  de: () => import('./locales/de.js').then((m) => m.de),
  fr: () => import('./locales/fr.js').then((m) => m.fr),
  es: () => import('./locales/es.js').then((m) => m.es),
  it: () => import('./locales/it.js').then((m) => m.it),
  nl: () => import('./locales/nl.js').then((m) => m.nl),
  'pt-br': () => import('./locales/pt-BR.js').then((m) => m.ptBR),
  ja: () => import('./locales/ja.js').then((m) => m.ja),
  ar: () => import('./locales/ar.js').then((m) => m.ar),
  'en-xa': () => import('./pseudo.js').then((m) => m.pseudoCatalog()),
};

/** Tags of every catalog the SDK ships, as written in `lang`. */
export const LOCALES = ['en', 'sv', 'da', 'nb', 'fi', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ar', 'en-XA'];
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);

const catalogs = new Map<string, Catalog>();
const loading = new Map<string, Promise<Catalog>>();
const connected = new Set<LocalizeController>();

/** Registers (or replaces) a catalog for a locale tag, e.g. `registerLocale('pl', pl)`. */
export function registerLocale(tag: string, catalog: Catalog): void {
  catalogs.set(tag.toLowerCase(), catalog);
  connected.forEach((controller) => controller.host.requestUpdate());
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

/** Loads a locale's catalog (once); elements using it re-render when it arrives. */
export function loadLocale(tag: string): Promise<Catalog> {
  const locale = matchLocale(tag);
  const ready = catalogs.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]!().then((catalog) => {
      catalogs.set(locale, catalog);
      connected.forEach((controller) => controller.host.requestUpdate());
      return catalog;
    });
    pending.catch(() => loading.delete(locale)); // a failed chunk load may be retried
    loading.set(locale, pending);
  }
  return pending;
}

/** The `lang` that applies to an element: its own, an ancestor's (across shadow roots), `<html lang>`. */
export function inheritedLang(element: Element): string {
  return inherited(element, 'lang') ?? (document.documentElement.lang || 'en');
}

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

export function translate<K extends MessageKey>(
  catalog: Partial<Catalog>,
  overrides: MessageOverrides | undefined,
  key: K,
  args: MessageArgs<K>,
): string {
  const message = (overrides?.[key] ?? catalog[key]) as string | ((...a: unknown[]) => string) | undefined;
  if (message === undefined) return '';
  return typeof message === 'function' ? message(...args) : message;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides };

let documentObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => connected.forEach((c) => c.host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * Per-instance localization: resolves the element's locale (its `lang`, then an ancestor's, then
 * `<html lang>`, then English), loads that catalog, applies the host's `messages` overrides and
 * formats with `Intl`. There is no global configuration a host page could collide with. For a
 * right-to-left locale on a page that set no direction, the element sets its own `dir`.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  private ownLangObserver?: MutationObserver;
  private setDir = false;

  constructor(host: LocalizedHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchDocumentLang();
    this.ownLangObserver = new MutationObserver(() => this.host.requestUpdate());
    this.ownLangObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.ownLangObserver?.disconnect();
  }

  hostUpdate(): void {
    void loadLocale(this.lang).catch(() => undefined);
    const rtl = RTL_LANGUAGES.has(this.lang.split('-')[0]!.toLowerCase());
    if (rtl && !inherited(this.host, 'dir')) {
      this.host.setAttribute('dir', 'rtl');
      this.setDir = true;
    } else if (!rtl && this.setDir) {
      this.host.removeAttribute('dir');
      this.setDir = false;
    }
  }

  /** The BCP 47 tag in force for this element (as written, for `Intl`). */
  get lang(): string {
    return inheritedLang(this.host);
  }

  /** The tag of the catalog in use. */
  get locale(): string {
    return matchLocale(this.lang);
  }

  /** Whether the locale's messages have arrived (before that, `t` answers from English, or ''). */
  get ready(): boolean {
    return catalogs.has(this.locale);
  }

  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    const catalog = catalogs.get(this.locale) ?? catalogs.get('en') ?? {};
    return translate(catalog, this.host.messages, key, args);
  }

  /** Formats an amount given in integer minor units of an ISO 4217 currency. */
  money(minorUnits: number, currency: string): string {
    const format = new Intl.NumberFormat(this.intlLang, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minorUnits / 10 ** digits);
  }

  date(iso: string): string {
    return new Intl.DateTimeFormat(this.intlLang, { dateStyle: 'long' }).format(new Date(iso));
  }

  /** The tag for `Intl` (the pseudo-locale formats as English). */
  private get intlLang(): string {
    return this.locale === 'en-xa' ? 'en' : this.lang;
  }
}
