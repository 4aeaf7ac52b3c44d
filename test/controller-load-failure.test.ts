// Its own file (its own page): the flow's controller must not have been loaded before this test.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { loadElement } from '../src/elements.js';
import { inStep, mountFlow, stepView, type, untilStep } from './helpers/flow.js';
import { mockCheckout, resetMockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

describe('the flow’s effects failing to load', () => {
  // Not `freshWorld`: it loads every element, and the sign-in step travels with the flow's effects.
  before(async () => {
    await Promise.all([loadElement('ssp-purchase-flow'), resetMockCheckout()]);
    sessionStorage.clear();
  });

  it('keeps the email step with a clear message, and a second submit tries again', async () => {
    const mock = await mockCheckout();
    mock.worker.use(http.get(/\/purchase-flow\/controller\.(js|ts)/, () => HttpResponse.error()));
    const { flow } = await mountFlow('power-bi-pro');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    type(inStep<HTMLInputElement>(flow, 'input[type=email]'), 'megan@contoso.com');
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
    // The submit shows progress first (what is on screen before the click may already say why)…
    await flow.updateComplete;
    await (stepView(flow) as LitElement).updateComplete;
    // …then waits for the flow's code, which fails: the step is no longer busy and says why.
    const settled = () =>
      stepView(flow)?.shadowRoot?.querySelector('button[type=submit]')?.getAttribute('aria-disabled') === 'false';
    await waitUntil(() => settled() && stepView(flow)!.shadowRoot!.querySelector('[part=error]'), 'error shown');
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
