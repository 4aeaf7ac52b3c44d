// Its own page: nothing after the flow's first chunk may have been loaded before this test.
import { expect } from '@open-wc/testing';
import { clickUntilEmailUsable, msalBuyButton } from './helpers/email-step.js';
import { waitUntil } from './helpers/wait.js';

/** What a usable email step must not wait for, nor compete with: the flow's effects, the later steps, MSAL. */
const LATER = /\/components\/(after-email|checkout-steps)\.|\/purchase-flow\/controller\.|@azure\/msal-browser/;
const MSAL = /@azure\/msal-browser/;

function requested(pattern: RegExp): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => pattern.test(e.name));
}

describe('what a click on the buy button requests', () => {
  it('asks for nothing large before the email field is usable; SDK-owned sign-in loads MSAL afterwards, unasked', async function () {
    this.timeout(30000);
    performance.setResourceTimingBufferSize(10000); // the test page loads hundreds of modules
    const button = await msalBuyButton();
    const usableAt = await clickUntilEmailUsable(button);

    // MSAL comes at idle once the email step is usable, without a keystroke (so Sign in opens its popup in the click).
    await waitUntil(() => requested(MSAL).length > 0, 'MSAL requested', { timeout: 10000 });
    const early = requested(LATER).filter((e) => e.startTime < usableAt);
    expect(
      early.map((e) => e.name),
      'requested before the email field was usable',
    ).to.deep.equal([]);
    expect(requested(/\/components\/after-email\./).length, 'the rest of the flow is requested').to.be.greaterThan(0);
  });
});
