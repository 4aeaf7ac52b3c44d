// The checkout API on another origin than the page, as every real host has it: the mock service
// runs as an HTTP server of its own (CORS, preflight for Authorization and Idempotency-Key, exposed
// Retry-After), and its state outlives the page, so a reload mid-purchase can be tested.
import { expect } from '@open-wc/testing';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { remoteCheckout, type RemoteCheckout } from '../mocks/remote.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import { loadAll } from '../src/elements.js';
import { chooseSeats, inStep, mountStripeFlow, payWithStripe, signIn, submitEmail, untilStep } from './helpers/flow.js';

let remote: RemoteCheckout;

const mount = (auth = new TestAuthProvider()) => mountStripeFlow(remote.baseUrl, auth);

describe('across origins: the checkout service as an HTTP server of its own', () => {
  before(async () => {
    remote = (await remoteCheckout('cross-origin'))!;
    installFakeStripe(remote.payments);
    await loadAll();
  });
  beforeEach(async () => {
    await remote.reset();
    sessionStorage.clear();
  });

  it('runs on another origin than the page', () => {
    expect(new URL(remote.baseUrl).origin).to.not.equal(location.origin);
  });

  it('buys across origins (preflight for Authorization and Idempotency-Key), charged once', async () => {
    const flow = await mount();
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '2');
    await payWithStripe(flow, '4242424242424242');
    await untilStep(flow, 'complete', 15000);
    const [purchase, ...others] = await remote.ledger();
    expect(others).to.have.length(0);
    expect([purchase!.status, purchase!.quantity, purchase!.charges]).to.deep.equal(['active', 2, 1]);
    expect(purchase!.idempotencyKeys).to.have.length(1);
  });

  it('lets the page read Retry-After (exposed), and the flow waits it out', async () => {
    await remote.setFaults('offer:429=30');
    const direct = await fetch(`${remote.baseUrl}/v1/products/power-bi-pro/offer`);
    expect([direct.status, direct.headers.get('Retry-After')]).to.deep.equal([429, '30']);
    const flow = await mount();
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await untilStep(flow, 'error');
    expect(inStep(flow, '[part=error]').textContent).to.contain('30');
  });

  it('a reload while the purchase request is on its way lands on that one purchase', async () => {
    const auth = new TestAuthProvider();
    await remote.setFaults('purchase:latency=1200');
    let flow = await mount(auth);
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '3');
    await new Promise((resolve) => setTimeout(resolve, 200)); // the POST is in flight
    flow.parentElement!.remove(); // the page goes away; the server carries on
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await remote.ledger(), 'the server committed it').to.have.length(1);

    flow = await mount(auth);
    await untilStep(flow, 'seats');
    inStep<HTMLButtonElement>(flow, 'button[type=submit]').click(); // the same choice, the same key
    await payWithStripe(flow, '4242424242424242');
    await untilStep(flow, 'complete', 15000);
    const ledger = await remote.ledger();
    expect(ledger.map((p) => [p.status, p.quantity, p.charges])).to.deep.equal([['active', 3, 1]]);
  });
});
