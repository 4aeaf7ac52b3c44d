import type { PaymentFailure } from '../api/client.js';

/**
 * What went wrong with a card payment (the checkout API's failure codes, plus what happens in the
 * browser); the flow shows a localized message for each.
 */
export type PaymentErrorCode = Exclude<PaymentFailure, 'payment_expired'> | 'incomplete' | 'load-failed' | 'unknown';

export interface PaymentError {
  code: PaymentErrorCode;
  /** The processor's own message, for logs; the UI shows the localized one for `code`. */
  message?: string;
  /** The processor's reason for a declined card (Stripe's `decline_code`), for the host's reports. */
  declineCode?: string;
}

export type ConfirmResult = { status: 'succeeded' | 'processing' } | { status: 'failed'; error: PaymentError };

export interface MountOptions {
  clientSecret: string;
  locale: string;
  /** Design tokens read from the flow's computed style, for the payment form's appearance. */
  appearance: Record<string, string>;
  /**
   * `payment` (the default): `clientSecret` is a PaymentIntent's and `confirm` pays it. `setup`: a
   * SetupIntent's, and `confirm` saves the card for later charges (a card update).
   */
  mode?: 'payment' | 'setup';
}

/** A mounted payment form for one purchase. */
export interface PaymentSession {
  /** Confirms the payment with what the person typed (3-D Secure runs inside, when needed). */
  confirm(): Promise<ConfirmResult>;
  destroy(): void;
}

/**
 * Card payment behind one interface: Stripe's Payment Element in production, a fake in tests.
 * The mount node is a light-DOM node of the document (Stripe refuses shadow roots).
 */
export interface PaymentProvider {
  /** Loads the processor's script; called one step ahead (prefetch). */
  load(): Promise<void>;
  mount(node: HTMLElement, options: MountOptions): Promise<PaymentSession>;
  /**
   * Completes what a charge of the saved card still needs from the person (3-D Secure), given the
   * PaymentIntent's client secret. Optional: without it, such a charge is reported as failed.
   */
  handleNextAction?(clientSecret: string): Promise<ConfirmResult>;
}
