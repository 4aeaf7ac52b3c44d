/** An answer of the mock checkout service, before it becomes an HTTP response (mocks/handlers.ts). */
export interface MockResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
