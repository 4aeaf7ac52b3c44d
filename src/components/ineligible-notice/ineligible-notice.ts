import { LitElement, html, nothing } from 'lit';
import type { IneligibleReason } from '../../api/client.js';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { reasonMessage } from '../../i18n/messages.js';
import { SspLicenseRequestEvent, SspNavigateEvent } from '../../shared/events.js';
import { productName } from '../../shared/products.js';
import { focusTitle } from '../../shared/focus.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { ineligibleNoticeStyles } from './ineligible-notice.styles.js';

/** Only web links are rendered as links: a tenant's URL is data, not trusted markup. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why the person cannot buy, in plain words, and what to do instead: contact the IT admin, with the
 * organization's own message and link when it set them, and a license request when offered.
 *
 * @tagname ssp-ineligible-notice
 * @fires ssp-license-request - The person asked the admin for a license (`message`).
 * @fires ssp-navigate - `back`: use a different email.
 * @csspart title - The step heading.
 * @csspart form - The license request form.
 * @csspart input - The license request's note to the admin.
 * @csspart button - The license request button.
 * @csspart error - The inline error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields and of the admin's message.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 */
export class SspIneligibleNotice extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, ineligibleNoticeStyles];

  static override properties = {
    reason: {},
    product: {},
    organization: {},
    adminMessage: { attribute: 'admin-message' },
    adminUrl: { attribute: 'admin-url' },
    licenseRequest: { attribute: 'license-request' },
    error: {},
    messages: { attribute: false },
  };

  /** Why the person cannot buy: one of the ineligibility reason codes the README lists. */
  reason: IneligibleReason = 'disabled-by-admin';
  /** The product that cannot be bought. */
  product = '';
  /** The organization's display name, when known. */
  organization = '';
  /** The admin's own request message, when set. */
  adminMessage = '';
  /** The admin's request page, when set. */
  adminUrl = '';
  /** Whether a license request can be sent, is being sent, or was sent. */
  licenseRequest: 'unavailable' | 'idle' | 'sending' | 'sent' = 'unavailable';
  /** A message about the last license request (already localized). */
  error = '';
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private readonly i18n = new LocalizeController(this);

  private get note(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  /** Moves focus to the step's heading (the flow does this when the step appears). */
  override focus(): void {
    focusTitle(this.renderRoot);
  }

  private onRequest(event: SubmitEvent): void {
    event.preventDefault();
    if (this.licenseRequest !== 'idle') return;
    this.dispatchEvent(new SspLicenseRequestEvent(this.note?.value.trim() ?? ''));
  }

  private renderRequest() {
    const i18n = this.i18n;
    if (this.licenseRequest === 'unavailable') return nothing;
    if (this.licenseRequest === 'sent') {
      return html`<p class="sent" role="status">${i18n.t('licenseRequestSent')}</p>`;
    }
    const sending = this.licenseRequest === 'sending';
    return html`
      <form part="form" @submit=${this.onRequest}>
        <div class="field">
          <label for="note">${i18n.t('licenseRequestLabel')}</label>
          <textarea id="note" part="input" name="note" maxlength="500" aria-describedby="request-error"></textarea>
        </div>
        <div id="request-error" role="alert">
          ${this.error ? html`<p class="error" part="error">${this.error}</p>` : nothing}
        </div>
        <div class="actions">
          <button class="button" part="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
            ${sending ? i18n.t('licenseRequestSending') : i18n.t('licenseRequestSubmit')}
          </button>
        </div>
      </form>
    `;
  }

  override render() {
    const i18n = this.i18n;
    const url = safeUrl(this.adminUrl);
    return html`
      <h2 class="title" part="title" tabindex="-1">${i18n.t('ineligibleTitle')}</h2>
      <p>${reasonMessage(i18n, this.reason, productName(this.product))}</p>
      <p>${i18n.t('ineligibleContact')}</p>
      ${
        this.adminMessage
          ? html`<p class="muted">${i18n.t('ineligibleAdminMessage', this.organization)}</p>
              <blockquote>${this.adminMessage}</blockquote>`
          : nothing
      }
      ${url ? html`<p><a class="link" href=${url} target="_blank" rel="noopener noreferrer">${i18n.t('ineligibleAdminLink')}</a></p>` : nothing}
      ${this.renderRequest()}
      <p>
        <button class="link" type="button" @click=${() => this.dispatchEvent(new SspNavigateEvent('back'))}>
          ${i18n.t('useDifferentEmail')}
        </button>
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-ineligible-notice': SspIneligibleNotice;
  }
}
