/**
 * The flow's engine: everything after the first screen. It owns the state (through the pure
 * machine), runs the effects (checkout API, sign-in, payment) and emits the public events for its
 * `<ssp-purchase-flow>`, which loads it while the email step is already on screen.
 */
import { html, type ReactiveElement } from 'lit';
import { CheckoutApiError, CheckoutClient, newIdempotencyKey } from '../../api/client.js';
import { DelegatedAuthProvider } from '../../auth/delegated.js';
import { LazyMsalProvider } from '../../auth/lazy-msal.js';
import { AuthError, type AuthProvider } from '../../auth/types.js';
import { loadElement, type SspTag } from '../../elements.js';
import { warmUpFormatting, type LocalizeController } from '../../i18n/i18n.js';
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
  SspEmailSubmitEvent,
  SspLicenseRequestEvent,
  SspNavigateEvent,
  SspSeatsSubmitEvent,
} from '../../shared/step-events.js';
import { isProductId } from '../../shared/products.js';
import { initialState, transition, type FlowError, type FlowEvent, type FlowState } from './machine.js';
import { clearSnapshot, readSnapshot, snapshotOf, storageName, writeSnapshot, type Snapshot } from './persistence.js';
import { configError, type SspPurchaseFlow } from './purchase-flow.js';
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

function toFlowError(error: unknown): FlowError {
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

export class FlowEngine {
  state: FlowState = initialState();
  private resuming = false;
  private authReady = false;
  private paymentReady = false;
  /** The new step's heading, for the flow's live region. */
  announcement = '';
  private snapshot?: Snapshot;
  private client?: CheckoutClient;
  private auth?: AuthProvider;
  private payment?: PaymentProvider;
  /** The purchase's payment secret: in memory only, never stored. */
  private clientSecret?: string;
  private redirect?: { status: string; paymentIntent: string };
  private ownMount?: HTMLElement;
  private session?: PaymentSession;
  private entered = false;

  constructor(
    private readonly flow: SspPurchaseFlow,
    private readonly i18n: LocalizeController,
  ) {}

  /** Starts over from the email step and forgets the stored flow state. */
  reset(): void {
    clearSnapshot(storageName(this.flow));
    this.snapshot = undefined;
    this.send({ type: 'RESUME', state: initialState(this.flow.email) });
  }

  /** A step view's event: what the person did. */
  handle(event: Event): void {
    if (event instanceof SspEmailSubmitEvent) void this.onEmailSubmit(event);
    else if (event.type === 'ssp-sign-in-request') this.onSignInRequest();
    else if (event instanceof SspSeatsSubmitEvent) void this.onSeatsSubmit(event);
    else if (event.type === 'ssp-trial-start') void this.onTrialStart();
    else if (event.type === 'ssp-pay') void this.onPay();
    else if (event instanceof SspLicenseRequestEvent) void this.onLicenseRequest(event);
    else if (event instanceof SspNavigateEvent) this.onNavigate(event);
  }

  private setAuthReady(): void {
    this.authReady = true;
    this.flow.requestUpdate();
  }

  /** Runs once: picks the providers and starts fresh, or resumes a stored flow where it was. */
  async start(): Promise<void> {
    const problem = configError(this.flow);
    if (problem) {
      this.send({ type: 'RESUME', state: { step: 'error', error: problem } });
      return;
    }
    this.payment =
      this.flow.paymentProvider ??
      new LazyStripeProvider(this.flow.stripeKey, { advancedFraudSignals: !this.flow.stripeDisableFraudSignals });
    this.redirect = takePaymentRedirect();
    const scopes = this.flow.apiScopes.split(/\s+/).filter(Boolean);
    this.auth =
      this.flow.authProvider ??
      (this.flow.getAccessToken
        ? new DelegatedAuthProvider(this.flow.getAccessToken, scopes)
        : new LazyMsalProvider({
            clientId: this.flow.clientId,
            scopes,
            ...(this.flow.authority ? { authority: this.flow.authority } : {}),
            ...(this.flow.redirectUri ? { redirectUri: this.flow.redirectUri } : {}),
            ...(this.flow.knownAuthorities
              ? { knownAuthorities: this.flow.knownAuthorities.split(/\s+/).filter(Boolean) }
              : {}),
            ...(this.flow.authorityMetadata ? { authorityMetadata: this.flow.authorityMetadata } : {}),
            ...(this.flow.protocolMode === 'OIDC' || this.flow.protocolMode === 'AAD'
              ? { protocolMode: this.flow.protocolMode }
              : {}),
            ...(this.flow.popupTimeout > 0 ? { popupTimeoutMs: this.flow.popupTimeout } : {}),
          }));
    this.client = new CheckoutClient({
      baseUrl: this.flow.apiBase,
      getAccessToken: (request) => this.auth!.getAccessToken(request),
      locale: () => this.i18n.lang,
    });
    this.snapshot = readSnapshot(storageName(this.flow));
    const snapshot = this.snapshot;
    if (!snapshot) {
      this.send({ type: 'RESUME', state: initialState(this.flow.email) });
      return;
    }
    this.resuming = true;
    try {
      this.send({ type: 'RESUME', state: await this.resumeFrom(snapshot) });
    } finally {
      this.resuming = false;
      this.flow.requestUpdate();
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
      const offer = await this.client!.getOffer(this.flow.product);
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

  send(event: FlowEvent): void {
    const previous = this.state;
    const next = transition(previous, event);
    if (next === previous) return;
    this.state = next;
    this.flow.requestUpdate();
    this.snapshot = snapshotOf(next, this.snapshot);
    if (next.step === 'email' && event.type === 'RESTART') this.snapshot.keys = {};
    writeSnapshot(storageName(this.flow), this.snapshot);
    if (next.step !== previous.step || event.type === 'RETRY' || event.type === 'RESUME')
      this.enter(next, previous.step);
  }

  private enter(state: FlowState, previous: Step): void {
    const first = !this.entered;
    const changed = first || previous !== state.step;
    this.entered = true;
    this.flow.step = state.step;
    const view = VIEW[state.step];
    if (view) void loadElement(view);
    for (const tag of NEXT[state.step] ?? []) void loadElement(tag).catch(() => undefined);
    if (state.step !== 'payment') this.teardownPayment();
    if (changed) {
      this.flow.dispatchEvent(new SspStepChangeEvent(state.step, previous === state.step ? undefined : previous));
      // The first step may already be on screen (the flow shows it before the engine loads): do not
      // pull focus away from a person who is already typing in it.
      const typing = first && this.flow.matches(':focus-within');
      void this.flow.updateComplete.then(() => this.focusStep(!typing));
    }
    switch (state.step) {
      case 'email':
        void this.auth?.prepare().catch(() => undefined);
        if (first) warmUpFormatting(this.i18n.lang);
        break;
      case 'sign-in':
        this.authReady = false;
        void this.auth?.prepare().then(
          () => this.setAuthReady(),
          () => this.setAuthReady(),
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
        this.flow.dispatchEvent(new SspIneligibleEvent(state.reason, this.flow.product));
        break;
      case 'complete':
        this.flow.dispatchEvent(new SspPurchaseCompleteEvent(state.result));
        break;
      case 'error':
        this.flow.dispatchEvent(
          new SspErrorEvent(state.error.code, errorMessage(this.i18n, state.error), state.error.recoverable),
        );
        break;
    }
  }

  private async focusStep(move: boolean): Promise<void> {
    const view = this.flow.renderRoot.querySelector<HTMLElement>('[data-step-view]');
    if (view && 'updateComplete' in view) await (view as ReactiveElement).updateComplete;
    if (move) (view ?? this.flow.renderRoot.querySelector<HTMLElement>('.title'))?.focus();
    const heading = view?.shadowRoot?.querySelector('.title') ?? this.flow.renderRoot.querySelector('.title');
    this.announcement = heading?.textContent?.trim() ?? '';
    this.flow.requestUpdate();
  }

  /** The idempotency key for an action, stored before its first send and reused on retries. */
  private keyFor(action: string): string {
    const snapshot = (this.snapshot ??= snapshotOf(this.state, undefined));
    if (!snapshot.keys[action]) {
      snapshot.keys[action] = newIdempotencyKey();
      writeSnapshot(storageName(this.flow), snapshot);
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
      const offer = await this.client!.getOffer(this.flow.product);
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
    const key = this.keyFor(`purchase:${this.flow.product}:${choice.planId}:${choice.quantity}`);
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
    const key = this.keyFor(`trial:${this.flow.product}`);
    this.send({ type: 'TRIAL_REQUESTED' });
    try {
      const trial = await this.client!.startTrial({ productId: state.offer.productId }, key);
      this.send({ type: 'TRIAL_STARTED', trial });
    } catch (error) {
      this.send({ type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private mountNode(): HTMLElement {
    if (this.flow.paymentMount) return this.flow.paymentMount;
    if (!this.ownMount) {
      this.ownMount = document.createElement('div');
      this.ownMount.slot = 'payment';
      this.ownMount.className = 'ssp-payment-mount';
      this.flow.append(this.ownMount);
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
        ].map((name) => [name, getComputedStyle(this.flow).getPropertyValue(name).trim()]),
      );
      const session = await this.payment.mount(this.mountNode(), {
        clientSecret,
        locale: this.i18n.lang,
        appearance,
      });
      if (this.state.step !== 'payment') return session.destroy();
      this.session = session;
      this.paymentReady = true;
      this.flow.requestUpdate();
    } catch {
      this.send({ type: 'PAYMENT_FAILED', error: { code: 'load-failed', recoverable: true } });
    }
  }

  private teardownPayment(): void {
    this.session?.destroy();
    this.session = undefined;
    this.paymentReady = false;
    this.flow.requestUpdate();
  }

  private async onPay(): Promise<void> {
    const state = this.state;
    if (state.step !== 'payment' || state.busy) return;
    if (!this.session) {
      this.send({ type: 'RETRY' }); // the form failed to load: entering the step again remounts it
      return;
    }
    this.send({ type: 'PAY_SUBMITTED' });
    this.flow.dispatchEvent(new SspPaymentConfirmingEvent(true));
    const result = await this.session
      .confirm()
      .catch(() => ({ status: 'failed' as const, error: { code: 'unknown' as const } }))
      .finally(() => this.flow.dispatchEvent(new SspPaymentConfirmingEvent(false)));
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
    const polling = () =>
      this.flow.isConnected && this.state.step === 'processing' && this.state.purchase.id === purchaseId;
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
    if (this.state.step !== 'ineligible' || this.state.licenseRequest !== 'idle' || !isProductId(this.flow.product))
      return;
    const key = this.keyFor(`license-request:${this.flow.product}`);
    this.send({ type: 'LICENSE_REQUESTED' });
    try {
      await this.client!.requestLicense(
        { productId: this.flow.product, ...(event.message ? { message: event.message } : {}) },
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

  render() {
    if (this.resuming) return html`<p class="muted" role="status">${this.i18n.t('loading')}</p>`;
    return renderStep({
      state: this.state,
      product: this.flow.product,
      i18n: this.i18n,
      messages: this.flow.messages,
      authReady: this.authReady,
      paymentReady: this.paymentReady,
    });
  }
}
