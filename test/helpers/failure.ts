import { expect } from '@open-wc/testing';
import { CheckoutApiError } from '../../src/api/client.js';

/** Awaits a call that must fail with a CheckoutApiError, and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<CheckoutApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should fail').to.be.instanceOf(CheckoutApiError);
  return error as CheckoutApiError;
}
