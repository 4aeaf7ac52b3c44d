/**
 * The mock checkout service as a real HTTP server on its own origin (Node): the same service, rules
 * and msw handlers as the in-page mock, behind the CORS a real checkout service must send (see
 * `api/openapi.yaml`). Its state lives in the server, so it survives a page reload and is shared by
 * every tab. A few `/__mock/*` endpoints let QA and tests read the truth and steer the mock; a real
 * service has none of them. Bundled and started by `scripts/checkout-server.mjs`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { FaultPlan, parseFaults } from './faults.js';
import { checkoutHandlers } from './handlers.js';
import { MockCheckoutService } from './service.js';
import type { StoredCard } from './subscriptions.js';
import { trustJwks } from './tokens.js';

export interface CheckoutServerOptions {
  /** Loopback port; 0 (the default) picks a free one. */
  port?: number;
  /** Page origins allowed to call the service (CORS); `*` allows any. */
  allowedOrigins: string[];
  processingMs?: number;
}

export interface CheckoutServer {
  readonly url: string;
  readonly service: MockCheckoutService;
  readonly faults: FaultPlan;
  close(): Promise<void>;
}

/** What a browser may send and read across origins: the contract's CORS, in one place. */
export const CORS = {
  methods: 'GET, POST',
  allowHeaders: 'Authorization, Content-Type, Idempotency-Key, Accept-Language',
  exposeHeaders: 'Retry-After, WWW-Authenticate',
  maxAge: '600',
};

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, value?: unknown): void {
  response.writeHead(status, value === undefined ? {} : { 'Content-Type': 'application/json' });
  response.end(value === undefined ? undefined : JSON.stringify(value));
}

export async function startCheckoutServer(options: CheckoutServerOptions): Promise<CheckoutServer> {
  const service = new MockCheckoutService({ storage: null, processingMs: options.processingMs ?? 1500 });
  const faults = new FaultPlan();
  let url = '';
  let handlers: ReturnType<typeof checkoutHandlers> = [];

  const allowed = (origin: string | undefined) =>
    origin !== undefined && (options.allowedOrigins.includes('*') || options.allowedOrigins.includes(origin));

  /** QA's and the tests' view into the mock, and its controls (never part of a real service). */
  async function mockEndpoint(path: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    const input = request.method === 'POST' ? await body(request) : '';
    const json = () => (input ? (JSON.parse(input) as Record<string, unknown>) : {});
    switch (`${request.method} ${path}`) {
      case 'GET /__mock/purchases':
        return send(response, 200, service.ledger());
      case 'POST /__mock/reset':
        service.reset();
        faults.clear();
        return send(response, 204);
      case 'POST /__mock/faults': {
        const { faults: plan, rejected } = parseFaults(String(json().faults ?? ''));
        faults.clear();
        for (const [endpoint, fault] of plan) faults.set(endpoint, fault);
        return send(response, 200, { rejected });
      }
      case 'POST /__mock/jwks':
        await trustJwks(json() as unknown as Parameters<typeof trustJwks>[0]);
        return send(response, 204);
      case 'POST /__mock/payments': {
        // What Stripe's webhook would tell the service (the fake Stripe.js calls it).
        const { clientSecret, outcome, card } = json() as { clientSecret: string; outcome: string; card?: StoredCard };
        if (outcome === 'intent') return send(response, 200, { intent: service.paymentIntent(clientSecret) ?? null });
        const changed =
          outcome === 'succeeded'
            ? service.paymentSucceeded(clientSecret, card)
            : service.paymentFailed(clientSecret, outcome as Parameters<MockCheckoutService['paymentFailed']>[1]);
        return send(response, 200, { changed });
      }
      case 'POST /__mock/setups': {
        // What Stripe's webhook would tell the service about a card update.
        const { clientSecret, outcome, card } = json() as { clientSecret: string; outcome: string; card?: StoredCard };
        if (outcome === 'intent') return send(response, 200, { intent: service.setupIntent(clientSecret) ?? null });
        const changed =
          outcome === 'succeeded' && card
            ? service.setupSucceeded(clientSecret, card)
            : service.setupFailed(clientSecret);
        return send(response, 200, { changed });
      }
      default:
        return send(response, 404);
    }
  }

  const server = createServer((request, response) => {
    void (async () => {
      const origin = request.headers.origin;
      if (allowed(origin)) {
        response.setHeader('Access-Control-Allow-Origin', origin!);
        response.setHeader('Access-Control-Expose-Headers', CORS.exposeHeaders);
      }
      response.setHeader('Vary', 'Origin');
      const path = new URL(request.url ?? '/', url).pathname;
      if (request.method === 'OPTIONS') {
        if (!allowed(origin)) return send(response, 403);
        response.setHeader('Access-Control-Allow-Methods', CORS.methods);
        response.setHeader('Access-Control-Allow-Headers', CORS.allowHeaders);
        response.setHeader('Access-Control-Max-Age', CORS.maxAge);
        return send(response, 204);
      }
      if (path.startsWith('/__mock/')) return mockEndpoint(path, request, response);
      const input = request.method === 'GET' || request.method === 'HEAD' ? undefined : await body(request);
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const fetchRequest = new Request(new URL(request.url ?? '/', url), {
        method: request.method,
        headers,
        ...(input === undefined ? {} : { body: input }),
      });
      const answer = await getResponse(handlers, fetchRequest);
      if (!answer) return send(response, 404, { title: 'Not found', status: 404 });
      // An injected "offline": the connection drops without an answer.
      if (answer.type === 'error') return void request.socket.destroy();
      answer.headers.forEach((value, name) => response.setHeader(name, value));
      response.writeHead(answer.status);
      response.end(Buffer.from(await answer.arrayBuffer()));
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { title: String(error), status: 500 });
    });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = checkoutHandlers(service, faults, url);
  return {
    url,
    service,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
