/**
 * Starts the mock checkout service in the page (msw's service worker, served at the origin root).
 * Used by the demo and the browser tests; never part of the shipped bundle.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { FaultPlan } from './faults.js';
import { checkoutHandlers } from './handlers.js';
import { MockCheckoutService, type MockServiceOptions } from './service.js';

export const MOCK_API_BASE = 'https://checkout.example.test';

export interface MockCheckout {
  readonly baseUrl: string;
  readonly service: MockCheckoutService;
  readonly faults: FaultPlan;
  readonly worker: SetupWorker;
  stop(): void;
}

export async function startMockCheckout(
  options: MockServiceOptions & { baseUrl?: string; quiet?: boolean } = {},
): Promise<MockCheckout> {
  const baseUrl = options.baseUrl ?? MOCK_API_BASE;
  const service = new MockCheckoutService(options);
  const faults = new FaultPlan();
  const worker = setupWorker(...checkoutHandlers(service, faults, baseUrl));
  await worker.start({
    quiet: options.quiet ?? true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return { baseUrl, service, faults, worker, stop: () => worker.stop() };
}
