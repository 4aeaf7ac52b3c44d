import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { AdminSubscription, AdminTenant, SubscriptionSourceFilter } from '../../api/admin.js';
import { LocalizeController } from '../../i18n/i18n.js';
import { SspTakeoverRequestedEvent } from '../../shared/events.js';
import { applyDefaults, settingProperties, SETTING_NAMES, SETTINGS, type HostSettings } from '../../shared/settings.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { adminFailureMessage, retryable } from '../admin-failures.js';
import { AdminSession } from '../admin-session.js';
import { adminStyles } from '../admin-styles.js';
import { adminPurchasesStyles } from './admin-purchases.styles.js';
import { exportCsv } from './export.js';
import { renderDetail, type Confirming, type DetailState } from './purchase-detail.js';
import { COLUMNS, renderTable, search, sortRows, type Sort, type SortKey } from './purchases-table.js';
import { renderTools } from './purchases-tools.js';

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspAdminPurchases extends HostSettings {}

/**
 * Every subscription of the admin's organization: those people bought themselves (product,
 * purchaser, licenses bought, assigned, purchase price, expiry) and, on request, those bought
 * centrally; a table that sorts, filters and searches, and exports as CSV (formulas neutralized).
 * A subscription's details list its assigned users and order history, and offer to take it over
 * (central licenses for its users, a cancellation request to the purchaser) or, for a purchaser who
 * left, to cancel it at the period's end. Signs in as the purchase flow does.
 *
 * @tagname ssp-admin-purchases
 * @attr lang - The locale of texts, amounts and dates (BCP 47); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-takeover-requested - A subscription was taken over (`subscriptionId`, `productId`).
 * @fires ssp-error - A configuration error or a failure to load the purchases (`code`, `message`, `recoverable`).
 * @csspart base - The element's container.
 * @csspart title - The heading.
 * @csspart input - A field (which subscriptions to show, the search).
 * @csspart button - A main button (sign in, take over, confirm).
 * @csspart error - An error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, tables and secondary buttons.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of the heading.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 * @cssprop [--ssp-admin-max-width=64rem] - Greatest width of an admin element (the purchases, the policy, the license requests).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspAdminPurchases extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, adminStyles, adminPurchasesStyles];

  static override properties = {
    ...settingProperties(),
    tenant: {},
    rows: { state: true },
    source: { state: true },
    query: { state: true },
    sort: { state: true },
    open: { state: true },
    announcement: { state: true },
    error: { state: true },
  };

  /** The tenant to administer (its id); the first the signed-in person administers when empty. */
  tenant = '';

  private rows: AdminSubscription[] = [];
  private source: SubscriptionSourceFilter = 'self-service';
  private query = '';
  private sort?: Sort;
  private open?: Omit<DetailState, 'partner'>;
  /** The subscription whose detail was asked for last (a late answer for another is dropped). */
  private asked?: string;
  private announcement = '';
  private error = '';
  private readonly i18n = new LocalizeController(this, ['start', 'flow', 'manage', 'admin']);
  private readonly session = new AdminSession(this, this.i18n, (tenant, current) => this.load(tenant, current));

  constructor() {
    super();
    applyDefaults(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings = SETTING_NAMES.some((name) => SETTINGS[name].restarts && changed.has(name));
    if (this.hasUpdated && (settings || changed.has('tenant'))) void this.session.start();
  }

  /** Reads the purchases again (a host may call it after a purchase elsewhere on the page). */
  async refresh(): Promise<void> {
    await this.session.start();
  }

  private async load(tenant: AdminTenant, current: () => boolean): Promise<void> {
    const rows = await this.session.client().listSubscriptions(tenant.id, { source: this.source });
    if (!current()) return;
    this.rows = rows;
    this.open = undefined;
  }

  /** The rows on screen: searched, then sorted. */
  private get shown(): AdminSubscription[] {
    return sortRows(this.i18n, search(this.rows, this.query, this.i18n.lang), this.sort);
  }

  private announce(message: string): void {
    // Cleared first, so the same message said twice is said again.
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  private async filter(source: SubscriptionSourceFilter): Promise<void> {
    this.source = source;
    this.error = '';
    try {
      await this.load(this.session.tenant, () => this.source === source);
    } catch (error) {
      this.error = adminFailureMessage(this.i18n, error);
    }
  }

  private sortBy(key: SortKey): void {
    const direction = this.sort?.key === key && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction };
    const column = this.i18n.t(COLUMNS[key] as 'colProduct');
    this.announce(this.i18n.t(direction === 'ascending' ? 'sortedAscending' : 'sortedDescending', column));
  }

  private async openDetail(subscription: AdminSubscription): Promise<void> {
    this.error = '';
    try {
      const asked = (this.asked = subscription.id);
      const detail = await this.session.client().getSubscription(this.session.tenant.id, subscription.id);
      // Back to the list (or another subscription) meanwhile: this answer is not wanted any more.
      if (this.asked !== asked) return;
      this.open = { detail, confirming: undefined, busy: false };
      await this.focusOn('h2');
    } catch (error) {
      this.error = adminFailureMessage(this.i18n, error);
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async back(): Promise<void> {
    const id = this.open?.detail.id;
    this.open = undefined;
    this.asked = undefined;
    // The list may be stale after a change: read it again, then put focus back on the row's button.
    try {
      await this.load(this.session.tenant, () => !this.open);
    } catch {
      /* the rows on screen stay */
    }
    const index = this.shown.findIndex((s) => s.id === id);
    await this.focusOn(index >= 0 ? `tbody tr:nth-child(${index + 1}) td:last-child button` : 'h2');
  }

  private async ask(confirming: Confirming): Promise<void> {
    if (!this.open) return;
    const from = this.open.confirming;
    this.open = { ...this.open, confirming, error: undefined, notice: undefined };
    await this.focusOn(confirming ? '#confirm' : `#${from === 'cancel' ? 'cancel' : 'takeover'}`);
  }

  private async act(kind: 'takeover' | 'cancel'): Promise<void> {
    const open = this.open;
    if (!open || open.busy) return;
    const { detail } = open;
    const action = `${kind}:${detail.id}`;
    const tenant = this.session.tenant.id;
    this.open = { ...open, busy: true, error: undefined };
    try {
      const client = this.session.client();
      const key = this.session.key(action);
      let notice: string;
      if (kind === 'takeover') {
        const done = await client.takeOverSubscription(tenant, detail.id, key);
        if (this.open?.detail.id === detail.id)
          this.open = { ...open, detail: done.subscription, busy: false, confirming: undefined };
        const name = detail.purchaser?.displayName ?? '';
        notice = this.i18n.t('takeoverDone', done.assignedUserIds.length, name);
        this.dispatchEvent(new SspTakeoverRequestedEvent(detail.id, detail.productId));
      } else {
        const canceled = await client.cancelOnBehalf(tenant, detail.id, key);
        if (this.open?.detail.id === detail.id)
          this.open = { ...open, detail: canceled, busy: false, confirming: undefined };
        notice = this.i18n.t('cancelOnBehalfDone', this.i18n.date(canceled.expiresAt));
      }
      this.session.settled(action);
      // Back to the list meanwhile: it was done all the same (and told); the list shows it.
      if (this.open?.detail.id !== detail.id) return;
      this.open = { ...this.open, notice };
      await this.focusOn('h2');
    } catch (error) {
      if (!retryable(error)) this.session.settled(action);
      this.open = { ...open, busy: false, error: adminFailureMessage(this.i18n, error) };
    }
  }

  private export(): void {
    const rows = this.shown;
    exportCsv(this.i18n, rows, this.session.tenant.displayName);
    this.announce(this.i18n.t('purchasesExported', rows.length));
  }

  override render() {
    if (!this.i18n.ready) return html``;
    const gate = this.session.renderGate(this.i18n.t('purchasesTitle'));
    return html`<div class="admin" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${
        gate ??
        (this.open
          ? renderDetail(
              this.i18n,
              { ...this.open, partner: this.session.partner },
              {
                back: () => void this.back(),
                ask: (what) => void this.ask(what),
                takeOver: () => void this.act('takeover'),
                cancel: () => void this.act('cancel'),
              },
            )
          : this.renderList())
      }
    </div>`;
  }

  private renderList() {
    const t = this.i18n.t.bind(this.i18n);
    const rows = this.shown;
    return html`<h2 class="title" part="title" tabindex="-1">${t('purchasesTitle')}</h2>
      ${this.session.renderTenant()}
      ${renderTools(
        this.i18n,
        { source: this.source, query: this.query, rows: rows.length },
        {
          filter: (source) => void this.filter(source),
          search: (query) => (this.query = query),
          export: () => this.export(),
        },
      )}
      ${this.error ? html`<p class="error" role="alert" part="error">${this.error}</p>` : nothing}
      ${
        rows.length
          ? renderTable(
              this.i18n,
              rows,
              { showSource: this.source === 'all', ...(this.sort ? { sort: this.sort } : {}) },
              { sortBy: (key) => this.sortBy(key), open: (s) => void this.openDetail(s) },
            )
          : html`<p role="status">${t('purchasesEmpty')}</p>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-admin-purchases': SspAdminPurchases;
  }
}
