import { expect } from '@open-wc/testing';
import { nextEvent } from './helpers/events.js';
import { waitUntil } from './helpers/wait.js';
import { sendMouse } from '@web/test-runner-commands';
import { installFakeStripe, type FakeStripeLog } from '../mocks/fake-stripe.js';
import { MOCK_STORAGE_KEY } from '../mocks/service.js';
import type { SspPurchaseCompleteEvent } from '../src/shared/events.js';
import { mockCheckout, requestsTo } from './helpers/mock-checkout.js';
import {
  chooseSeats,
  eventsOf,
  freshWorld,
  inStep,
  mountFlow,
  payWithStripe,
  signIn,
  stepView,
  stripeField,
  submitEmail,
  untilStep,
  type FlowHarness,
} from './helpers/flow.js';

let stripe: FakeStripeLog;

async function toPayment(product = 'power-bi-pro', email = 'megan@contoso.com', seats = '2'): Promise<FlowHarness> {
  const harness = await mountFlow(product, { stripe: true });
  await submitEmail(harness.flow, email);
  await signIn(harness.flow);
  await chooseSeats(harness.flow, seats);
  await untilStep(harness.flow, 'payment');
  return harness;
}

async function shownError(harness: FlowHarness): Promise<string> {
  await waitUntil(() => stepView(harness.flow)?.shadowRoot?.querySelector('[part=error]'), 'error shown');
  await untilStep(harness.flow, 'payment');
  return inStep(harness.flow, '[part=error]').textContent!;
}

async function clickInPage(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** A buy button (paying through Stripe's loader) opened, signed in, with one seat chosen. */
async function buyButtonAtSeats() {
  const mock = await mockCheckout();
  const { fixture, html } = await import('@open-wc/testing');
  const { TestAuthProvider } = await import('../mocks/test-auth.js');
  const el = await fixture<HTMLElement>(
    html`<ssp-buy-button
      product="visio-plan-2"
      api-base=${mock.baseUrl}
      stripe-key="pk_test_ssp_widgets"
      .authProvider=${new TestAuthProvider()}
    ></ssp-buy-button>`,
  );
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('ssp-purchase-flow'), 'flow');
  const flow = el.shadowRoot!.querySelector('ssp-purchase-flow')!;
  await submitEmail(flow, 'megan@contoso.com');
  await signIn(flow);
  await chooseSeats(flow, '1');
  return { el, flow };
}

describe('card payment with Stripe (the real loader over a fake Stripe.js)', () => {
  beforeEach(async () => {
    await freshWorld();
    stripe = installFakeStripe((await mockCheckout()).service);
  });

  it('loads Stripe.js only from the seat step on, with the flow’s locale and theme', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true, lang: 'sv' });
    harness.flow.style.setProperty('--ssp-color-accent', '#5b2a86');
    await submitEmail(harness.flow, 'anna@contoso.se');
    await signIn(harness.flow);
    expect(stripe.constructed, 'no Stripe before the seat step').to.have.length(0);
    await untilStep(harness.flow, 'seats');
    await waitUntil(() => stripe.constructed.length === 1, 'prefetched on the seat step');
    expect(stripe.constructed[0]!.key).to.equal('pk_test_ssp_widgets');
    await chooseSeats(harness.flow, '1');
    await untilStep(harness.flow, 'payment');
    await waitUntil(() => stripe.elementsOptions.length === 1, 'elements created');
    const options = stripe.elementsOptions[0] as {
      locale: string;
      clientSecret: string;
      appearance: { variables: Record<string, string> };
    };
    expect(options.locale).to.equal('sv');
    expect(options.clientSecret).to.match(/^pi_\w+_secret_/);
    expect(options.appearance.variables.colorPrimary).to.equal('#5b2a86');
    expect(
      document.querySelector('script[src*="stripe.com"]'),
      'no script injected: the existing window.Stripe is used',
    ).to.equal(null);
  });

  it('mounts the card iframe in the page’s light DOM and keeps what was typed across re-renders', async () => {
    const harness = await toPayment();
    await payWithStripe(harness.flow, '4242 4242 4242 4242', false);
    const frame = document.querySelector('.ssp-payment-mount iframe')!;
    expect(frame.getRootNode()).to.equal(document);
    harness.flow.setAttribute('lang', 'sv');
    harness.flow.requestUpdate();
    await harness.flow.updateComplete;
    await waitUntil(() => inStep(harness.flow, 'h2').textContent === 'Betala med kreditkort', 're-rendered in Swedish');
    expect(document.querySelector('.ssp-payment-mount iframe')).to.equal(frame);
    expect(stripeField('number').value).to.equal('4242 4242 4242 4242');
    expect(stripe.mounts).to.equal(1);
  });

  it('makes at most 4 requests to the checkout API for a happy-path purchase', async () => {
    const mock = await mockCheckout();
    mock.service.processingMs = 1500; // the webhook takes its time: one long poll covers it
    const harness = await toPayment('visio-plan-1', 'megan@contoso.com', '2');
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const calls = requestsTo('').map((r) => `${r.method} ${new URL(r.url).pathname}`);
    expect(calls.length, calls.join('\n')).to.be.at.most(4);
    expect(calls).to.deep.equal([
      'POST /v1/tenant-lookups',
      'GET /v1/products/visio-plan-1/offer',
      'POST /v1/purchases',
      `GET /v1/purchases/${mock.service.purchases()[0]!.id}`,
    ]);
  });

  it('4242 4242 4242 4242 succeeds: processing, then complete with the right amount', async () => {
    const harness = await toPayment('power-bi-pro', 'megan@contoso.com', '3');
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
    expect(complete).to.include({ quantity: 3, amount: 4200, currency: 'USD' });
  });

  const declines: Array<[string, RegExp]> = [
    ['4000 0000 0000 0002', /Your card was declined/],
    ['4000 0000 0000 9995', /insufficient funds/],
    ['4000 0000 0000 0069', /has expired/],
    ['4000 0000 0000 0127', /security code is incorrect/],
    ['4000 0000 0000 0119', /couldn’t be processed/],
  ];
  for (const [card, message] of declines) {
    it(`${card} is refused with a clear message, and the same payment then succeeds`, async () => {
      const harness = await toPayment();
      await payWithStripe(harness.flow, card);
      expect(await shownError(harness)).to.match(message);
      await expect(stepView(harness.flow)).to.be.accessible();
      await payWithStripe(harness.flow, '4242 4242 4242 4242');
      await untilStep(harness.flow, 'complete');
      const purchases = (await mockCheckout()).service.purchases();
      expect(purchases).to.have.length(1);
      expect(requestsTo('/purchases', 'POST')).to.have.length(1);
      expect(stripe.elementsOptions.map((o) => o.clientSecret)).to.have.length(1);
    });
  }

  it('asks for the missing card details instead of sending them', async () => {
    const harness = await toPayment();
    await payWithStripe(harness.flow, '4242');
    expect(await shownError(harness)).to.match(/Complete your card details/);
  });

  it('4000 0027 6000 3184: 3-D Secure completed in the challenge (clicked with the mouse, from the dialog)', async () => {
    const { el, flow } = await buyButtonAtSeats();
    await payWithStripe(flow, '4000 0027 6000 3184');
    await waitUntil(() => document.querySelector('.fake-stripe-3ds button'), '3-D Secure challenge shown');
    // A real click: it only lands if the challenge is not covered by the modal dialog's top layer.
    await clickInPage(document.querySelector('.fake-stripe-3ds button')!);
    await untilStep(flow, 'complete');
    // The dialog steps back into the top layer once the step-down code (a lazy chunk) has run.
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')!.matches(':modal'), 'modal again afterwards');
  });

  it('closes the buy button’s dialog on Escape pressed inside the card form’s iframe', async () => {
    const { el, flow } = await buyButtonAtSeats();
    const cancelled = nextEvent(el, 'ssp-cancel');
    await untilStep(flow, 'payment');
    await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'form ready');
    const field = stripeField('number', el);
    field.focus();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect((await cancelled).step).to.equal('payment');
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
  });

  it('4000 0027 6000 3184: 3-D Secure failed, explained, then paid on the same payment', async () => {
    const harness = await toPayment();
    await payWithStripe(harness.flow, '4000 0027 6000 3184');
    await waitUntil(() => document.querySelector('.fake-stripe-3ds'), 'challenge');
    await clickInPage(document.querySelectorAll('.fake-stripe-3ds button')[1]!);
    expect(await shownError(harness)).to.match(/bank couldn’t verify/);
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    expect((await mockCheckout()).service.purchases()).to.have.length(1);
  });

  it('confirms once when Pay is double-clicked', async () => {
    const harness = await toPayment();
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    inStep<HTMLButtonElement>(harness.flow, 'button[part=button]').click();
    inStep<HTMLButtonElement>(harness.flow, 'button[part=button]').click();
    await untilStep(harness.flow, 'complete');
    expect(stripe.confirmCalls).to.equal(1);
  });

  it('says "checking payment status" when confirmation is slow, and resumes after a reload without paying again', async () => {
    const mock = await mockCheckout();
    mock.service.processingMs = 60_000;
    mock.faults.set('status', { kind: 'latency', value: 9000, times: 1 });
    let harness = await toPayment();
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'processing');
    await waitUntil(
      () => harness.flow.shadowRoot!.textContent!.includes('Still checking the payment status'),
      'slow notice',
      { timeout: 15000 },
    );
    expect(harness.flow.shadowRoot!.textContent).to.not.match(/failed/i);
    harness.flow.parentElement!.remove();

    harness = await mountFlow('power-bi-pro', { stripe: true, auth: harness.auth });
    await untilStep(harness.flow, 'processing');
    mock.service.advanceTime(60_000);
    await untilStep(harness.flow, 'complete', 10000);
    expect(stripe.confirmCalls).to.equal(1);
    expect(stripe.mounts).to.equal(1);
    expect(mock.service.purchases()).to.have.length(1);
  });

  it('resumes from a 3-D Secure redirect return and strips its parameters from the URL', async () => {
    let harness = await toPayment();
    const purchase = (await mockCheckout()).service.purchases()[0]!;
    harness.flow.parentElement!.remove();
    (await mockCheckout()).service.paymentSucceeded(purchase.payment!.clientSecret);
    const before = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}${location.search ? '&' : '?'}payment_intent=pi_x&payment_intent_client_secret=pi_x_secret_y&redirect_status=succeeded`,
    );
    harness = await mountFlow('power-bi-pro', { stripe: true, auth: harness.auth });
    await untilStep(harness.flow, 'complete', 10000);
    expect(location.href).to.equal(before);
  });

  it('leaves nothing secret in sessionStorage or localStorage after a purchase', async () => {
    const harness = await toPayment();
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const stored: string[] = [];
    for (const storage of [sessionStorage, localStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        if (key === MOCK_STORAGE_KEY) continue; // the mock *server's* database, not the widget's
        stored.push(`${key}=${storage.getItem(key)}`);
      }
    }
    expect(stored.join('\n')).to.not.match(/_secret_|eyJ|4242|123|pk_test/);
  });
});
