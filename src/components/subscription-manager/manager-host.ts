/**
 * What a panel of the subscription manager (licenses, plan, billing) may see and do of its manager,
 * and the messages of the failures every panel can meet. Panels are reactive controllers: each owns
 * its short-lived UI state and renders its section; the manager owns the subscription.
 */
import { CheckoutApiError } from '../../api/client.js';
import type {
  Subscription,
  SubscriptionApiErrorCode,
  SubscriptionDetail,
  SubscriptionsClient,
} from '../../api/subscriptions.js';
import { MAX_USERS_PER_REQUEST } from '../../api/subscriptions.js';
import type { LocalizeController, MessageKey } from '../../i18n/i18n.js';
import { errorMessage } from '../../i18n/messages.js';
import type { PaymentErrorCode, PaymentProvider } from '../../payment/types.js';
import type { PaymentFailure } from '../../api/client.js';
import { toFlowError } from '../purchase-flow/providers.js';

export interface ManagerHost {
  readonly i18n: LocalizeController;
  /** The subscription on screen, with its order history. */
  readonly detail: SubscriptionDetail;
  client(): SubscriptionsClient;
  payment(): PaymentProvider;
  /** The idempotency key of an action: the same until the action is `settled` (a retry reuses it). */
  key(action: string): string;
  settled(action: string): void;
  /** An answer carried the subscription's new facts (counts, status, card). */
  changed(subscription: Subscription): void;
  /** Reads the subscription, its licenses and invoices again. */
  reload(): Promise<void>;
  /** Says something in the manager's live region (and shows it as the panel's notice). */
  announce(message: string): void;
  dispatch(event: Event): void;
  requestUpdate(): void;
  /** The light-DOM node the card form mounts in (Stripe refuses shadow roots). */
  mount(): HTMLElement;
  /** A payment is being confirmed: a dialog around the manager steps out of the top layer meanwhile. */
  confirming(active: boolean): void;
  /** Moves focus to a control of the manager once it is rendered (a question answered, a form opened). */
  focus(selector: string): void;
}

/** A card charge that did not go through, with the payment code the purchase flow also shows. */
export class ChargeError extends Error {
  override readonly name = 'ChargeError';
  constructor(readonly code: PaymentErrorCode | PaymentFailure) {
    super(`The card charge failed: ${code}.`);
  }
}

/** The failures only the purchaser's operations have, each with its message. */
const MANAGER_MESSAGES: Partial<Record<SubscriptionApiErrorCode, MessageKey>> = {
  'not-purchaser': 'errorNotPurchaser',
  'subscription-not-found': 'errorSubscriptionNotFound',
  'invoice-not-found': 'errorSubscriptionNotFound',
  'subscription-canceled': 'errorSubscriptionCanceled',
  'subscription-expired': 'errorSubscriptionExpired',
  'invalid-search': 'errorInvalidSearch',
  'duplicate-user': 'errorDuplicateUser',
  'invoice-already-paid': 'errorInvoicePaid',
  'invoice-not-payable': 'errorInvoiceNotPayable',
  'no-payment-method': 'errorNoCard',
  'invalid-quantity': 'seatsErrorWhole',
};

/** The message for a failed call of a panel (or of the manager), in the manager's locale. */
export function failureMessage(i18n: LocalizeController, error: unknown, subscription?: Subscription): string {
  if (error instanceof ChargeError) return errorMessage(i18n, { code: error.code, recoverable: true });
  const code = error instanceof CheckoutApiError ? (error.code as SubscriptionApiErrorCode) : undefined;
  const key = code && MANAGER_MESSAGES[code];
  if (key) return i18n.t(key as 'errorNotPurchaser');
  const free = subscription ? subscription.quantity - subscription.assignedCount : 0;
  switch (code) {
    case 'too-many-at-once':
      return i18n.t('tooManySelected', MAX_USERS_PER_REQUEST);
    case 'not-enough-licenses':
      return i18n.t('notEnoughFree', free);
    case 'below-assigned-count':
      return i18n.t('quantityBelowAssigned', subscription?.assignedCount ?? 1);
    case 'quantity-out-of-range':
      return i18n.t('seatsErrorMax', subscription?.maxQuantity ?? 1);
  }
  const flowError = toFlowError(error);
  // A code the purchase flow does not know (a newer service) is a failure like any other.
  return errorMessage(i18n, flowError) || i18n.t('errorUnknown');
}

/** Whether trying the same call again may help (a network failure, a busy service, a renewed sign-in). */
export function retryable(error: unknown): boolean {
  return error instanceof ChargeError || toFlowError(error).recoverable;
}

/** What a failed call of the person's own action means: a message, and whether to offer "Try again". */
export interface Failure {
  message: string;
  retry: boolean;
}

export function failure(host: ManagerHost, error: unknown): Failure {
  return { message: failureMessage(host.i18n, error, host.detail), retry: retryable(error) };
}
