// The license-request inbox as a tenant's admin uses it: through its table, buttons, fields and
// messages, against the mock checkout service (every request and answer checked against the contract).
import { expect } from '@open-wc/testing';
import { MAX_ADMIN_MESSAGE_LENGTH } from '../../api/admin.js';
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
import { layoutProblems } from '../../../test/helpers/layout.js';
import { contractViolations, requestsTo, resetMockCheckout } from '../../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { loadAll } from '../../elements.js';
import type { SspLicenseRequestDecidedEvent } from '../../shared/events.js';
import type { SspLicenseRequests } from './license-requests.js';

const mount = (options: Parameters<typeof mountAdmin>[1] = {}) =>
  mountAdmin<SspLicenseRequests>('ssp-license-requests', options);

const rows = (el: SspLicenseRequests) =>
  [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());

describe('<ssp-license-requests>', function () {
  this.timeout(30000);

  before(() => loadAll());
  beforeEach(async () => {
    await resetMockCheckout();
    sessionStorage.clear();
  });
  afterEach(() => expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]));

  it('lists the waiting requests in a table, the message with markup as text', async () => {
    const { el } = await mount();
    await untilText(el, 'Priya Nair');
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => [
      th.getAttribute('scope'),
      th.textContent!.trim(),
    ]);
    expect(headers).to.deep.equal([
      ['col', 'Requested by'],
      ['col', 'Product'],
      ['col', 'Date'],
      ['col', 'Message'],
      ['col', 'Status'],
      ['col', 'Decision'],
    ]);
    expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('2 license requests');
    const priya = rows(el).find((row) => row.includes('Priya Nair'))!;
    expect(priya).to.contain('Visio Plan 1').and.contain('For the <b>office move</b> floor plans, please.');
    expect(priya).to.contain('Waiting');
    expect(root(el).querySelector('tbody b')).to.equal(null);
  });

  it('approves a request with a central license to spare, with an event', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Omar Haddad');
    button(el, 'Approve Power BI Pro for Omar Haddad').click();
    await untilText(el, 'Omar Haddad now has a Power BI Pro license.');
    const decided = events.find((e) => e.type === 'ssp-license-request-decided') as SspLicenseRequestDecidedEvent;
    expect([decided.productId, decided.decision]).to.deep.equal(['power-bi-pro', 'approved']);
    expect(decided.requestId).to.match(/^lrq_/);
    expect(rows(el).find((row) => row.includes('Omar'))).to.contain('Approved');
    expect(requestsTo('/approval', 'POST')[0]!.headers.get('Idempotency-Key')).to.match(/\S{16,}/);
    // The buttons that had focus are gone: focus is on the inbox's heading, not lost.
    await waitUntil(() => focused()?.localName === 'h2', 'focus on the heading');
  });

  it('says clearly when no central license is left, and decides nothing', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Priya Nair');
    button(el, 'Approve Visio Plan 1 for Priya Nair').click();
    await untilText(el, 'Your organization has no free license of this product.');
    expect(root(el).querySelector('[role=alert]')!.textContent).to.contain('no free license');
    expect(events).to.have.length(0);
    expect(rows(el).find((row) => row.includes('Priya'))).to.contain('Waiting');
  });

  it('declines with a note after the note field takes focus, and refuses a note over the limit', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Priya Nair');
    button(el, 'Decline Visio Plan 1 for Priya Nair').click();
    await untilText(el, 'Note to the requester (optional)');
    await waitUntil(() => focused()?.id === 'decline-note', 'focus on the note');
    const note = field<HTMLTextAreaElement>(el, 'Note to the requester (optional)');
    type(note, 'y'.repeat(MAX_ADMIN_MESSAGE_LENGTH + 1));
    button(el, 'Decline the request').click();
    await untilText(el, `Use at most ${MAX_ADMIN_MESSAGE_LENGTH} characters.`);
    expect(requestsTo('/decline', 'POST')).to.have.length(0);
    type(note, 'We use <Visio> centrally; ask IT.');
    button(el, 'Decline the request').click();
    await untilText(el, 'The request of Priya Nair for Visio Plan 1 was declined.');
    expect(requestsTo('/decline', 'POST')[0]!.body).to.deep.equal({ note: 'We use <Visio> centrally; ask IT.' });
    const decided = events.find((e) => e.type === 'ssp-license-request-decided') as SspLicenseRequestDecidedEvent;
    expect(decided.decision).to.equal('declined');
    choose(field<HTMLSelectElement>(el, 'Show'), 'all');
    await untilText(el, 'We use <Visio> centrally; ask IT.');
  });

  it('puts focus back on Decline when the admin keeps the request', async () => {
    const { el } = await mount();
    await untilText(el, 'Omar Haddad');
    button(el, 'Decline Power BI Pro for Omar Haddad').click();
    await untilText(el, 'Don’t decline');
    button(el, 'Don’t decline').click();
    await waitUntil(
      () => focused()?.getAttribute('aria-label') === 'Decline Power BI Pro for Omar Haddad',
      'focus back',
    );
    expect(textOf(el)).not.to.contain('Note to the requester');
  });

  it('shows a delegated partner the inbox without deciding', async () => {
    const { el } = await mount({ email: 'partner@relecloud.com', tenant: '5f8f8b2c-0c1a-4d5e-9a0b-0000000c0470' });
    await untilText(el, 'Priya Nair');
    expect(buttons(el, /^(Approve|Decline) /)).to.have.length(0);
    expect(textOf(el)).to.contain('As a partner, you can view purchases and take them over.');
  });

  it('is usable at 320 px: the table scrolls inside its wrapper, the decline form fits', async () => {
    const { el } = await mount({ width: '320px' });
    await untilText(el, 'Priya Nair');
    button(el, 'Decline Visio Plan 1 for Priya Nair').click();
    await untilText(el, 'Note to the requester (optional)');
    const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth);
    // Text of the table lies beyond the element's edge until scrolled to: that is the wrapper's job.
    const inTable = (problem: string) =>
      problem.startsWith('text sticks out of ssp-license-requests') &&
      wrap.textContent!.includes(problem.match(/“(.*)”/)![1]!);
    const problems = layoutProblems(el).filter((problem) => !inTable(problem));
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  for (const lang of ['en', 'sv', 'ar', 'he']) {
    it(`meets WCAG A/AA with the decline form open in ${lang}`, async () => {
      const { el } = await mount({ lang });
      await waitUntil(() => root(el).querySelector('tbody tr'), 'rows');
      root(el).querySelector<HTMLButtonElement>('button[data-decline]')!.click();
      await waitUntil(() => root(el).querySelector('#decline-note'), 'form');
      await expectWcagAA(el, `requests (${lang})`);
      if (lang === 'ar') expect(root(el).querySelector('h2')!.textContent).to.match(/[\u0600-\u06ff]/);
    });
  }
});
