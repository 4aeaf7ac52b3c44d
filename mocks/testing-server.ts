/**
 * `ssp-widgets/testing/server`, the Node side: the mock checkout service as a real HTTP server on a
 * loopback port of its own, with the CORS a real checkout service sends (the same service, rules and
 * handlers as this repository's demo and tests). A host's test starts one, points its page at it
 * (`connectTestCheckout(url)` from `ssp-widgets/testing`), and reads what the service holds.
 *
 * ```js
 * const checkout = await startCheckoutServer();
 * // … open the page with checkout.url, buy …
 * expect(checkout.purchases()[0].status).toBe('active');
 * await checkout.stop();
 * ```
 */
import { parseFaults } from './faults.js';
import { startCheckoutServer as startHttpServer } from './http-server.js';
import type { LedgerEntry } from './remote.js';
import { trustJwks } from './tokens.js';

export type { LedgerEntry } from './remote.js';

export interface TestCheckoutServerOptions {
  /** Loopback port; 0 (the default) picks a free one. */
  port?: number;
  /** Page origins allowed to call it (CORS), e.g. `['http://localhost:5173']`; any origin by default. */
  allowedOrigins?: string[];
  /** How long a paid purchase stays "processing" before it is active, in ms (1500 by default). */
  processingMs?: number;
}

export interface TestCheckoutServer {
  /** The server's origin, `http://127.0.0.1:<port>`: the elements' `api-base`. */
  readonly url: string;
  /** Every purchase the service holds: status, quantity, amount, purchaser, idempotency keys, charges. */
  purchases(): LedgerEntry[];
  /**
   * Injects faults per endpoint (`tenant`, `offer`, `purchase`, `status`, `trial`, `license-request`),
   * e.g. `offer:503*2,purchase:latency=800`; replaces the previous plan and returns what it did not understand.
   */
  setFaults(plan: string): string[];
  /** Forgets every purchase and fault. */
  reset(): void;
  /** Trusts the RSA signing keys (JWKS) of a sign-in provider of the test's own, besides the test sign-in. */
  trustJwks(jwks: { keys: Array<{ kty?: string; kid?: string; [member: string]: unknown }> }): Promise<void>;
  /** Stops the server and drops its connections. */
  stop(): Promise<void>;
}

/** Starts a mock checkout server on 127.0.0.1 (a free port unless `port` is given). */
export async function startCheckoutServer(options: TestCheckoutServerOptions = {}): Promise<TestCheckoutServer> {
  const server = await startHttpServer({
    port: options.port ?? 0,
    allowedOrigins: options.allowedOrigins ?? ['*'],
    ...(options.processingMs === undefined ? {} : { processingMs: options.processingMs }),
  });
  return {
    url: server.url,
    purchases: () => server.service.ledger(),
    setFaults: (plan) => {
      const { faults, rejected } = parseFaults(plan);
      server.faults.clear();
      for (const [endpoint, fault] of faults) server.faults.set(endpoint, fault);
      return rejected;
    },
    reset: () => {
      server.service.reset();
      server.faults.clear();
    },
    trustJwks: (jwks) => trustJwks(jwks as Parameters<typeof trustJwks>[0]),
    stop: () => server.close(),
  };
}
