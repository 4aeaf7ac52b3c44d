/**
 * React components for the elements a product places: `<SspBuyButton>`, `<SspPurchaseFlow>`,
 * `<SspSubscriptionManager>` and the admin elements (made with `@lit/react`). Settings are props (`apiBase`, `getAccessToken`, …) and every public
 * flow event is an `on…` prop typed with its event class: `ssp-purchase-complete` is
 * `onPurchaseComplete`, `ssp-payment-failed` is `onPaymentFailed`. Importing this module registers
 * the tags in the browser (guarded, as `ssp-widgets/define.js` does); the flow's code still loads
 * when a flow first appears or a buy button is about to open one.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SspBuyButton as BuyButtonElement } from '../components/buy-button/buy-button.js';
import type { SspPurchaseFlow as PurchaseFlowElement } from '../components/purchase-flow/purchase-flow.js';
import type { SspSubscriptionManager as ManagerElement } from '../components/subscription-manager/subscription-manager.js';
import type { SspAdminPurchases as AdminPurchasesElement } from '../components/admin-purchases/admin-purchases.js';
import type { SspPurchasePolicy as PurchasePolicyElement } from '../components/purchase-policy/purchase-policy.js';
import type { SspLicenseRequests as LicenseRequestsElement } from '../components/license-requests/license-requests.js';
import { autoload, defineElement } from '../elements.js';
import { ADMIN_EVENTS, FLOW_EVENTS, MANAGER_EVENTS } from '../shared/events.js';
import { SETTING_NAMES } from '../shared/settings.js';

type FlowEvent = (typeof FLOW_EVENTS)[number] | (typeof MANAGER_EVENTS)[number] | (typeof ADMIN_EVENTS)[number];
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** `ssp-purchase-complete` → `onPurchaseComplete`. */
export type ReactEventProp<N extends string> = N extends `ssp-${infer Rest}` ? `on${Capitalize<Camel<Rest>>}` : never;
type FlowEventProps = { [N in FlowEvent as ReactEventProp<N>]: EventName<GlobalEventHandlersEventMap[N]> };

const eventProp = (name: string) =>
  `on${name.replace(/^ssp-/, '').replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
// The flow's last step may open a subscription manager: its events come through the flow too.
const events = Object.fromEntries(
  [...new Set([...FLOW_EVENTS, ...MANAGER_EVENTS, ...ADMIN_EVENTS])].map((name) => [eventProp(name), name]),
) as FlowEventProps;

if (typeof document !== 'undefined') {
  defineElement('ssp-buy-button', BuyButtonElement);
  autoload();
}

export const SspBuyButton = createComponent({
  react: React,
  tagName: 'ssp-buy-button',
  elementClass: BuyButtonElement,
  events,
  displayName: 'SspBuyButton',
});

/**
 * A component for an element whose code loads lazily: React knows its properties (the settings and
 * `own`) without that code; a property set before the element upgrades is taken over (Lit does that).
 */
function lazyComponent<E extends HTMLElement>(tagName: string, displayName: string, ...own: string[]) {
  const properties = Object.fromEntries([...SETTING_NAMES, ...own].map((name) => [name, undefined]));
  const elementClass = { prototype: properties } as unknown as new () => E;
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

export const SspPurchaseFlow = lazyComponent<PurchaseFlowElement>('ssp-purchase-flow', 'SspPurchaseFlow', 'step');
export const SspSubscriptionManager = lazyComponent<ManagerElement>(
  'ssp-subscription-manager',
  'SspSubscriptionManager',
  'subscription',
);
export const SspAdminPurchases = lazyComponent<AdminPurchasesElement>(
  'ssp-admin-purchases',
  'SspAdminPurchases',
  'tenant',
);
export const SspPurchasePolicy = lazyComponent<PurchasePolicyElement>(
  'ssp-purchase-policy',
  'SspPurchasePolicy',
  'tenant',
);
export const SspLicenseRequests = lazyComponent<LicenseRequestsElement>(
  'ssp-license-requests',
  'SspLicenseRequests',
  'tenant',
);
