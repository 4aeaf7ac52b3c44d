// The events a product team's funnel counts: failed payments, trials, license requests, and the
// host's own client reference on the purchase. Paid through Stripe's loader over the fake Stripe.js.
import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import type {
  SspErrorEvent,
  SspLicenseRequestSentEvent,
  SspPaymentFailedEvent,
  SspPurchaseCompleteEvent,
  SspTrialStartedEvent,
} from '../src/shared/events.js';
import { nextEvent } from './helpers/events.js';
import {
  chooseSeats,
  eventsOf,
  freshWorld,
  inStep,
  mountFlow,
  payWithStripe,
  signIn,
  stepView,
  submitEmail,
  type,
  untilStep,
  type FlowHarness,
} from './helpers/flow.js';
import { contractViolations, mockCheckout, requestsTo } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

async function toPayment(harness: FlowHarness, email = 'megan@contoso.com'): Promise<void> {
  await submitEmail(harness.flow, email);
  await signIn(harness.flow);
  await chooseSeats(harness.flow, '2');
  await untilStep(harness.flow, 'payment');
}

/** The next failed-payment event, with the payment step's error message as it stood when it arrived. */
function nextFailure(harness: FlowHarness): Promise<{ event: SspPaymentFailedEvent; shown: string | null }> {
  return new Promise((resolve) =>
    document.addEventListener(
      'ssp-payment-failed',
      (event) => resolve({ event, shown: stepView(harness.flow)?.getAttribute('error') ?? null }),
      { once: true },
    ),
  );
}

async function clickInPage(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('host events', () => {
  beforeEach(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });
  afterEach(() => {
    expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
  });

  const declines: Array<[string, string, string, RegExp]> = [
    ['4000 0000 0000 0002', 'card_declined', 'generic_decline', /declined/],
    ['4000 0000 0000 9995', 'insufficient_funds', 'insufficient_funds', /insufficient funds/],
  ];
  for (const [card, code, declineCode, message] of declines) {
    it(`${card}: ssp-payment-failed (${code}, Stripe's ${declineCode}), recoverable, once the decline is shown`, async () => {
      const harness = await mountFlow('power-bi-pro', { stripe: true });
      await toPayment(harness);
      const failure = nextFailure(harness);
      await payWithStripe(harness.flow, card);
      const { event, shown } = await failure;
      const [purchase] = (await mockCheckout()).service.purchases();
      expect(event).to.include({
        code,
        declineCode,
        recoverable: true,
        productId: 'power-bi-pro',
        purchaseId: purchase!.id,
        bubbles: true,
        composed: true,
      });
      expect(shown, 'the decline is on screen when the event arrives').to.match(message);
      expect(eventsOf(harness.events, 'ssp-payment-failed')).to.have.length(1);
      expect(eventsOf(harness.events, 'ssp-purchase-complete')).to.have.length(0);
    });
  }

  it('4000 0027 6000 3184: a failed 3-D Secure check is ssp-payment-failed (authentication_failed), recoverable', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    await toPayment(harness);
    const failure = nextFailure(harness);
    await payWithStripe(harness.flow, '4000 0027 6000 3184');
    await waitUntil(() => document.querySelector('.fake-stripe-3ds'), 'challenge');
    await clickInPage(document.querySelectorAll('.fake-stripe-3ds button')[1]!);
    const { event } = await failure;
    expect(event).to.include({ code: 'authentication_failed', declineCode: undefined, recoverable: true });
  });

  it('a declined card then a good one: ssp-payment-failed once, ssp-purchase-complete once', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    await toPayment(harness);
    await payWithStripe(harness.flow, '4000 0000 0000 0002');
    await waitUntil(() => eventsOf(harness.events, 'ssp-payment-failed').length === 1, 'failed event');
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const types = harness.events
      .map((event) => event.type)
      .filter((name) => name === 'ssp-payment-failed' || name === 'ssp-purchase-complete');
    expect(types).to.deep.equal(['ssp-payment-failed', 'ssp-purchase-complete']);
  });

  it('no ssp-payment-failed when the card form errs on a purchase the service already has paid', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    await toPayment(harness);
    // Another tab paid this purchase meanwhile: Stripe answers this one with an error.
    const mock = await mockCheckout();
    mock.service.paymentSucceeded(mock.service.purchases()[0]!.payment!.clientSecret);
    await payWithStripe(harness.flow, '4000 0000 0000 0002');
    await untilStep(harness.flow, 'complete');
    expect(eventsOf(harness.events, 'ssp-payment-failed')).to.have.length(0);
    expect(eventsOf(harness.events, 'ssp-purchase-complete')).to.have.length(1);
  });

  it('chris@litware.com starts the Visio Plan 1 trial: ssp-trial-started, then ssp-purchase-complete (trial)', async () => {
    const harness = await mountFlow('visio-plan-1');
    harness.flow.clientReferenceId = 'crm-7781';
    await submitEmail(harness.flow, 'chris@litware.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'seats');
    const started = nextEvent(document, 'ssp-trial-started');
    inStep<HTMLButtonElement>(harness.flow, 'button[part=button]').click();
    const trial: SspTrialStartedEvent = await started;
    expect(stepView(harness.flow)?.localName, 'the last step is on screen').to.equal('ssp-purchase-complete');
    expect(trial).to.include({ productId: 'visio-plan-1', clientReferenceId: 'crm-7781', composed: true });
    expect(trial.purchaseId).to.match(/^tri_/);
    expect(Date.parse(trial.trialEndsAt!)).to.be.greaterThan(Date.now() + 29 * 86_400_000);
    await untilStep(harness.flow, 'complete');
    const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
    expect(complete).to.include({ kind: 'trial', purchaseId: trial.purchaseId, clientReferenceId: 'crm-7781' });
    expect(harness.events.map((event) => event.type).slice(-2)).to.deep.equal([
      'ssp-trial-started',
      'ssp-purchase-complete',
    ]);
    expect(requestsTo('/trials', 'POST')[0]!.body).to.deep.equal({
      productId: 'visio-plan-1',
      clientReferenceId: 'crm-7781',
    });
  });

  it('a license request: ssp-license-request-sent once the service accepted it, without its text', async () => {
    const mock = await mockCheckout();
    mock.faults.set('license-request', { kind: '500', times: 4 });
    const harness = await mountFlow('project-plan-3');
    await submitEmail(harness.flow, 'chris@litware.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'ineligible');
    type(inStep<HTMLTextAreaElement>(harness.flow, 'textarea'), 'Needed for the Q3 plan');
    inStep<HTMLButtonElement>(harness.flow, 'form button[type=submit]').click();
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('[part=error]'), 'refused', {
      timeout: 15000,
    });
    expect(eventsOf(harness.events, 'ssp-license-request-sent'), 'not before the service accepts').to.have.length(0);
    const sent = nextEvent(document, 'ssp-license-request-sent');
    inStep<HTMLButtonElement>(harness.flow, 'form button[type=submit]').click();
    const event: SspLicenseRequestSentEvent = await sent;
    expect(event).to.include({ productId: 'project-plan-3', bubbles: true, composed: true });
    expect(JSON.stringify({ ...event })).to.not.contain('Q3');
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('.sent'), 'sent shown');
    expect(eventsOf(harness.events, 'ssp-license-request-sent')).to.have.length(1);
  });

  it('client-reference-id goes with the purchase and comes back on ssp-purchase-complete', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    harness.flow.setAttribute('client-reference-id', 'order_2026-0042');
    await toPayment(harness);
    expect(requestsTo('/purchases', 'POST')[0]!.body).to.include({ clientReferenceId: 'order_2026-0042' });
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
    expect(complete!.clientReferenceId).to.equal('order_2026-0042');
    expect((await mockCheckout()).service.purchases()[0]!.clientReferenceId).to.equal('order_2026-0042');
  });

  it('no client-reference-id: none is sent, none comes back', async () => {
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    await toPayment(harness);
    expect(requestsTo('/purchases', 'POST')[0]!.body).to.not.have.property('clientReferenceId');
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
    expect(complete!.clientReferenceId).to.equal(undefined);
  });

  it('a client-reference-id the service would refuse is a visible configuration error; fixed, the flow starts again', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'seats');
    const failed = nextEvent(document, 'ssp-error');
    harness.flow.clientReferenceId = 'order 42 for megan@contoso.com';
    const error: SspErrorEvent = await failed;
    expect(error).to.include({ code: 'config-client-reference-id', recoverable: false });
    await untilStep(harness.flow, 'error');
    expect(harness.flow.shadowRoot!.querySelector('[part=error]')!.textContent).to.match(/client reference ID/);
    await expect(harness.flow).to.be.accessible();
    harness.flow.clientReferenceId = 'order-42';
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await chooseSeats(harness.flow, '1');
    await untilStep(harness.flow, 'payment');
    const sent = requestsTo('/purchases', 'POST').map((request) => request.body);
    expect(sent).to.deep.equal([
      { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 1, clientReferenceId: 'order-42' },
    ]);
  });
});
