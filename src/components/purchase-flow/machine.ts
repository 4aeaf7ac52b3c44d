/**
 * The purchase flow as a pure state machine: `transition(state, event)` is an exhaustive switch
 * over the steps of `FlowState` (see `flow-state.ts`). No Lit, no I/O: the `<ssp-purchase-flow>`
 * mediator runs the effects and feeds their results back in as events. Starting and resuming a
 * stored flow are transitions too (`START`, `RESUMED`), as is what of a state is stored.
 */
import {
  clearError,
  fromOffer,
  fromStatus,
  initialState,
  purchaseRef,
  signed,
  type FlowEvent,
  type FlowState,
  type ResumeFacts,
  type Snapshot,
  type StateOf,
} from './flow-state.js';

export { initialState };

/** The next state; an event that does not apply to the current step leaves the state as it is. */
export function transition(state: FlowState, event: FlowEvent): FlowState {
  if (event.type === 'START') return start(event);
  if (event.type === 'RESTART') return initialState('email' in state ? state.email : '');

  switch (state.step) {
    case 'resuming':
      switch (event.type) {
        case 'RESUMED':
          return resume(state.snapshot, event.facts);
        case 'REQUEST_FAILED':
          // The flow's code could not be loaded (offline): the email step says so and can try again.
          return { step: 'email', email: state.snapshot.email, busy: false, error: event.error };
        default:
          return state;
      }

    case 'email':
      switch (event.type) {
        case 'EMAIL_SUBMITTED':
          return state.busy ? state : { step: 'email', email: event.email, busy: true };
        case 'TENANT_FOUND':
          return state.busy
            ? { step: 'sign-in', email: state.email, tenant: event.tenant, busy: false, ready: false }
            : state;
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
        case 'AUTH_READY':
          return { ...state, ready: true };
        case 'SIGN_IN_STARTED':
          // A new window, also in place of one that went quiet.
          return state.ready && (!state.busy || state.stalled) ? signingIn(state, true) : state;
        case 'SIGN_IN_STALLED':
          return state.busy ? { ...state, stalled: true } : state;
        case 'SIGN_IN_CANCELLED':
          return state.busy ? signingIn(state, false) : state;
        case 'SIGNED_IN':
          return { step: 'checking', email: state.email, tenant: state.tenant, account: event.account };
        case 'SIGN_IN_FAILED':
          return { ...signingIn(state, false), error: event.error };
        case 'BACK':
          return initialState(state.email);
        default:
          return state;
      }

    case 'checking':
      switch (event.type) {
        case 'OFFER_LOADED':
          return fromOffer(state, event.offer);
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
              ready: false,
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
              ...(event.trial.clientReferenceId ? { clientReferenceId: event.trial.clientReferenceId } : {}),
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
        case 'PAYMENT_READY':
          return { ...state, ready: true };
        case 'PAY_SUBMITTED':
          // Pay on a form that failed to load mounts it again.
          if (!state.ready) return state.error && !state.busy ? clearError(state) : state;
          return state.busy ? state : { ...clearError(state), busy: true };
        case 'PAYMENT_FAILED':
          // A form that failed to load is not ready; a declined card keeps the form as it is.
          return {
            ...state,
            busy: false,
            ready: state.ready && event.error.code !== 'load-failed',
            error: event.error,
          };
        case 'PAYMENT_CONFIRMED':
          return { step: 'processing', purchase: state.purchase, slow: false };
        case 'STATUS':
          return fromStatus(state, event.purchase) ?? state;
        case 'REQUEST_FAILED':
          return { ...state, busy: false, error: event.error };
        case 'RETRY':
          // The payment form failed to load: clear the message and mount it again.
          return state.busy || state.ready ? state : clearError(state);
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
          // A personal address is the email's own fault: the field says so (and gets focus).
          return state.reason === 'personal-email'
            ? { step: 'email', email: state.email, busy: false, error: { code: state.reason, recoverable: true } }
            : initialState(state.email);
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

/** The sign-in step with a sign-in under way or not: no error, not quiet. */
function signingIn(
  { error: _error, stalled: _stalled, ...state }: StateOf<'sign-in'>,
  busy: boolean,
): StateOf<'sign-in'> {
  return { ...state, busy };
}

/** Where a flow starts: a configuration error, a fresh email step, or a stored flow to pick up. */
function start({ email, snapshot, config }: Extract<FlowEvent, { type: 'START' }>): FlowState {
  if (config) return { step: 'error', error: { code: config, recoverable: false } };
  if (!snapshot) return initialState(email);
  if (snapshot.final) return snapshot.final;
  if (snapshot.step === 'email' || !snapshot.tenant) return initialState(snapshot.email || email);
  return { step: 'resuming', snapshot };
}

/**
 * Where a stored flow continues, from what sign-in and the server say now: the events that led
 * there are replayed, so a resumed state is one the flow could have reached by itself.
 */
export function resume(snapshot: Snapshot, facts: ResumeFacts): FlowState {
  const { email, tenant, choice } = snapshot;
  if (!tenant) return initialState(email);
  if (!facts.account) return { step: 'sign-in', email, tenant, busy: false, ready: false };
  const checking: FlowState = {
    step: 'checking',
    email,
    tenant,
    account: facts.account,
    ...(choice ? { choice } : {}),
  };
  if (!snapshot.purchaseId) return checking;
  const { purchase, offer } = facts;
  if (facts.error || !purchase || !offer) {
    return { step: 'error', error: facts.error ?? { code: 'bad-response', recoverable: true }, from: checking };
  }
  const seats = transition(checking, { type: 'OFFER_LOADED', offer });
  if (seats.step !== 'seats') return seats;
  const submitted = transition(seats, {
    type: 'SEATS_SUBMITTED',
    choice: { quantity: purchase.quantity, planId: purchase.planId },
  });
  const state = transition(submitted, { type: 'PURCHASE_CREATED', purchase });
  // Back from a 3-D Secure or bank redirect for this purchase's payment (a return for any other
  // payment is ignored): the server confirms a success; a failure can be tried again.
  const redirect = facts.redirect;
  const intent = purchase.payment?.clientSecret.split('_secret_')[0];
  if (state.step !== 'payment' || !redirect || redirect.paymentIntent !== intent) return state;
  if (redirect.status === 'succeeded') return { step: 'processing', purchase: state.purchase, slow: false };
  return { ...state, error: { code: 'authentication_failed', recoverable: true } };
}
