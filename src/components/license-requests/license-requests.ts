import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { MAX_ADMIN_MESSAGE_LENGTH, type AdminLicenseRequest, type AdminTenant } from '../../api/admin.js';
import { LocalizeController } from '../../i18n/i18n.js';
import { SspLicenseRequestDecidedEvent } from '../../shared/events.js';
import { applyDefaults, settingProperties, SETTING_NAMES, SETTINGS, type HostSettings } from '../../shared/settings.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { adminFailureMessage, retryable } from '../admin-failures.js';
import { AdminSession } from '../admin-session.js';
import { adminStyles } from '../admin-styles.js';
import { licenseRequestsStyles } from './license-requests.styles.js';
import { renderDecline, renderRequests } from './request-table.js';

type Show = 'sent' | 'all';

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspLicenseRequests extends HostSettings {}

/**
 * The tenant admin's inbox of license requests (sent from the ineligible notice): who asked, for
 * which product, when, their message (plain text) and the status. Approving assigns an available
 * license of the organization's own subscription (refused with a clear message when none is left);
 * declining takes an optional note for the requester. Signs in as the purchase flow does; a
 * delegated partner sees the inbox without deciding.
 *
 * @tagname ssp-license-requests
 * @attr lang - The locale of texts and dates (BCP 47); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-license-request-decided - A request was approved or declined (`requestId`, `productId`, `decision`).
 * @fires ssp-error - A configuration error or a failure to load the inbox (`code`, `message`, `recoverable`).
 * @csspart base - The element's container.
 * @csspart title - The heading.
 * @csspart form - The decline form.
 * @csspart input - A field (which requests to show, the note).
 * @csspart button - A main button (sign in, approve, decline).
 * @csspart error - An error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, tables and secondary buttons.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of the heading.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 * @cssprop [--ssp-admin-max-width=64rem] - Greatest width of an admin element (the purchases, the policy, the license requests).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspLicenseRequests extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, adminStyles, licenseRequestsStyles];

  static override properties = {
    ...settingProperties(),
    tenant: {},
    requests: { state: true },
    show: { state: true },
    busy: { state: true },
    declining: { state: true },
    notice: { state: true },
    error: { state: true },
  };

  /** The tenant to administer (its id); the first the signed-in person administers when empty. */
  tenant = '';

  private requests: AdminLicenseRequest[] = [];
  private show: Show = 'sent';
  /** The request being decided. */
  private busy = '';
  private declining?: { request: AdminLicenseRequest; note: string; error?: string };
  private notice = '';
  private error = '';
  private readonly i18n = new LocalizeController(this, ['start', 'flow', 'admin']);
  private readonly session = new AdminSession(this, this.i18n, (tenant, current) => this.load(tenant, current));

  constructor() {
    super();
    applyDefaults(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings = SETTING_NAMES.some((name) => SETTINGS[name].restarts && changed.has(name));
    if (this.hasUpdated && (settings || changed.has('tenant'))) void this.session.start();
  }

  /** Reads the inbox again (a host may call it when a request may have arrived). */
  async refresh(): Promise<void> {
    await this.session.start();
  }

  private async load(tenant: AdminTenant, current: () => boolean): Promise<void> {
    const requests = await this.session.client().listLicenseRequests(tenant.id, { status: this.show });
    if (!current()) return;
    this.requests = requests;
    this.declining = undefined;
  }

  private async showOnly(show: Show): Promise<void> {
    this.show = show;
    this.notice = this.error = '';
    try {
      await this.load(this.session.tenant, () => this.show === show);
    } catch (error) {
      this.error = adminFailureMessage(this.i18n, error);
    }
  }

  private said(notice: string): void {
    this.error = '';
    // Cleared first, so the same message said twice is said again.
    this.notice = '';
    void this.updateComplete.then(() => (this.notice = notice));
  }

  private decided(request: AdminLicenseRequest, answer: AdminLicenseRequest): void {
    this.requests = this.requests.map((r) => (r.id === request.id ? answer : r));
    const decision = answer.status === 'approved' ? 'approved' : 'declined';
    const name = request.requester.displayName;
    this.said(
      this.i18n.t(
        decision === 'approved' ? 'requestApprovedNotice' : 'requestDeclinedNotice',
        name,
        request.productName,
      ),
    );
    this.dispatchEvent(new SspLicenseRequestDecidedEvent(request.id, request.productId, decision));
    // The request's buttons are gone (it may leave the list): focus the inbox's heading, not nothing.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  private async approve(request: AdminLicenseRequest): Promise<void> {
    if (this.busy) return;
    const action = `approve:${request.id}`;
    this.busy = request.id;
    this.declining = undefined;
    this.notice = this.error = '';
    try {
      const answer = await this.session
        .client()
        .approveLicenseRequest(this.session.tenant.id, request.id, this.session.key(action));
      this.session.settled(action);
      this.decided(request, answer);
    } catch (error) {
      if (!retryable(error)) this.session.settled(action);
      this.error = adminFailureMessage(this.i18n, error);
    } finally {
      this.busy = '';
    }
  }

  private async openDecline(request: AdminLicenseRequest): Promise<void> {
    this.declining = { request, note: '' };
    this.notice = this.error = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#decline-note')?.focus();
  }

  private async keep(): Promise<void> {
    const id = this.declining?.request.id;
    this.declining = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-decline="${id}"]`)?.focus();
  }

  private async decline(): Promise<void> {
    const declining = this.declining;
    if (!declining || this.busy) return;
    const { request, note } = declining;
    if (note.length > MAX_ADMIN_MESSAGE_LENGTH) {
      this.declining = { ...declining, error: this.i18n.t('adminTooLong', MAX_ADMIN_MESSAGE_LENGTH) };
      this.renderRoot.querySelector<HTMLElement>('#decline-note')?.focus();
      return;
    }
    // The key names what is sent: an edited note is another request, never a replay of the last.
    const action = `decline:${request.id}:${note.trim()}`;
    this.busy = request.id;
    try {
      const answer = await this.session
        .client()
        .declineLicenseRequest(this.session.tenant.id, request.id, this.session.key(action), {
          ...(note.trim() ? { note } : {}),
        });
      this.session.settled(action);
      this.declining = undefined;
      this.decided(request, answer);
    } catch (error) {
      if (!retryable(error)) this.session.settled(action);
      this.declining = { ...declining, error: adminFailureMessage(this.i18n, error) };
    } finally {
      this.busy = '';
    }
  }

  override render() {
    if (!this.i18n.ready) return html``;
    const t = this.i18n.t.bind(this.i18n);
    const gate = this.session.renderGate(t('requestsTitle'));
    return html`<div class="admin" part="base">${gate ?? this.renderInbox()}</div>`;
  }

  private renderInbox() {
    const t = this.i18n.t.bind(this.i18n);
    const decide = !this.session.partner;
    return html`<h2 class="title" part="title" tabindex="-1">${t('requestsTitle')}</h2>
      ${this.session.renderTenant()} ${decide ? nothing : html`<p class="notice">${t('adminPartnerNote')}</p>`}
      <div class="field show">
        <label for="show">${t('requestsShow')}</label>
        <select
          id="show"
          part="input"
          @change=${(e: Event) => this.showOnly((e.target as HTMLSelectElement).value as Show)}
        >
          <option value="sent" ?selected=${this.show === 'sent'}>${t('requestsWaiting')}</option>
          <option value="all" ?selected=${this.show === 'all'}>${t('requestsAll')}</option>
        </select>
      </div>
      <div role="status" aria-live="polite" class="notice">${this.notice}</div>
      ${this.error ? html`<p class="error" role="alert" part="error">${this.error}</p>` : nothing}
      ${
        this.requests.length
          ? renderRequests(
              this.i18n,
              this.requests,
              { decide, busy: this.busy },
              { approve: (r) => void this.approve(r), decline: (r) => void this.openDecline(r) },
            )
          : html`<p>${this.show === 'sent' ? t('requestsEmpty') : t('requestsEmptyAll')}</p>`
      }
      ${
        this.declining
          ? renderDecline(
              this.i18n,
              this.declining.request,
              { ...this.declining, busy: Boolean(this.busy) },
              {
                note: (note) => (this.declining = { ...this.declining!, note, error: undefined }),
                confirm: () => void this.decline(),
                keep: () => void this.keep(),
              },
            )
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-license-requests': SspLicenseRequests;
  }
}
