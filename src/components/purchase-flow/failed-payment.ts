/**
 * Which transitions are a failed card payment attempt, for `ssp-payment-failed`. Pure; it loads with
 * the flow's effects, since no payment is tried before they are here.
 */
import type { PaymentFailure } from '../../api/client.js';
import type { PaymentErrorCode } from '../../payment/types.js';
import type { PaymentFailureResult } from '../../shared/events.js';
import type { FlowEvent, FlowState } from './flow-state.js';

type PaymentCode = PaymentErrorCode | PaymentFailure | 'payment-failed';

/**
 * How each payment code of the flow is reported: the checkout API's failure codes as they are
 * (`true`); a payment the browser could not confirm (`unknown`) and a purchase the service failed
 * without a reason as not processed; what is no attempt (a form that did not load, card details not
 * complete) not at all.
 */
const REPORTED: { [C in PaymentCode]: C extends PaymentFailure ? true : PaymentFailure | undefined } = {
  card_declined: true,
  insufficient_funds: true,
  expired_card: true,
  incorrect_cvc: true,
  authentication_failed: true,
  processing_error: true,
  payment_expired: true,
  unknown: 'processing_error',
  'payment-failed': 'processing_error',
  incomplete: undefined,
  'load-failed': undefined,
};

/**
 * The payment attempt a transition shows as failed, if any: a decline on the payment step (or on
 * the way back from a 3-D Secure redirect), or the service's word that a payment being confirmed
 * failed. A purchase the service reports paid is never one: the flow asks it before it says "failed".
 */
export function failedPayment(
  previous: FlowState,
  next: FlowState,
  event: FlowEvent,
): PaymentFailureResult | undefined {
  const step =
    event.type === 'STATUS' ? 'error' : event.type === 'PAYMENT_FAILED' || event.type === 'RESUMED' ? 'payment' : '';
  const error = next.step === step && 'error' in next ? next.error : undefined;
  const purchase = 'purchase' in next ? next.purchase : 'purchase' in previous ? previous.purchase : undefined;
  // Any other code of the flow's is not in the table: it is no payment's failure.
  const reported = error && REPORTED[error.code as PaymentCode];
  const code = reported === true ? (error!.code as PaymentFailure) : reported;
  return (
    code &&
    purchase && {
      code,
      declineCode: event.type === 'PAYMENT_FAILED' ? event.declineCode : undefined,
      recoverable: error!.recoverable,
      purchaseId: purchase.id,
      productId: purchase.productId,
    }
  );
}
