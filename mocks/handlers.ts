/**
 * msw request handlers: HTTP in front of {@link MockCheckoutService}, with fault injection per
 * endpoint. Shared by the demo page and the tests.
 */
import { delay, http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import type { Endpoint, Fault, FaultPlan } from './faults.js';
import { problem, type MockCheckoutService, type MockResponse } from './service.js';

function toResponse(result: MockResponse): Response {
  return new HttpResponse(result.body === undefined ? null : JSON.stringify(result.body), {
    status: result.status,
    headers: { 'Content-Type': 'application/json', ...result.headers },
  });
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}

/**
 * Runs a handler under the endpoint's fault, if any: a forced answer instead of the service's, a
 * delay before it, or (`lost`) the service's work done and its answer dropped.
 */
function faulty(faults: FaultPlan, endpoint: Endpoint, handle: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    const fault = faults.take(endpoint);
    const forced = await forcedResponse(fault);
    // Marked so the contract recorder in the tests can tell injected faults from real answers.
    if (forced && forced.type !== 'error') forced.headers.set('X-Mock-Fault', endpoint);
    if (forced) return forced;
    const answer = await handle(info);
    return fault?.kind === 'lost' ? HttpResponse.error() : answer;
  };
}

async function forcedResponse(fault: Fault | undefined): Promise<Response | undefined> {
  switch (fault?.kind) {
    case undefined:
    case 'lost':
      return undefined;
    case 'latency':
      await delay(fault.value ?? 2000);
      return undefined;
    case '500':
      return toResponse(problem(500, 'server-error'));
    case '503':
      return toResponse(problem(503, 'unavailable', { headers: { 'Retry-After': String(fault.value ?? 1) } }));
    case '429': {
      const seconds = fault.value ?? 1;
      return toResponse(
        problem(429, 'rate-limited', { retryAfter: seconds, headers: { 'Retry-After': String(seconds) } }),
      );
    }
    case '401':
      return toResponse(
        problem(401, 'token-expired', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }),
      );
    case 'timeout':
      await delay(fault.value ?? 120_000);
      return toResponse(problem(503, 'unavailable'));
    case 'offline':
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"id": "pur_', { status: 200, headers: { 'Content-Type': 'application/json' } });
  }
}

export function checkoutHandlers(service: MockCheckoutService, faults: FaultPlan, baseUrl: string): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const auth = (request: Request) => request.headers.get('Authorization');
  const key = (request: Request) => request.headers.get('Idempotency-Key');
  const invalidJson = () => toResponse(problem(400, 'invalid-request', { detail: 'The body is not JSON.' }));

  return [
    http.post(
      `${base}/v1/tenant-lookups`,
      faulty(faults, 'tenant', async ({ request }) => {
        const body = await readJson(request);
        return body.ok ? toResponse(service.lookUpTenant(body.body)) : invalidJson();
      }),
    ),
    http.get(
      `${base}/v1/products/:productId/offer`,
      faulty(faults, 'offer', async ({ request, params }) => {
        return toResponse(await service.getOffer(auth(request), String(params.productId)));
      }),
    ),
    http.post(
      `${base}/v1/purchases`,
      faulty(faults, 'purchase', async ({ request }) => {
        const body = await readJson(request);
        return body.ok
          ? toResponse(await service.createPurchase(auth(request), key(request), body.body))
          : invalidJson();
      }),
    ),
    http.get(
      `${base}/v1/purchases/:purchaseId`,
      faulty(faults, 'status', async ({ request, params }) => {
        const wait = Number(new URL(request.url).searchParams.get('wait') ?? 0) || 0;
        return toResponse(await service.getPurchase(auth(request), String(params.purchaseId), wait));
      }),
    ),
    http.post(
      `${base}/v1/trials`,
      faulty(faults, 'trial', async ({ request }) => {
        const body = await readJson(request);
        return body.ok ? toResponse(await service.startTrial(auth(request), key(request), body.body)) : invalidJson();
      }),
    ),
    http.post(
      `${base}/v1/license-requests`,
      faulty(faults, 'license-request', async ({ request }) => {
        const body = await readJson(request);
        return body.ok
          ? toResponse(await service.requestLicense(auth(request), key(request), body.body))
          : invalidJson();
      }),
    ),
    ...subscriptionHandlers(service, faults, base),
    ...adminHandlers(service, faults, base),
  ];
}

/** Reads an optional (or, with `required`, a required) JSON body; undefined when there is none. */
async function optionalJson(request: Request, required: boolean): Promise<{ body: unknown } | MockResponse> {
  const text = await request.text();
  if (!text) {
    return required ? problem(400, 'invalid-request', { detail: 'A JSON body is required.' }) : { body: undefined };
  }
  try {
    return { body: JSON.parse(text) };
  } catch {
    return problem(400, 'invalid-request', { detail: 'The body is not JSON.' });
  }
}

/** The admins' view (`/v1/admin…`), all under the `admin` fault. */
function adminHandlers(service: MockCheckoutService, faults: FaultPlan, base: string): HttpHandler[] {
  const admin = service.admin;
  const auth = (request: Request) => request.headers.get('Authorization');
  const key = (request: Request) => request.headers.get('Idempotency-Key');
  const query = (request: Request, name: string) => new URL(request.url).searchParams.get(name);
  const tenant = `${base}/v1/admin/tenants/:tenantId`;
  type Handle = (request: Request, params: Record<string, string>, body: unknown) => Promise<MockResponse>;
  const route = (method: 'get' | 'post', path: string, handle: Handle, bodyRequired = false) =>
    http[method](
      path,
      faulty(faults, 'admin', async ({ request, params }) => {
        const read = method === 'post' ? await optionalJson(request, bodyRequired) : { body: undefined };
        if ('status' in read) return toResponse(read);
        return toResponse(await handle(request, params as Record<string, string>, read.body));
      }),
    );

  return [
    route('get', `${base}/v1/admin/tenants`, (request) => admin.listTenants(auth(request))),
    route('get', `${tenant}/subscriptions`, (request, p) =>
      admin.listSubscriptions(auth(request), p.tenantId!, query(request, 'source'), query(request, 'productId')),
    ),
    route('get', `${tenant}/subscriptions/:subscriptionId`, (request, p) =>
      admin.getSubscription(auth(request), p.tenantId!, p.subscriptionId!),
    ),
    route('post', `${tenant}/subscriptions/:subscriptionId/takeover`, (request, p) =>
      admin.takeOver(auth(request), p.tenantId!, p.subscriptionId!, key(request)),
    ),
    route('post', `${tenant}/subscriptions/:subscriptionId/cancellation`, (request, p) =>
      admin.cancelOnBehalf(auth(request), p.tenantId!, p.subscriptionId!, key(request)),
    ),
    route('get', `${tenant}/policies`, (request, p) => admin.listPolicies(auth(request), p.tenantId!)),
    route(
      'post',
      `${tenant}/policies/:productId`,
      (request, p, body) => admin.setPolicy(auth(request), p.tenantId!, p.productId!, key(request), body),
      true,
    ),
    route('get', `${tenant}/license-requests`, (request, p) =>
      admin.listLicenseRequests(auth(request), p.tenantId!, query(request, 'status')),
    ),
    route('post', `${tenant}/license-requests/:requestId/approval`, (request, p, body) =>
      admin.decideLicenseRequest('approve', auth(request), p.tenantId!, p.requestId!, key(request), body),
    ),
    route('post', `${tenant}/license-requests/:requestId/decline`, (request, p, body) =>
      admin.decideLicenseRequest('decline', auth(request), p.tenantId!, p.requestId!, key(request), body),
    ),
  ];
}

/** The purchaser's limited view (`/v1/subscriptions…`), all under the `subscriptions` fault. */
function subscriptionHandlers(service: MockCheckoutService, faults: FaultPlan, base: string): HttpHandler[] {
  const desk = service.subscriptions;
  const auth = (request: Request) => request.headers.get('Authorization');
  const key = (request: Request) => request.headers.get('Idempotency-Key');
  const query = (request: Request, name: string) => new URL(request.url).searchParams.get(name);
  const id = (params: Record<string, unknown>) => String(params.subscriptionId);
  const route = `${base}/v1/subscriptions/:subscriptionId`;
  const get = (path: string, handle: (request: Request, params: Record<string, unknown>) => Promise<MockResponse>) =>
    http.get(
      path,
      faulty(faults, 'subscriptions', async ({ request, params }) => toResponse(await handle(request, params))),
    );
  /** A POST whose JSON body is optional (the cancellation, the card setup) or required. */
  const post = (
    path: string,
    handle: (request: Request, params: Record<string, unknown>, body: unknown) => Promise<MockResponse>,
    bodyRequired = false,
  ) =>
    http.post(
      path,
      faulty(faults, 'subscriptions', async ({ request, params }) => {
        const text = await request.text();
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          return toResponse(problem(400, 'invalid-request', { detail: 'The body is not JSON.' }));
        }
        if (bodyRequired && body === undefined) {
          return toResponse(problem(400, 'invalid-request', { detail: 'A JSON body is required.' }));
        }
        return toResponse(await handle(request, params, body));
      }),
    );

  return [
    get(`${base}/v1/subscriptions`, (request) => desk.list(auth(request), query(request, 'productId'))),
    get(route, (request, params) => desk.get(auth(request), id(params))),
    get(`${route}/directory`, (request, params) =>
      desk.searchDirectory(auth(request), id(params), query(request, 'search'), query(request, 'limit')),
    ),
    get(`${route}/assignments`, (request, params) => desk.listAssignments(auth(request), id(params))),
    post(
      `${route}/assignments`,
      (request, params, body) => desk.assign(auth(request), id(params), key(request), body),
      true,
    ),
    post(
      `${route}/unassignments`,
      (request, params, body) => desk.unassign(auth(request), id(params), key(request), body),
      true,
    ),
    get(`${route}/quantity-preview`, (request, params) =>
      desk.previewQuantity(auth(request), id(params), query(request, 'quantity')),
    ),
    post(
      `${route}/quantity-changes`,
      (request, params, body) => desk.changeQuantity(auth(request), id(params), key(request), body),
      true,
    ),
    get(`${route}/invoices`, (request, params) => desk.listInvoices(auth(request), id(params))),
    post(`${route}/invoices/:invoiceId/payments`, (request, params) =>
      desk.payInvoice(auth(request), id(params), String(params.invoiceId), key(request)),
    ),
    post(`${route}/payment-method-setups`, (request, params) =>
      desk.createSetup(auth(request), id(params), key(request)),
    ),
    post(`${route}/cancellation`, (request, params) => desk.cancel(auth(request), id(params), key(request))),
    post(`${route}/reactivation`, (request, params) => desk.reactivate(auth(request), id(params), key(request))),
  ];
}
