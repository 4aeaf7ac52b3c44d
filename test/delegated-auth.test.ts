// Its own file (its own page), so the module graph shows what this mode loads and nothing else.
import { expect, fixture, html } from '@open-wc/testing';
import { installFakeStripe } from '../mocks/fake-stripe.js';
import { issueTestToken } from '../mocks/tokens.js';
import type { SspPurchaseFlow } from '../src/components/purchase-flow/purchase-flow.js';
import { chooseSeats, freshWorld, payWithStripe, signIn, submitEmail, untilStep } from './helpers/flow.js';
import { mockCheckout, requestsTo } from './helpers/mock-checkout.js';

describe('host-delegated sign-in', () => {
  beforeEach(freshWorld);

  it('uses the host’s tokens and never loads MSAL', async () => {
    const mock = await mockCheckout();
    installFakeStripe(mock.service);
    const scopesAsked: string[][] = [];
    const getAccessToken = (scopes: string[]) => {
      scopesAsked.push(scopes);
      return issueTestToken('megan@contoso.com');
    };
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <ssp-purchase-flow
          product="visio-plan-1"
          api-base=${mock.baseUrl}
          stripe-key="pk_test_ssp_widgets"
          client-id="also-set-but-ignored"
          .getAccessToken=${getAccessToken}
        ></ssp-purchase-flow>
      </div>`,
    );
    const flow = wrapper.querySelector<SspPurchaseFlow>('ssp-purchase-flow')!;
    await submitEmail(flow, 'megan@contoso.com');
    await signIn(flow);
    await chooseSeats(flow, '1');
    await payWithStripe(flow, '4242 4242 4242 4242');
    await untilStep(flow, 'complete');
    expect(scopesAsked[0]).to.deep.equal(['api://ssp-checkout/Checkout.Purchase']);
    expect(requestsTo('/offer')[0]!.headers.get('Authorization')).to.match(/^Bearer /);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => /msal|lazy-msal|auth\/msal/i.test(url))).to.deep.equal([]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('msal.'))).to.deep.equal([]);
  });
});
