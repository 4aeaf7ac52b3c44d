/**
 * Every event the SDK dispatches. Flow events bubble and are composed (they reach the host page
 * from inside a buy button's dialog); step events bubble inside the flow's shadow root only.
 */
import type { IneligibleReason } from '../api/client.js';

export type Step =
  'email' | 'sign-in' | 'checking' | 'seats' | 'payment' | 'processing' | 'complete' | 'ineligible' | 'error';

const flow = { bubbles: true, composed: true } as const;

// Flow events (public contract, DESIGN.md §4).

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
}

export class SspPurchaseCompleteEvent extends Event implements PurchaseResult {
  static readonly type = 'ssp-purchase-complete';
  readonly purchaseId: string;
  readonly productId: string;
  readonly quantity: number;
  readonly amount: number;
  readonly currency: string;
  readonly kind: PurchaseResult['kind'];
  constructor(result: PurchaseResult) {
    super(SspPurchaseCompleteEvent.type, flow);
    this.purchaseId = result.purchaseId;
    this.productId = result.productId;
    this.quantity = result.quantity;
    this.amount = result.amount;
    this.currency = result.currency;
    this.kind = result.kind;
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

declare global {
  interface GlobalEventHandlersEventMap {
    'ssp-step-change': SspStepChangeEvent;
    'ssp-ineligible': SspIneligibleEvent;
    'ssp-purchase-complete': SspPurchaseCompleteEvent;
    'ssp-cancel': SspCancelEvent;
    'ssp-error': SspErrorEvent;
    'ssp-payment-confirming': SspPaymentConfirmingEvent;
  }
}

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

/** "Back", "use a different email", "try again", "start over": navigation inside the flow. */
export class SspNavigateEvent extends Event {
  static readonly type = 'ssp-navigate';
  constructor(readonly action: 'back' | 'retry' | 'restart' | 'close') {
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
