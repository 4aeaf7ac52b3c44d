// The server's purchase status is the only truth about money, and nobody is left stuck: what a
// hold-out fault run found, each as a person would meet it.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { SspBuyButton } from '../src/components/buy-button/buy-button.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { FakePaymentProvider } from '../mocks/fake-payment.js';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import {
  chooseSeats,
  eventsOf,
  freshWorld,
  inStep,
  mountFlow,
  pay,
  payWithStripe,
  signIn,
  stepView,
  submitEmail,
  untilStep,
} from './helpers/flow.js';
import { offerFixture } from './helpers/offers.js';
import { mockCheckout, resetMockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

async function toPayment(flow: SspPurchaseFlow, seats = '2'): Promise<void> {
  await submitEmail(flow, 'megan@contoso.com');
  await signIn(flow);
  await chooseSeats(flow, seats);
  await untilStep(flow, 'payment');
}

describe('reliability: money and never stuck', () => {
  before(async () => {
    await freshWorld();
    installFakeStripe((await mockCheckout()).service);
  });
  beforeEach(async () => {
    (await mockCheckout()).worker.resetHandlers();
    await resetMockCheckout();
    sessionStorage.clear();
  });

  it('two tabs, one purchase: the second Pay finds the purchase paid and completes, charged once', async () => {
    const auth = new TestAuthProvider();
    const first = await mountFlow('power-bi-pro', { auth, stripe: true });
    first.flow.flowId = 'tab-1';
    const second = await mountFlow('power-bi-pro', { auth, stripe: true });
    second.flow.flowId = 'tab-2';
    await toPayment(first.flow);
    await waitUntil(() => inStep(first.flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'ready');
    await toPayment(second.flow);
    const { service } = await mockCheckout();
    expect(service.purchases(), 'both tabs hold the same purchase').to.have.length(1);

    await payWithStripe(first.flow, '4242424242424242');
    await untilStep(first.flow, 'complete');
    await payWithStripe(second.flow, '4242424242424242');
    await untilStep(second.flow, 'complete');
    expect(stepView(second.flow)!.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    const purchases = service.purchases();
    expect(purchases.map((p) => p.status)).to.deep.equal(['active']);
  });

  it('reports a finished purchase once: reloading the last step does not fire ssp-purchase-complete again', async () => {
    const bought = await mountFlow('power-bi-pro');
    await toPayment(bought.flow);
    await pay(bought.flow, '4242424242424242');
    await untilStep(bought.flow, 'complete');
    expect(eventsOf(bought.events, 'ssp-purchase-complete')).to.have.length(1);
    for (let reload = 0; reload < 2; reload++) {
      bought.flow.parentElement!.remove();
      const again = await mountFlow('power-bi-pro', { auth: bought.auth });
      await untilStep(again.flow, 'complete');
      await again.flow.updateComplete;
      expect(eventsOf(again.events, 'ssp-purchase-complete'), `reload ${reload + 1}`).to.have.length(0);
      bought.flow = again.flow;
    }
  });

  it('shows an offer with a malformed currency as an error with a retry, not a blank step', async () => {
    const mock = await mockCheckout();
    mock.worker.use(
      http.get(`${mock.baseUrl}/v1/products/:productId/offer`, () =>
        HttpResponse.json(offerFixture({ currency: 'US$' })),
      ),
    );
    const { flow, events } = await mountFlow('power-bi-pro');
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'error');
    expect(inStep(flow, '[part=error]').textContent).to.contain('answer we didn’t understand');
    expect(inStep(flow, 'button[part=button]').textContent).to.contain('Try again');
    expect(eventsOf<Event & { code: string }>(events, 'ssp-error')[0]!.code).to.equal('bad-response');
    mock.worker.resetHandlers();
    inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
    await untilStep(flow, 'seats');
  });

  it('holds "Try again" back until a rate limit’s Retry-After has passed', async () => {
    const mock = await mockCheckout();
    mock.faults.set('offer', { kind: '429', value: 30, times: 1 });
    const { flow } = await mountFlow('power-bi-pro');
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'error');
    expect(inStep(flow, '[part=error]').textContent).to.contain('30');
    const retry = inStep<HTMLButtonElement>(flow, 'button[part=button]');
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    retry.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(flow.getAttribute('step'), 'a press does nothing yet').to.equal('error');
  });

  it('a lang that is not a language tag shows English with a warning, and nothing throws', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { flow } = await mountFlow('power-bi-pro', { lang: '<img src=x onerror=alert(1)>' });
      await toPayment(flow, '3');
      expect(inStep(flow, 'h2').textContent).to.contain('Pay');
      expect(stepView(flow)!.shadowRoot!.textContent).to.contain('$');
      expect(warnings.join('\n')).to.contain('not a language tag');
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
      window.removeEventListener('error', onError);
    }
  });

  it('closing the dialog while a paid purchase is confirmed is not a cancel; the purchase still completes', async () => {
    const mock = await mockCheckout();
    mock.service.processingMs = 1500;
    const button = document.createElement('ssp-buy-button') as SspBuyButton;
    Object.assign(button, {
      product: 'power-bi-pro',
      apiBase: mock.baseUrl,
      authProvider: new TestAuthProvider(),
      paymentProvider: new FakePaymentProvider(mock.service),
    });
    const seen: string[] = [];
    for (const type of ['ssp-cancel', 'ssp-purchase-complete']) button.addEventListener(type, () => seen.push(type));
    document.body.append(button);
    try {
      await button.show();
      const flow = button.shadowRoot!.querySelector('ssp-purchase-flow')!;
      await toPayment(flow, '1');
      await waitUntil(() => button.querySelector('.ssp-payment-mount input[name=cardnumber]'), 'card field');
      await waitUntil(() => inStep(flow, 'button[part=button]').getAttribute('aria-disabled') === 'false', 'pay ready');
      const card = button.querySelector<HTMLInputElement>('.ssp-payment-mount input[name=cardnumber]')!;
      card.value = '4242424242424242';
      card.dispatchEvent(new InputEvent('input', { bubbles: true }));
      inStep<HTMLButtonElement>(flow, 'button[part=button]').click();
      await untilStep(flow, 'processing');
      button.hide();
      await waitUntil(() => seen.includes('ssp-purchase-complete'), 'completed with the dialog closed');
      expect(seen).to.deep.equal(['ssp-purchase-complete']);
    } finally {
      button.remove();
    }
  });
});
