// The QA demo's Admin area, used as Contoso's global admin would (real clicks, the real MSAL path
// through the local sign-in page): megan@contoso.com buys Power BI Pro in one browser, then
// admin@contoso.com sees it with its seven facts, filters, sets Visio Plan 1 to trials only (and a
// member then gets the trial), approves a license request and takes over a subscription. Every
// request and answer is checked against the contract.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { validateRequest, validateResponse } from './helpers/contract.js';

interface Step {
  text: string;
  log?: string[];
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

const ADMIN = '#admin-slot > *';
const run = (command: string, payload: object = {}) => executeServerCommand(command, payload) as Promise<Step>;
const click = (button: string, until?: string, extra: object = {}) =>
  run('demo-manager-click', { scope: ADMIN, button, until, ...extra });

async function contractProblems(): Promise<string[]> {
  const { exchanges } = (await executeServerCommand('demo-exchanges', {})) as { exchanges: Exchange[] };
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

describe('the QA demo’s Admin area', function () {
  this.timeout(150000);
  afterEach(() => executeServerCommand('demo-close', {}).catch(() => undefined));

  it('shows Contoso’s admin what megan bought, and controls policy, requests and take-over', async () => {
    // megan@contoso.com buys 3 Power BI Pro licenses (a browser of her own).
    await run('demo-open', { query: '?product=power-bi-pro' });
    await run('demo-to-payment', { product: 'power-bi-pro', email: 'megan@contoso.com', seats: 3 });
    await run('demo-pay', { card: '4242 4242 4242 4242' });
    await executeServerCommand('demo-close', {});

    // Contoso's global admin, in another browser, on the same checkout service.
    await run('demo-open', { query: '?admin=purchases#admin', keep: true });
    let step = await run('demo-admin-sign-in', { email: 'admin@contoso.com', until: 'Purchases in your organization' });
    // Product, purchaser, licenses bought, purchase price and expiry date in the table …
    const { headers, rows } = (await executeServerCommand('demo-admin-rows', {})) as {
      headers: string[];
      rows: string[][];
    };
    const column = (name: string) => headers.findIndex((h) => h.trim().startsWith(name));
    const megan = rows.find((row) => row[column('Purchaser')]?.includes('Megan Carter'))!;
    expect(megan, JSON.stringify(rows)).to.not.equal(undefined);
    expect(megan[column('Product')]).to.contain('Power BI Pro');
    expect(megan[column('Licenses bought')]).to.equal('3');
    expect(megan[column('Purchase price')]).to.contain('$14.00 per license per month');
    expect(megan[column('Expires')]).to.match(/\d{4}/);
    // … assigned users and the order history in its detail.
    step = await click('Details of Power BI Pro bought by Megan Carter', 'Assigned users');
    expect(step.text).to.contain('Order history').and.contain('Bought by Megan Carter');
    await click('All purchases', 'Purchases in your organization');

    // Filtered: the centrally bought ones, then all.
    step = await run('demo-admin-select', { label: 'Show', value: 'central', gone: 'Megan Carter' });
    expect(step.text).to.contain('Your organization').and.not.contain('Megan Carter');
    step = await run('demo-admin-select', { label: 'Show', value: 'all', until: 'Megan Carter' });
    expect(step.text).to.contain('Your organization').and.contain('Megan Carter');

    // Take over Nina's Power BI Pro: central licenses for its users, a cancellation request to her.
    step = await click('Details of Power BI Pro bought by Nina Patel', 'Assigned users');
    await click('Take over', 'Yes, take it over');
    step = await click('Yes, take it over', 'Purchaser asked to cancel');
    expect(step.log!.find((line) => line.includes('ssp-takeover-requested'))).to.contain('"productId":"power-bi-pro"');

    // The policy: Visio Plan 1 to trials without a payment method.
    await run('demo-admin-view', { view: 'policy', until: 'Visio Plan 1' });
    await run('demo-admin-select', {
      form: 'Visio Plan 1',
      label: 'Self-service purchase',
      value: 'OnlyTrialsWithoutPaymentMethod',
    });
    step = await click('Save the policy for Visio Plan 1', 'Saved for Visio Plan 1');
    expect(step.log!.find((line) => line.includes('ssp-policy-changed'))).to.contain(
      '"setting":"OnlyTrialsWithoutPaymentMethod"',
    );

    // A license request: approved with a central license.
    await run('demo-admin-view', { view: 'requests', until: 'Omar Haddad' });
    step = await click('Approve Power BI Pro for Omar Haddad', 'Omar Haddad now has a Power BI Pro license.');
    expect(step.log!.find((line) => line.includes('ssp-license-request-decided'))).to.contain('"decision":"approved"');

    let problems = await contractProblems();
    expect(problems, problems.join('\n')).to.deep.equal([]);
    await executeServerCommand('demo-close', {});

    // A member of Contoso now gets the card-free trial of Visio Plan 1, not the purchase.
    await run('demo-open', { query: '?product=visio-plan-1', keep: true });
    await run('demo-offer', { email: 'megan@contoso.com' });
    step = await run('demo-flow-heading', { heading: 'Try Visio Plan 1 for free', button: 'Start free trial' });
    expect(step.text).to.not.contain('Pay by card');
    problems = await contractProblems();
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });
});
