// Its own file (its own page): the flow's engine must not have been loaded before this test.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { freshWorld, inStep, mountFlow, stepView, type, untilStep } from './helpers/flow.js';
import { mockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

describe('the flow’s engine failing to load', () => {
  before(freshWorld);

  it('keeps the email step with a clear message, and a second submit tries again', async () => {
    const mock = await mockCheckout();
    mock.worker.use(http.get(/\/purchase-flow\/engine\.(js|ts)/, () => HttpResponse.error()));
    const { flow } = await mountFlow('power-bi-pro');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    type(inStep<HTMLInputElement>(flow, 'input[type=email]'), 'megan@contoso.com');
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('[part=error]'), 'error shown');
    expect(inStep(flow, '[part=error]').textContent).to.contain('couldn’t reach the checkout service');
    expect(inStep<HTMLInputElement>(flow, 'input[type=email]').value, 'nothing typed is lost').to.equal(
      'megan@contoso.com',
    );
    expect(flow.getAttribute('step')).to.equal('email');

    mock.worker.resetHandlers(); // the network is back
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
    await untilStep(flow, 'sign-in');
  });
});
