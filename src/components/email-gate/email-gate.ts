import { LitElement, html, nothing } from 'lit';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { SspEmailSubmitEvent } from '../../shared/events.js';
import { productName } from '../../shared/products.js';
import { focusTitle } from '../../shared/focus.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { checkEmail, type EmailCheck } from '../../shared/validation.js';
import { emailGateStyles } from './email-gate.styles.js';

/**
 * The first step: a work email, checked before any sign-in.
 *
 * @tagname ssp-email-gate
 * @fires ssp-email-submit - A valid, normalized email was submitted (`email`).
 * @csspart title - The step heading.
 * @csspart form - The form.
 * @csspart input - The email field.
 * @csspart button - The continue button.
 * @csspart error - The inline error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages and invalid fields.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 */
export class SspEmailGate extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, emailGateStyles];

  static override properties = {
    product: {},
    email: {},
    busy: { type: Boolean, reflect: true },
    error: {},
    rejected: { type: Boolean },
    messages: { attribute: false },
    invalid: { state: true },
  };

  /** The product being bought, e.g. `visio-plan-1`. */
  product = '';
  /** The email to start with (a resumed flow, or the host's hint). */
  email = '';
  /** The email is being checked: the button shows progress and ignores clicks. */
  busy = false;
  /** A message from the flow about the last attempt (already localized). */
  error = '';
  /** The flow refused the email itself (a personal address): the field is invalid, `error` says why. */
  rejected = false;
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private invalid?: Exclude<EmailCheck, { ok: true }>['error'];
  // Its messages come with the buy button (the `start` part): the step needs no other request.
  private readonly i18n = new LocalizeController(this, ['start']);

  /** The email field (always rendered). */
  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  /** Moves focus to the step's heading, or to a refused email (the flow does this when the step appears). */
  override focus(): void {
    if (this.rejected) this.input.focus();
    else focusTitle(this.renderRoot);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.busy) return;
    const result = checkEmail(this.input.value);
    if (!result.ok) {
      this.invalid = result.error;
      this.input.focus();
      return;
    }
    this.invalid = undefined;
    this.input.value = result.email;
    this.dispatchEvent(new SspEmailSubmitEvent(result.email));
  }

  private get message(): string {
    switch (this.invalid) {
      case 'empty':
        return this.i18n.t('emailErrorEmpty');
      case 'format':
        return this.i18n.t('emailErrorFormat');
      case 'too-long':
        return this.i18n.t('emailErrorTooLong');
      case 'hidden':
        return this.i18n.t('emailErrorHidden');
      default:
        return this.error;
    }
  }

  override render() {
    const i18n = this.i18n;
    const message = this.message;
    return html`
      <h2 class="title" part="title" tabindex="-1">${i18n.t('emailTitle', productName(this.product))}</h2>
      <p>${i18n.t('emailIntro')}</p>
      <form part="form" novalidate @submit=${this.onSubmit}>
        <div class="field">
          <label for="email">${i18n.t('emailLabel')}</label>
          <span class="hint" id="email-hint">${i18n.t('emailHint')}</span>
          <input
            id="email"
            part="input"
            name="email"
            type="email"
            autocomplete="email"
            inputmode="email"
            autocapitalize="off"
            spellcheck="false"
            required
            .value=${this.email}
            aria-describedby="email-hint email-error"
            aria-invalid=${this.invalid || this.rejected ? 'true' : 'false'}
            @input=${() => (this.invalid = undefined)}
          />
          <div id="email-error" role="alert">
            ${message ? html`<p class="error" part="error">${message}</p>` : nothing}
          </div>
        </div>
        <div class="actions">
          <button class="button" part="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? i18n.t('emailChecking') : i18n.t('emailSubmit')}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-email-gate': SspEmailGate;
  }
}
