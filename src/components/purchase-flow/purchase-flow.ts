import { LitElement, html } from 'lit';
import { LocalizeController, loadLocale } from '../../i18n/i18n.js';
import {
  SspErrorEvent,
  SspIneligibleEvent,
  SspLicenseRequestSentEvent,
  SspPaymentConfirmingEvent,
  SspPaymentFailedEvent,
  SspPurchaseCompleteEvent,
  SspStepChangeEvent,
  SspTrialStartedEvent,
  type Step,
} from '../../shared/events.js';
import { enterStep } from '../../shared/focus.js';
import { retryable } from '../../shared/lazy.js';
import { afterPaint } from '../../shared/schedule.js';
import {
  applyDefaults,
  configError,
  readSettings,
  settingProperties,
  SETTING_NAMES,
  SETTINGS,
  type HostSettings,
} from '../../shared/settings.js';
import { STEP_EXPORTPARTS } from '../../shared/parts.js';
import { buttonStyles, errorStyles, hostStyles, stepStyles } from '../../shared/styles.js';
import type { FlowController, FlowHost } from './controller.js';
import type { FlowEvent, FlowState } from './flow-state.js';
import { initialState, transition } from './machine.js';
import { FlowStore, storageName } from './persistence.js';
import { purchaseFlowStyles } from './purchase-flow.styles.js';
import { loadViews, machineEvent } from './step-views.js';

/** The effects, the later steps' templates and the messages of errors: loaded behind the first step. */
type Later = typeof import('../after-email.js');
/** Once loaded, for every flow on the page (a second flow shows its step at once). */
let loaded: Later | undefined;

// The settings are properties of the element (declared by the table in shared/settings.ts).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface SspPurchaseFlow extends HostSettings {}

/**
 * The self-service purchase flow: email → tenant check → sign-in → eligibility → seats → card
 * payment → confirmation, or a "not eligible" notice. The mediator: it owns the state (a pure
 * machine), renders one step view at a time and emits the public events; its effects (checkout
 * API, sign-in, payment) live in a controller that loads while the first step is on screen. Every
 * setting may change at any time: a new product, API base or flow id starts the flow over, and a
 * configuration error clears itself once the settings are complete.
 *
 * @tagname ssp-purchase-flow
 * @attr lang - The locale of texts, amounts and dates (BCP 47, e.g. `sv`); without it, an ancestor's `lang`, then `<html lang>`, then English.
 * @fires ssp-step-change - The step changed (`step`, `previous`).
 * @fires ssp-ineligible - The person cannot buy (`reason`).
 * @fires ssp-purchase-complete - The purchase is active (`purchaseId`, `productId`, `quantity`, `amount`, `currency`, `kind`, `clientReferenceId`).
 * @fires ssp-payment-failed - A card payment attempt failed (`code`, `declineCode`, `recoverable`, `purchaseId`, `productId`); once per attempt.
 * @fires ssp-trial-started - A card-free trial is active (`productId`, `purchaseId`, `trialEndsAt`, `clientReferenceId`).
 * @fires ssp-license-request-sent - The checkout service accepted a license request to the admin (`productId`).
 * @fires ssp-payment-confirming - A card payment is being confirmed (`active`) or is done: a container that shows the flow in a modal dialog leaves the top layer meanwhile, so Stripe's 3-D Secure challenge shows above it.
 * @fires ssp-error - A configuration or unrecoverable error (`code`, `message`, `recoverable`).
 * @fires ssp-licenses-assigned - From the subscription manager the last step opens ("Assign licenses now"): people got a license (`subscriptionId`, `productId`, `userIds`, `assignedCount`).
 * @fires ssp-subscription-updated - From that manager: licenses added or removed, or a cancellation undone (`subscriptionId`, `productId`, `change`, `quantity`, `previousQuantity`, `effectiveAt`, `amount`, `currency`).
 * @fires ssp-subscription-canceled - From that manager: the subscription stops renewing (`subscriptionId`, `productId`, `endsAt`).
 * @fires ssp-payment-method-updated - From that manager: a new card is saved (`subscriptionId`, `brand`, `last4`).
 * @fires ssp-invoice-paid - From that manager: an open or overdue invoice was paid (`subscriptionId`, `invoiceId`, `number`, `amount`, `currency`).
 * @slot payment - Where a host-provided payment mount node goes (the buy button uses it).
 * @csspart base - The flow's container.
 * @csspart title - The heading of every step.
 * @csspart form - A step's form (email, number of licenses, license request).
 * @csspart input - A step's field: the email, the number of licenses, the note of a license request.
 * @csspart button - A step's main button (continue, sign in, pay, try again, …).
 * @csspart error - An error message: a step's inline error, or the error step's message.
 * @cssprop [--ssp-color-accent=#0f5ec4] - Background of main buttons; the spinner; the payment form's primary color.
 * @cssprop [--ssp-color-accent-hover=#0b4a9c] - Background of main buttons under the pointer.
 * @cssprop [--ssp-color-on-accent=#ffffff] - Text on main buttons.
 * @cssprop [--ssp-color-text=#1b1b1f] - Text (and the payment form's).
 * @cssprop [--ssp-color-muted=#505050] - Hints and secondary text.
 * @cssprop [--ssp-color-surface=#ffffff] - Background of fields (and of the payment form).
 * @cssprop [--ssp-color-border=#8a8886] - Borders of fields, secondary buttons, quotes and the seat total; the spinner's track.
 * @cssprop [--ssp-color-danger=#a4262c] - Error messages and invalid fields (and the payment form's).
 * @cssprop [--ssp-color-link=#0f5ec4] - Links and link-style buttons.
 * @cssprop [--ssp-color-focus=#0f5ec4] - Focus ring.
 * @cssprop [--ssp-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font (and the payment form's).
 * @cssprop [--ssp-font-size=1rem] - Base font size.
 * @cssprop [--ssp-title-size=1.25rem] - Size of step headings.
 * @cssprop [--ssp-radius=0.375rem] - Corner radius of buttons and fields (and of the payment form's fields).
 * @cssprop [--ssp-flow-max-width=36rem] - Greatest width of the flow.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SspPurchaseFlow extends LitElement {
  static override styles = [hostStyles, buttonStyles, errorStyles, stepStyles, purchaseFlowStyles];

  static override properties = {
    ...settingProperties(),
    step: { reflect: true },
    paymentMount: { attribute: false },
    state: { state: true },
    announcement: { state: true },
  };

  /** The current step (reflected; read it, do not set it); absent while a stored flow is picked up. */
  step?: Step;
  /** A light-DOM node for the payment form, provided by an enclosing element (the buy button). */
  paymentMount?: HTMLElement;

  private state: FlowState = initialState();
  /** The new step's heading, for the live region. */
  private announcement = '';
  private readonly i18n = new LocalizeController(this, ['start']);
  private store = new FlowStore('');
  private controller?: FlowController;

  /** The settings the flow started with: a change of those that name another flow starts over. */
  private startedWith?: HostSettings;
  private firstEntry = true;
  /** A step entered but maybe not on screen yet (its messages may still load): whether to move focus there. */
  private entry?: boolean;
  /** Public events wait for the render of their state, so a listener sees the step on screen. */
  private outbox: Event[] = [];

  constructor() {
    super();
    applyDefaults(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.controller?.stop();
    this.startedWith = undefined;
  }

  /** Starts over from the email step and forgets the stored flow state. */
  reset(): void {
    new FlowStore(storageName(this)).clear();
    this.start();
  }

  protected override willUpdate(): void {
    const was = this.startedWith;
    if (!was) return;
    const named = SETTING_NAMES.some((name) => SETTINGS[name].restarts && was[name] !== this[name]);
    if (named || configError(was) !== configError(this)) this.start();
  }

  protected override updated(): void {
    // A "Try again" held back by a rate limit comes back when the wait is over.
    const error = 'error' in this.state ? this.state.error : undefined;
    if (error?.retryAt && error.retryAt > Date.now())
      setTimeout(() => this.requestUpdate(), error.retryAt - Date.now());
    const outbox = this.outbox;
    this.outbox = [];
    for (const event of outbox) this.dispatchEvent(event);
    // The entered step is on screen now: focus and announce it.
    const move = this.entry;
    if (move === undefined || !this.i18n.ready) return;
    this.entry = undefined;
    void enterStep(this.renderRoot, move).then((heading) => (this.announcement = heading));
  }

  /** Starts the flow for the settings in force: fresh, from a stored state, or at a configuration error. */
  private start(): void {
    this.controller?.stop();
    this.startedWith = readSettings(this);
    this.store = new FlowStore(storageName(this));
    const config = configError(this);
    const snapshot = config ? undefined : this.store.read();
    this.send({ type: 'START', email: this.email, ...(snapshot ? { snapshot } : {}), ...(config ? { config } : {}) });
    // The email step needs nothing more than this chunk (its view is registered with the flow): the
    // rest loads once the first step is on screen, so that it never competes with what the person
    // waits for (a submit that comes first loads it).
    if (!this.controller) void this.updateComplete.then(afterPaint).then(() => this.attach());
  }

  /** Loads what comes after the first step (and every message of the locale) while it is on screen. */
  private readonly loadLater = retryable(async () => {
    const [later] = await Promise.all([import('../after-email.js'), loadLocale(this.i18n.lang)]);
    // Only now: the first step, on screen meanwhile, needs the first part of the messages only.
    this.i18n.include('flow');
    loaded = later;
    this.requestUpdate();
    return later;
  });

  private async attach(): Promise<void> {
    try {
      const later = await this.loadLater();
      if (this.controller) return; // attached by an earlier call
      this.controller = new later.FlowController(this.host);
      if (this.startedWith) this.controller.changed(undefined, this.state);
    } catch {
      // Offline: the email step says so, and the next submit tries again.
      this.send({ type: 'REQUEST_FAILED', error: { code: 'network', recoverable: true } });
    }
  }

  private send(event: FlowEvent): void {
    const previous = this.state;
    const next = transition(previous, event);
    if (next === previous) return;
    this.state = next;
    this.store.save(next, event);
    if (event.type === 'START' || next.step !== previous.step) this.entered(next, event);
    this.reported(previous, next, event);
    this.controller?.changed(previous, next, event);
  }

  /** A new step: the public events, its view's code (and the next one's), focus and announcement. */
  private entered(state: FlowState, event: FlowEvent): void {
    if (state.step === 'resuming') {
      this.step = undefined;
      return;
    }
    if (state.step !== 'email' && !loaded) {
      // Its view comes with the rest of the flow: the step is entered (and announced) once that is here.
      void this.loadLater().then(
        () => this.state === state && this.entered(state, event),
        () => undefined,
      );
      return;
    }
    const previous = this.firstEntry ? undefined : this.step;
    if (previous !== state.step) this.outbox.push(new SspStepChangeEvent(state.step, previous));
    this.step = state.step;
    loadViews(state.step);
    const product = this.product;
    if (state.step === 'ineligible') this.outbox.push(new SspIneligibleEvent(state.reason, product));
    // A purchase restored from storage (a reload of the last step) was reported when it completed.
    if (state.step === 'complete' && event.type !== 'START') {
      const { result } = state;
      if (result.kind === 'trial') {
        const { productId, purchaseId, clientReferenceId } = result;
        this.outbox.push(new SspTrialStartedEvent(productId, purchaseId, state.trialEndsAt, clientReferenceId));
      }
      this.outbox.push(new SspPurchaseCompleteEvent(result));
    }
    if (state.step === 'error' && loaded) {
      const { code, recoverable } = state.error;
      this.outbox.push(new SspErrorEvent(code, loaded.errorMessage(this.i18n, state.error, product), recoverable));
    }
    // The first step may be on screen before the flow started: never pull focus from a person typing.
    this.entry = !(this.firstEntry && this.matches(':focus-within'));
    this.firstEntry = false;
  }

  /** What a transition tells the host beyond the step it enters: a failed payment, a license request sent. */
  private reported(previous: FlowState, next: FlowState, event: FlowEvent): void {
    const failed = loaded?.failedPayment(previous, next, event);
    if (failed) this.outbox.push(new SspPaymentFailedEvent(failed));
    if (event.type === 'LICENSE_REQUEST_SENT' && next.step === 'ineligible')
      this.outbox.push(new SspLicenseRequestSentEvent(this.product));
  }

  /** All the controller may see of this element. */
  private readonly host: FlowHost = {
    settings: () => readSettings(this),
    state: () => this.state,
    send: (event) => this.send(event),
    idempotencyKey: (action) => this.store.key(action),
    confirming: (active) => this.dispatchEvent(new SspPaymentConfirmingEvent(active)),
    connected: () => this.isConnected,
    providedMount: () => this.paymentMount,
    container: this,
    lang: () => this.i18n.lang,
  };

  /** What the person did in a step view, as a machine event (sign-in must open within the click). */
  private readonly onStepEvent = (event: Event): void => {
    // Sign-in runs inside the click (a popup needs the user gesture); the rest are machine events.
    if (event.type === 'ssp-sign-in-request') return this.controller?.signIn();
    const action = machineEvent(event);
    if (action) this.send(action);
    if (action?.type === 'EMAIL_SUBMITTED' && !this.controller) void this.attach();
  };

  override render() {
    if (!this.i18n.ready) return html``;
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
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.renderStep()}
      </div>
    `;
  }

  /** The first step is the element's own (so nothing typed is lost when the rest arrives). */
  private renderStep() {
    const { state, product, i18n, messages } = this;
    const later = loaded;
    if (state.step === 'email') {
      // Before the rest has loaded, the only error the step can have is that it failed to load.
      const error = !state.error ? '' : later ? later.errorMessage(i18n, state.error) : i18n.t('errorNetwork');
      return html`<ssp-email-gate
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        product=${product}
        .email=${state.email}
        ?busy=${state.busy}
        error=${error}
        ?rejected=${state.error?.code === 'personal-email'}
        .messages=${messages}
      ></ssp-email-gate>`;
    }
    if (state.step === 'resuming' || !later) return html`<p class="muted" role="status">${i18n.t('loading')}</p>`;
    return later.renderStep({ state, product, i18n, messages, flow: this });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssp-purchase-flow': SspPurchaseFlow;
  }
}
