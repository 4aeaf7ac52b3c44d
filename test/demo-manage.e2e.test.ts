// "My purchases" in the QA demo, used as the purchaser would (real clicks in a page of its own): the
// subscription manager signs in as owner@northwind.com through the real MSAL path (the local sign-in
// page), assigns, is refused, unassigns, adds licenses at the mock's prorated amount, updates the
// card (with 3-D Secure too), pays the overdue invoice, cancels and undoes it; and megan@contoso.com
// buys 3 licenses and assigns them from the purchase's last step. Every request and answer is
// checked against the contract.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { prorate } from '../mocks/subscriptions.js';
import { validateRequest, validateResponse } from './helpers/contract.js';

interface Step {
  text: string;
  log?: string[];
  response?: Record<string, unknown>;
  picked?: number;
}
interface Exchange {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
}

const run = (command: string, payload: object = {}) => executeServerCommand(command, payload) as Promise<Step>;
const click = (button: string, until?: string, extra: object = {}) =>
  run('demo-manager-click', { button, until, ...extra });

async function contractProblems(): Promise<string[]> {
  const { exchanges } = (await executeServerCommand('demo-exchanges', {})) as { exchanges: Exchange[] };
  expect(exchanges.length).to.be.greaterThan(10);
  return exchanges.flatMap((e) => [
    ...validateRequest(e.method, e.url, new Headers(e.headers), e.body),
    ...validateResponse(
      e.method,
      e.url,
      new Response(null, { status: e.status, headers: new Headers(e.responseHeaders) }),
      e.responseBody,
    ),
  ]);
}

describe('the QA demo’s “My purchases”', function () {
  this.timeout(120000);
  afterEach(() => executeServerCommand('demo-close', {}).catch(() => undefined));

  it('manages owner@northwind.com’s Power BI Pro end to end, signed in through MSAL', async () => {
    await run('demo-open', { query: '?product=power-bi-pro#my-purchases' });
    await run('demo-manager-sign-in', { email: 'owner@northwind.com', product: 'Power BI Pro' });
    await click('Manage Power BI Pro', 'Who has a license');

    // Two colleagues at once.
    let step = await run('demo-manager-pick', { searches: ['b', 'c', 'd', 'e'], count: 2 });
    expect(step.picked).to.equal(2);
    step = await click('Assign 2 licenses', '5 of 5 licenses assigned');
    expect(step.log!.find((line) => line.includes('ssp-licenses-assigned'))).to.contain('"assignedCount":5');

    // A 21st at once is refused before any request; nobody of another tenant is ever found.
    // (A few searches per command: a command must answer within 20 s.)
    for (const searches of [
      ['f', 'g', 'h'],
      ['i', 'j', 'k'],
      ['l', 'm', 'n'],
      ['p', 'r', 's'],
      ['t', 'w', 'o'],
      ['a', 'b', 'c'],
      ['d', 'e', 'z'],
    ]) {
      step = await run('demo-manager-pick', { searches, count: 21 });
      if (step.picked! >= 21) break;
    }
    expect(step.picked).to.equal(21);
    expect(step.text).to.contain('You can assign up to 20 people at a time.');
    step = await run('demo-manager-fill', {
      label: 'Find people in your organization',
      value: 'megan@contoso.com',
      until: 'No one in your organization matches',
    });

    // One removed, after a confirmation.
    await click('Remove the license from Adele Vance', 'They lose access to Power BI Pro at once');
    await click('Remove license', '4 of 5 licenses assigned');

    // Three more: the preview's amount is the mock's proration, charged once.
    await run('demo-manager-fill', { label: 'Total number of licenses', value: '8' });
    step = await click('Review the change', 'Adding 3 licenses costs', { watch: '/quantity-preview' });
    const preview = step.response as {
      amountDueNow: { value: number; currency: string };
      recurringAmount: { value: number };
      periodStart: string;
      periodEnd: string;
    };
    const expected = prorate({
      unitAmount: preview.recurringAmount.value / 8,
      fromQuantity: 5,
      toQuantity: 8,
      periodStart: Date.parse(preview.periodStart),
      periodEnd: Date.parse(preview.periodEnd),
      at: Date.now(),
    });
    expect(Math.abs(preview.amountDueNow.value - expected)).to.be.at.most(1);
    const shown = new Intl.NumberFormat('en', { style: 'currency', currency: preview.amountDueNow.currency }).format(
      preview.amountDueNow.value / 100,
    );
    expect(step.text).to.contain(`Adding 3 licenses costs ${shown} now`);
    step = await click('Confirm', 'You now have 8 licenses');
    expect(step.log!.find((line) => line.includes('ssp-subscription-updated'))).to.contain('"quantity":8');

    // Never below the assigned count.
    await run('demo-manager-fill', { label: 'Total number of licenses', value: '3' });
    await click('Review the change', '4 licenses are assigned. Remove licenses from people before you go below that.');

    // The card: a plain one, then one that asks for 3-D Secure.
    await click('Update card', undefined);
    await run('demo-manager-card', { card: '4242 4242 4242 4242' });
    await click('Save card', 'Your card was updated: Visa ending in 4242');
    await click('Update card', undefined);
    await run('demo-manager-card', { card: '4000 0027 6000 3184' });
    step = await click('Save card', 'Your card was updated: Visa ending in 3184', {
      challenge: 'Complete authentication',
    });
    expect(step.log!.filter((line) => line.includes('ssp-payment-method-updated'))).to.have.length(2);

    // The overdue invoice, paid once with the saved card, which now asks for 3-D Secure.
    step = await click('Pay invoice', 'is paid', { prefix: true, challenge: 'Complete authentication' });
    expect(step.text).not.to.contain('Overdue');
    expect(step.log!.filter((line) => line.includes('ssp-invoice-paid'))).to.have.length(1);

    // Cancel (stating until when the licenses work), then undo.
    await click('Cancel the subscription', 'Yes, cancel it');
    step = await click('Yes, cancel it', 'Undo the cancellation');
    expect(step.log!.find((line) => line.includes('ssp-subscription-canceled'))).to.contain('"endsAt"');
    await click('Undo the cancellation', 'The subscription renews again on');

    const problems = await contractProblems();
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('buys 3 licenses as megan@contoso.com and assigns them from “Assign licenses now”', async () => {
    await run('demo-open', { query: '?product=power-bi-pro' });
    await run('demo-to-payment', { product: 'power-bi-pro', email: 'megan@contoso.com', seats: 3 });
    await run('demo-pay', { card: '4242 4242 4242 4242' });
    const step = (await executeServerCommand('demo-assign-now', { people: ['Nina', 'Omar', 'Tom'] })) as Step;
    expect(step.text).to.contain('3 of 3 licenses assigned');
    expect(step.log!.find((line) => line.includes('ssp-licenses-assigned'))).to.contain('"assignedCount":3');
    const problems = await contractProblems();
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
