// The flow's effects through their narrow interface: a plain object stands in for the element.
import { expect } from '@open-wc/testing';
import { FakePaymentProvider } from '../../../mocks/fake-payment.js';
import { TestAuthProvider } from '../../../mocks/test-auth.js';
import { mockCheckout, requestsTo, resetMockCheckout } from '../../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { applyDefaults, type HostSettings } from '../../shared/settings.js';
import { FlowController, type FlowHost } from './controller.js';
import type { FlowEvent, FlowState } from './flow-state.js';
import { initialState, transition } from './machine.js';

interface Harness {
  controller: FlowController;
  sent: FlowEvent['type'][];
  keys: Map<string, string>;
  mount: HTMLElement;
  state(): FlowState;
  /** What the element does with a person's action: a machine event, then the effects. */
  act(event: FlowEvent): void;
}

async function harness(): Promise<Harness> {
  const mock = await resetMockCheckout();
  sessionStorage.clear();
  const settings = {} as HostSettings;
  applyDefaults(settings);
  Object.assign(settings, {
    product: 'power-bi-pro',
    apiBase: mock.baseUrl,
    authProvider: new TestAuthProvider(),
    paymentProvider: new FakePaymentProvider(mock.service),
  });
  let state: FlowState = initialState();
  const sent: FlowEvent['type'][] = [];
  const keys = new Map<string, string>();
  const mount = document.createElement('div');
  document.body.append(mount);
  const send = (event: FlowEvent) => {
    sent.push(event.type);
    const previous = state;
    state = transition(previous, event);
    if (state !== previous) controller.changed(previous, state, event);
  };
  const host: FlowHost = {
    settings: () => settings,
    lang: () => 'en',
    state: () => state,
    send,
    idempotencyKey: (action) => {
      if (!keys.has(action)) keys.set(action, crypto.randomUUID());
      return keys.get(action)!;
    },
    confirming: () => undefined,
    connected: () => true,
    providedMount: () => mount,
    container: document.body,
  };
  const controller = new FlowController(host);
  return { controller, sent, keys, mount, state: () => state, act: send };
}

/** Email, sign-in and offer, as a person would go through them. */
async function toSeats(h: Harness): Promise<void> {
  h.act({ type: 'EMAIL_SUBMITTED', email: 'megan@contoso.com' });
  await waitUntil(() => h.state().step === 'sign-in' && isReady(h.state()), 'sign-in ready');
  h.controller.signIn();
  await waitUntil(() => h.state().step === 'seats', 'seats');
}

const isReady = (state: FlowState) => 'ready' in state && state.ready;

describe('flow controller (effects)', () => {
  before(() => mockCheckout());

  it('answers a submitted email with the tenant the service found, and readies sign-in', async () => {
    const h = await harness();
    h.act({ type: 'EMAIL_SUBMITTED', email: 'megan@contoso.com' });
    await waitUntil(() => isReady(h.state()), 'sign-in ready');
    expect(h.sent).to.deep.equal(['EMAIL_SUBMITTED', 'TENANT_FOUND', 'AUTH_READY']);
  });

  it('sends the purchase with the idempotency key the flow stored for that choice', async () => {
    const h = await harness();
    await toSeats(h);
    h.act({ type: 'SEATS_SUBMITTED', choice: { quantity: 2, planId: 'power-bi-pro:monthly' } });
    await waitUntil(() => h.state().step === 'payment', 'payment');
    expect([...h.keys.keys()]).to.deep.equal(['purchase:power-bi-pro:power-bi-pro:monthly:2']);
    const [post] = requestsTo('/v1/purchases', 'POST');
    expect(post!.headers.get('Idempotency-Key')).to.equal(h.keys.get('purchase:power-bi-pro:power-bi-pro:monthly:2'));
  });

  it('mounts the card form in the provided node, and takes it down when the step is left', async () => {
    const h = await harness();
    await toSeats(h);
    h.act({ type: 'SEATS_SUBMITTED', choice: { quantity: 1, planId: 'power-bi-pro:monthly' } });
    await waitUntil(() => h.state().step === 'payment' && isReady(h.state()), 'form ready');
    expect(h.mount.querySelector('input[name=cardnumber]')).to.exist;
    h.act({ type: 'BACK' });
    expect(h.state().step).to.equal('seats');
    expect(h.mount.childElementCount).to.equal(0);
  });

  it('drops the answers of a flow that was stopped (a restart)', async () => {
    const h = await harness();
    h.act({ type: 'EMAIL_SUBMITTED', email: 'megan@contoso.com' });
    h.controller.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requestsTo('/v1/tenant-lookups', 'POST'), 'the lookup was sent').to.have.length(1);
    expect(h.sent).to.deep.equal(['EMAIL_SUBMITTED']);
  });
});
