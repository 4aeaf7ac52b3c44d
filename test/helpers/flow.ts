/** Drives `<ssp-purchase-flow>` as a person would: through its step views' fields and buttons. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { LitElement } from 'lit';
import { FakePaymentProvider } from '../../mocks/fake-payment.js';
import { TestAuthProvider } from '../../mocks/test-auth.js';
import type { SspPurchaseFlow } from '../../src/components/purchase-flow/purchase-flow.js';
import { loadAll } from '../../src/elements.js';
import { loadLocale } from '../../src/i18n/i18n.js';
import { FLOW_EVENTS, type Step } from '../../src/shared/events.js';
import { mockCheckout, resetMockCheckout } from './mock-checkout.js';

export interface FlowHarness {
  flow: SspPurchaseFlow;
  auth: TestAuthProvider;
  payment: FakePaymentProvider;
  events: Event[];
}

let listeners: Array<[string, (event: Event) => void]> = [];

export async function freshWorld(): Promise<void> {
  await Promise.all([loadAll(), loadLocale('sv')]);
  await resetMockCheckout();
  sessionStorage.clear();
}

export async function mountFlow(
  product: string,
  options: { lang?: string; auth?: TestAuthProvider; stripe?: boolean } = {},
): Promise<FlowHarness> {
  const mock = await mockCheckout();
  const auth = options.auth ?? new TestAuthProvider();
  const payment = new FakePaymentProvider(mock.service);
  const events: Event[] = [];
  // Listening on the document before the flow exists: events fired while it starts are seen too.
  for (const [type, listener] of listeners) document.removeEventListener(type, listener);
  listeners = FLOW_EVENTS.map((type) => [type, (event: Event) => events.push(event)]);
  for (const [type, listener] of listeners) document.addEventListener(type, listener);
  const wrapper = await fixture<HTMLElement>(
    options.stripe
      ? html`<div lang=${options.lang ?? 'en'}>
          <ssp-purchase-flow
            product=${product}
            api-base=${mock.baseUrl}
            stripe-key="pk_test_ssp_widgets"
            .authProvider=${auth}
          ></ssp-purchase-flow>
        </div>`
      : html`<div lang=${options.lang ?? 'en'}>
          <ssp-purchase-flow
            product=${product}
            api-base=${mock.baseUrl}
            .authProvider=${auth}
            .paymentProvider=${payment}
          ></ssp-purchase-flow>
        </div>`,
  );
  const flow = wrapper.querySelector('ssp-purchase-flow')!;
  return { flow, auth, payment, events };
}

/** An inline flow paying through Stripe's loader (over the fake Stripe.js) against `apiBase`. */
export async function mountStripeFlow(apiBase: string, auth: TestAuthProvider, flowId = ''): Promise<SspPurchaseFlow> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en">
      <ssp-purchase-flow
        product="power-bi-pro"
        flow-id=${flowId}
        api-base=${apiBase}
        stripe-key="pk_test_ssp_widgets"
        .authProvider=${auth}
      ></ssp-purchase-flow>
    </div>`,
  );
  return wrapper.querySelector('ssp-purchase-flow')!;
}

export async function untilStep(flow: SspPurchaseFlow, step: Step, timeout = 8000): Promise<void> {
  await waitUntil(() => flow.getAttribute('step') === step, `step ${step} (at ${flow.getAttribute('step')})`, {
    timeout,
  });
  await flow.updateComplete;
  const view = stepView(flow);
  if (view) await (view as LitElement).updateComplete;
}

/** The current step's view element. */
export function stepView(flow: SspPurchaseFlow): HTMLElement | null {
  return flow.shadowRoot!.querySelector<HTMLElement>('[data-step-view]');
}

/** An element inside the current step view's shadow root (or the flow's own, for inline steps). */
export function inStep<T extends Element = HTMLElement>(flow: SspPurchaseFlow, selector: string): T {
  const view = stepView(flow);
  const found = (view?.shadowRoot ?? flow.shadowRoot!).querySelector<T>(selector);
  if (!found) throw new Error(`${selector} not found in step ${flow.getAttribute('step')}`);
  return found;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export async function submitEmail(flow: SspPurchaseFlow, email: string): Promise<void> {
  await untilStep(flow, 'email');
  type(inStep<HTMLInputElement>(flow, 'input[type=email]'), email);
  inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
}

export async function signIn(flow: SspPurchaseFlow): Promise<void> {
  await untilStep(flow, 'sign-in');
  await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'sign-in ready');
  inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
}

export async function chooseSeats(flow: SspPurchaseFlow, quantity: string): Promise<void> {
  await untilStep(flow, 'seats');
  type(inStep<HTMLInputElement>(flow, '#quantity'), quantity);
  inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
}

export function cardField(): HTMLInputElement {
  const field = document.querySelector<HTMLInputElement>('.ssp-payment-mount input[name=cardnumber]');
  if (!field) throw new Error('card field not mounted');
  return field;
}

export async function pay(flow: SspPurchaseFlow, card: string): Promise<void> {
  await untilStep(flow, 'payment');
  await waitUntil(() => document.querySelector('.ssp-payment-mount input[name=cardnumber]'), 'card field');
  await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'pay ready');
  type(cardField(), card);
  inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
}

export function eventsOf<T extends Event>(events: Event[], type: string): T[] {
  return events.filter((e) => e.type === type) as T[];
}

/** The fake Stripe iframe's fields (same-origin srcdoc, as a stand-in for Stripe's iframe). */
export function stripeField(name: 'number' | 'expiry' | 'cvc', root: ParentNode = document): HTMLInputElement {
  const frame = root.querySelector<HTMLIFrameElement>('.ssp-payment-mount iframe.fake-stripe-frame');
  const field = frame?.contentDocument?.querySelector<HTMLInputElement>(`input[name=${name}]`);
  if (!field) throw new Error('Stripe card field not mounted');
  return field;
}

export async function payWithStripe(flow: SspPurchaseFlow, card: string, click = true): Promise<void> {
  await untilStep(flow, 'payment');
  await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'pay ready');
  // The flow's own mount node, or the page's (a buy button hosts it for the flow in its dialog).
  const root = flow.querySelector('.ssp-payment-mount') ? flow : document;
  for (const [name, value] of [
    ['number', card],
    ['expiry', '12 / 34'],
    ['cvc', '123'],
  ] as const) {
    const field = stripeField(name, root);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  if (click) inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
}
