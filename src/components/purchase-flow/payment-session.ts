/**
 * The card payment of one flow: the only owner of the light-DOM node the payment form mounts in,
 * of the purchase's payment secret (in memory only, never stored) and of the mounted form.
 */
import type { PaymentProvider, PaymentSession, ConfirmResult } from '../../payment/types.js';
import { paymentAppearance } from '../../payment/appearance.js';
import { createPaymentMount } from '../../payment/mount.js';

/** What the payment needs from its flow. */
export interface PaymentHost {
  /** A mount node an enclosing element provides (the buy button does), if any. */
  providedMount(): HTMLElement | undefined;
  /** The flow element: its light DOM takes the mount node when none is provided; its tokens style the form. */
  readonly container: Element;
  lang(): string;
}

export class CheckoutPayment {
  private secret?: { purchaseId: string; clientSecret: string };
  private session?: PaymentSession;
  private ownMount?: HTMLElement;
  private mounting?: object;

  constructor(private readonly host: PaymentHost) {}

  /** Keeps a purchase's payment secret for the form (a purchase that takes no payment has none). */
  remember(purchaseId: string, clientSecret: string | undefined): void {
    if (clientSecret) this.secret = { purchaseId, clientSecret };
  }

  /**
   * Mounts the form for the purchase; resolves `true` once it can be submitted, `false` when the
   * payment was left meanwhile. `secret` asks the server for the payment secret if none is known.
   */
  async mount(
    provider: PaymentProvider,
    purchaseId: string,
    secret: () => Promise<string | undefined>,
  ): Promise<boolean> {
    if (this.session) return true;
    const attempt = (this.mounting = {});
    const known = this.secret?.purchaseId === purchaseId ? this.secret.clientSecret : undefined;
    const clientSecret = known ?? (await secret());
    if (!clientSecret) throw new Error('The purchase takes no payment');
    this.remember(purchaseId, clientSecret);
    const node = this.host.providedMount() ?? (this.ownMount ??= createPaymentMount(this.host.container));
    const appearance = paymentAppearance(this.host.container);
    const session = await provider.mount(node, { clientSecret, locale: this.host.lang(), appearance });
    if (this.mounting !== attempt) {
      session.destroy();
      return false;
    }
    this.session = session;
    return true;
  }

  confirm(): Promise<ConfirmResult> {
    if (!this.session) return Promise.resolve({ status: 'failed', error: { code: 'load-failed' } });
    return this.session.confirm().catch(() => ({ status: 'failed', error: { code: 'unknown' } }));
  }

  /** Takes the form down (the person left the payment step); the mount node stays for next time. */
  teardown(): void {
    this.mounting = undefined;
    this.session?.destroy();
    this.session = undefined;
  }
}
