/**
 * Every event the SDK dispatches. Flow events bubble and are composed (they reach the host page
 * from inside a buy button's dialog); step events bubble inside the flow's shadow root only.
 */
import type { AdminPolicySetting } from '../api/admin.js';
import type { IneligibleReason, PaymentFailure } from '../api/client.js';

export type Step =
  'email' | 'sign-in' | 'checking' | 'seats' | 'payment' | 'processing' | 'complete' | 'ineligible' | 'error';

const flow = { bubbles: true, composed: true } as const;

// Flow events: the public contract (the README lists them).

export class SspStepChangeEvent extends Event {
  static readonly type = 'ssp-step-change';
  constructor(
    readonly step: Step,
    readonly previous: Step | undefined,
  ) {
    super(SspStepChangeEvent.type, flow);
  }
}

export class SspIneligibleEvent extends Event {
  static readonly type = 'ssp-ineligible';
  constructor(
    readonly reason: IneligibleReason,
    readonly productId: string,
  ) {
    super(SspIneligibleEvent.type, flow);
  }
}

export interface PurchaseResult {
  purchaseId: string;
  productId: string;
  quantity: number;
  /** Integer minor units of `currency`; 0 for a card-free trial. */
  amount: number;
  currency: string;
  kind: 'purchase' | 'add-licenses' | 'trial';
  /** The host's `client-reference-id`, as the checkout service stored it with the purchase or trial. */
  clientReferenceId?: string;
}

export class SspPurchaseCompleteEvent extends Event implements PurchaseResult {
  static readonly type = 'ssp-purchase-complete';
  declare readonly purchaseId: string;
  declare readonly productId: string;
  declare readonly quantity: number;
  declare readonly amount: number;
  declare readonly currency: string;
  declare readonly kind: PurchaseResult['kind'];
  declare readonly clientReferenceId: string | undefined;
  constructor(result: PurchaseResult) {
    super(SspPurchaseCompleteEvent.type, flow);
    Object.assign(this, result);
  }
}

/** A failed card payment attempt, as the flow reports it. */
export interface PaymentFailureResult {
  /** Why, in the checkout API's words: `authentication_failed` is a failed 3-D Secure check. */
  code: PaymentFailure;
  /** Stripe's `decline_code` of a declined card (`generic_decline`, `insufficient_funds`, …), if it gave one. */
  declineCode?: string;
  /** The person can try again on the same payment (the flow shows the card form again). */
  recoverable: boolean;
  purchaseId: string;
  productId: string;
}

/**
 * A card payment attempt failed (declined, 3-D Secure failed, not processed): once per attempt,
 * with its message on screen; never for a purchase the checkout service reports paid.
 */
export class SspPaymentFailedEvent extends Event implements PaymentFailureResult {
  static readonly type = 'ssp-payment-failed';
  declare readonly code: PaymentFailure;
  declare readonly declineCode: string | undefined;
  declare readonly recoverable: boolean;
  declare readonly purchaseId: string;
  declare readonly productId: string;
  constructor(failure: PaymentFailureResult) {
    super(SspPaymentFailedEvent.type, flow);
    Object.assign(this, failure);
  }
}

/** A card-free trial is active (`ssp-purchase-complete` with `kind: 'trial'` follows). */
export class SspTrialStartedEvent extends Event {
  static readonly type = 'ssp-trial-started';
  constructor(
    readonly productId: string,
    /** The trial's id (the `purchaseId` of its `ssp-purchase-complete`). */
    readonly purchaseId: string,
    /** When the trial ends (ISO 8601), as the checkout service said. */
    readonly trialEndsAt: string | undefined,
    readonly clientReferenceId: string | undefined,
  ) {
    super(SspTrialStartedEvent.type, flow);
  }
}

/** The checkout service accepted a license request to the tenant's admin (its text stays private). */
export class SspLicenseRequestSentEvent extends Event {
  static readonly type = 'ssp-license-request-sent';
  constructor(readonly productId: string) {
    super(SspLicenseRequestSentEvent.type, flow);
  }
}

export class SspCancelEvent extends Event {
  static readonly type = 'ssp-cancel';
  constructor(readonly step: Step | undefined) {
    super(SspCancelEvent.type, { ...flow, cancelable: true });
  }
}

export class SspErrorEvent extends Event {
  static readonly type = 'ssp-error';
  constructor(
    readonly code: string,
    readonly message: string,
    readonly recoverable: boolean,
  ) {
    super(SspErrorEvent.type, flow);
  }
}

/**
 * A card payment is being confirmed (`active`) or is done. Stripe appends its 3-D Secure challenge
 * to the document body, under anything in the top layer: a container that shows the flow in a
 * modal dialog steps out of the top layer while `active` (the buy button does).
 */
export class SspPaymentConfirmingEvent extends Event {
  static readonly type = 'ssp-payment-confirming';
  constructor(readonly active: boolean) {
    super(SspPaymentConfirmingEvent.type, flow);
  }
}

// Subscription manager events: the purchaser changed a subscription (bubbling, composed).

/** Licenses were assigned to people (`userIds`: those who got one; the others are reported in the manager). */
export class SspLicensesAssignedEvent extends Event {
  static readonly type = 'ssp-licenses-assigned';
  constructor(
    readonly subscriptionId: string,
    readonly productId: string,
    readonly userIds: string[],
    readonly assignedCount: number,
  ) {
    super(SspLicensesAssignedEvent.type, flow);
  }
}

/**
 * The subscription changed: `change` is `quantity` (licenses added now, or removed at `effectiveAt`)
 * or `reactivated` (a cancellation undone). `amount` was charged now (integer minor units of `currency`).
 */
export class SspSubscriptionUpdatedEvent extends Event {
  static readonly type = 'ssp-subscription-updated';
  constructor(
    readonly subscriptionId: string,
    readonly productId: string,
    readonly change: 'quantity' | 'reactivated',
    readonly quantity: number,
    readonly previousQuantity: number,
    readonly effectiveAt: string,
    readonly amount: number,
    readonly currency: string,
  ) {
    super(SspSubscriptionUpdatedEvent.type, flow);
  }
}

/** The purchaser canceled a subscription: it stops renewing and its licenses work until `endsAt`. */
export class SspSubscriptionCanceledEvent extends Event {
  static readonly type = 'ssp-subscription-canceled';
  constructor(
    readonly subscriptionId: string,
    readonly productId: string,
    readonly endsAt: string,
  ) {
    super(SspSubscriptionCanceledEvent.type, flow);
  }
}

/** A new card is saved for the subscription (only its brand and last 4 digits are told). */
export class SspPaymentMethodUpdatedEvent extends Event {
  static readonly type = 'ssp-payment-method-updated';
  constructor(
    readonly subscriptionId: string,
    readonly brand: string,
    readonly last4: string,
  ) {
    super(SspPaymentMethodUpdatedEvent.type, flow);
  }
}

/** An open or overdue invoice was paid (`amount` in integer minor units of `currency`). */
export class SspInvoicePaidEvent extends Event {
  static readonly type = 'ssp-invoice-paid';
  constructor(
    readonly subscriptionId: string,
    readonly invoiceId: string,
    readonly number: string,
    readonly amount: number,
    readonly currency: string,
  ) {
    super(SspInvoicePaidEvent.type, flow);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ssp-step-change': SspStepChangeEvent;
    'ssp-ineligible': SspIneligibleEvent;
    'ssp-purchase-complete': SspPurchaseCompleteEvent;
    'ssp-cancel': SspCancelEvent;
    'ssp-error': SspErrorEvent;
    'ssp-payment-confirming': SspPaymentConfirmingEvent;
    'ssp-payment-failed': SspPaymentFailedEvent;
    'ssp-trial-started': SspTrialStartedEvent;
    'ssp-license-request-sent': SspLicenseRequestSentEvent;
    'ssp-licenses-assigned': SspLicensesAssignedEvent;
    'ssp-subscription-updated': SspSubscriptionUpdatedEvent;
    'ssp-subscription-canceled': SspSubscriptionCanceledEvent;
    'ssp-payment-method-updated': SspPaymentMethodUpdatedEvent;
    'ssp-invoice-paid': SspInvoicePaidEvent;
  }
}

/** The events a subscription manager tells its host (besides `ssp-error`). */
export const MANAGER_EVENTS = [
  'ssp-licenses-assigned',
  'ssp-subscription-updated',
  'ssp-subscription-canceled',
  'ssp-payment-method-updated',
  'ssp-invoice-paid',
  'ssp-error',
] as const satisfies ReadonlyArray<keyof GlobalEventHandlersEventMap>;

// Admin events: what a tenant's admin did in `<ssp-purchase-policy>`, `<ssp-license-requests>` and
// `<ssp-admin-purchases>`. They bubble and are composed, like the flow's.

/** The self-service purchase policy of a product was saved (`previous` is the setting before). */
export class SspPolicyChangedEvent extends Event {
  static readonly type = 'ssp-policy-changed';
  constructor(
    readonly productId: string,
    readonly setting: AdminPolicySetting,
    readonly previous: AdminPolicySetting,
  ) {
    super(SspPolicyChangedEvent.type, flow);
  }
}

/** An admin approved (a central license is assigned) or declined a license request. */
export class SspLicenseRequestDecidedEvent extends Event {
  static readonly type = 'ssp-license-request-decided';
  constructor(
    readonly requestId: string,
    readonly productId: string,
    readonly decision: 'approved' | 'declined',
  ) {
    super(SspLicenseRequestDecidedEvent.type, flow);
  }
}

/**
 * A self-service subscription was taken over: its users got central licenses and its purchaser was
 * asked to cancel it.
 */
export class SspTakeoverRequestedEvent extends Event {
  static readonly type = 'ssp-takeover-requested';
  constructor(
    readonly subscriptionId: string,
    readonly productId: string,
  ) {
    super(SspTakeoverRequestedEvent.type, flow);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ssp-policy-changed': SspPolicyChangedEvent;
    'ssp-license-request-decided': SspLicenseRequestDecidedEvent;
    'ssp-takeover-requested': SspTakeoverRequestedEvent;
  }
}

/** The events the admin elements tell their host (besides `ssp-error`). */
export const ADMIN_EVENTS = [
  'ssp-policy-changed',
  'ssp-license-request-decided',
  'ssp-takeover-requested',
  'ssp-error',
] as const satisfies ReadonlyArray<keyof GlobalEventHandlersEventMap>;

/**
 * The flow events a host page listens to (for a log, analytics, a funnel). `ssp-payment-confirming`
 * is left out: it tells a container around the flow when to step out of the top layer.
 */
export const FLOW_EVENTS = [
  'ssp-step-change',
  'ssp-ineligible',
  'ssp-payment-failed',
  'ssp-trial-started',
  'ssp-license-request-sent',
  'ssp-purchase-complete',
  'ssp-cancel',
  'ssp-error',
] as const satisfies ReadonlyArray<keyof GlobalEventHandlersEventMap>;

// Step events: a step view tells the flow what the person did. They bubble inside the flow only.

const step = { bubbles: true, composed: false } as const;

export class SspEmailSubmitEvent extends Event {
  static readonly type = 'ssp-email-submit';
  constructor(readonly email: string) {
    super(SspEmailSubmitEvent.type, step);
  }
}

export class SspSignInRequestEvent extends Event {
  static readonly type = 'ssp-sign-in-request';
  constructor() {
    super(SspSignInRequestEvent.type, step);
  }
}

export class SspSeatsSubmitEvent extends Event {
  static readonly type = 'ssp-seats-submit';
  constructor(
    readonly quantity: number,
    readonly planId: string,
  ) {
    super(SspSeatsSubmitEvent.type, step);
  }
}

export class SspTrialStartEvent extends Event {
  static readonly type = 'ssp-trial-start';
  constructor() {
    super(SspTrialStartEvent.type, step);
  }
}

export class SspPayEvent extends Event {
  static readonly type = 'ssp-pay';
  constructor() {
    super(SspPayEvent.type, step);
  }
}

export class SspLicenseRequestEvent extends Event {
  static readonly type = 'ssp-license-request';
  constructor(readonly message: string) {
    super(SspLicenseRequestEvent.type, step);
  }
}

/** "Back", "use a different email", "try again", "start over", "assign licenses now": navigation inside the flow. */
export class SspNavigateEvent extends Event {
  static readonly type = 'ssp-navigate';
  constructor(readonly action: 'back' | 'retry' | 'restart' | 'close' | 'cancel' | 'manage') {
    super(SspNavigateEvent.type, step);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ssp-email-submit': SspEmailSubmitEvent;
    'ssp-sign-in-request': SspSignInRequestEvent;
    'ssp-seats-submit': SspSeatsSubmitEvent;
    'ssp-trial-start': SspTrialStartEvent;
    'ssp-pay': SspPayEvent;
    'ssp-license-request': SspLicenseRequestEvent;
    'ssp-navigate': SspNavigateEvent;
  }
}
