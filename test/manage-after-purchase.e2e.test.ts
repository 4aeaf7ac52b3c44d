// The purchase's end leads to assigning: megan@contoso.com buys 3 Power BI Pro licenses in the flow
// and assigns them from the complete step's "Assign licenses now", in the flow and in the buy
// button's dialog, with the flow's own sign-in (no second one).
import { expect } from '@open-wc/testing';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { TestAuthProvider } from '../mocks/test-auth.js';
import type { SspSubscriptionManager } from '../src/components/subscription-manager/subscription-manager.js';
import {
  chooseSeats,
  freshWorld,
  mountStripeFlow,
  payWithStripe,
  signIn,
  submitEmail,
  untilStep,
} from './helpers/flow.js';
import { contractViolations, mockCheckout } from './helpers/mock-checkout.js';
import { waitUntil } from './helpers/wait.js';

const words = (root: ParentNode) => (root.textContent ?? '').replace(/\s+/g, ' ');

describe('from the complete step to the subscription manager', function () {
  this.timeout(40000);
  beforeEach(freshWorld);
  afterEach(() => expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]));

  it('states what happens next, then assigns the 3 new licenses from “Assign licenses now”', async () => {
    const mock = await mockCheckout();
    installFakeStripe(mock.service);
    const auth = new TestAuthProvider();
    const flow = await mountStripeFlow(mock.baseUrl, auth);
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '3');
    await payWithStripe(flow, '4242 4242 4242 4242');
    await untilStep(flow, 'complete', 15000);
    const complete = flow.shadowRoot!.querySelector('ssp-purchase-complete')!;
    await complete.updateComplete;
    const text = words(complete.shadowRoot!);
    expect(text).to.contain('A receipt is on its way').and.contain('renews automatically');
    const links = [...complete.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(links).to.include.members(['Purchase terms', 'Standard support from Microsoft', 'Power BI Pro training']);

    const manage = [...complete.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Assign licenses now',
    )!;
    manage.click();
    const manager = () => flow.shadowRoot!.querySelector<SspSubscriptionManager>('ssp-subscription-manager');
    await waitUntil(() => manager()?.shadowRoot?.querySelector('#licenses-title'), 'the manager');
    const root = manager()!.shadowRoot!;
    expect(words(root)).to.contain('Power BI Pro').and.contain('0 of 3 licenses assigned');
    expect(auth.signInCalls).to.equal(1);

    // Three colleagues, found one search at a time (those picked stay picked).
    for (const name of ['Nina', 'Omar', 'Tom']) {
      const search = root.querySelector<HTMLInputElement>('#people-search')!;
      search.value = name;
      search.dispatchEvent(new InputEvent('input'));
      await waitUntil(() => words(root.querySelector('.results') ?? root).includes(`${name} `), `${name} found`);
      const box = [...root.querySelectorAll<HTMLInputElement>('.results input')].find((input) =>
        input.labels![0]!.textContent!.includes(name),
      )!;
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    }
    await manager()!.updateComplete;
    [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Assign 3 licenses')!.click();
    await waitUntil(() => words(root).includes('3 of 3 licenses assigned'), 'three assigned');
    expect(flow.getAttribute('step')).to.equal('complete');
  });
});
