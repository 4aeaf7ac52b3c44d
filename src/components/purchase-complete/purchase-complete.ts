import { LitElement, html, nothing } from 'lit';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { SspNavigateEvent } from '../../shared/events.js';
import { productName } from '../../shared/products.js';
import { focusTitle } from '../../shared/focus.js';
import { TERMS_URL } from '../../shared/links.js';
import { buttonStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { purchaseCompleteStyles } from './purchase-complete.styles.js';

const SUPPORT_URL = 'https://support.microsoft.com/';
const TRAINING_URL = 'https://learn.microsoft.com/training/';

const PRODUCT_URLS: Record<string, string> = {
  'power-bi-pro': 'https://app.powerbi.com/',
  'power-bi-premium-per-user': 'https://app.powerbi.com/',
  'power-apps-per-user': 'https://make.powerapps.com/',
  'power-automate-per-user': 'https://make.powerautomate.com/',
  'project-plan-3': 'https://project.microsoft.com/',
  'visio-plan-1': 'https://www.office.com/launch/visio',
  'visio-plan-2': 'https://www.office.com/launch/visio',
};

/**
 * The last step: what was bought, "start using it", "assign licenses now" (the subscription
 * manager, in the flow), what happens next (receipt, renewal, the end of a trial), the purchase
 * terms, support and training, and the admin center.
 *
 * @tagname ssp-purchase-complete
 * @fires ssp-navigate - "Assign licenses now" was chosen (`action`: `manage`); the flow opens the subscription manager.
 * @csspart title - The step heading.
 * @csspart button - The "start using it" link.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons.
 */
export class SspPurchaseComplete extends LitElement {
  static override styles = [hostStyles, buttonStyles, stepStyles, purchaseCompleteStyles];

  static override properties = {
    product: {},
    quantity: { type: Number },
    amount: { type: Number },
    currency: {},
    kind: {},
    trialEndsAt: { attribute: 'trial-ends-at' },
    adminCenterUrl: { attribute: 'admin-center-url' },
    startUrl: { attribute: 'start-url' },
    manage: { type: Boolean },
    messages: { attribute: false },
  };

  /** The product bought. */
  product = '';
  /** Licenses bought. */
  quantity = 1;
  /** Amount paid, in minor units of `currency`. */
  amount = 0;
  /** ISO 4217 currency. */
  currency = 'USD';
  /** `purchase`, `add-licenses` or `trial`. */
  kind: 'purchase' | 'add-licenses' | 'trial' = 'purchase';
  /** When a trial ends (ISO date-time). */
  trialEndsAt = '';
  /** The purchaser's view of the admin center. */
  adminCenterUrl = '';
  /** Where "start using it" goes; the product's web app by default. */
  startUrl = '';
  /** Offer "Assign licenses now" (the flow sets it for a purchase; a trial's license is the person's own). */
  manage = false;
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private readonly i18n = new LocalizeController(this);

  /** Moves focus to the step's heading (the flow does this when the step appears). */
  override focus(): void {
    focusTitle(this.renderRoot);
  }

  private summary(name: string): string {
    const i18n = this.i18n;
    if (this.kind === 'trial') {
      const date = this.trialEndsAt ? i18n.date(this.trialEndsAt) : '';
      return i18n.t('completeTrialSummary', name, date);
    }
    const amount = i18n.money(this.amount, this.currency);
    return this.kind === 'add-licenses'
      ? i18n.t('completeAddedSummary', this.quantity, name, amount)
      : i18n.t('completeSummary', this.quantity, name, amount);
  }

  override render() {
    const i18n = this.i18n;
    const name = productName(this.product);
    const start = this.startUrl || PRODUCT_URLS[this.product];
    return html`
      <h2 class="title" part="title" tabindex="-1">
        ${this.kind === 'trial' ? i18n.t('completeTrialTitle') : i18n.t('completeTitle')}
      </h2>
      <p class="summary">${this.summary(name)}</p>
      <div class="actions">
        ${
          start
            ? html`<a class="button" part="button" href=${start} target="_blank" rel="noopener"
                >${i18n.t('completeStart', name)}</a
              >`
            : nothing
        }
        ${
          this.manage && this.kind !== 'trial'
            ? html`<button class="button secondary" @click=${() => this.dispatchEvent(new SspNavigateEvent('manage'))}>
                ${i18n.t('completeManage')}
              </button>`
            : nothing
        }
      </div>
      <ul class="next">
        ${
          this.kind === 'trial'
            ? html`<li>${i18n.t('completeTrialEnds', name, this.trialEndsAt ? i18n.date(this.trialEndsAt) : '')}</li>`
            : html`<li>${i18n.t('completeReceipt')}</li>
                <li>${i18n.t('completeRenews')}</li>`
        }
      </ul>
      <p class="links">
        <a class="link" href=${TERMS_URL} target="_blank" rel="noopener">${i18n.t('completeTerms')}</a>
        <a class="link" href=${SUPPORT_URL} target="_blank" rel="noopener">${i18n.t('completeSupport')}</a>
        <a class="link" href=${TRAINING_URL} target="_blank" rel="noopener">${i18n.t('completeTraining', name)}</a>
      </p>
      ${
        this.adminCenterUrl
          ? html`<p>
                <a class="link" href=${this.adminCenterUrl} target="_blank" rel="noopener"
                  >${i18n.t('completeAdmin')}</a
                >
              </p>
              <p class="muted">${i18n.t('completeAdminHint')}</p>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-purchase-complete': SspPurchaseComplete;
  }
}
