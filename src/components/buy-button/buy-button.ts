import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HostTokenCallback } from '../../auth/delegated.js';
import type { AuthProvider } from '../../auth/types.js';
import { loadElement } from '../../elements.js';
import { LocalizeController, loadLocale, type MessageOverrides } from '../../i18n/i18n.js';
import type { PaymentProvider } from '../../payment/types.js';
import { SspCancelEvent, type SspPaymentConfirmingEvent, type Step } from '../../shared/events.js';
import { isProductId, PRODUCTS } from '../../shared/products.js';
import { buttonStyles, errorStyles, hostStyles } from '../../shared/styles.js';
import { buyButtonStyles } from './buy-button.styles.js';

/**
 * The in-app purchase prompt: a button that opens the purchase flow in a modal dialog. The flow's
 * code loads on the first hover, focus or click. Escape or the close button cancel (`ssp-cancel`),
 * and focus returns to the button. Flow events bubble out of it unchanged.
 *
 * @fires ssp-cancel - The person closed the dialog before the purchase completed (`step`).
 * @slot payment - Created by the element itself: the light-DOM node the payment form mounts in.
 * @csspart button - The buy button.
 * @csspart dialog - The modal dialog.
 * @csspart close-button - The dialog's close button.
 * @csspart error - The configuration error shown instead of the button for an unknown product.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Button background.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Button text.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius.
 * @cssprop [--ssp-font-family=system-ui] - Font.
 */
export class SspBuyButton extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, buyButtonStyles];

  /** The product to buy, e.g. `visio-plan-1` (see DESIGN.md §2 for the ids). */
  @property({ reflect: true }) product = '';
  /** Base URL of the checkout API, passed to the flow. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Scopes for the checkout API access token, passed to the flow. */
  @property({ attribute: 'api-scopes' }) apiScopes?: string;
  /** Stripe publishable key, passed to the flow. */
  @property({ attribute: 'stripe-key' }) stripeKey = '';
  /** Opt out of Stripe's advanced fraud signals, passed to the flow. */
  @property({ type: Boolean, attribute: 'stripe-disable-fraud-signals' }) stripeDisableFraudSignals = false;
  /** SDK-owned sign-in settings, passed to the flow (see `<ssp-purchase-flow>`). */
  @property({ attribute: 'client-id' }) clientId = '';
  @property() authority = '';
  @property({ attribute: 'redirect-uri' }) redirectUri = '';
  @property({ attribute: 'known-authorities' }) knownAuthorities = '';
  @property({ attribute: 'authority-metadata' }) authorityMetadata = '';
  @property({ attribute: 'protocol-mode' }) protocolMode = '';
  @property({ type: Number, attribute: 'popup-timeout' }) popupTimeout = 0;
  /** An email to start with, passed to the flow. */
  @property() email = '';
  /** Host-delegated sign-in, passed to the flow. */
  @property({ attribute: false }) getAccessToken?: HostTokenCallback;
  /** A sign-in provider, passed to the flow. */
  @property({ attribute: false }) authProvider?: AuthProvider;
  /** A payment provider, passed to the flow. */
  @property({ attribute: false }) paymentProvider?: PaymentProvider;
  /** Host overrides for any message of the catalog. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** The dialog has been opened once: the flow stays rendered so closing and reopening keeps its state. */
  @state() private opened = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button[part="button"]') private button!: HTMLButtonElement;
  private readonly i18n = new LocalizeController(this);
  private mount?: HTMLDivElement;
  /** Closes we cause ourselves (leaving and re-entering the top layer), not the person's. */
  private ownCloses = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // The payment form's node lives in the page's light DOM (Stripe refuses shadow roots) and is
    // created once, never re-rendered: re-creating it would clear what the person typed.
    if (!this.mount) {
      this.mount = document.createElement('div');
      this.mount.slot = 'payment';
      this.mount.className = 'ssp-payment-mount';
      this.append(this.mount);
    }
  }

  /** Opens the purchase dialog (loads the flow's code first if needed). */
  async show(): Promise<void> {
    await Promise.all([loadElement('ssp-purchase-flow'), loadLocale(this.i18n.lang).catch(() => undefined)]);
    this.opened = true;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  /** Closes the dialog; a close before completion is a cancel. */
  hide(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  private preload = (): void => {
    void loadElement('ssp-purchase-flow').catch(() => undefined);
    void loadLocale(this.i18n.lang).catch(() => undefined);
  };

  /**
   * Stripe appends its 3-D Secure challenge to the body, which a modal dialog (top layer) would
   * cover and make inert: while a payment is confirmed, the dialog stays open but non-modal.
   */
  private onConfirming(event: SspPaymentConfirmingEvent): void {
    const dialog = this.dialog;
    if (event.active && dialog.open && dialog.matches(':modal')) {
      this.ownCloses++;
      dialog.close();
      dialog.show();
      dialog.classList.add('stepped-down');
    } else if (!event.active && dialog.classList.contains('stepped-down')) {
      dialog.classList.remove('stepped-down');
      this.ownCloses++;
      dialog.close();
      dialog.showModal();
    }
  }

  private onClose(): void {
    if (this.ownCloses > 0) {
      this.ownCloses--;
      return;
    }
    const flow = this.renderRoot.querySelector('ssp-purchase-flow');
    const step = (flow?.getAttribute('step') ?? undefined) as Step | undefined;
    if (step !== 'complete') this.dispatchEvent(new SspCancelEvent(step));
    this.button?.focus();
  }

  override render() {
    if (this.product && !isProductId(this.product)) {
      return html`<p part="error" class="error" role="alert">${this.i18n.t('configUnknownProduct', this.product)}</p>`;
    }
    const name = isProductId(this.product) ? PRODUCTS[this.product].name : '';
    // Until the locale's messages arrive (a few ms), the button says the product's name.
    const label = !this.i18n.ready
      ? name || '…'
      : name
        ? this.i18n.t('buyButtonLabel', name)
        : this.i18n.t('buyButtonLabelGeneric');
    return html`
      <button
        part="button"
        class="button"
        type="button"
        aria-haspopup="dialog"
        @pointerenter=${this.preload}
        @focus=${this.preload}
        @click=${() => this.show()}
      >
        ${label}
      </button>
      <dialog part="dialog" aria-label=${label} @close=${this.onClose}>
        <div class="bar">
          <button
            class="button secondary close"
            part="close-button"
            type="button"
            aria-label=${this.i18n.t('dialogClose')}
            @click=${() => this.hide()}
          >
            ×
          </button>
        </div>
        <div class="body">
          ${
            this.opened
              ? html`<ssp-purchase-flow
                  lang=${this.i18n.lang}
                  product=${this.product}
                  api-base=${this.apiBase}
                  api-scopes=${ifDefined(this.apiScopes)}
                  stripe-key=${this.stripeKey}
                  ?stripe-disable-fraud-signals=${this.stripeDisableFraudSignals}
                  client-id=${this.clientId}
                  authority=${this.authority}
                  redirect-uri=${this.redirectUri}
                  known-authorities=${this.knownAuthorities}
                  authority-metadata=${this.authorityMetadata}
                  protocol-mode=${this.protocolMode}
                  popup-timeout=${this.popupTimeout}
                  email=${this.email}
                  .getAccessToken=${this.getAccessToken}
                  .authProvider=${this.authProvider}
                  .paymentProvider=${this.paymentProvider}
                  .paymentMount=${this.mount}
                  .messages=${this.messages}
                  @ssp-payment-confirming=${this.onConfirming}
                  ><slot name="payment" slot="payment"></slot
                ></ssp-purchase-flow>`
              : nothing
          }
        </div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-buy-button': SspBuyButton;
  }
}
