import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CheckoutApiError, CheckoutClient, newIdempotencyKey } from '../../api/client.js';
import { DelegatedAuthProvider, type HostTokenCallback } from '../../auth/delegated.js';
import { LazyMsalProvider } from '../../auth/lazy-msal.js';
import { AuthError, type AuthProvider } from '../../auth/types.js';
import { loadElement, type SspTag } from '../../elements.js';
import { LocalizeController, loadLocale, type MessageOverrides } from '../../i18n/i18n.js';
import { errorMessage } from '../../i18n/messages.js';
import { LazyStripeProvider, takePaymentRedirect } from '../../payment/lazy.js';
import type { PaymentProvider, PaymentSession } from '../../payment/types.js';
import {
  SspErrorEvent,
  SspIneligibleEvent,
  SspPaymentConfirmingEvent,
  SspPurchaseCompleteEvent,
  SspStepChangeEvent,
  type Step,
} from '../../shared/events.js';
import {
  type SspEmailSubmitEvent,
  type SspLicenseRequestEvent,
  type SspNavigateEvent,
  type SspSeatsSubmitEvent,
} from '../../shared/step-events.js';
import { isProductId } from '../../shared/products.js';
import { buttonStyles, errorStyles, hostStyles } from '../../shared/styles.js';
import { stepStyles } from '../../shared/step-styles.js';
import { initialState, transition, type FlowError, type FlowEvent, type FlowState } from './machine.js';
import { readSnapshot, snapshotOf, writeSnapshot, clearSnapshot, type Snapshot } from './persistence.js';
import { purchaseFlowStyles } from './purchase-flow.styles.js';
import { renderStep } from './views.js';

/** The step view each step renders, loaded on demand; the next one is prefetched. */
const VIEW: Partial<Record<Step, SspTag>> = {
  email: 'ssp-email-gate',
  'sign-in': 'ssp-sign-in',
  seats: 'ssp-seat-picker',
  payment: 'ssp-card-payment',
  ineligible: 'ssp-ineligible-notice',
  complete: 'ssp-purchase-complete',
};
const NEXT: Partial<Record<Step, SspTag[]>> = {
  email: ['ssp-sign-in', 'ssp-ineligible-notice'],
  'sign-in': ['ssp-seat-picker', 'ssp-ineligible-notice'],
  checking: ['ssp-seat-picker', 'ssp-ineligible-notice'],
  seats: ['ssp-card-payment', 'ssp-purchase-complete'],
  payment: ['ssp-purchase-complete'],
  processing: ['ssp-purchase-complete'],
};

/** After this long in `processing`, the flow says "still checking the payment status". */
const SLOW_AFTER_MS = 8000;

export function toFlowError(error: unknown): FlowError {
  if (error instanceof CheckoutApiError) {
    return {
      code: error.code,
      recoverable: error.retryable || error.code === 'unauthorized' || error.code === 'token-expired',
      ...(error.retryAfter !== undefined ? { retryAfter: error.retryAfter } : {}),
    };
  }
  if (error instanceof AuthError) return { code: error.code, recoverable: true };
  return { code: 'unknown', recoverable: true };
}

/**
 * The self-service purchase flow: email → tenant check → sign-in → eligibility → seats → card
 * payment → confirmation, or a "not eligible" notice. It owns the state (a pure machine), renders
 * one step view at a time, runs the effects and emits the public events.
 *
 * @fires ssp-step-change - The step changed (`step`, `previous`).
 * @fires ssp-ineligible - The person cannot buy (`reason`).
 * @fires ssp-purchase-complete - The purchase is active (`purchaseId`, `productId`, `quantity`, `amount`, `currency`).
 * @fires ssp-error - A configuration or unrecoverable error (`code`, `message`, `recoverable`).
 * @slot payment - Where a host-provided payment mount node goes (the buy button uses it).
 * @csspart base - The flow's container.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Accent (buttons, links, focus ring).
 */
export class SspPurchaseFlow extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, purchaseFlowStyles];

  /** The product to buy, e.g. `visio-plan-1`. */
  @property({ reflect: true }) product = '';
  /** Base URL of the checkout API (https; `http://localhost` allowed for development). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The current step (reflected; read it, do not set it). */
  @property({ reflect: true }) step: Step = 'email';
  /** An email to start with (for example the host's signed-in user). */
  @property() email = '';
  /** Scopes for the checkout API access token. */
  @property({ attribute: 'api-scopes' }) apiScopes = 'api://ssp-checkout/Checkout.Purchase';
  /** Stripe publishable key (payment through Stripe's Payment Element). */
  @property({ attribute: 'stripe-key' }) stripeKey = '';
  /** Opt out of Stripe's advanced fraud signals (on by default, as Stripe recommends). */
  @property({ type: Boolean, attribute: 'stripe-disable-fraud-signals' }) stripeDisableFraudSignals = false;
  /** SDK-owned sign-in: the Entra application (client) id. */
  @property({ attribute: 'client-id' }) clientId = '';
  /** SDK-owned sign-in: the authority, e.g. `https://login.microsoftonline.com/organizations`. */
  @property() authority = '';
  /** SDK-owned sign-in: the redirect URI registered for the application (a page with the redirect bridge). */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';
  /** SDK-owned sign-in: MSAL `knownAuthorities` (space-separated hosts). */
  @property({ attribute: 'known-authorities' }) knownAuthorities = '';
  /** SDK-owned sign-in: MSAL `authorityMetadata` (a JSON string; skips discovery). */
  @property({ attribute: 'authority-metadata' }) authorityMetadata = '';
  /** SDK-owned sign-in: MSAL `protocolMode` (`AAD` by default, `OIDC` for other providers). */
  @property({ attribute: 'protocol-mode' }) protocolMode = '';
  /** SDK-owned sign-in: how long to wait for the sign-in popup, in ms (MSAL `popupBridgeTimeout`). */
  @property({ type: Number, attribute: 'popup-timeout' }) popupTimeout = 0;
  /** Host-delegated sign-in: returns an access token for the scopes; MSAL is then never loaded. */
  @property({ attribute: false }) getAccessToken?: HostTokenCallback;
  /** A sign-in provider of the host's choosing (overrides the settings above). */
  @property({ attribute: false }) authProvider?: AuthProvider;
  /** A payment provider of the host's choosing (overrides `stripe-key`). */
  @property({ attribute: false }) paymentProvider?: PaymentProvider;
  /** A light-DOM node for the payment form, provided by an enclosing element (the buy button). */
  @property({ attribute: false }) paymentMount?: HTMLElement;
  /** Host overrides for any message of the catalog. */
  @property({ attribute: false }) messages?: MessageOverrides;
  /**
   * Tells apart two flows for the same product on one page (each resumes its own state after a
   * reload); flows without it share the product's stored state.
   */
  @property({ attribute: 'flow-id' }) flowId = '';

  @state() private state: FlowState = initialState();
  @state() private resuming = false;
  @state() private authReady = false;
  @state() private paymentReady = false;
  @state() private announcement = '';

  private readonly i18n = new LocalizeController(this);
  private snapshot?: Snapshot;
  private client?: CheckoutClient;
  private auth?: AuthProvider;
  private payment?: PaymentProvider;
  /** The purchase's payment secret: in memory only, never stored. */
  private clientSecret?: string;
  private redirect?: { status: string; paymentIntent: string };
  private ownMount?: HTMLElement;
  private session?: PaymentSession;
  private started = false;
  private entered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) {
      this.started = true;
      // After the first update: properties a host set before the element was upgraded are applied
      // by then, and listeners added right after insertion still see the first events.
      void this.updateComplete.then(() => this.start());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.started = false;
  }

  private get storageName(): string {
    return this.flowId ? `${this.product}:${this.flowId}` : this.product;
  }

  /** Starts over from the email step and forgets the stored flow state. */
  reset(): void {
    clearSnapshot(this.storageName);
    this.snapshot = undefined;
    this.send({ type: 'RESUME', state: initialState(this.email) });
  }

  private configError(): FlowError | undefined {
    if (!isProductId(this.product)) return { code: 'config-product', recoverable: false };
    let base: URL | undefined;
    try {
      base = new URL(this.apiBase);
    } catch {
      base = undefined;
    }
    const local = base && ['localhost', '127.0.0.1', '[::1]'].includes(base.hostname);
    if (!base || !(base.protocol === 'https:' || (base.protocol === 'http:' && local))) {
      return { code: 'config-api-base', recoverable: false };
    }
    if (!this.authProvider && !this.getAccessToken && !this.clientId)
      return { code: 'config-auth', recoverable: false };
    if (!this.paymentProvider && !this.stripeKey) return { code: 'config-payment', recoverable: false };
    return undefined;
  }

  private async start(): Promise<void> {
    // The first step shows with its words, not blank: wait for this locale's messages.
    await Promise.all([loadLocale(this.i18n.lang), loadLocale('en')]).catch(() => undefined);
    const problem = this.configError();
    if (problem) {
      this.send({ type: 'RESUME', state: { step: 'error', error: problem } });
      return;
    }
    this.payment =
      this.paymentProvider ??
      new LazyStripeProvider(this.stripeKey, { advancedFraudSignals: !this.stripeDisableFraudSignals });
    this.redirect = takePaymentRedirect();
    const scopes = this.apiScopes.split(/\s+/).filter(Boolean);
    this.auth =
      this.authProvider ??
      (this.getAccessToken
        ? new DelegatedAuthProvider(this.getAccessToken, scopes)
        : new LazyMsalProvider({
            clientId: this.clientId,
            scopes,
            ...(this.authority ? { authority: this.authority } : {}),
            ...(this.redirectUri ? { redirectUri: this.redirectUri } : {}),
            ...(this.knownAuthorities ? { knownAuthorities: this.knownAuthorities.split(/\s+/).filter(Boolean) } : {}),
            ...(this.authorityMetadata ? { authorityMetadata: this.authorityMetadata } : {}),
            ...(this.protocolMode === 'OIDC' || this.protocolMode === 'AAD' ? { protocolMode: this.protocolMode } : {}),
            ...(this.popupTimeout > 0 ? { popupTimeoutMs: this.popupTimeout } : {}),
          }));
    this.client = new CheckoutClient({
      baseUrl: this.apiBase,
      getAccessToken: (request) => this.auth!.getAccessToken(request),
      locale: () => this.i18n.lang,
    });
    this.snapshot = readSnapshot(this.storageName);
    const snapshot = this.snapshot;
    if (!snapshot) {
      this.send({ type: 'RESUME', state: initialState(this.email) });
      return;
    }
    this.resuming = true;
    try {
      this.send({ type: 'RESUME', state: await this.resumeFrom(snapshot) });
    } finally {
      this.resuming = false;
    }
  }

  /** Where a stored flow continues: the server decides for a purchase, sign-in is restored silently. */
  private async resumeFrom(snapshot: Snapshot): Promise<FlowState> {
    if (snapshot.final) return snapshot.final;
    const { email, tenant } = snapshot;
    if (snapshot.step === 'email' || !tenant) return initialState(email);
    // Also after a sign-in redirect: the provider picks the result up here.
    const account = await this.auth!.restore(email).catch(() => undefined);
    if (!account) return { step: 'sign-in', email, tenant, busy: false };
    const checking: FlowState = {
      step: 'checking',
      email,
      tenant,
      account,
      ...(snapshot.choice ? { choice: snapshot.choice } : {}),
    };
    if (!snapshot.purchaseId) return checking;
    try {
      const purchase = await this.client!.getPurchase(snapshot.purchaseId);
      const offer = await this.client!.getOffer(this.product);
      let resumed = transition(checking, { type: 'OFFER_LOADED', offer });
      if (resumed.step !== 'seats') return resumed;
      resumed = transition({ ...resumed, busy: true }, { type: 'PURCHASE_CREATED', purchase });
      if (resumed.step === 'payment' && purchase.status === 'requires_payment')
        this.clientSecret = purchase.payment?.clientSecret;
      if (purchase.status === 'processing') return transition(resumed, { type: 'STATUS', purchase });
      if (resumed.step === 'payment' && this.redirect) {
        // Back from a 3-D Secure or bank redirect: the server confirms; a failed one can be retried.
        const redirect = this.redirect;
        this.redirect = undefined;
        if (redirect.status === 'succeeded') return { step: 'processing', purchase: resumed.purchase, slow: false };
        return { ...resumed, error: { code: 'authentication_failed', recoverable: true } };
      }
      return resumed;
    } catch (error) {
      return { step: 'error', error: toFlowError(error), from: checking };
    }
  }

  private send(event: FlowEvent): void {
    const previous = this.state;
    const next = transition(previous, event);
    if (next === previous) return;
    this.state = next;
    this.snapshot = snapshotOf(next, this.snapshot);
    if (next.step === 'email' && event.type === 'RESTART') this.snapshot.keys = {};
    writeSnapshot(this.storageName, this.snapshot);
    if (next.step !== previous.step || event.type === 'RETRY' || event.type === 'RESUME')
      this.enter(next, previous.step);
  }

  private enter(state: FlowState, previous: Step): void {
    const changed = !this.entered || previous !== state.step;
    this.entered = true;
    this.step = state.step;
    const view = VIEW[state.step];
    if (view) void loadElement(view);
    for (const tag of NEXT[state.step] ?? []) void loadElement(tag).catch(() => undefined);
    if (state.step !== 'payment') this.teardownPayment();
    if (changed) {
      this.dispatchEvent(new SspStepChangeEvent(state.step, previous === state.step ? undefined : previous));
      void this.updateComplete.then(() => this.focusStep());
    }
    switch (state.step) {
      case 'email':
        void this.auth?.prepare().catch(() => undefined);
        break;
      case 'sign-in':
        this.authReady = false;
        void this.auth?.prepare().then(
          () => (this.authReady = true),
          () => (this.authReady = true),
        );
        break;
      case 'checking':
        void this.loadOffer();
        break;
      case 'seats':
        if (state.offer.kind !== 'trial') void this.payment?.load().catch(() => undefined);
        break;
      case 'payment':
        void this.mountPayment();
        break;
      case 'processing':
        void this.poll(state.purchase.id);
        break;
      case 'ineligible':
        this.dispatchEvent(new SspIneligibleEvent(state.reason, this.product));
        break;
      case 'complete':
        this.dispatchEvent(new SspPurchaseCompleteEvent(state.result));
        break;
      case 'error':
        this.dispatchEvent(
          new SspErrorEvent(state.error.code, errorMessage(this.i18n, state.error), state.error.recoverable),
        );
        break;
    }
  }

  private async focusStep(): Promise<void> {
    const view = this.renderRoot.querySelector<HTMLElement>('[data-step-view]');
    if (view && 'updateComplete' in view) await (view as LitElement).updateComplete;
    (view ?? this.renderRoot.querySelector<HTMLElement>('.title'))?.focus();
    const heading = view?.shadowRoot?.querySelector('.title') ?? this.renderRoot.querySelector('.title');
    this.announcement = heading?.textContent?.trim() ?? '';
  }

  /** The idempotency key for an action, stored before its first send and reused on retries. */
  private keyFor(action: string): string {
    const snapshot = (this.snapshot ??= snapshotOf(this.state, undefined));
    if (!snapshot.keys[action]) {
      snapshot.keys[action] = newIdempotencyKey();
      writeSnapshot(this.storageName, snapshot);
    }
    return snapshot.keys[action]!;
  }

  // Effects: each turns a person's action or a step entry into calls, and results into events.

  private async onEmailSubmit(event: SspEmailSubmitEvent): Promise<void> {
    if (this.state.step !== 'email' || this.state.busy) return;
    this.send({ type: 'EMAIL_SUBMITTED', email: event.email });
    try {
      const lookup = await this.client!.lookUpTenant(event.email);
      if (lookup.result === 'tenant-found' && lookup.tenant) {
        this.send({ type: 'TENANT_FOUND', tenant: lookup.tenant });
      } else {
        const reason = lookup.result === 'tenant-found' ? 'no-tenant' : lookup.result;
        this.send({
          type: 'TENANT_REJECTED',
          reason,
          ...(lookup.tenant ? { tenantName: lookup.tenant.displayName } : {}),
        });
      }
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  /** Runs synchronously inside the click: the sign-in popup needs the user gesture. */
  private onSignInRequest(): void {
    const state = this.state;
    if (state.step !== 'sign-in' || state.busy || !this.authReady) return;
    const signingIn = this.auth!.signIn({ loginHint: state.email, domainHint: state.tenant.domainHint });
    this.send({ type: 'SIGN_IN_STARTED' });
    signingIn.then(
      (account) => this.send({ type: 'SIGNED_IN', account }),
      (error: unknown) => this.send({ type: 'SIGN_IN_FAILED', error: toFlowError(error) }),
    );
  }

  private async loadOffer(): Promise<void> {
    try {
      const offer = await this.client!.getOffer(this.product);
      this.send({ type: 'OFFER_LOADED', offer });
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private async onSeatsSubmit(event: SspSeatsSubmitEvent): Promise<void> {
    const state = this.state;
    if (state.step !== 'seats' || state.busy) return;
    const choice = { quantity: event.quantity, planId: event.planId };
    const subscriptionId = state.offer.existingSubscription?.subscriptionId;
    const key = this.keyFor(`purchase:${this.product}:${choice.planId}:${choice.quantity}`);
    this.send({ type: 'SEATS_SUBMITTED', choice });
    try {
      const purchase = await this.client!.createPurchase(
        {
          productId: state.offer.productId,
          planId: choice.planId,
          quantity: choice.quantity,
          ...(subscriptionId ? { subscriptionId } : {}),
        },
        key,
      );
      this.clientSecret = purchase.payment?.clientSecret;
      this.send({ type: 'PURCHASE_CREATED', purchase });
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private async onTrialStart(): Promise<void> {
    const state = this.state;
    if (state.step !== 'seats' || state.busy) return;
    const key = this.keyFor(`trial:${this.product}`);
    this.send({ type: 'TRIAL_REQUESTED' });
    try {
      const trial = await this.client!.startTrial({ productId: state.offer.productId }, key);
      this.send({ type: 'TRIAL_STARTED', trial });
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private mountNode(): HTMLElement {
    if (this.paymentMount) return this.paymentMount;
    if (!this.ownMount) {
      this.ownMount = document.createElement('div');
      this.ownMount.slot = 'payment';
      this.ownMount.className = 'ssp-payment-mount';
      this.append(this.ownMount);
    }
    return this.ownMount;
  }

  private async mountPayment(): Promise<void> {
    const state = this.state;
    if (state.step !== 'payment' || this.session) return;
    this.paymentReady = false;
    try {
      if (!this.payment) throw new Error('No payment provider');
      const clientSecret =
        this.clientSecret ?? (await this.client!.getPurchase(state.purchase.id)).payment?.clientSecret;
      if (!clientSecret) throw new Error('The purchase takes no payment');
      this.clientSecret = clientSecret;
      const appearance = Object.fromEntries(
        [
          '--ssp-color-accent',
          '--ssp-color-text',
          '--ssp-color-danger',
          '--ssp-color-surface',
          '--ssp-font-family',
          '--ssp-radius',
        ].map((name) => [name, getComputedStyle(this).getPropertyValue(name).trim()]),
      );
      const session = await this.payment.mount(this.mountNode(), {
        clientSecret,
        locale: this.i18n.lang,
        appearance,
      });
      if (this.state.step !== 'payment') return session.destroy();
      this.session = session;
      this.paymentReady = true;
    } catch {
      this.send({ type: 'PAYMENT_FAILED', error: { code: 'load-failed', recoverable: true } });
    }
  }

  private teardownPayment(): void {
    this.session?.destroy();
    this.session = undefined;
    this.paymentReady = false;
  }

  private async onPay(): Promise<void> {
    const state = this.state;
    if (state.step !== 'payment' || state.busy) return;
    if (!this.session) {
      this.send({ type: 'RETRY' }); // the form failed to load: entering the step again remounts it
      return;
    }
    this.send({ type: 'PAY_SUBMITTED' });
    this.dispatchEvent(new SspPaymentConfirmingEvent(true));
    const result = await this.session
      .confirm()
      .catch(() => ({ status: 'failed' as const, error: { code: 'unknown' as const } }))
      .finally(() => this.dispatchEvent(new SspPaymentConfirmingEvent(false)));
    if (result.status === 'failed') {
      this.send({ type: 'PAYMENT_FAILED', error: { code: result.error.code, recoverable: true } });
    } else {
      this.send({ type: 'PAYMENT_CONFIRMED' });
    }
  }

  /**
   * Waits for the server to confirm the purchase with long polls (one request usually covers it);
   * after SLOW_AFTER_MS the person is told the status is still being checked, never "failed".
   */
  private async poll(purchaseId: string): Promise<void> {
    const polling = () => this.isConnected && this.state.step === 'processing' && this.state.purchase.id === purchaseId;
    const slow = setTimeout(() => polling() && this.send({ type: 'SLOW' }), SLOW_AFTER_MS);
    let delay = 500;
    try {
      while (polling()) {
        const asked = Date.now();
        try {
          this.send({ type: 'STATUS', purchase: await this.client!.getPurchase(purchaseId, { waitSeconds: 20 }) });
          if (Date.now() - asked > 1000) continue; // the service held the answer: ask again at once
        } catch (error) {
          this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
        }
        // A service without long polls (or an error): back off before asking again.
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 1.5, 4000);
      }
    } finally {
      clearTimeout(slow);
    }
  }

  private async onLicenseRequest(event: SspLicenseRequestEvent): Promise<void> {
    if (this.state.step !== 'ineligible' || this.state.licenseRequest !== 'idle' || !isProductId(this.product)) return;
    const key = this.keyFor(`license-request:${this.product}`);
    this.send({ type: 'LICENSE_REQUESTED' });
    try {
      await this.client!.requestLicense(
        { productId: this.product, ...(event.message ? { message: event.message } : {}) },
        key,
      );
      this.send({ type: 'LICENSE_REQUEST_SENT' });
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private onNavigate(event: SspNavigateEvent): void {
    switch (event.action) {
      case 'back':
        return this.send({ type: 'BACK' });
      case 'retry':
        return this.send({ type: 'RETRY' });
      case 'restart':
        return this.send({ type: 'RESTART' });
      case 'close':
        return;
    }
  }

  override render() {
    return html`
      <div
        class="flow"
        part="base"
        @ssp-email-submit=${this.onEmailSubmit}
        @ssp-sign-in-request=${this.onSignInRequest}
        @ssp-seats-submit=${this.onSeatsSubmit}
        @ssp-trial-start=${this.onTrialStart}
        @ssp-pay=${this.onPay}
        @ssp-license-request=${this.onLicenseRequest}
        @ssp-navigate=${this.onNavigate}
      >
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${
          this.resuming
            ? html`<p class="muted" role="status">${this.i18n.t('loading')}</p>`
            : renderStep({
                state: this.state,
                product: this.product,
                i18n: this.i18n,
                messages: this.messages,
                authReady: this.authReady,
                paymentReady: this.paymentReady,
              })
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-purchase-flow': SspPurchaseFlow;
  }
}
