import { expect } from '@open-wc/testing';
import { freshWorld, inStep, mountFlow, stepView, type, untilStep } from '../../../test/helpers/flow.js';
import { waitUntil } from '../../../test/helpers/wait.js';

// The flow shows its first step before its engine (machine, client, effects) has loaded. In a fresh
// page, as here, the engine is still on its way when the first test types and submits.
describe('<ssp-purchase-flow> first screen', () => {
  before(freshWorld);

  it('takes an email typed and submitted the moment the step appears, engine loaded or not', async () => {
    const { flow, events } = await mountFlow('power-bi-pro');
    await waitUntil(() => stepView(flow)?.shadowRoot?.querySelector('input[type=email]'), 'email field');
    type(inStep<HTMLInputElement>(flow, 'input[type=email]'), 'megan@contoso.com');
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click();
    await untilStep(flow, 'sign-in');
    const steps = events.filter((event) => event.type === 'ssp-step-change') as (Event & { step: string })[];
    expect(steps.map((event) => event.step)).to.deep.equal(['email', 'sign-in']);
  });

  it('shows "loading", not the email step, while a stored flow resumes, then the stored step', async () => {
    const final = {
      step: 'ineligible',
      reason: 'no-tenant',
      email: 'x@unknown.example',
      licenseRequest: 'unavailable',
    };
    sessionStorage.setItem(
      'ssp-widgets:flow:visio-plan-1',
      JSON.stringify({ v: 1, step: 'ineligible', email: final.email, keys: {}, final }),
    );
    const { flow } = await mountFlow('visio-plan-1');
    expect(stepView(flow)?.localName ?? null).to.not.equal('ssp-email-gate');
    await untilStep(flow, 'ineligible');
    expect(stepView(flow)!.localName).to.equal('ssp-ineligible-notice');
    sessionStorage.clear();
  });
});
