/**
 * The registry of every `ssp-*` element and how to load its code. Registration is guarded so a
 * second copy of the SDK on the page (npm and CDN) never throws. Step code loads on demand, and
 * the flow asks for the next step one step ahead (prefetch).
 */
import { loadLocale } from './i18n/i18n.js';

type Loader = () => Promise<CustomElementConstructor>;

const loaders = {
  'ssp-buy-button': () => import('./components/buy-button/buy-button.js').then((m) => m.SspBuyButton),
  'ssp-purchase-flow': () => import('./components/purchase-flow/purchase-flow.js').then((m) => m.SspPurchaseFlow),
  'ssp-email-gate': () => import('./components/email-gate/email-gate.js').then((m) => m.SspEmailGate),
  'ssp-sign-in': () => import('./components/sign-in/sign-in.js').then((m) => m.SspSignIn),
  'ssp-seat-picker': () => import('./components/seat-picker/seat-picker.js').then((m) => m.SspSeatPicker),
  'ssp-card-payment': () => import('./components/card-payment/card-payment.js').then((m) => m.SspCardPayment),
  'ssp-ineligible-notice': () =>
    import('./components/ineligible-notice/ineligible-notice.js').then((m) => m.SspIneligibleNotice),
  'ssp-purchase-complete': () =>
    import('./components/purchase-complete/purchase-complete.js').then((m) => m.SspPurchaseComplete),
} satisfies Record<string, Loader>;

export type SspTag = keyof typeof loaders;
export const TAGS = Object.keys(loaders) as SspTag[];

const pending = new Map<string, Promise<void>>();

/** Registers a tag unless something (maybe another copy of the SDK) already did. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Loads and registers one element; safe to call often (the first call does the work). */
export function loadElement(tag: SspTag): Promise<void> {
  if (customElements.get(tag)) return Promise.resolve();
  let loading = pending.get(tag);
  if (!loading) {
    loading = loaders[tag]().then((element) => defineElement(tag, element));
    loading.catch(() => pending.delete(tag)); // a failed chunk load may be retried
    pending.set(tag, loading);
  }
  return loading;
}

export function isSspTag(tag: string): tag is SspTag {
  return tag in loaders;
}

/** Loads every element now (tests, and pages that prefer no lazy loading). */
export async function loadAll(): Promise<void> {
  await Promise.all([...TAGS.map(loadElement), loadLocale(document.documentElement.lang || 'en'), loadLocale('en')]);
}

/**
 * Upgrades `ssp-*` elements placed in the page (an inline `<ssp-purchase-flow>`, a step used on
 * its own) by loading their code when they appear.
 */
export function autoload(root: Document = document): void {
  const scan = (node: ParentNode) => {
    for (const element of node.querySelectorAll(':not(:defined)')) {
      if (isSspTag(element.localName)) void loadElement(element.localName);
    }
  };
  scan(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (isSspTag(node.localName) && !customElements.get(node.localName)) void loadElement(node.localName);
        scan(node);
      }
    }
  }).observe(root.documentElement, { childList: true, subtree: true });
}
