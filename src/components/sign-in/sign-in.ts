import { LitElement, html, nothing } from 'lit';
import { LocalizeController, type MessageOverrides } from '../../i18n/i18n.js';
import { SspNavigateEvent, SspSignInRequestEvent } from '../../shared/events.js';
import { focusTitle } from '../../shared/focus.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * The sign-in step. The button stays in a "preparing" state until the sign-in code is loaded, so
 * the click can open the sign-in popup synchronously (browsers block popups opened later). A
 * sign-in under way can be cancelled at any moment; when it goes quiet (its window may have been
 * closed), the step says so politely and its button opens the window again.
 *
 * @tagname ssp-sign-in
 * @fires ssp-sign-in-request - The person asked to sign in, or to open the sign-in window again (dispatched within the click).
 * @fires ssp-navigate - `back`: use a different email; `cancel`: stop the sign-in under way.
 * @csspart title - The step heading.
 * @csspart button - The sign-in button.
 * @csspart error - The inline error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons.
 */
export class SspSignIn extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, signInStyles];

  static override properties = {
    email: {},
    organization: {},
    ready: { type: Boolean },
    busy: { type: Boolean, reflect: true },
    stalled: { type: Boolean },
    error: {},
    messages: { attribute: false },
  };

  /** The email to sign in with (the login hint). */
  email = '';
  /** The organization's display name from the tenant lookup. */
  organization = '';
  /** The sign-in code is loaded; until then the button waits. */
  ready = false;
  /** A sign-in is under way. */
  busy = false;
  /** The sign-in under way has gone quiet (its window may be closed): offer to open it again. */
  stalled = false;
  /** A message about the last attempt (already localized). */
  error = '';
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;

  private readonly i18n = new LocalizeController(this);

  /** Moves focus to the step's heading (the flow does this when the step appears). */
  override focus(): void {
    focusTitle(this.renderRoot);
  }

  private get button(): HTMLButtonElement {
    return this.renderRoot.querySelector('button')!;
  }

  private onClick(): void {
    if (!this.ready || (this.busy && !this.stalled)) return;
    this.dispatchEvent(new SspSignInRequestEvent());
  }

  private onCancel(): void {
    // Cancel goes away with the sign-in: focus goes to the button that signs in again.
    this.button.focus();
    this.dispatchEvent(new SspNavigateEvent('cancel'));
  }

  override render() {
    const i18n = this.i18n;
    const waiting = !this.ready || (this.busy && !this.stalled);
    return html`
      <h2 class="title" part="title" tabindex="-1">${i18n.t('signInTitle')}</h2>
      <p>${i18n.t('signInIntro', this.email, this.organization)}</p>
      <div role="alert">${this.error ? html`<p class="error" part="error">${this.error}</p>` : nothing}</div>
      <div role="status">${this.stalled ? html`<p>${i18n.t('signInStalled')}</p>` : nothing}</div>
      <div class="actions">
        <button
          class="button"
          part="button"
          type="button"
          aria-disabled=${waiting ? 'true' : 'false'}
          @click=${this.onClick}
        >
          ${
            this.stalled
              ? i18n.t('signInReopen')
              : this.busy
                ? i18n.t('signInBusy')
                : this.ready
                  ? i18n.t('signInButton')
                  : i18n.t('signInPreparing')
          }
        </button>
        ${
          this.busy
            ? html`<button class="button secondary" type="button" @click=${this.onCancel}>
                ${i18n.t('signInCancel')}
              </button>`
            : nothing
        }
        <button class="link" type="button" @click=${() => this.dispatchEvent(new SspNavigateEvent('back'))}>
          ${i18n.t('useDifferentEmail')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-sign-in': SspSignIn;
  }
}
