// Its own file (its own page): Stripe's loader remembers the first Stripe.js it finds.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import {
  chooseSeats,
  freshWorld,
  inStep,
  mountFlow,
  payWithStripe,
  signIn,
  stepView,
  submitEmail,
  untilStep,
} from './helpers/flow.js';

describe('Stripe.js failing to load', () => {
  beforeEach(freshWorld);

  it('shows a clear message with a retry, and the retry works once Stripe.js is reachable', async () => {
    expect((window as { Stripe?: unknown }).Stripe).to.equal(undefined);
    const harness = await mountFlow('power-bi-pro', { stripe: true });
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await chooseSeats(harness.flow, '1');
    await untilStep(harness.flow, 'payment');
    await waitUntil(() => stepView(harness.flow)?.shadowRoot?.querySelector('[part=error]'), 'load failure shown', {
      timeout: 10000,
    });
    expect(inStep(harness.flow, '[part=error]').textContent).to.match(/payment form couldn’t be loaded/);
    const retry = inStep<HTMLButtonElement>(harness.flow, 'button[part=button]');
    expect(retry.getAttribute('aria-disabled')).to.equal('false');
    await expect(stepView(harness.flow)).to.be.accessible();

    installFakeStripe((await mockCheckout()).service); // the network is back
    retry.click();
    await payWithStripe(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
  });
});
