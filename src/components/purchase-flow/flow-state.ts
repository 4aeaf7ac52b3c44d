/**
 * The purchase flow's states and events: `FlowState` is a union keyed by `step`, each variant
 * carrying only the data valid in that step (including whether sign-in and the payment form are
 * ready), and the small pure helpers that build states. `machine.ts` holds the transitions.
 */
import type {
  ApiErrorCode,
  IneligibleReason,
  Money,
  Offer,
  PaymentFailure,
  Purchase,
  TenantLookup,
  Trial,
} from '../../api/client.js';
import type { AuthAccount, AuthErrorCode } from '../../auth/types.js';
import type { PaymentErrorCode } from '../../payment/types.js';
import type { PurchaseResult } from '../../shared/events.js';
import type { ConfigErrorCode } from '../../shared/settings.js';

export type Tenant = NonNullable<TenantLookup['tenant']>;

/**
 * Every code a flow error can have: each has a message (the compiler checks the map).
 * `personal-email`: back from that notice, the email field is in error.
 */
export type FlowErrorCode =
  | ApiErrorCode
  | AuthErrorCode
  | PaymentErrorCode
  | PaymentFailure
  | ConfigErrorCode
  | 'payment-failed'
  | 'personal-email';

/** A failure the flow shows; `code` picks the localized message. */
export interface FlowError {
  code: FlowErrorCode;
  recoverable: boolean;
  /** Seconds to wait before trying again (rate limits), and the time (ms since the epoch) that is. */
  retryAfter?: number;
  retryAt?: number;
}

export interface SeatChoice {
  quantity: number;
  planId: string;
}

/** The purchase of this checkout, as far as the flow needs it. */
export interface PurchaseRef {
  id: string;
  productId: string;
  quantity: number;
  amount: Money;
  kind: 'purchase' | 'add-licenses';
}

export type LicenseRequestState = 'unavailable' | 'idle' | 'sending' | 'sent';

export interface Signed {
  email: string;
  tenant: Tenant;
  account: AuthAccount;
}

export type IneligibleState = {
  step: 'ineligible';
  reason: IneligibleReason;
  email: string;
  tenantName?: string;
  adminContact?: Offer['adminContact'];
  licenseRequest: LicenseRequestState;
  error?: FlowError;
};
export type CompleteState = { step: 'complete'; result: PurchaseResult; adminCenterUrl?: string; trialEndsAt?: string };

/**
 * What the flow keeps in `sessionStorage` to survive a reload or a sign-in redirect: only
 * non-secret state (step, email, tenant name, seat choice, purchase id, idempotency keys, the
 * ineligible or complete result). Never tokens, client secrets or card data.
 */
export interface Snapshot {
  v: 1;
  step: FlowState['step'];
  email: string;
  tenant?: Tenant;
  choice?: SeatChoice;
  purchaseId?: string;
  /** Idempotency keys by action fingerprint, stored before the first send. */
  keys: Record<string, string>;
  /** The ineligible notice or the completed purchase, to show again as they were. */
  final?: IneligibleState | CompleteState;
}

export type FlowState =
  | { step: 'email'; email: string; busy: boolean; error?: FlowError }
  /** A stored flow is being picked up again (its facts are being asked for). */
  | { step: 'resuming'; snapshot: Snapshot }
  | {
      step: 'sign-in';
      email: string;
      tenant: Tenant;
      /** A sign-in is under way (it has no time limit; the person may cancel it at any moment). */
      busy: boolean;
      /** Busy with no answer for a while (its window may be closed): the step offers to open it again. */
      stalled?: boolean;
      ready: boolean;
      error?: FlowError;
    }
  | ({ step: 'checking'; choice?: SeatChoice } & Signed)
  | ({ step: 'seats'; offer: Offer; choice: SeatChoice; busy: boolean; error?: FlowError } & Signed)
  | ({
      step: 'payment';
      offer: Offer;
      choice: SeatChoice;
      purchase: PurchaseRef;
      busy: boolean;
      /** The payment form is mounted and can be submitted. */
      ready: boolean;
      error?: FlowError;
    } & Signed)
  | { step: 'processing'; purchase: PurchaseRef; slow: boolean }
  | CompleteState
  | IneligibleState
  | { step: 'error'; error: FlowError; from?: FlowState };

/** What a stored flow needs from the outside world to continue: asked for, then handed to `resume`. */
export interface ResumeFacts {
  /** The account restored without interaction (a redirect return, a cached session), if any. */
  account?: AuthAccount;
  /** The stored purchase as the server has it now, and the offer it belongs to. */
  purchase?: Purchase;
  offer?: Offer;
  /** Parameters of a 3-D Secure or bank redirect return on the page's URL. */
  redirect?: { status: string; paymentIntent: string };
  /** Asking the server failed. */
  error?: FlowError;
}

export type FlowEvent =
  | { type: 'START'; email: string; snapshot?: Snapshot; config?: ConfigErrorCode }
  | { type: 'RESUMED'; facts: ResumeFacts }
  | { type: 'EMAIL_SUBMITTED'; email: string }
  | { type: 'TENANT_FOUND'; tenant: Tenant }
  | { type: 'TENANT_REJECTED'; reason: IneligibleReason; tenantName?: string }
  | { type: 'AUTH_READY' }
  | { type: 'SIGN_IN_STARTED' }
  | { type: 'SIGN_IN_STALLED' }
  | { type: 'SIGN_IN_CANCELLED' }
  | { type: 'SIGNED_IN'; account: AuthAccount }
  | { type: 'SIGN_IN_FAILED'; error: FlowError }
  | { type: 'OFFER_LOADED'; offer: Offer }
  | { type: 'SEATS_SUBMITTED'; choice: SeatChoice }
  | { type: 'TRIAL_REQUESTED' }
  | { type: 'PURCHASE_CREATED'; purchase: Purchase }
  | { type: 'TRIAL_STARTED'; trial: Trial }
  | { type: 'PAYMENT_READY' }
  | { type: 'PAY_SUBMITTED' }
  | { type: 'PAYMENT_FAILED'; error: FlowError; declineCode?: string }
  | { type: 'PAYMENT_CONFIRMED' }
  | { type: 'STATUS'; purchase: Purchase }
  | { type: 'SLOW' }
  | { type: 'LICENSE_REQUESTED'; message: string }
  | { type: 'LICENSE_REQUEST_SENT' }
  | { type: 'REQUEST_FAILED'; error: FlowError }
  | { type: 'BACK' }
  | { type: 'RETRY' }
  | { type: 'RESTART' };

export type StateOf<S extends FlowState['step']> = Extract<FlowState, { step: S }>;

export function initialState(email = ''): FlowState {
  return { step: 'email', email, busy: false };
}

export function purchaseRef(purchase: Purchase, offer: Offer): PurchaseRef {
  return {
    id: purchase.id,
    productId: purchase.productId,
    quantity: purchase.quantity,
    amount: purchase.amount,
    kind: offer.kind === 'add-licenses' ? 'add-licenses' : 'purchase',
  };
}

/** Where a purchase's server status takes the flow; `undefined` when it stays put. */
export function fromStatus(state: FlowState & { purchase: PurchaseRef }, purchase: Purchase): FlowState | undefined {
  switch (purchase.status) {
    case 'active':
      return {
        step: 'complete',
        result: {
          purchaseId: purchase.id,
          productId: purchase.productId,
          quantity: purchase.quantity,
          amount: purchase.amount.value,
          currency: purchase.amount.currency,
          kind: state.purchase.kind,
          ...(purchase.clientReferenceId ? { clientReferenceId: purchase.clientReferenceId } : {}),
        },
        ...(purchase.adminCenterUrl ? { adminCenterUrl: purchase.adminCenterUrl } : {}),
      };
    case 'failed':
      return { step: 'error', error: { code: purchase.failureReason ?? 'payment-failed', recoverable: false } };
    case 'processing':
      return state.step === 'processing' ? undefined : { step: 'processing', purchase: state.purchase, slow: false };
    case 'requires_payment':
      if (state.step === 'processing' && purchase.lastPaymentError) {
        return { step: 'error', error: { code: purchase.lastPaymentError, recoverable: false } };
      }
      return undefined;
  }
}

export function clearError<T extends { error?: FlowError }>(state: T): T {
  const { error: _error, ...rest } = state;
  return rest as T;
}

export function signed(state: Signed): Signed {
  return { email: state.email, tenant: state.tenant, account: state.account };
}

/** Where an offer takes a signed-in person: the seat step (a restored choice kept within limits) or the notice. */
export function fromOffer(state: StateOf<'checking'>, offer: Offer): FlowState {
  if (!offer.eligible) {
    return {
      step: 'ineligible',
      reason: offer.reason ?? 'disabled-by-admin',
      email: state.email,
      tenantName: offer.account.tenantName,
      licenseRequest: offer.licenseRequestAvailable ? 'idle' : 'unavailable',
      ...(offer.adminContact ? { adminContact: offer.adminContact } : {}),
    };
  }
  const planId =
    offer.plans.find((p) => p.id === state.choice?.planId)?.id ??
    offer.plans.find((p) => p.billingPeriod === 'month')?.id ??
    offer.plans[0]?.id ??
    '';
  const wanted = state.choice?.quantity ?? offer.minQuantity;
  const quantity = Math.min(Math.max(wanted, offer.minQuantity), Math.max(offer.maxQuantity, offer.minQuantity));
  return { ...signed(state), step: 'seats', offer, choice: { quantity, planId }, busy: false };
}
