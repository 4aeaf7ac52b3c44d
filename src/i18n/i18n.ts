import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Catalog } from './locales/en.js';
import { sv } from './locales/sv.js';

export type { Catalog };
export type MessageKey = keyof Catalog;
/** The arguments a message takes: none for a plain string, the function's parameters otherwise. */
export type MessageArgs<K extends MessageKey> = Catalog[K] extends (...args: infer A) => string ? A : [];
/** Host overrides: any subset of the catalog, each value a string or a function of the same shape. */
export type MessageOverrides = Partial<Catalog>;

const catalogs = new Map<string, Catalog>([
  ['en', en],
  ['sv', sv],
]);

/** Registers (or replaces) a catalog for a locale tag, e.g. `registerLocale('de', de)`. */
export function registerLocale(tag: string, catalog: Catalog): void {
  catalogs.set(tag.toLowerCase(), catalog);
}

/** The catalog tag that best serves a BCP 47 tag: exact match, then its language, then English. */
export function matchLocale(tag: string | null | undefined): string {
  const wanted = (tag ?? '').trim().toLowerCase();
  if (catalogs.has(wanted)) return wanted;
  const language = wanted.split('-')[0] ?? '';
  return catalogs.has(language) ? language : 'en';
}

/** The `lang` that applies to an element: its own, an ancestor's (across shadow roots), `<html lang>`. */
export function inheritedLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang && withLang.getAttribute('lang')) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}

export function translate<K extends MessageKey>(
  catalog: Catalog,
  overrides: MessageOverrides | undefined,
  key: K,
  args: MessageArgs<K>,
): string {
  const message = (overrides?.[key] ?? catalog[key] ?? en[key]) as string | ((...a: unknown[]) => string);
  return typeof message === 'function' ? message(...args) : message;
}

type LocalizedHost = ReactiveControllerHost & HTMLElement & { messages?: MessageOverrides };

const connected = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLang(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => connected.forEach((c) => c.host.requestUpdate()));
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * Per-instance localization: resolves the element's locale (its `lang`, then an ancestor's, then
 * `<html lang>`, then English), applies the host's `messages` overrides and formats with `Intl`.
 * There is no global configuration a host page could collide with.
 */
export class LocalizeController implements ReactiveController {
  readonly host: LocalizedHost;
  private ownLangObserver?: MutationObserver;

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

  /** The BCP 47 tag in force for this element (as written, for `Intl`). */
  get lang(): string {
    return inheritedLang(this.host);
  }

  /** The tag of the catalog in use. */
  get locale(): string {
    return matchLocale(this.lang);
  }

  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
    return translate(catalogs.get(this.locale) ?? en, this.host.messages, key, args);
  }

  /** Formats an amount given in integer minor units of an ISO 4217 currency. */
  money(minorUnits: number, currency: string): string {
    const format = new Intl.NumberFormat(this.lang, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(minorUnits / 10 ** digits);
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.lang).format(value);
  }
}
