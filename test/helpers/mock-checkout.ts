/**
 * One mock checkout service per test page, with a recorder that validates every request the
 * client sends and every response the mock gives against `api/openapi.yaml`.
 */
import { startMockCheckout, type MockCheckout } from '../../mocks/browser.js';
import { validateRequest, validateResponse } from './contract.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The parsed JSON body (or its text), once read. */
  body?: unknown;
}

let started: Promise<MockCheckout> | undefined;
export const contractViolations: string[] = [];
export const requests: RecordedRequest[] = [];

export function mockCheckout(): Promise<MockCheckout> {
  started ??= startMockCheckout({ processingMs: 50 }).then((mock) => {
    mock.worker.events.on('request:start', async ({ request }) => {
      if (!request.url.startsWith(mock.baseUrl)) return;
      const recorded: RecordedRequest = {
        method: request.method,
        url: request.url,
        headers: new Headers(request.headers),
      };
      requests.push(recorded);
      const text = request.method === 'GET' ? '' : await request.clone().text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      recorded.body = body;
      contractViolations.push(...validateRequest(request.method, request.url, request.headers, body));
    });
    mock.worker.events.on('response:mocked', async ({ request, response }) => {
      if (!request.url.startsWith(mock.baseUrl) || response.type === 'error' || response.headers.has('X-Mock-Fault')) {
        return;
      }
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        contractViolations.push(`${request.method} ${request.url}: response is not JSON`);
        return;
      }
      contractViolations.push(...validateResponse(request.method, request.url, response, body));
    });
    return mock;
  });
  return started;
}

/** Requests seen since the last reset whose path ends with `suffix`. */
export function requestsTo(suffix: string, method?: string): RecordedRequest[] {
  return requests.filter((r) => new URL(r.url).pathname.endsWith(suffix) && (!method || r.method === method));
}

export async function resetMockCheckout(): Promise<MockCheckout> {
  const mock = await mockCheckout();
  mock.service.reset();
  mock.service.processingMs = 50;
  mock.faults.clear();
  requests.length = 0;
  contractViolations.length = 0;
  return mock;
}
