/**
 * A fake payment provider for flow tests: a plain card-number field mounted in the light-DOM node,
 * test cards with Stripe's meanings, and the outcome reported to the mock checkout service as
 * Stripe's webhook would. It refuses shadow roots as Stripe does. Never shipped.
 */
import type { ConfirmResult, MountOptions, PaymentProvider, PaymentSession } from '../src/payment/types.js';
import { cardOutcome } from './identities.js';
import type { PaymentBackend } from './fake-stripe.js';

export class FakePaymentProvider implements PaymentProvider {
  confirmCalls = 0;
  mounts = 0;
  loadMs = 0;
  failLoad = false;

  constructor(private readonly service: PaymentBackend) {}

  async load(): Promise<void> {
    if (this.loadMs) await new Promise((resolve) => setTimeout(resolve, this.loadMs));
    if (this.failLoad) throw new Error('Failed to load Stripe.js');
  }

  async mount(node: HTMLElement, options: MountOptions): Promise<PaymentSession> {
    await this.load();
    if (!(node.getRootNode() instanceof Document)) {
      throw new Error('Elements cannot be mounted in a ShadowRoot. Please mount in the Light DOM.');
    }
    this.mounts += 1;
    let field = node.querySelector<HTMLInputElement>('input[name="cardnumber"]');
    if (!field) {
      node.replaceChildren();
      const label = document.createElement('label');
      label.textContent = 'Card number';
      field = document.createElement('input');
      field.name = 'cardnumber';
      field.autocomplete = 'cc-number';
      field.inputMode = 'numeric';
      label.append(field);
      node.append(label);
    }
    const input = field;
    return {
      confirm: async (): Promise<ConfirmResult> => {
        this.confirmCalls += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
        const digits = input.value.replace(/\D/g, '');
        if (digits.length < 12) return { status: 'failed', error: { code: 'incomplete' } };
        const outcome = cardOutcome(digits);
        if (outcome.kind === 'declined') {
          await this.service.paymentFailed(options.clientSecret, outcome.code);
          return { status: 'failed', error: { code: outcome.code } };
        }
        await this.service.paymentSucceeded(options.clientSecret);
        return { status: 'succeeded' };
      },
      destroy: () => node.replaceChildren(),
    };
  }
}
