/**
 * The registry of every `ssp-*` element and how to load its code. Registration is guarded so a
 * second copy of the SDK on the page (npm and CDN) never throws. Step code loads on demand, and
 * the flow asks for the next step one step ahead (prefetch).
 */
import { loadLocale } from './i18n/i18n.js';
import { retryableBy } from './shared/lazy.js';
import { defineElement } from './shared/registry.js';

type Loader = () => Promise<CustomElementConstructor>;

// Steps load in three groups, each one import point, so the code says what loads when (small
// chunks cost more than their size once gzipped alone). The later groups are imported through the
// first: they need what it brings (Lit, the shared styles) anyway.
const flowStart = () => import('./components/flow-start.js');
const afterEmail = () => flowStart().then((m) => m.loadAfterEmail());
/** The checkout steps (with what the buy button's dialog does while a payment is confirmed). */
export const loadCheckout = () => flowStart().then((m) => m.loadCheckoutSteps());

const loaders = {
  'ssp-buy-button': () => import('./components/buy-button/buy-button.js').then((m) => m.SspBuyButton),
  // The flow's first step is registered with it: it renders in the flow's first render, not a task later.
  'ssp-purchase-flow': () =>
    flowStart().then((m) => {
      defineElement('ssp-email-gate', m.SspEmailGate);
      return m.SspPurchaseFlow;
    }),
  'ssp-email-gate': () => flowStart().then((m) => m.SspEmailGate),
  'ssp-sign-in': () => afterEmail().then((m) => m.SspSignIn),
  'ssp-ineligible-notice': () => afterEmail().then((m) => m.SspIneligibleNotice),
  'ssp-seat-picker': () => loadCheckout().then((m) => m.SspSeatPicker),
  'ssp-card-payment': () => loadCheckout().then((m) => m.SspCardPayment),
  'ssp-purchase-complete': () => loadCheckout().then((m) => m.SspPurchaseComplete),
  'ssp-subscription-manager': () =>
    afterEmail()
      .then((m) => m.loadSubscriptionManager())
      .then((m) => m.SspSubscriptionManager),
  'ssp-purchase-policy': () =>
    afterEmail()
      .then((m) => m.loadPurchasePolicy())
      .then((m) => m.SspPurchasePolicy),
  'ssp-license-requests': () =>
    afterEmail()
      .then((m) => m.loadLicenseRequests())
      .then((m) => m.SspLicenseRequests),
  'ssp-admin-purchases': () =>
    afterEmail()
      .then((m) => m.loadAdminPurchases())
      .then((m) => m.SspAdminPurchases),
} satisfies Record<string, Loader>;

export type SspTag = keyof typeof loaders;
export const TAGS = Object.keys(loaders) as SspTag[];

const load = retryableBy((tag: SspTag) => loaders[tag]().then((element) => defineElement(tag, element)));

export { defineElement };

/** Loads and registers one element; safe to call often (the first call does the work). */
export function loadElement(tag: SspTag): Promise<void> {
  return customElements.get(tag) ? Promise.resolve() : load(tag);
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
