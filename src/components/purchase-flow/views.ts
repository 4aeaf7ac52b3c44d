/**
 * The flow's templates for every step after the first: one step view per state, properties down
 * (events come back up). The flow renders its first step (and "loading") itself, so these load
 * with its effects, while the email step is on screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { LocalizeController, MessageOverrides } from '../../i18n/i18n.js';
import { errorMessage } from '../../i18n/messages.js';
import { SspNavigateEvent } from '../../shared/events.js';
import { STEP_EXPORTPARTS } from '../../shared/parts.js';
import { isConfigError, readSettings, type HostSettings } from '../../shared/settings.js';
import { createPaymentMount } from '../../payment/mount.js';
import { loadSubscriptionManager } from '../subscription-manager/load.js';
import type { FlowError, FlowState, StateOf } from './flow-state.js';

/** Every state but the flow's first step and "loading", which the flow renders itself. */
export type LaterState = Exclude<FlowState, { step: 'email' } | { step: 'resuming' }>;

export interface ViewContext {
  state: LaterState;
  product: string;
  i18n: LocalizeController;
  messages: MessageOverrides | undefined;
  /** The flow: its settings go to a subscription manager opened in the last step. */
  flow: HostSettings & HTMLElement & { paymentMount?: HTMLElement; requestUpdate(): void };
}

/** Complete steps whose "Assign licenses now" was chosen: they show the subscription manager. */
const managing = new WeakSet<object>();

/**
 * The subscription manager in the flow's last step, for the product just bought (its one
 * subscription opens at once), with the flow's settings (the same sign-in: no second one) and the
 * payment mount node forwarded as the card step's is.
 */
function managerView({ flow, i18n, state }: ViewContext & { state: StateOf<'complete'> }) {
  const mount = flow.paymentMount ?? flow.querySelector<HTMLElement>(':scope > .ssp-payment-mount')!;
  const settings = { ...readSettings(flow), product: state.result.productId, paymentMount: mount };
  return html`<ssp-subscription-manager
    data-step-view
    exportparts=${STEP_EXPORTPARTS}
    lang=${i18n.lang}
    ${ref((element) => element && Object.assign(element, settings))}
    ><slot name="payment" slot="payment"></slot
  ></ssp-subscription-manager>`;
}

function openManager(flow: ViewContext['flow'], state: object): void {
  if (!flow.paymentMount && !flow.querySelector(':scope > .ssp-payment-mount')) createPaymentMount(flow);
  // Its code first: the last step stays as it is (and its button works again) if it cannot load.
  void loadSubscriptionManager().then(
    () => {
      managing.add(state);
      flow.requestUpdate();
    },
    () => undefined,
  );
}

const navigate = (action: 'retry' | 'restart') => (event: Event) =>
  event.currentTarget?.dispatchEvent(new SspNavigateEvent(action));

/** A rate-limited request may be tried again only once the service's `Retry-After` has passed. */
export const waitMs = (error: FlowError | undefined) => Math.max(0, (error?.retryAt ?? 0) - Date.now());

function errorView({ state, i18n, product }: ViewContext & { state: StateOf<'error'> }) {
  const config = isConfigError(state.error.code);
  const message = errorMessage(i18n, state.error, product);
  return html`
    <h2 class="title" part="title" tabindex="-1">${config ? i18n.t('configTitle') : i18n.t('errorTitle')}</h2>
    <p class="error" part="error" role="alert">${message}</p>
    ${
      config
        ? nothing
        : html`<div class="actions">
            ${
              state.error.recoverable && state.from
                ? html`<button
                    class="button"
                    part="button"
                    type="button"
                    aria-disabled=${waitMs(state.error) > 0 ? 'true' : 'false'}
                    @click=${(event: Event) => waitMs(state.error) === 0 && navigate('retry')(event)}
                  >
                    ${i18n.t('retry')}
                  </button>`
                : nothing
            }
            <button
              class=${state.error.recoverable && state.from ? 'button secondary' : 'button'}
              type="button"
              @click=${navigate('restart')}
            >
              ${i18n.t('startOver')}
            </button>
          </div>`
    }
  `;
}

export function renderStep(context: ViewContext): TemplateResult {
  const { state, product, i18n, messages } = context;
  const error = 'error' in state && state.error && state.step !== 'error' ? errorMessage(i18n, state.error) : '';
  switch (state.step) {
    case 'sign-in':
      return html`<ssp-sign-in
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        email=${state.email}
        organization=${state.tenant.displayName}
        ?ready=${state.ready}
        ?busy=${state.busy}
        ?stalled=${state.stalled}
        error=${error}
        .messages=${messages}
      ></ssp-sign-in>`;
    case 'checking':
      // A way out while waiting: an interactive token request's window (rare, right after sign-in)
      // that the person closes never answers (MSAL cannot see it close).
      return html`<h2 class="title" part="title" tabindex="-1">${i18n.t('checkingTitle')}</h2>
        <div class="spinner" aria-hidden="true"></div>
        <div class="actions">
          <button class="button secondary" type="button" @click=${navigate('restart')}>${i18n.t('startOver')}</button>
        </div>`;
    case 'seats':
      return html`<ssp-seat-picker
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        .offer=${state.offer}
        .quantity=${state.choice.quantity}
        plan-id=${state.choice.planId}
        ?busy=${state.busy}
        error=${error}
        .messages=${messages}
      ></ssp-seat-picker>`;
    case 'payment':
      return html`<ssp-card-payment
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        product=${product}
        .quantity=${state.purchase.quantity}
        .amount=${state.purchase.amount}
        ?ready=${state.ready}
        ?busy=${state.busy}
        error=${error}
        .messages=${messages}
        ><slot name="payment" slot="payment"></slot
      ></ssp-card-payment>`;
    case 'processing':
      return html`<h2 class="title" part="title" tabindex="-1">${i18n.t('processingTitle')}</h2>
        <div class="spinner" aria-hidden="true"></div>
        <p role="status">${state.slow ? i18n.t('processingSlow') : nothing}</p>`;
    case 'complete':
      if (managing.has(state)) return managerView({ ...context, state });
      return html`<ssp-purchase-complete
        manage
        @ssp-navigate=${(event: SspNavigateEvent) => event.action === 'manage' && openManager(context.flow, state)}
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        product=${state.result.productId}
        .quantity=${state.result.quantity}
        .amount=${state.result.amount}
        currency=${state.result.currency}
        kind=${state.result.kind}
        trial-ends-at=${state.trialEndsAt ?? ''}
        admin-center-url=${state.adminCenterUrl ?? ''}
        .messages=${messages}
      ></ssp-purchase-complete>`;
    case 'ineligible':
      return html`<ssp-ineligible-notice
        data-step-view
        exportparts=${STEP_EXPORTPARTS}
        lang=${i18n.lang}
        reason=${state.reason}
        product=${product}
        organization=${state.tenantName ?? ''}
        admin-message=${state.adminContact?.message ?? ''}
        admin-url=${state.adminContact?.url ?? ''}
        license-request=${state.licenseRequest}
        error=${error}
        .messages=${messages}
      ></ssp-ineligible-notice>`;
    case 'error':
      return errorView({ ...context, state });
  }
}
