// ── Test wiring: not needed in your app ──────────────────────────────────────────────────────────
// Opened as `?ssp-test=<mock checkout server URL>` (see `npm run mock`), the page buys from the mock
// checkout service of `ssp-widgets/testing/server`, with a fake Stripe.js (Stripe's test cards) and a
// test sign-in (any test identity, no password). The testing code is a chunk of its own that only
// this branch loads.
import type { TestSettings } from 'ssp-widgets/testing';

const server = new URLSearchParams(location.search).get('ssp-test');

export const testSettings: Partial<TestSettings> = server
  ? (await import('ssp-widgets/testing')).connectTestCheckout(server).settings
  : {};
