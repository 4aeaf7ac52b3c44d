/**
 * `ssp-widgets/testing`, the browser side: what a host page needs to complete a purchase in its own
 * integration tests against the mock checkout server of `ssp-widgets/testing/server`, with no
 * Microsoft sign-in and no Stripe account. Never part of the SDK's own bundle.
 *
 * ```ts
 * const { connectTestCheckout } = await import('ssp-widgets/testing');
 * Object.assign(buyButton, connectTestCheckout(serverUrl).settings);
 * ```
 */
import { installFakeStripe, type FakeStripeLog } from './fake-stripe.js';
import { remoteCheckoutAt, type RemoteCheckout } from './remote.js';
import { TestAuthProvider } from './test-auth.js';

export { installFakeStripe, type FakeStripeLog, type PaymentBackend } from './fake-stripe.js';
export { TestAuthProvider } from './test-auth.js';
export { TEST_CARDS, TEST_IDENTITIES, type CardOutcome } from './identities.js';
export type { LedgerEntry } from './remote.js';

/** The publishable key the flow is given in test mode; the fake Stripe.js accepts any key. */
export const TEST_STRIPE_KEY = 'pk_test_ssp_widgets';

/** The settings that point an `<ssp-buy-button>` or `<ssp-purchase-flow>` at the mock (properties). */
export interface TestSettings {
  apiBase: string;
  stripeKey: string;
  authProvider: TestAuthProvider;
}

export interface TestCheckout extends RemoteCheckout {
  /** Spread or assign these onto the element: they replace `api-base`, `stripe-key` and the sign-in settings. */
  readonly settings: TestSettings;
  /** What the fake Stripe.js saw (`Stripe()` calls, mounts, confirmations). */
  readonly stripe: FakeStripeLog;
}

const connected = new Map<string, TestCheckout>();

/**
 * Connects the page to a mock checkout server (its `url`): installs the fake Stripe.js (test cards
 * as on Stripe; it reports payments to that server as Stripe's webhook would) and returns the
 * settings for the elements, with a test sign-in whose tokens the server trusts (any test identity,
 * no password). Calling it again with the same URL returns the same connection.
 */
export function connectTestCheckout(serverUrl: string): TestCheckout {
  const apiBase = serverUrl.replace(/\/+$/, '');
  let checkout = connected.get(apiBase);
  if (!checkout) {
    const remote = remoteCheckoutAt(apiBase);
    const stripe = installFakeStripe(remote.payments);
    const settings = { apiBase, stripeKey: TEST_STRIPE_KEY, authProvider: new TestAuthProvider() };
    checkout = { ...remote, settings, stripe };
    connected.set(apiBase, checkout);
  }
  return checkout;
}
