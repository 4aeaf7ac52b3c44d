/**
 * The flow's effects: what each transition asks of the outside world (the checkout API, sign-in,
 * payment), with the answers sent back to the flow as machine events. It sees its flow only
 * through `FlowHost`; the flow loads it while the first step is already on screen.
 */
import { warmUpFormatting } from '../../i18n/i18n.js';
import { takePaymentRedirect } from '../../payment/lazy.js';
import { whenIdle } from '../../shared/schedule.js';
import { isProductId } from '../../shared/products.js';
import type { HostSettings } from '../../shared/settings.js';
import type { FlowEvent, FlowState, ResumeFacts, Snapshot, StateOf } from './flow-state.js';
import { CheckoutPayment, type PaymentHost } from './payment-session.js';
import { ProviderCache, toFlowError } from './providers.js';
import { pollPurchase } from './purchase-status.js';

/** What the effects may see and do of their flow. */
export interface FlowHost extends PaymentHost {
  settings(): HostSettings;
  lang(): string;
  state(): FlowState;
  send(event: FlowEvent): void;
  /** The idempotency key of an action, stored before its first send. */
  idempotencyKey(action: string): string;
  /** A payment is being confirmed (a dialog around the flow steps out of the top layer meanwhile). */
  confirming(active: boolean): void;
  connected(): boolean;
}

/** How long a sign-in may go without an answer before the step offers to open its window again. */
const SIGN_IN_QUIET_MS = 6000;

export class FlowController {
  private readonly providers: ProviderCache;
  private readonly payment: CheckoutPayment;
  /** Bumped by `stop`: answers to an earlier run of the flow are dropped. */
  private run = 0;
  /** The sign-in under way; bumped when it ends (cancelled, replaced, left): late answers are dropped. */
  private attempt = 0;

  constructor(private readonly host: FlowHost) {
    this.providers = new ProviderCache(host.settings, host.lang);
    this.payment = new CheckoutPayment(host);
  }

  /** Stops what runs (polling, a mounted form) and drops late answers: the flow starts over. */
  stop(): void {
    this.run++;
    this.attempt++;
    this.payment.teardown();
  }

  /**
   * Runs what a new state needs. The flow calls it after every transition, and once with no
   * `previous` when the controller arrives after the flow has started.
   */
  changed(previous: FlowState | undefined, next: FlowState, event?: FlowEvent): void {
    // Starting over drops what the earlier run still waits for (an offer, a token window).
    if (event?.type === 'RESTART') this.stop();
    const entered = !previous || previous.step !== next.step || event?.type === 'START';
    if (next.step !== 'sign-in' || !next.busy) this.attempt++;
    if (next.step !== 'payment') this.payment.teardown();
    const providers = () => this.providers.get();
    switch (next.step) {
      case 'resuming':
        if (entered) void this.resume(next.snapshot);
        break;
      case 'email':
        // Sign-in's code (MSAL, ~70 kB) is not what the email step waits for: it loads at idle.
        if (entered)
          whenIdle(
            () =>
              void providers()
                .auth.prepare()
                .catch(() => undefined),
          );
        if (next.busy && (!previous || event?.type === 'EMAIL_SUBMITTED')) void this.lookUp(next.email);
        break;
      case 'sign-in':
        if (entered)
          void providers()
            .auth.prepare()
            .then(...this.twice({ type: 'AUTH_READY' }));
        // Money is formatted from the seat step on: the browser's one-time Intl set-up runs while the person signs in.
        if (entered) warmUpFormatting(this.host.lang());
        break;
      case 'checking':
        if (entered) warmUpFormatting(this.host.lang());
        if (entered)
          void this.ask(
            (client) => client.getOffer(this.product),
            (offer) => ({ type: 'OFFER_LOADED', offer }),
          );
        break;
      case 'seats':
        if (entered && next.offer.kind !== 'trial')
          void providers()
            .payment.load()
            .catch(() => undefined);
        if (event?.type === 'SEATS_SUBMITTED' && next.busy) void this.createPurchase(next);
        if (event?.type === 'TRIAL_REQUESTED' && next.busy) {
          const reference = this.reference;
          const key = this.host.idempotencyKey(`trial:${this.product}${reference ? `:${reference}` : ''}`);
          const body = { productId: next.offer.productId, clientReferenceId: reference || undefined };
          void this.ask(
            (client) => client.startTrial(body, key),
            (trial) => ({
              type: 'TRIAL_STARTED',
              trial,
            }),
          );
        }
        break;
      case 'payment':
        if (event?.type === 'PAY_SUBMITTED' && next.busy) void this.pay(next);
        else if (!next.ready && !next.error) void this.mountPayment(next);
        break;
      case 'processing':
        if (entered) void this.poll(next.purchase.id);
        break;
      case 'ineligible':
        if (event?.type === 'LICENSE_REQUESTED' && next.licenseRequest === 'sending' && isProductId(this.product)) {
          const key = this.host.idempotencyKey(`license-request:${this.product}`);
          const body = { productId: this.product, ...(event.message ? { message: event.message } : {}) };
          void this.ask(
            (client) => client.requestLicense(body, key),
            () => ({ type: 'LICENSE_REQUEST_SENT' }),
          );
        }
        break;
    }
  }

  /**
   * Runs synchronously inside the click: the sign-in popup needs the user gesture. Also opens the
   * window again in place of one that went quiet. No time limit ends a sign-in: after
   * `popup-timeout` without an answer the step offers to open the window again (or to cancel, which
   * the person can do at any moment).
   */
  signIn(): void {
    const state = this.host.state();
    if (state.step !== 'sign-in' || !state.ready || (state.busy && !state.stalled)) return;
    const signingIn = this.providers.get().auth.signIn({ loginHint: state.email, domainHint: state.tenant.domainHint });
    const attempt = ++this.attempt;
    this.host.send({ type: 'SIGN_IN_STARTED' });
    const send = (event: FlowEvent) => attempt === this.attempt && this.host.send(event);
    signingIn.then(
      (account) => send({ type: 'SIGNED_IN', account }),
      (error: unknown) => send({ type: 'SIGN_IN_FAILED', error: toFlowError(error) }),
    );
    setTimeout(() => send({ type: 'SIGN_IN_STALLED' }), this.host.settings().popupTimeout || SIGN_IN_QUIET_MS);
  }

  /** Asks the server until the purchase leaves `processing` (or the flow leaves the step). */
  private poll(purchaseId: string): Promise<void> {
    const run = this.run;
    return pollPurchase({
      client: () => this.providers.get().client,
      purchaseId,
      polling: () => {
        const state = this.host.state();
        return (
          run === this.run && this.host.connected() && state.step === 'processing' && state.purchase.id === purchaseId
        );
      },
      send: (event) => this.send(run, event),
      toFlowError,
    });
  }

  private get product(): string {
    return this.host.settings().product;
  }

  /** The host's `client-reference-id` for what is created now (valid: the flow does not run otherwise). */
  private get reference(): string {
    return this.host.settings().clientReferenceId;
  }

  private send(run: number, event: FlowEvent): void {
    if (run === this.run) this.host.send(event);
  }

  /** The same event whether the promise settles either way. */
  private twice(event: FlowEvent): [() => void, () => void] {
    const run = this.run;
    return [() => this.send(run, event), () => this.send(run, event)];
  }

  /** One API call: its answer becomes an event, its failure a `REQUEST_FAILED`. */
  private async ask<T>(
    call: (client: ReturnType<ProviderCache['get']>['client']) => Promise<T>,
    toEvent: (answer: T) => FlowEvent,
  ): Promise<void> {
    const run = this.run;
    try {
      this.send(run, toEvent(await call(this.providers.get().client)));
    } catch (error) {
      this.send(run, { type: 'REQUEST_FAILED', error: toFlowError(error) });
    }
  }

  private lookUp(email: string): Promise<void> {
    return this.ask(
      (client) => client.lookUpTenant(email),
      (lookup): FlowEvent =>
        lookup.result === 'tenant-found' && lookup.tenant
          ? { type: 'TENANT_FOUND', tenant: lookup.tenant }
          : {
              type: 'TENANT_REJECTED',
              reason: lookup.result === 'tenant-found' ? 'no-tenant' : lookup.result,
              ...(lookup.tenant ? { tenantName: lookup.tenant.displayName } : {}),
            },
    );
  }

  private createPurchase({ offer, choice }: StateOf<'seats'>): Promise<void> {
    // A new reference is a new request (the same key with another body would be refused).
    const reference = this.reference;
    const action = `purchase:${this.product}:${choice.planId}:${choice.quantity}${reference ? `:${reference}` : ''}`;
    const key = this.host.idempotencyKey(action);
    const subscriptionId = offer.existingSubscription?.subscriptionId;
    const body = {
      productId: offer.productId,
      planId: choice.planId,
      quantity: choice.quantity,
      ...(subscriptionId ? { subscriptionId } : {}),
      clientReferenceId: reference || undefined, // none when empty (JSON leaves undefined out)
    };
    return this.ask(
      (client) => client.createPurchase(body, key),
      (purchase) => {
        this.payment.remember(purchase.id, purchase.payment?.clientSecret);
        return { type: 'PURCHASE_CREATED', purchase };
      },
    );
  }

  /** Picks up a stored flow: asks sign-in and the server where it stands, then resumes there. */
  private async resume(snapshot: Snapshot): Promise<void> {
    const run = this.run;
    const facts: ResumeFacts = {};
    const redirect = takePaymentRedirect();
    if (redirect) facts.redirect = redirect;
    const { auth, client } = this.providers.get();
    // Also after a sign-in redirect: the provider picks the result up here.
    const account = snapshot.tenant ? await auth.restore(snapshot.email).catch(() => undefined) : undefined;
    if (account) facts.account = account;
    if (account && snapshot.purchaseId) {
      try {
        facts.purchase = await client.getPurchase(snapshot.purchaseId);
        facts.offer = await client.getOffer(this.product);
        this.payment.remember(facts.purchase.id, facts.purchase.payment?.clientSecret);
      } catch (error) {
        facts.error = toFlowError(error);
      }
    }
    this.send(run, { type: 'RESUMED', facts });
  }

  private async mountPayment(state: StateOf<'payment'>): Promise<void> {
    const run = this.run;
    const { payment, client } = this.providers.get();
    try {
      const purchaseId = state.purchase.id;
      const secret = async () => (await client.getPurchase(purchaseId)).payment?.clientSecret;
      if (await this.payment.mount(payment, purchaseId, secret)) this.send(run, { type: 'PAYMENT_READY' });
    } catch {
      this.send(run, { type: 'PAYMENT_FAILED', error: { code: 'load-failed', recoverable: true } });
    }
  }

  private async pay(state: StateOf<'payment'>): Promise<void> {
    const run = this.run;
    this.host.confirming(true);
    const result = await this.payment.confirm().finally(() => this.host.confirming(false));
    if (result.status !== 'failed') return this.send(run, { type: 'PAYMENT_CONFIRMED' });
    // The server is the only truth about money: the same purchase may have been paid meanwhile
    // (another tab, a retry whose answer was lost), and then this "failure" is no failure at all.
    const purchase = await this.providers
      .get()
      .client.getPurchase(state.purchase.id)
      .catch(() => undefined);
    if (purchase && purchase.status !== 'requires_payment') return this.send(run, { type: 'STATUS', purchase });
    const { code, declineCode } = result.error;
    this.send(run, { type: 'PAYMENT_FAILED', error: { code, recoverable: true }, declineCode });
  }
}
