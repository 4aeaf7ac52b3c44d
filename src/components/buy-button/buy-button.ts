import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { isProductId, PRODUCTS } from '../../shared/products.js';
import { buttonStyles, errorStyles, hostStyles } from '../../shared/styles.js';
import { buyButtonStyles } from './buy-button.styles.js';

/**
 * The in-app purchase prompt: a button that starts the self-service purchase of one product.
 *
 * @csspart button - The buy button.
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

  /** Host overrides for any message of the catalog. */
  @property({ attribute: false }) messages?: MessageOverrides;

  private readonly i18n = new LocalizeController(this);

  override render() {
    if (this.product && !isProductId(this.product)) {
      return html`<p part="error" class="error" role="alert">${this.i18n.t('configUnknownProduct', this.product)}</p>`;
    }
    const label = isProductId(this.product)
      ? this.i18n.t('buyButtonLabel', PRODUCTS[this.product].name)
      : this.i18n.t('buyButtonLabelGeneric');
    return html`<button part="button" class="button" type="button">${label}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-buy-button': SspBuyButton;
  }
}
