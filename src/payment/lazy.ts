/**
 * The Stripe provider behind a dynamic import: `@stripe/stripe-js` and our Stripe code load only
 * when the flow asks for them (from the seat step on), never with the SDK's entry.
 */
import { retryable } from '../shared/lazy.js';
import type { StripeProviderOptions } from './stripe.js';
import type { ConfirmResult, MountOptions, PaymentProvider, PaymentSession } from './types.js';

export class LazyStripeProvider implements PaymentProvider {
  constructor(
    private readonly publishableKey: string,
    private readonly options: StripeProviderOptions = {},
  ) {}

  private readonly get = retryable(async (): Promise<PaymentProvider> => {
    const { StripePaymentProvider } = await import('./stripe.js');
    return new StripePaymentProvider(this.publishableKey, this.options);
  });

  async load(): Promise<void> {
    await (await this.get()).load();
  }

  async mount(node: HTMLElement, options: MountOptions): Promise<PaymentSession> {
    return (await this.get()).mount(node, options);
  }

  async handleNextAction(clientSecret: string): Promise<ConfirmResult> {
    return (await this.get()).handleNextAction!(clientSecret);
  }
}

/** Reads and removes Stripe's redirect-return parameters (3-D Secure or bank redirects) from the URL. */
export function takePaymentRedirect(): { status: string; paymentIntent: string } | undefined {
  const url = new URL(location.href);
  const status = url.searchParams.get('redirect_status');
  const paymentIntent = url.searchParams.get('payment_intent');
  if (!status || !paymentIntent) return undefined;
  for (const name of ['redirect_status', 'payment_intent', 'payment_intent_client_secret'])
    url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
  return { status, paymentIntent };
}
