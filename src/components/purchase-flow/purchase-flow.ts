import { LitElement, html, nothing } from 'lit';
import type { HostTokenCallback } from '../../auth/delegated.js';
import type { AuthProvider } from '../../auth/types.js';
import { LocalizeController, loadLocale, type MessageOverrides } from '../../i18n/i18n.js';
import type { PaymentProvider } from '../../payment/types.js';
import type { Step } from '../../shared/events.js';
import { SspEmailSubmitEvent } from '../../shared/step-events.js';
import { isProductId } from '../../shared/products.js';
import { buttonStyles, errorStyles, hostStyles } from '../../shared/styles.js';
import { stepStyles } from '../../shared/step-styles.js';
import { emailStep } from './email-view.js';
import type { FlowEngine } from './engine.js';
import type { FlowError } from './machine.js';
import { readSnapshot, storageName } from './persistence.js';
import { purchaseFlowStyles } from './purchase-flow.styles.js';

type Settings = Pick<SspPurchaseFlow, 'product' | 'apiBase' | 'authProvider' | 'getAccessToken' | 'clientId'> &
  Pick<SspPurchaseFlow, 'paymentProvider' | 'stripeKey'>;

/** What is missing or wrong in the host's settings, if anything. */
export function configError(flow: Settings): FlowError | undefined {
  if (!isProductId(flow.product)) return { code: 'config-product', recoverable: false };
  let base: URL | undefined;
  try {
    base = new URL(flow.apiBase);
  } catch {
    base = undefined;
  }
  const local = base && ['localhost', '127.0.0.1', '[::1]'].includes(base.hostname);
  if (!base || !(base.protocol === 'https:' || (base.protocol === 'http:' && local))) {
    return { code: 'config-api-base', recoverable: false };
  }
  if (!flow.authProvider && !flow.getAccessToken && !flow.clientId) return { code: 'config-auth', recoverable: false };
  if (!flow.paymentProvider && !flow.stripeKey) return { code: 'config-payment', recoverable: false };
  return undefined;
}

/**
 * The self-service purchase flow: email → tenant check → sign-in → eligibility → seats → card
 * payment → confirmation, or a "not eligible" notice. It owns the state (a pure machine), renders
 * one step view at a time, runs the effects and emits the public events. The element itself is the
 * first screen (the email step, or "loading" for a stored flow); its engine (the machine, the
 * checkout client, sign-in and payment) loads at once behind it, so a click shows a usable step
 * sooner.
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

  static override properties = {
    product: { reflect: true },
    apiBase: { attribute: 'api-base' },
    step: { reflect: true },
    email: {},
    apiScopes: { attribute: 'api-scopes' },
    stripeKey: { attribute: 'stripe-key' },
    stripeDisableFraudSignals: { type: Boolean, attribute: 'stripe-disable-fraud-signals' },
    clientId: { attribute: 'client-id' },
    authority: {},
    redirectUri: { attribute: 'redirect-uri' },
    knownAuthorities: { attribute: 'known-authorities' },
    authorityMetadata: { attribute: 'authority-metadata' },
    protocolMode: { attribute: 'protocol-mode' },
    popupTimeout: { type: Number, attribute: 'popup-timeout' },
    getAccessToken: { attribute: false },
    authProvider: { attribute: false },
    paymentProvider: { attribute: false },
    paymentMount: { attribute: false },
    messages: { attribute: false },
    flowId: { attribute: 'flow-id' },
    engine: { state: true },
    waiting: { state: true },
    loadFailed: { state: true },
  };

  /** The product to buy, e.g. `visio-plan-1`. */
  product = '';
  /** Base URL of the checkout API (https; `http://localhost` allowed for development). */
  apiBase = '';
  /** The current step (reflected; read it, do not set it). */
  step: Step = 'email';
  /** An email to start with (for example the host's signed-in user). */
  email = '';
  /** Scopes for the checkout API access token. */
  apiScopes = 'api://ssp-checkout/Checkout.Purchase';
  /** Stripe publishable key (payment through Stripe's Payment Element). */
  stripeKey = '';
  /** Opt out of Stripe's advanced fraud signals (on by default, as Stripe recommends). */
  stripeDisableFraudSignals = false;
  /** SDK-owned sign-in: the Entra application (client) id. */
  clientId = '';
  /** SDK-owned sign-in: the authority, e.g. `https://login.microsoftonline.com/organizations`. */
  authority = '';
  /** SDK-owned sign-in: the redirect URI registered for the application (a page with the redirect bridge). */
  redirectUri = '';
  /** SDK-owned sign-in: MSAL `knownAuthorities` (space-separated hosts). */
  knownAuthorities = '';
  /** SDK-owned sign-in: MSAL `authorityMetadata` (a JSON string; skips discovery). */
  authorityMetadata = '';
  /** SDK-owned sign-in: MSAL `protocolMode` (`AAD` by default, `OIDC` for other providers). */
  protocolMode = '';
  /** SDK-owned sign-in: how long to wait for the sign-in popup, in ms (MSAL `popupBridgeTimeout`). */
  popupTimeout = 0;
  /** Host-delegated sign-in: returns an access token for the scopes; MSAL is then never loaded. */
  getAccessToken?: HostTokenCallback;
  /** A sign-in provider of the host's choosing (overrides the settings above). */
  authProvider?: AuthProvider;
  /** A payment provider of the host's choosing (overrides `stripe-key`). */
  paymentProvider?: PaymentProvider;
  /** A light-DOM node for the payment form, provided by an enclosing element (the buy button). */
  paymentMount?: HTMLElement;
  /** Host overrides for any message of the catalog. */
  messages?: MessageOverrides;
  /**
   * Tells apart two flows for the same product on one page (each resumes its own state after a
   * reload); flows without it share the product's stored state.
   */
  flowId = '';

  /** The engine, once loaded; until then the element shows the first screen itself. */
  private engine?: FlowEngine;
  /** An email was submitted before the engine arrived: the step shows progress meanwhile. */
  private waiting = false;
  /** The engine's code could not be loaded (offline): the email step says so and a submit retries. */
  private loadFailed = false;

  private readonly i18n = new LocalizeController(this, ['start']);
  private loading?: Promise<FlowEngine>;
  private starting?: Promise<void>;
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.started) {
      this.started = true;
      // After the first update: properties a host set before the element was upgraded are applied
      // by then, and listeners added right after insertion still see the first events.
      this.starting = this.updateComplete.then(() => this.start());
      this.starting.catch(() => (this.loadFailed = true));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.started = false;
  }

  /** Starts over from the email step and forgets the stored flow state. */
  reset(): void {
    void this.load().then(
      (engine) => engine.reset(),
      () => (this.loadFailed = true),
    );
  }

  /** The engine's code and every message of this locale (the steps after this one need them). */
  private load(): Promise<FlowEngine> {
    this.loading ??= Promise.all([import('./engine.js'), loadLocale(this.i18n.lang)]).then(
      ([{ FlowEngine }]) => new FlowEngine(this, this.i18n),
      (error: unknown) => {
        this.loading = undefined; // a failed chunk load may be retried
        throw error;
      },
    );
    return this.loading;
  }

  private async start(): Promise<void> {
    const engine = await this.load();
    this.loadFailed = false;
    await engine.start();
    this.engine = engine;
  }

  /** Every step event goes to the engine; an email submitted before it arrived waits for it. */
  private readonly onStepEvent = (event: Event): void => {
    if (this.engine) return this.engine.handle(event);
    if (!(event instanceof SspEmailSubmitEvent) || this.waiting) return;
    this.waiting = true;
    if (this.loadFailed) this.starting = this.start();
    void this.starting!.then(
      () => this.engine?.handle(event),
      () => (this.loadFailed = true),
    ).finally(() => (this.waiting = false));
  };

  /** Before the engine arrives: the email step for a new flow, "loading" for a stored one. */
  private firstScreen() {
    if (!this.i18n.ready) return nothing;
    const stored = readSnapshot(storageName(this));
    // Once loading has failed, the email step (with the error) is the way to try again: a stored
    // flow resumes where it was as soon as the engine arrives.
    if (!this.loadFailed && (configError(this) || (stored && stored.step !== 'email'))) {
      return html`<p class="muted" role="status">${this.i18n.t('loading')}</p>`;
    }
    return emailStep({
      lang: this.i18n.lang,
      product: this.product,
      email: stored?.email || this.email,
      busy: this.waiting,
      error: this.loadFailed ? this.i18n.t('errorNetwork') : '',
      messages: this.messages,
    });
  }

  override render() {
    return html`
      <div
        class="flow"
        part="base"
        @ssp-email-submit=${this.onStepEvent}
        @ssp-sign-in-request=${this.onStepEvent}
        @ssp-seats-submit=${this.onStepEvent}
        @ssp-trial-start=${this.onStepEvent}
        @ssp-pay=${this.onStepEvent}
        @ssp-license-request=${this.onStepEvent}
        @ssp-navigate=${this.onStepEvent}
      >
        <div class="visually-hidden" role="status" aria-live="polite">${this.engine?.announcement}</div>
        ${this.engine ? this.engine.render() : this.firstScreen()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-purchase-flow': SspPurchaseFlow;
  }
}
