import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  SubscriptionsClient,
  newIdempotencyKey,
  type Subscription,
  type SubscriptionDetail,
  type SubscriptionStatus,
} from '../../api/subscriptions.js';
import type { AuthProvider } from '../../auth/types.js';
import { LocalizeController, type MessageKey } from '../../i18n/i18n.js';
import { createPaymentMount } from '../../payment/mount.js';
import { SspErrorEvent, SspPaymentConfirmingEvent } from '../../shared/events.js';
import { productName } from '../../shared/products.js';
import {
  applyDefaults,
  configError,
  readSettings,
  settingProperties,
  SETTING_NAMES,
  SETTINGS,
  type HostSettings,
} from '../../shared/settings.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import { ProviderCache } from '../purchase-flow/providers.js';
import { BillingPanel } from './billing-panel.js';
import { LicensesPanel } from './licenses-panel.js';
import { failureMessage, retryable, type ManagerHost } from './manager-host.js';
import { renderOrderHistory } from './order-history.js';
import { PlanPanel } from './plan-panel.js';
import { subscriptionManagerStyles } from './subscription-manager.styles.js';

const STATUS: Record<SubscriptionStatus, MessageKey> = {
  active: 'statusActive',
  trialing: 'statusTrialing',
  past_due: 'statusPastDue',
  canceled: 'statusCanceled',
  expired: 'statusExpired',
};

type View =
  | { kind: 'config'; message: string }
  | { kind: 'signed-out'; busy: boolean; stalled: boolean; error?: string }
  | { kind: 'loading' }
  | { kind: 'list'; subscriptions: Subscription[] }
  | { kind: 'detail'; subscriptions: Subscription[]; detail: SubscriptionDetail }
  | { kind: 'failed'; message: string; retry: boolean };

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspSubscriptionManager extends HostSettings {}

/**
 * The purchaser's limited view: the subscriptions they bought themselves and, for one of them, who
 * holds a license (assign up to 20 people of their organization at once, remove one), the number of
 * licenses (a preview before any change), cancel and undo, the card and the invoices. Signs in as
 * the purchase flow does (SDK-owned MSAL or the host's token callback); `product` narrows the list
 * to one product and opens its subscription when there is exactly one.
 *
 * @tagname ssp-subscription-manager
 * @attr lang - The locale of texts, amounts and dates (BCP 47); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-licenses-assigned - People got a license (`subscriptionId`, `productId`, `userIds`, `assignedCount`).
 * @fires ssp-subscription-updated - Licenses were added or removed, or a cancellation undone (`subscriptionId`, `productId`, `change`, `quantity`, `previousQuantity`, `effectiveAt`, `amount`, `currency`).
 * @fires ssp-subscription-canceled - The subscription stops renewing (`subscriptionId`, `productId`, `endsAt`).
 * @fires ssp-payment-method-updated - A new card is saved (`subscriptionId`, `brand`, `last4`).
 * @fires ssp-invoice-paid - An open or overdue invoice was paid (`subscriptionId`, `invoiceId`, `number`, `amount`, `currency`).
 * @fires ssp-payment-confirming - A card is being confirmed (`active`): a dialog around the manager steps out of the top layer meanwhile, so 3-D Secure shows above it.
 * @fires ssp-error - A configuration error or a failure to load the subscriptions (`code`, `message`, `recoverable`).
 * @slot payment - Where a host-provided mount node for the card form goes.
 * @csspart base - The manager's container.
 * @csspart title - The manager's heading.
 * @csspart form - A form (people search, number of licenses).
 * @csspart input - A field (people search, number of licenses).
 * @csspart button - A main button (sign in, manage, assign, confirm, pay, save card).
 * @csspart error - An error message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text.
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields.
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, secondary buttons and tables.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages and overdue invoices.
 * @cssprop [--ssp-color-link=#0f5ec4] - Links.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font.
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of the heading.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields.
 * @cssprop [--ssp-manager-max-width=48rem] - Greatest width of the manager.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspSubscriptionManager extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, subscriptionManagerStyles];

  static override properties = {
    ...settingProperties(),
    subscription: {},
    paymentMount: { attribute: false },
    view: { state: true },
    announcement: { state: true },
  };

  /** The subscription to open (its id, e.g. from the checkout API); the list when empty. */
  subscription = '';
  /** A light-DOM node for the card form, provided by an enclosing element (the buy button). */
  paymentMount?: HTMLElement;

  private view: View = { kind: 'loading' };
  private announcement = '';
  private readonly i18n = new LocalizeController(this, ['start', 'flow', 'manage']);
  private readonly providers = new ProviderCache(
    () => readSettings(this),
    () => this.i18n.lang,
    SubscriptionsClient,
  );
  private readonly keys = new Map<string, string>();
  /** All a panel may see and do of this element. */
  private readonly host: ManagerHost = this.panelHost();
  private readonly licenses = new LicensesPanel(this.host, this);
  private readonly plan = new PlanPanel(this.host);
  private readonly billing = new BillingPanel(this.host, this);
  private ownMount?: HTMLElement;
  /** Bumped on every start and sign-in: late answers of an earlier one are dropped. */
  private run = 0;
  private stallTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    applyDefaults(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.run++;
    clearTimeout(this.stallTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const settings = SETTING_NAMES.some((name) => SETTINGS[name].restarts && changed.has(name));
    if (this.hasUpdated && (settings || changed.has('subscription'))) void this.start();
  }

  private client(): SubscriptionsClient {
    return this.providers.get().client;
  }

  private get auth(): AuthProvider {
    return this.providers.get().auth;
  }

  private panelHost(): ManagerHost {
    const providers = () => this.providers.get();
    const view = () => this.view;
    return {
      i18n: this.i18n,
      get detail() {
        const current = view();
        if (current.kind !== 'detail') throw new Error('No subscription is open.');
        return current.detail;
      },
      client: () => providers().client,
      payment: () => providers().payment,
      key: (action) => {
        let key = this.keys.get(action);
        if (!key) this.keys.set(action, (key = newIdempotencyKey()));
        return key;
      },
      settled: (action) => void this.keys.delete(action),
      changed: (subscription) => {
        if (this.view.kind === 'detail') this.view = { ...this.view, detail: { ...this.view.detail, ...subscription } };
      },
      reload: () => this.reload(),
      announce: (message) => {
        // Cleared first, so the same message said twice is said again.
        this.announcement = '';
        void this.updateComplete.then(() => (this.announcement = message));
      },
      dispatch: (event) => void this.dispatchEvent(event),
      requestUpdate: () => this.requestUpdate(),
      mount: () => this.paymentMount ?? (this.ownMount ??= createPaymentMount(this)),
      confirming: (active) => void this.dispatchEvent(new SspPaymentConfirmingEvent(active)),
      focus: (selector) =>
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    };
  }

  /** Reads the subscriptions again (a host may call it after a purchase elsewhere on the page). */
  async refresh(): Promise<void> {
    await this.start();
  }

  private async start(): Promise<void> {
    const run = ++this.run;
    const settings = readSettings(this);
    // The product only narrows the list: any value but a product this SDK sells is a mistake.
    const code = configError({ ...settings, product: settings.product || 'power-bi-pro' });
    if (code) {
      const message =
        code === 'config-product'
          ? this.i18n.t('configUnknownProduct', settings.product)
          : this.i18n.t(configMessage[code] as 'configAuth');
      this.view = { kind: 'config', message };
      this.dispatchEvent(new SspErrorEvent(code, message, false));
      return;
    }
    this.view = { kind: 'loading' };
    try {
      const account = await this.auth.restore(this.email || undefined);
      if (run !== this.run) return;
      if (!account) {
        this.view = { kind: 'signed-out', busy: false, stalled: false };
        void this.auth.prepare().then(
          () => this.requestUpdate(),
          () => undefined,
        );
        return;
      }
      await this.load(run);
    } catch (error) {
      if (run === this.run) this.fail(error);
    }
  }

  private fail(error: unknown): void {
    const message = failureMessage(this.i18n, error);
    const recoverable = retryable(error);
    this.view = { kind: 'failed', message, retry: recoverable };
    const code = (error as { code?: string }).code ?? 'unknown';
    this.dispatchEvent(new SspErrorEvent(code, message, recoverable));
  }

  private async load(run: number): Promise<void> {
    const subscriptions = await this.client().listSubscriptions(this.product ? { productId: this.product } : {});
    if (run !== this.run) return;
    const wanted = this.subscription || (this.product && subscriptions.length === 1 ? subscriptions[0]!.id : '');
    if (wanted) return this.open(wanted, subscriptions);
    this.view = { kind: 'list', subscriptions };
    this.focusHeading();
  }

  /** Signs in within the click (a popup needs the person's gesture). */
  private signIn(): void {
    const run = ++this.run;
    this.view = { kind: 'signed-out', busy: true, stalled: false };
    clearTimeout(this.stallTimer);
    const quiet = this.popupTimeout > 0 ? this.popupTimeout : 6000;
    this.stallTimer = setTimeout(() => {
      if (run === this.run && this.view.kind === 'signed-out') this.view = { ...this.view, stalled: true };
    }, quiet);
    this.auth.signIn({ loginHint: this.email }).then(
      async () => {
        if (run !== this.run) return;
        clearTimeout(this.stallTimer);
        this.view = { kind: 'loading' };
        try {
          await this.load(run);
        } catch (error) {
          if (run === this.run) this.fail(error);
        }
      },
      (error: unknown) => {
        if (run !== this.run) return;
        clearTimeout(this.stallTimer);
        this.view = { kind: 'signed-out', busy: false, stalled: false, error: failureMessage(this.i18n, error) };
      },
    );
  }

  private cancelSignIn(): void {
    this.run++;
    clearTimeout(this.stallTimer);
    this.view = { kind: 'signed-out', busy: false, stalled: false };
  }

  private async open(id: string, subscriptions: Subscription[]): Promise<void> {
    const run = this.run;
    const client = this.client();
    const [detail, assignments, invoices] = await Promise.all([
      client.getSubscription(id),
      client.listAssignments(id),
      client.listInvoices(id),
    ]);
    if (run !== this.run) return;
    this.view = { kind: 'detail', subscriptions, detail };
    this.licenses.reset(assignments.assignments);
    this.plan.reset();
    this.billing.reset(invoices);
    this.focusHeading();
  }

  private async reload(): Promise<void> {
    if (this.view.kind !== 'detail') return;
    const { id } = this.view.detail;
    const client = this.client();
    const [detail, assignments, invoices] = await Promise.all([
      client.getSubscription(id),
      client.listAssignments(id),
      client.listInvoices(id),
    ]);
    if (this.view.kind !== 'detail' || this.view.detail.id !== id) return;
    const subscriptions = this.view.subscriptions.map((s) => (s.id === id ? detail : s));
    this.view = { kind: 'detail', subscriptions, detail };
    this.licenses.assignments = assignments.assignments;
    this.billing.invoices = invoices;
    this.plan.sync();
  }

  private async choose(id: string): Promise<void> {
    const subscriptions = this.view.kind === 'list' ? this.view.subscriptions : [];
    this.view = { kind: 'loading' };
    try {
      await this.open(id, subscriptions);
    } catch (error) {
      this.fail(error);
    }
  }

  private back(): void {
    const subscriptions = this.view.kind === 'detail' ? this.view.subscriptions : [];
    this.subscription = '';
    this.view = { kind: 'list', subscriptions };
    this.focusHeading();
    // The list may be stale after changes: read it again behind the scenes.
    const run = ++this.run;
    void this.client()
      .listSubscriptions(this.product ? { productId: this.product } : {})
      .then(
        (fresh) => {
          if (run === this.run && this.view.kind === 'list') this.view = { kind: 'list', subscriptions: fresh };
        },
        () => undefined,
      );
  }

  private focusHeading(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  override render() {
    if (!this.i18n.ready) return html``;
    return html`<div class="manager" part="base">
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderView()}
    </div>`;
  }

  private renderView() {
    const { view, i18n } = this;
    const t = i18n.t.bind(i18n);
    switch (view.kind) {
      case 'config':
        return html`<h2 class="title" part="title" tabindex="-1">${t('configTitle')}</h2>
          <p class="error" role="alert" part="error">${view.message}</p>`;
      case 'loading':
        return html`<h2 class="title" part="title" tabindex="-1">${t('manageTitle')}</h2>
          <p class="muted" role="status">${t('manageLoading')}</p>`;
      case 'failed':
        return html`<h2 class="title" part="title" tabindex="-1">${t('manageTitle')}</h2>
          <p class="error" role="alert" part="error">${view.message}</p>
          ${
            view.retry
              ? html`<button class="button" part="button" @click=${() => this.start()}>${t('retry')}</button>`
              : nothing
          }`;
      case 'signed-out':
        return this.renderSignIn(view);
      case 'list':
        return this.renderList(view.subscriptions);
      case 'detail':
        return this.renderDetail(view.detail, view.subscriptions.length > 1 || !this.product);
    }
  }

  private renderSignIn(view: Extract<View, { kind: 'signed-out' }>) {
    const t = this.i18n.t.bind(this.i18n);
    return html`<h2 class="title" part="title" tabindex="-1">${t('manageSignInTitle')}</h2>
      <p>${t('manageSignInIntro')}</p>
      ${view.error ? html`<p class="error" role="alert" part="error">${view.error}</p>` : nothing}
      ${view.stalled ? html`<p role="status">${t('signInStalled')}</p>` : nothing}
      <div class="actions">
        ${
          view.busy && !view.stalled
            ? html`<button class="button" part="button" disabled>${t('signInBusy')}</button>`
            : html`<button class="button" part="button" @click=${() => this.signIn()}>
                ${view.stalled ? t('signInReopen') : t('signInButton')}
              </button>`
        }
        ${view.busy ? html`<button class="button secondary" @click=${() => this.cancelSignIn()}>${t('signInCancel')}</button>` : nothing}
      </div>`;
  }

  private renderList(subscriptions: Subscription[]) {
    const i18n = this.i18n;
    const t = i18n.t.bind(i18n);
    return html`<h2 class="title" part="title" tabindex="-1">${t('manageTitle')}</h2>
      ${
        subscriptions.length
          ? html`<ul class="subscriptions">
              ${subscriptions.map(
                (s) =>
                  html`<li>
                    <h3>${s.productName}</h3>
                    <p>
                      <span class="status ${s.status}">${t(STATUS[s.status] as 'statusActive')}</span> · ${this.when(s)}
                    </p>
                    <p>${t('assignedOf', s.assignedCount, s.quantity)}</p>
                    <button
                      class="button"
                      part="button"
                      aria-label=${t('manageOpenLabel', s.productName)}
                      @click=${() => this.choose(s.id)}
                    >
                      ${t('manageOpen')}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${this.product ? t('manageEmptyProduct', productName(this.product)) : t('manageEmpty')}</p>`
      }`;
  }

  /** When the subscription renews or ends, in words. */
  private when(s: Subscription): string {
    const { i18n } = this;
    if (s.status === 'trialing' && s.trialEndsAt) return i18n.t('trialEndsOn', i18n.date(s.trialEndsAt));
    if (s.status === 'expired') return i18n.t('endedOn', i18n.date(s.endsAt ?? s.currentPeriodEnd));
    if (s.status === 'canceled') return i18n.t('endsOn', i18n.date(s.endsAt ?? s.currentPeriodEnd));
    return i18n.t('renewsOn', i18n.date(s.renewsAt ?? s.currentPeriodEnd));
  }

  private renderDetail(detail: SubscriptionDetail, canGoBack: boolean) {
    const i18n = this.i18n;
    const t = i18n.t.bind(i18n);
    const unit = i18n.money(detail.unitAmount.value, detail.unitAmount.currency);
    return html`${
        canGoBack ? html`<button class="link back" @click=${() => this.back()}>${t('manageBack')}</button>` : nothing
      }
      <h2 class="title" part="title" tabindex="-1">${detail.productName}</h2>
      <p>
        <span class="status ${detail.status}">${t(STATUS[detail.status] as 'statusActive')}</span> ·
        ${this.when(detail)} · ${detail.plan.billingPeriod === 'year' ? t('planYearly', unit) : t('planMonthly', unit)}
      </p>
      ${detail.status === 'past_due' ? html`<p class="error">${t('pastDueHint')}</p>` : nothing}
      ${this.licenses.render()} ${this.plan.render()} ${this.billing.render()}
      ${renderOrderHistory(i18n, detail.orderHistory)}`;
  }
}

const configMessage: Record<string, MessageKey> = {
  'config-api-base': 'configApiBase',
  'config-auth': 'configAuth',
  'config-payment': 'configPayment',
  'config-client-reference-id': 'configClientReferenceId',
};

declare global {
  interface HTMLElementTagNameMap {
    'ssp-subscription-manager': SspSubscriptionManager;
  }
}
