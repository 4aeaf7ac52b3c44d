/**
 * A charge of the saved card the service could not finish alone (the bank asks for 3-D Secure):
 * the person completes it in Stripe's challenge. The service's status stays the truth: whatever
 * the challenge says, the caller reads the subscription or invoice again.
 */
import { ChargeError, type ManagerHost } from './manager-host.js';

/** Runs the 3-D Secure step of a charge; its failure, if it failed. */
export async function confirmCharge(host: ManagerHost, clientSecret: string): Promise<ChargeError | undefined> {
  const payment = host.payment();
  if (!payment.handleNextAction) return new ChargeError('authentication_failed');
  host.confirming(true);
  try {
    const result = await payment.handleNextAction(clientSecret);
    return result.status === 'failed' ? new ChargeError(result.error.code) : undefined;
  } catch {
    return new ChargeError('load-failed');
  } finally {
    host.confirming(false);
  }
}
