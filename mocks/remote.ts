/**
 * The page's handle on the mock checkout service running as an HTTP server on its own origin
 * (mocks/http-server.ts, started by `npm start` and `npm test`): where it is, the service's truth
 * (`/__mock/purchases`), fault injection, reset, and the fake Stripe.js's "webhook". Never in the SDK's
 * bundle; hosts get it from `ssp-widgets/testing`.
 */
import type { PaymentBackend } from './fake-stripe.js';
import type { MockCheckoutService } from './service.js';

export type LedgerEntry = ReturnType<MockCheckoutService['ledger']>[number];

export interface RemoteCheckout {
  readonly baseUrl: string;
  /** Every purchase with its status, idempotency keys and number of charges. */
  ledger(): Promise<LedgerEntry[]>;
  /** Replaces the fault plan (`offer:429=30,status:timeout*2`); returns what was not understood. */
  setFaults(faults: string): Promise<string[]>;
  reset(): Promise<void>;
  /** Makes the service trust the local sign-in's keys. */
  trustJwks(jwks: unknown): Promise<void>;
  readonly payments: PaymentBackend;
}

/**
 * The HTTP checkout server of this dev server, if it runs one. Each `scope` has a server of its own
 * (the demo's is `demo`; each test file names its own, so files running side by side stay apart).
 */
export async function remoteCheckout(scope = 'demo'): Promise<RemoteCheckout | undefined> {
  const response = await fetch(`/__checkout.json?scope=${encodeURIComponent(scope)}`).catch(() => undefined);
  if (!response?.ok) return undefined;
  const { apiBase } = (await response.json()) as { apiBase: string };
  return remoteCheckoutAt(apiBase);
}

/** The handle on the HTTP checkout server at `apiBase` (also what `ssp-widgets/testing` gives hosts). */
export function remoteCheckoutAt(apiBase: string): RemoteCheckout {
  const post = async (path: string, body: unknown) => {
    const answer = await fetch(`${apiBase}/__mock/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return answer.status === 204 ? undefined : ((await answer.json()) as Record<string, unknown>);
  };
  const payment = (outcome: string) => (clientSecret: string, card?: unknown) =>
    post('payments', { clientSecret, outcome, ...(card ? { card } : {}) }).then((answer) => Boolean(answer?.changed));
  const setup = (outcome: string) => (clientSecret: string, card?: unknown) =>
    post('setups', { clientSecret, outcome, ...(card ? { card } : {}) }).then((answer) => Boolean(answer?.changed));
  return {
    baseUrl: apiBase,
    ledger: async () => (await (await fetch(`${apiBase}/__mock/purchases`)).json()) as LedgerEntry[],
    setFaults: async (faults) => ((await post('faults', { faults }))?.rejected as string[]) ?? [],
    reset: async () => void (await post('reset', {})),
    trustJwks: async (jwks) => void (await post('jwks', jwks)),
    payments: {
      paymentIntent: async (clientSecret) =>
        ((await post('payments', { clientSecret, outcome: 'intent' }))?.intent ?? undefined) as ReturnType<
          MockCheckoutService['paymentIntent']
        >,
      paymentSucceeded: payment('succeeded'),
      paymentFailed: (clientSecret, reason) => payment(reason)(clientSecret),
      setupIntent: async (clientSecret) =>
        ((await post('setups', { clientSecret, outcome: 'intent' }))?.intent ?? undefined) as ReturnType<
          MockCheckoutService['setupIntent']
        >,
      setupSucceeded: setup('succeeded'),
      setupFailed: setup('failed'),
    },
  };
}
