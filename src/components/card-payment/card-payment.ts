import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Money } from '../../api/client.js';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { SspNavigateEvent, SspPayEvent } from '../../shared/events.js';
import { productName } from '../../shared/products.js';
import { focusTitle } from '../../shared/focus.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { cardPaymentStyles } from './card-payment.styles.js';

/**
 * The card payment step. The payment form itself (Stripe's Payment Element) is not rendered
 * here: it lives in a light-DOM node of the page, created once by the outermost element, and is
 * shown through the `payment` slot (Stripe refuses to mount inside a shadow root).
 *
 * @tagname ssp-card-payment
 * @fires ssp-pay - The person pressed Pay (ignored while busy or before the form is ready).
 * @fires ssp-navigate - `back`: change the number of licenses.
 * @slot payment - The light-DOM node the payment form is mounted in.
 * @csspart title - The step heading.
 * @csspart button - The pay button.
 * @csspart error - The inline error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons.
 */
export class SspCardPayment extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, cardPaymentStyles];

  static override properties = {
    product: {},
    quantity: { type: Number },
    amount: { attribute: false },
    ready: { type: Boolean },
    busy: { type: Boolean, reflect: true },
    error: {},
    messages: { attribute: false },
  };

  /** The product being bought. */
  product = '';
  /** Number of licenses. */
  quantity = 1;
  /** The amount due, in minor units. */
  amount?: Money;
  /** The payment form is mounted and can take card details. */
  ready = false;
  /** A payment is being confirmed: Pay is single-flight. */
  busy = false;
  /** A message about the last attempt (already localized). */
  error = '';
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private readonly i18n = new LocalizeController(this);

  /** Moves focus to the step's heading (the flow does this when the step appears). */
  override focus(): void {
    focusTitle(this.renderRoot);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // An attempt failed: focus goes to what to fix, from the Pay button the person pressed.
    if (changed.get('busy') && this.error) this.renderRoot.querySelector<HTMLElement>('.error')?.focus();
  }

  private onPay(): void {
    // Before the form is ready, Pay only works as "try again" after the form failed to load.
    if (this.busy || (!this.ready && !this.error)) return;
    this.dispatchEvent(new SspPayEvent());
  }

  override render() {
    const i18n = this.i18n;
    const amount = this.amount ? i18n.money(this.amount.value, this.amount.currency) : '';
    const waiting = this.busy || (!this.ready && !this.error);
    return html`
      <h2 class="title" part="title" tabindex="-1">${i18n.t('paymentTitle')}</h2>
      <p>${i18n.t('paymentSummary', this.quantity, productName(this.product), amount)}</p>
      <p class="muted">${i18n.t('paymentCardOnly')}</p>
      ${this.ready || this.error ? nothing : html`<p class="muted" role="status">${i18n.t('paymentLoading')}</p>`}
      <div class="mount"><slot name="payment"></slot></div>
      <div role="alert">
        ${
          this.error
            ? html`<p class="error" part="error" tabindex="-1">${this.error}</p>
                <p class="muted">${i18n.t('paymentNotTwice')}</p>`
            : nothing
        }
      </div>
      <div class="actions">
        <button
          class="button"
          part="button"
          type="button"
          aria-disabled=${waiting ? 'true' : 'false'}
          @click=${this.onPay}
        >
          ${this.busy ? i18n.t('paymentPaying') : i18n.t('paymentSubmit', amount)}
        </button>
        <button
          class="link"
          type="button"
          ?hidden=${this.busy}
          @click=${() => this.dispatchEvent(new SspNavigateEvent('back'))}
        >
          ${i18n.t('paymentBack')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-card-payment': SspCardPayment;
  }
}
