import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers/wait.js';
import type { SspIneligibleEvent, SspPurchaseCompleteEvent, SspStepChangeEvent } from '../src/shared/events.js';
import { mockCheckout, requestsTo } from './helpers/mock-checkout.js';
import {
  chooseSeats,
  eventsOf,
  freshWorld,
  inStep,
  mountFlow,
  pay,
  signIn,
  stepView,
  submitEmail,
  untilStep,
  type FlowHarness,
} from './helpers/flow.js';

async function ineligibleReason(harness: FlowHarness): Promise<string> {
  await untilStep(harness.flow, 'ineligible');
  const [event] = eventsOf<SspIneligibleEvent>(harness.events, 'ssp-ineligible');
  return event!.reason;
}

async function buy(harness: FlowHarness, email: string, seats: string, card = '4242 4242 4242 4242') {
  await submitEmail(harness.flow, email);
  await signIn(harness.flow);
  await chooseSeats(harness.flow, seats);
  await pay(harness.flow, card);
  await untilStep(harness.flow, 'complete');
  const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
  return complete!;
}

describe('purchase flow end to end (mock service, test sign-in, fake payment)', () => {
  beforeEach(freshWorld);

  const purchases: Array<[string, string, string, number, string, string]> = [
    ['megan@contoso.com', 'power-bi-pro', '3', 4200, 'USD', 'purchase'],
    ['anna@contoso.se', 'visio-plan-1', '2', 11120, 'SEK', 'purchase'],
    ['synced.lee@contoso.com', 'project-plan-3', '1', 3000, 'USD', 'purchase'],
    ['joao@woodgrove.com.br', 'power-bi-pro', '4', 29200, 'BRL', 'purchase'],
    ['amani@tailspin.cd', 'power-apps-per-user', '2', 4000, 'USD', 'purchase'],
    ['yuki@contoso.jp', 'visio-plan-2', '2', 4496, 'JPY', 'purchase'],
    ['owner@northwind.com', 'power-bi-pro', '2', 2800, 'USD', 'add-licenses'],
  ];
  for (const [email, product, seats, amount, currency, kind] of purchases) {
    it(`${email} buys ${seats} × ${product}`, async () => {
      const harness = await mountFlow(product);
      const complete = await buy(harness, email, seats);
      expect(complete).to.include({ productId: product, quantity: Number(seats), amount, currency, kind });
      expect(complete.purchaseId).to.match(/^pur_/);
      const summary = inStep(harness.flow, '.summary').textContent!;
      expect(summary).to.contain(seats);
      await expect(stepView(harness.flow)).to.be.accessible();
    });
  }

  const ineligible: Array<[string, string, string]> = [
    ['guest.kim@contoso.com', 'power-bi-pro', 'guest-user'],
    ['ravi@fabrikam.in', 'power-bi-pro', 'market-unavailable'],
    ['ravi@fabrikam.in', 'visio-plan-1', 'market-unavailable'],
    ['joao@woodgrove.com.br', 'project-plan-3', 'market-unavailable'],
    ['amani@tailspin.cd', 'visio-plan-2', 'market-unavailable'],
    ['chris@litware.com', 'project-plan-3', 'disabled-by-admin'],
    ['chris@litware.com', 'visio-plan-2', 'disabled-by-admin'],
    ['chris@litware.com', 'power-bi-pro', 'trials-only'],
  ];
  for (const [email, product, reason] of ineligible) {
    it(`${email} cannot buy ${product}: ${reason}`, async () => {
      const harness = await mountFlow(product);
      await submitEmail(harness.flow, email);
      await signIn(harness.flow);
      expect(await ineligibleReason(harness)).to.equal(reason);
      await expect(stepView(harness.flow)).to.be.accessible();
    });
  }

  const beforeSignIn: Array<[string, string]> = [
    ['sam@treyresearch.gov', 'government-tenant'],
    ['lena@school.edu', 'education-tenant'],
    ['pat@adatum.net', 'unmanaged-tenant'],
    ['someone@gmail.com', 'personal-email'],
    ['x@unknown.example', 'no-tenant'],
  ];
  for (const [email, reason] of beforeSignIn) {
    it(`${email} is stopped before sign-in: ${reason}`, async () => {
      const harness = await mountFlow('visio-plan-1');
      await submitEmail(harness.flow, email);
      expect(await ineligibleReason(harness)).to.equal(reason);
      expect(harness.auth.signInCalls).to.equal(0);
      const steps = eventsOf<SspStepChangeEvent>(harness.events, 'ssp-step-change').map((e) => e.step);
      expect(steps).to.not.include('sign-in');
    });
  }

  it('shows Litware the admin’s message and link, and sends a license request', async () => {
    const harness = await mountFlow('project-plan-3');
    await submitEmail(harness.flow, 'chris@litware.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'ineligible');
    expect(inStep(harness.flow, 'blockquote').textContent).to.match(/IT service portal/);
    expect(inStep<HTMLAnchorElement>(harness.flow, 'a[href]').href).to.equal(
      'https://it.litware.com/software-requests',
    );
    inStep<HTMLButtonElement>(harness.flow, 'form button[type=submit]').click();
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('.sent'), 'request sent');
    expect(requestsTo('/license-requests', 'POST')).to.have.length(1);
    await expect(stepView(harness.flow)).to.be.accessible();
  });

  it('starts Litware’s Visio Plan 1 trial with no payment step', async () => {
    const harness = await mountFlow('visio-plan-1');
    await submitEmail(harness.flow, 'chris@litware.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'seats');
    const button = inStep<HTMLButtonElement>(harness.flow, 'button[part=button]');
    expect(button.textContent!.trim()).to.equal('Start free trial');
    await expect(stepView(harness.flow)).to.be.accessible();
    button.click();
    await untilStep(harness.flow, 'complete');
    const [complete] = eventsOf<SspPurchaseCompleteEvent>(harness.events, 'ssp-purchase-complete');
    expect(complete).to.include({ kind: 'trial', amount: 0, productId: 'visio-plan-1' });
    const steps = eventsOf<SspStepChangeEvent>(harness.events, 'ssp-step-change').map((e) => e.step);
    expect(steps).to.not.include('payment');
    expect(requestsTo('/purchases', 'POST')).to.have.length(0);
  });

  it('confirms once when Pay is double-clicked', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await chooseSeats(harness.flow, '2');
    await pay(harness.flow, '4242424242424242');
    inStep<HTMLButtonElement>(harness.flow, 'button[part=button]').click();
    inStep<HTMLButtonElement>(harness.flow, 'button[part=button]').click();
    await untilStep(harness.flow, 'complete');
    expect(harness.payment.confirmCalls).to.equal(1);
    expect(eventsOf(harness.events, 'ssp-purchase-complete')).to.have.length(1);
    expect((await mockCheckout()).service.purchases()).to.have.length(1);
  });

  it('shows a decline and succeeds on the same payment with another card', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await chooseSeats(harness.flow, '1');
    await pay(harness.flow, '4000 0000 0000 0002');
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('[part=error]'), 'decline shown');
    expect(inStep(harness.flow, '[part=error]').textContent).to.match(/declined/);
    await expect(stepView(harness.flow)).to.be.accessible();
    await pay(harness.flow, '4242 4242 4242 4242');
    await untilStep(harness.flow, 'complete');
    expect((await mockCheckout()).service.purchases()).to.have.length(1);
    expect(requestsTo('/purchases', 'POST')).to.have.length(1);
  });

  it('resumes after a reload at the payment step, on the same purchase', async () => {
    let harness = await mountFlow('visio-plan-2');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await chooseSeats(harness.flow, '5');
    await untilStep(harness.flow, 'payment');
    const stored = sessionStorage.getItem('ssp-widgets:flow:visio-plan-2')!;
    expect(stored).to.not.match(/secret|eyJ|4242/);
    harness.flow.parentElement!.remove();

    harness = await mountFlow('visio-plan-2', { auth: harness.auth });
    await untilStep(harness.flow, 'payment');
    expect(inStep(harness.flow, 'p').textContent).to.contain('5 licenses of Visio Plan 2');
    await pay(harness.flow, '4242424242424242');
    await untilStep(harness.flow, 'complete');
    expect((await mockCheckout()).service.purchases()).to.have.length(1);
  });

  it('keeps two flows for the same product apart with flow-id', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await untilStep(harness.flow, 'sign-in');
    const other = await mountFlow('power-bi-pro');
    other.flow.setAttribute('flow-id', 'inline');
    other.flow.reset();
    await untilStep(other.flow, 'email');
    expect(sessionStorage.getItem('ssp-widgets:flow:power-bi-pro')).to.contain('"step":"sign-in"');
    expect(sessionStorage.getItem('ssp-widgets:flow:power-bi-pro:inline')).to.contain('"step":"email"');
  });

  it('shows an already active purchase as complete after a reload, never as a new payment', async () => {
    let harness = await mountFlow('power-bi-pro');
    await buy(harness, 'megan@contoso.com', '2');
    harness.flow.parentElement!.remove();
    harness = await mountFlow('power-bi-pro', { auth: harness.auth });
    await untilStep(harness.flow, 'complete');
    expect(harness.payment.mounts).to.equal(0);
  });

  it('keeps the email and explains an invalid one without calling the service', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@@contoso.com');
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('[part=error]'), 'error shown');
    const input = inStep<HTMLInputElement>(harness.flow, 'input[type=email]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value).to.equal('megan@@contoso.com');
    expect(requestsTo('/tenant-lookups')).to.have.length(0);
    await expect(stepView(harness.flow)).to.be.accessible();
  });

  it('refuses invalid seat counts inline and sends nothing', async () => {
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    for (const [bad, message] of [
      ['', /Enter the number/],
      ['0', /at least 1/],
      ['-2', /whole number/],
      ['2.5', /whole number/],
      ['abc', /whole number/],
      ['1e9', /whole number/],
      ['101', /at most 100/],
    ] as const) {
      await chooseSeats(harness.flow, bad);
      await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('[part=error]'), `error for ${bad}`);
      expect(inStep(harness.flow, '[part=error]').textContent, bad).to.match(message);
    }
    expect(requestsTo('/purchases', 'POST')).to.have.length(0);
    await expect(stepView(harness.flow)).to.be.accessible();
  });

  it('shows a retry when the offer cannot be loaded, and recovers', async () => {
    const mock = await mockCheckout();
    mock.faults.set('offer', { kind: '500', times: 4 });
    const harness = await mountFlow('power-bi-pro');
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'error', 15000);
    expect(harness.flow.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/Try again/);
    await expect(harness.flow).to.be.accessible();
    harness.flow.shadowRoot!.querySelector<HTMLButtonElement>('button[part=button]')!.click();
    await untilStep(harness.flow, 'seats');
  });

  it('explains a blocked sign-in popup and lets the person try again', async () => {
    const harness = await mountFlow('power-bi-pro');
    harness.auth.failNext = 'popup-blocked';
    await submitEmail(harness.flow, 'megan@contoso.com');
    await signIn(harness.flow);
    await waitUntil(() => stepView(harness.flow)!.shadowRoot!.querySelector('[part=error]'), 'error shown');
    expect(inStep(harness.flow, '[part=error]').textContent).to.match(/blocked the sign-in window/);
    await signIn(harness.flow);
    await untilStep(harness.flow, 'seats');
  });

  it('speaks Swedish with SEK after the number', async () => {
    const harness = await mountFlow('power-bi-pro', { lang: 'sv' });
    await submitEmail(harness.flow, 'anna@contoso.se');
    await signIn(harness.flow);
    await untilStep(harness.flow, 'seats');
    expect(inStep(harness.flow, '.title').textContent).to.equal('Hur många licenser?');
    expect(inStep(harness.flow, 'output').textContent!.replace(/\s/g, ' ')).to.match(/156,00 kr per månad/);
  });

  it('shows a visible configuration error and emits ssp-error for an unknown product', async () => {
    const harness = await mountFlow('office-xyz');
    await untilStep(harness.flow, 'error');
    const [error] = eventsOf<Event & { code: string; recoverable: boolean }>(harness.events, 'ssp-error');
    expect(error).to.include({ code: 'config-product', recoverable: false });
    expect(harness.flow.shadowRoot!.textContent).to.contain('“office-xyz”');
  });
});
