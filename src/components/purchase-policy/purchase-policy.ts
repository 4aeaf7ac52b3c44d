import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { CheckoutApiError } from '../../api/client.js';
import type { AdminTenant } from '../../api/admin.js';
import { LocalizeController } from '../../i18n/i18n.js';
import { SspPolicyChangedEvent } from '../../shared/events.js';
import { applyDefaults, settingProperties, SETTING_NAMES, SETTINGS, type HostSettings } from '../../shared/settings.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { adminFailureMessage, retryable } from '../admin-failures.js';
import { AdminSession } from '../admin-session.js';
import { adminStyles } from '../admin-styles.js';
import { changes, check, renderPolicy, rowOf, type Draft, type Row } from './policy-form.js';
import { purchasePolicyStyles } from './purchase-policy.styles.js';

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspPurchasePolicy extends HostSettings {}

/**
 * The tenant admin's self-service purchase policy (`AllowSelfServicePurchase`), one form per
 * product: allowed, not allowed or free trials only, with the admin's own message (plain text, up to
 * 500 characters) and an https link for people who are refused. A save sends the version that was
 * read: when another admin saved meanwhile, nothing is overwritten, what was typed stays, and the
 * current policy can be loaded. Signs in as the purchase flow does; a delegated partner sees the
 * policy read-only.
 *
 * @tagname ssp-purchase-policy
 * @attr lang - The locale of texts and dates (BCP 47); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-policy-changed - A product's policy was saved (`productId`, `setting`, `previous`).
 * @fires ssp-error - A configuration error or a failure to load the policy (`code`, `message`, `recoverable`).
 * @csspart base - The element's container.
 * @csspart title - The heading.
 * @csspart form - A product's form.
 * @csspart input - A field (setting, message, link).
 * @csspart button - A main button (sign in, save).
 * @csspart error - An error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, forms and secondary buttons.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of the heading.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 * @cssprop [--ssp-admin-max-width=64rem] - Greatest width of an admin element (the purchases, the policy, the license requests).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspPurchasePolicy extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, adminStyles, purchasePolicyStyles];

  static override properties = {
    ...settingProperties(),
    tenant: {},
    rows: { state: true },
    announcement: { state: true },
  };

  /** The tenant to administer (its id); the first the signed-in person administers when empty. */
  tenant = '';

  private rows: Row[] = [];
  private announcement = '';
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

  /** Reads the policy again (a host may call it after a change elsewhere). */
  async refresh(): Promise<void> {
    await this.session.start();
  }

  private async load(tenant: AdminTenant, current: () => boolean): Promise<void> {
    const policies = await this.session.client().listPolicies(tenant.id);
    if (current()) this.rows = policies.map(rowOf);
  }

  private patch(productId: string, change: (row: Row) => Row): void {
    this.rows = this.rows.map((row) => (row.policy.productId === productId ? change(row) : row));
  }

  private row(productId: string): Row {
    return this.rows.find((row) => row.policy.productId === productId)!;
  }

  private announce(message: string): void {
    // Cleared first, so the same message said twice is said again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  private edit(productId: string, change: Partial<Draft>): void {
    this.patch(productId, (row) => {
      const draft = { ...row.draft, ...change };
      // A field's message goes once it is right again; new ones show on save.
      const errors = check(this.i18n, draft);
      return {
        ...row,
        draft,
        errors: { message: row.errors.message && errors.message, url: row.errors.url && errors.url },
        notice: undefined,
      };
    });
  }

  private async save(productId: string): Promise<void> {
    const row = this.row(productId);
    if (row.busy) return;
    const errors = check(this.i18n, row.draft);
    if (errors.message || errors.url) {
      this.patch(productId, (r) => ({ ...r, errors, notice: undefined }));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${productId}-${errors.message ? 'message' : 'url'}`)?.focus();
      return;
    }
    const name = row.policy.productName;
    const changed = changes(this.i18n, row.policy, row.draft);
    if (!changed.length) {
      this.patch(productId, (r) => ({ ...r, errors: {}, notice: this.i18n.t('policyUnchanged', name) }));
      return;
    }
    const { setting } = row.draft;
    const message = row.draft.message.trim() ? row.draft.message : undefined;
    const url = row.draft.url.trim() || undefined;
    // The key names what is sent: an edited draft is another request, never a replay of the last.
    const action = `policy:${productId}:${row.policy.version}:${JSON.stringify([setting, message, url])}`;
    this.patch(productId, (r) => ({ ...r, busy: true, errors: {}, error: undefined, notice: undefined }));
    try {
      const saved = await this.session
        .client()
        .setPolicy(
          this.session.tenant.id,
          productId,
          { setting, ...(message ? { message } : {}), ...(url ? { url } : {}), version: row.policy.version },
          this.session.key(action),
        );
      this.session.settled(action);
      const notice = this.i18n.t('policySaved', name, new Intl.ListFormat(this.i18n.lang).format(changed));
      this.patch(productId, () => ({ ...rowOf(saved), notice }));
      this.announce(notice);
      this.dispatchEvent(new SspPolicyChangedEvent(productId, saved.setting, row.policy.setting));
    } catch (error) {
      if (!retryable(error)) this.session.settled(action);
      this.failed(productId, error);
    }
  }

  private failed(productId: string, error: unknown): void {
    const code = error instanceof CheckoutApiError ? error.code : '';
    const message = adminFailureMessage(this.i18n, error);
    this.patch(productId, (r) => {
      const base = { ...r, busy: false };
      if (code === 'policy-conflict') return { ...base, conflict: true };
      if (code === 'policy-message-too-long') return { ...base, errors: { message } };
      if (code === 'policy-link-not-https') return { ...base, errors: { url: message } };
      return { ...base, error: message };
    });
  }

  /** After a conflict: the policy as it is now, replacing the draft (the admin decides again). */
  private async loadCurrent(productId: string): Promise<void> {
    try {
      const policies = await this.session.client().listPolicies(this.session.tenant.id);
      const current = policies.find((p) => p.productId === productId);
      if (!current) return;
      const notice = this.i18n.t('policyCurrentLoaded', current.productName);
      this.patch(productId, () => ({ ...rowOf(current), notice }));
      this.announce(notice);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${productId}-setting`)?.focus();
    } catch (error) {
      this.patch(productId, (r) => ({ ...r, error: adminFailureMessage(this.i18n, error) }));
    }
  }

  override render() {
    if (!this.i18n.ready) return html``;
    const t = this.i18n.t.bind(this.i18n);
    const gate = this.session.renderGate(t('policyTitle'));
    const readOnly = this.session.partner;
    const actions = {
      edit: (id: string, change: Partial<Draft>) => this.edit(id, change),
      save: (id: string) => void this.save(id),
      loadCurrent: (id: string) => void this.loadCurrent(id),
    };
    return html`<div class="admin" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        gate ??
        html`<h2 class="title" part="title" tabindex="-1">${t('policyTitle')}</h2>
          <p>${t('policyIntro')}</p>
          ${this.session.renderTenant()} ${readOnly ? html`<p class="notice">${t('policyPartner')}</p>` : nothing}
          <div class="policies">${this.rows.map((row) => renderPolicy(this.i18n, row, readOnly, actions))}</div>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-purchase-policy': SspPurchasePolicy;
  }
}
