/**
 * What the three admin elements share: the settings check, the sign-in (restored, else a button
 * that signs in within the click, as the subscription manager does), the tenant administered, the
 * admin client, idempotency keys per action, and the messages of the admin operations' failures.
 * A reactive controller: the element keeps its own data and renders it once the session is `ready`.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AdminClient, newIdempotencyKey, type AdminTenant } from '../api/admin.js';
import type { AuthProvider } from '../auth/types.js';
import type { LocalizeController } from '../i18n/i18n.js';
import { SspErrorEvent } from '../shared/events.js';
import { configError, readSettings, type HostSettings } from '../shared/settings.js';
import { adminFailureMessage, failureCode, retryable } from './admin-failures.js';
import { ProviderCache } from './purchase-flow/providers.js';

/** The admin element: its settings and the tenant it administers (public properties). */
export interface AdminElement extends ReactiveControllerHost, HTMLElement, HostSettings {
  /** The tenant to administer (an id); the first the person administers when empty. */
  tenant: string;
}

/** Reads the element's data for the tenant; `current()` tells whether the answer is still wanted. */
export type AdminLoader = (tenant: AdminTenant, current: () => boolean) => Promise<void>;

export type SessionView =
  | { kind: 'config'; message: string }
  | { kind: 'signed-out'; busy: boolean; stalled: boolean; error?: string }
  | { kind: 'loading' }
  | { kind: 'not-admin' }
  | { kind: 'ready'; tenant: AdminTenant }
  | { kind: 'failed'; message: string; retry: boolean };

export class AdminSession implements ReactiveController {
  view: SessionView = { kind: 'loading' };
  /** The tenants the person administers (their own first). */
  tenants: AdminTenant[] = [];
  private readonly providers: ProviderCache<AdminClient>;
  private readonly keys = new Map<string, string>();
  /** Bumped on every start and sign-in: late answers of an earlier one are dropped. */
  private run = 0;
  private stallTimer?: ReturnType<typeof setTimeout>;

  /**
   * `i18n` is the element's (it stays private to the element), `loadData` its own reading of its
   * data: nothing of the element but its public properties is reached from here.
   */
  constructor(
    private readonly host: AdminElement,
    private readonly i18n: LocalizeController,
    private readonly loadData: AdminLoader,
  ) {
    this.providers = new ProviderCache(
      () => readSettings(host),
      () => i18n.lang,
      AdminClient,
    );
    host.addController(this);
  }

  hostConnected(): void {
    void this.start();
  }

  hostDisconnected(): void {
    this.run++;
    clearTimeout(this.stallTimer);
  }

  client(): AdminClient {
    return this.providers.get().client;
  }

  private get auth(): AuthProvider {
    return this.providers.get().auth;
  }

  /** The tenant on screen (only while `ready`). */
  get tenant(): AdminTenant {
    if (this.view.kind !== 'ready') throw new Error('Not signed in as an admin.');
    return this.view.tenant;
  }

  /** Whether the person administers the tenant as a delegated partner (reads and takes over only). */
  get partner(): boolean {
    return this.view.kind === 'ready' && this.view.tenant.role === 'delegated-partner';
  }

  /** The idempotency key of an action: the same until the action is `settled` (a retry reuses it). */
  key(action: string): string {
    let key = this.keys.get(action);
    if (!key) this.keys.set(action, (key = newIdempotencyKey()));
    return key;
  }

  settled(action: string): void {
    this.keys.delete(action);
  }

  private set(view: SessionView): void {
    this.view = view;
    this.host.requestUpdate();
  }

  /** Checks the settings, restores the sign-in and reads the data again. */
  async start(): Promise<void> {
    const run = ++this.run;
    const { i18n } = this;
    const settings = readSettings(this.host);
    // Admins neither buy a product nor pay: only the address of the service and the sign-in count.
    const code = configError({ ...settings, product: 'power-bi-pro', stripeKey: settings.stripeKey || '-' });
    if (code) {
      const message = i18n.t(code === 'config-api-base' ? 'adminConfigApiBase' : 'adminConfigAuth');
      this.set({ kind: 'config', message });
      this.host.dispatchEvent(new SspErrorEvent(code, message, false));
      return;
    }
    this.set({ kind: 'loading' });
    try {
      const account = await this.auth.restore(this.host.email || undefined);
      if (run !== this.run) return;
      if (!account) {
        this.set({ kind: 'signed-out', busy: false, stalled: false });
        void this.auth.prepare().then(
          () => this.host.requestUpdate(),
          () => undefined,
        );
        return;
      }
      await this.load(run);
    } catch (error) {
      if (run === this.run) this.fail(error);
    }
  }

  private async load(run: number): Promise<void> {
    const tenants = await this.client().listTenants();
    if (run !== this.run) return;
    this.tenants = tenants;
    const tenant = this.host.tenant ? tenants.find((t) => t.id === this.host.tenant) : tenants[0];
    if (!tenant) return this.set({ kind: 'not-admin' });
    await this.loadData(tenant, () => run === this.run);
    if (run === this.run) this.set({ kind: 'ready', tenant });
  }

  fail(error: unknown): void {
    const message = adminFailureMessage(this.i18n, error);
    const recoverable = retryable(error);
    this.set({ kind: 'failed', message, retry: recoverable });
    this.host.dispatchEvent(new SspErrorEvent(failureCode(error), message, recoverable));
  }

  /** Signs in within the click (a popup needs the person's gesture). */
  signIn(): void {
    const run = ++this.run;
    this.set({ kind: 'signed-out', busy: true, stalled: false });
    clearTimeout(this.stallTimer);
    const quiet = this.host.popupTimeout > 0 ? this.host.popupTimeout : 6000;
    this.stallTimer = setTimeout(() => {
      if (run === this.run && this.view.kind === 'signed-out') this.set({ ...this.view, stalled: true });
    }, quiet);
    this.auth.signIn({ loginHint: this.host.email }).then(
      async () => {
        if (run !== this.run) return;
        clearTimeout(this.stallTimer);
        this.set({ kind: 'loading' });
        try {
          await this.load(run);
        } catch (error) {
          if (run === this.run) this.fail(error);
        }
      },
      (error: unknown) => {
        if (run !== this.run) return;
        clearTimeout(this.stallTimer);
        const message = adminFailureMessage(this.i18n, error);
        this.set({ kind: 'signed-out', busy: false, stalled: false, error: message });
      },
    );
  }

  private cancelSignIn(): void {
    this.run++;
    clearTimeout(this.stallTimer);
    this.set({ kind: 'signed-out', busy: false, stalled: false });
  }

  /**
   * The organization administered: its name, or a choice among them for a person who administers
   * more than one (a partner with customers).
   */
  renderTenant() {
    const { i18n } = this;
    const t = i18n.t.bind(i18n);
    if (this.tenants.length < 2) return html`<p class="muted">${t('adminOrganization', this.tenant.displayName)}</p>`;
    return html`<div class="field tenant">
      <label for="tenant">${t('adminOrganizationLabel')}</label>
      <select
        id="tenant"
        part="input"
        @change=${(event: Event) => (this.host.tenant = (event.target as HTMLSelectElement).value)}
      >
        ${this.tenants.map(
          (tenant) =>
            html`<option value=${tenant.id} ?selected=${tenant.id === this.tenant.id}>${tenant.displayName}</option>`,
        )}
      </select>
    </div>`;
  }

  /**
   * The heading and what stands in for the element's content until the session is ready (a
   * configuration error, the sign-in, loading, a failure); `undefined` once it is.
   */
  renderGate(title: string) {
    const { view } = this;
    const t = this.i18n.t.bind(this.i18n);
    const heading = html`<h2 class="title" part="title" tabindex="-1">${title}</h2>`;
    switch (view.kind) {
      case 'ready':
        return undefined;
      case 'config':
        return html`<h2 class="title" part="title" tabindex="-1">${t('adminConfigTitle')}</h2>
          <p class="error" role="alert" part="error">${view.message}</p>`;
      case 'loading':
        return html`${heading}
          <p class="muted" role="status">${t('adminLoading')}</p>`;
      case 'not-admin':
        return html`${heading}
          <p class="error" role="alert" part="error">${t('adminNotAdmin')}</p>`;
      case 'failed':
        return html`${heading}
          <p class="error" role="alert" part="error">${view.message}</p>
          ${
            view.retry
              ? html`<button class="button" part="button" @click=${() => this.start()}>${t('retry')}</button>`
              : nothing
          }`;
      case 'signed-out':
        return html`<h2 class="title" part="title" tabindex="-1">${t('adminSignInTitle')}</h2>
          <p>${t('adminSignInIntro')}</p>
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
            ${
              view.busy
                ? html`<button class="button secondary" @click=${() => this.cancelSignIn()}>
                    ${t('signInCancel')}
                  </button>`
                : nothing
            }
          </div>`;
    }
  }
}
