/**
 * The purchase flow as a pure state machine: `FlowState` is a union keyed by `step`, each variant
 * carrying only the data valid in that step, and `transition(state, event)` is an exhaustive
 * switch. No Lit, no I/O: the `<ssp-purchase-flow>` mediator runs the effects and feeds results
 * back in as events.
 */
import type { IneligibleReason, Money, Offer, Purchase, TenantLookup, Trial } from '../../api/client.js';
import type { AuthAccount } from '../../auth/types.js';
import type { PurchaseResult } from '../../shared/events.js';

export type Tenant = NonNullable<TenantLookup['tenant']>;

/** A failure the flow shows; `code` picks the localized message. */
export interface FlowError {
  code: string;
  recoverable: boolean;
  /** Seconds to wait before trying again (rate limits). */
  retryAfter?: number;
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

interface Signed {
  email: string;
  tenant: Tenant;
  account: AuthAccount;
}

export type FlowState =
  | { step: 'email'; email: string; busy: boolean; error?: FlowError }
  | { step: 'sign-in'; email: string; tenant: Tenant; busy: boolean; error?: FlowError }
  | ({ step: 'checking'; choice?: SeatChoice } & Signed)
  | ({ step: 'seats'; offer: Offer; choice: SeatChoice; busy: boolean; error?: FlowError } & Signed)
  | ({
      step: 'payment';
      offer: Offer;
      choice: SeatChoice;
      purchase: PurchaseRef;
      busy: boolean;
      error?: FlowError;
    } & Signed)
  | { step: 'processing'; purchase: PurchaseRef; slow: boolean }
  | { step: 'complete'; result: PurchaseResult; adminCenterUrl?: string; trialEndsAt?: string }
  | {
      step: 'ineligible';
      reason: IneligibleReason;
      email: string;
      tenantName?: string;
      adminContact?: Offer['adminContact'];
      licenseRequest: LicenseRequestState;
      error?: FlowError;
    }
  | { step: 'error'; error: FlowError; from?: FlowState };

export type FlowEvent =
  | { type: 'EMAIL_SUBMITTED'; email: string }
  | { type: 'TENANT_FOUND'; tenant: Tenant }
  | { type: 'TENANT_REJECTED'; reason: IneligibleReason; tenantName?: string }
  | { type: 'SIGN_IN_STARTED' }
  | { type: 'SIGNED_IN'; account: AuthAccount }
  | { type: 'SIGN_IN_FAILED'; error: FlowError }
  | { type: 'OFFER_LOADED'; offer: Offer }
  | { type: 'SEATS_SUBMITTED'; choice: SeatChoice }
  | { type: 'TRIAL_REQUESTED' }
  | { type: 'PURCHASE_CREATED'; purchase: Purchase }
  | { type: 'TRIAL_STARTED'; trial: Trial }
  | { type: 'PAY_SUBMITTED' }
  | { type: 'PAYMENT_FAILED'; error: FlowError }
  | { type: 'PAYMENT_CONFIRMED' }
  | { type: 'STATUS'; purchase: Purchase }
  | { type: 'SLOW' }
  | { type: 'LICENSE_REQUESTED' }
  | { type: 'LICENSE_REQUEST_SENT' }
  | { type: 'REQUEST_FAILED'; error: FlowError }
  | { type: 'BACK' }
  | { type: 'RETRY' }
  | { type: 'RESTART' }
  | { type: 'RESUME'; state: FlowState };

export function initialState(email = ''): FlowState {
  return { step: 'email', email, busy: false };
}

function purchaseRef(purchase: Purchase, offer: Offer): PurchaseRef {
  return {
    id: purchase.id,
    productId: purchase.productId,
    quantity: purchase.quantity,
    amount: purchase.amount,
    kind: offer.kind === 'add-licenses' ? 'add-licenses' : 'purchase',
  };
}

/** Where a purchase's server status takes the flow; `undefined` when it stays put. */
function fromStatus(state: FlowState & { purchase: PurchaseRef }, purchase: Purchase): FlowState | undefined {
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

/** The next state; an event that does not apply to the current step leaves the state as it is. */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  if (event.type === 'RESUME') return event.state;
  if (event.type === 'RESTART') return initialState('email' in state ? state.email : '');

  switch (state.step) {
    case 'email':
      switch (event.type) {
        case 'EMAIL_SUBMITTED':
          return state.busy ? state : { step: 'email', email: event.email, busy: true };
        case 'TENANT_FOUND':
          return state.busy ? { step: 'sign-in', email: state.email, tenant: event.tenant, busy: false } : state;
        case 'TENANT_REJECTED':
          return {
            step: 'ineligible',
            reason: event.reason,
            email: state.email,
            licenseRequest: 'unavailable',
            ...(event.tenantName ? { tenantName: event.tenantName } : {}),
          };
        case 'REQUEST_FAILED':
          return { ...state, busy: false, error: event.error };
        default:
          return state;
      }

    case 'sign-in':
      switch (event.type) {
        case 'SIGN_IN_STARTED':
          return { ...clearError(state), busy: true };
        case 'SIGNED_IN':
          return { step: 'checking', email: state.email, tenant: state.tenant, account: event.account };
        case 'SIGN_IN_FAILED':
          return { ...state, busy: false, error: event.error };
        case 'BACK':
          return initialState(state.email);
        default:
          return state;
      }

    case 'checking':
      switch (event.type) {
        case 'OFFER_LOADED': {
          const { offer } = event;
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
          const quantity = Math.min(
            Math.max(wanted, offer.minQuantity),
            Math.max(offer.maxQuantity, offer.minQuantity),
          );
          return { ...signed(state), step: 'seats', offer, choice: { quantity, planId }, busy: false };
        }
        case 'REQUEST_FAILED':
          return { step: 'error', error: event.error, from: state };
        default:
          return state;
      }

    case 'seats':
      switch (event.type) {
        case 'SEATS_SUBMITTED':
          return state.busy ? state : { ...clearError(state), choice: event.choice, busy: true };
        case 'TRIAL_REQUESTED':
          return state.busy ? state : { ...clearError(state), busy: true };
        case 'PURCHASE_CREATED':
          return (
            fromStatus({ ...state, purchase: purchaseRef(event.purchase, state.offer) }, event.purchase) ?? {
              ...signed(state),
              step: 'payment',
              offer: state.offer,
              choice: state.choice,
              purchase: purchaseRef(event.purchase, state.offer),
              busy: false,
            }
          );
        case 'TRIAL_STARTED':
          return {
            step: 'complete',
            result: {
              purchaseId: event.trial.id,
              productId: event.trial.productId,
              quantity: 1,
              amount: 0,
              currency: state.offer.currency,
              kind: 'trial',
            },
            trialEndsAt: event.trial.endsAt,
            ...(event.trial.adminCenterUrl ? { adminCenterUrl: event.trial.adminCenterUrl } : {}),
          };
        case 'REQUEST_FAILED':
          return { ...state, busy: false, error: event.error };
        default:
          return state;
      }

    case 'payment':
      switch (event.type) {
        case 'PAY_SUBMITTED':
          return state.busy ? state : { ...clearError(state), busy: true };
        case 'PAYMENT_FAILED':
          return { ...state, busy: false, error: event.error };
        case 'PAYMENT_CONFIRMED':
          return { step: 'processing', purchase: state.purchase, slow: false };
        case 'STATUS':
          return fromStatus(state, event.purchase) ?? state;
        case 'REQUEST_FAILED':
          return { ...state, busy: false, error: event.error };
        case 'RETRY':
          // The payment form failed to load: clear the message and mount it again.
          return state.busy ? state : clearError(state);
        case 'BACK':
          return state.busy
            ? state
            : { ...signed(state), step: 'seats', offer: state.offer, choice: state.choice, busy: false };
        default:
          return state;
      }

    case 'processing':
      switch (event.type) {
        case 'STATUS':
          return fromStatus(state, event.purchase) ?? state;
        case 'SLOW':
        case 'REQUEST_FAILED':
          // The server is the source of truth: a lost answer means "still checking", never "failed".
          return { ...state, slow: true };
        default:
          return state;
      }

    case 'complete':
      return state;

    case 'ineligible':
      switch (event.type) {
        case 'LICENSE_REQUESTED':
          return state.licenseRequest === 'idle' ? { ...clearError(state), licenseRequest: 'sending' } : state;
        case 'LICENSE_REQUEST_SENT':
          return state.licenseRequest === 'sending' ? { ...state, licenseRequest: 'sent' } : state;
        case 'REQUEST_FAILED':
          return state.licenseRequest === 'sending' ? { ...state, licenseRequest: 'idle', error: event.error } : state;
        case 'BACK':
          return initialState(state.email);
        default:
          return state;
      }

    case 'error':
      switch (event.type) {
        case 'RETRY':
          return state.error.recoverable && state.from ? state.from : state;
        default:
          return state;
      }
  }
}

function clearError<T extends { error?: FlowError }>(state: T): T {
  const { error: _error, ...rest } = state;
  return rest as T;
}

function signed(state: Signed): Signed {
  return { email: state.email, tenant: state.tenant, account: state.account };
}
