/** open-wc's `waitUntil` with a 5 s default: a loaded CI machine can take more than its 1 s default. */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: 5000, ...options });
}
