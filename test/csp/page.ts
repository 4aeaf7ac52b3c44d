// A host page under the strict policy the README documents (no 'unsafe-inline', Trusted Types with
// the `lit-html` and `ssp-widgets` policies only): the SDK's entry, a purchase through the buy
// button, and the real Stripe loader. Every policy violation is recorded for the test to read.
import { FakePaymentProvider } from '../../mocks/fake-payment.js';
import { remoteCheckout } from '../../mocks/remote.js';
import { TestAuthProvider } from '../../mocks/test-auth.js';
import '../../src/define.js';
import { StripePaymentProvider } from '../../src/payment/stripe.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
);

// The checkout service on its own origin (an in-page service worker would need a policy of its own).
const checkout = (await remoteCheckout('csp'))!;
await checkout.reset();
Object.assign(document.querySelector('ssp-buy-button')!, {
  apiBase: checkout.baseUrl,
  authProvider: new TestAuthProvider(),
  paymentProvider: new FakePaymentProvider(checkout.payments),
});

Object.assign(window, {
  csp: {
    violations,
    /** Loads Stripe.js the way production does (its real loader); resolves with 'loaded' or the error. */
    loadStripe: () =>
      new StripePaymentProvider('pk_test_ssp_widgets').load().then(
        () => 'loaded',
        (error: unknown) => String(error),
      ),
    charges: async () => (await checkout.ledger()).map((entry) => entry.charges),
  },
});
document.body.dataset.ready = 'true';
