// The purchase policy as a tenant's admin uses it: through its headings, fields, buttons and
// messages, against the mock checkout service (every request and answer checked against the contract).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MAX_ADMIN_MESSAGE_LENGTH } from '../../api/admin.js';
import { expectWcagAA } from '../../../test/helpers/axe.js';
import { layoutProblems } from '../../../test/helpers/layout.js';
import {
  adminClient,
  button,
  buttons,
  choose,
  CONTOSO,
  field,
  mountAdmin,
  root,
  textOf,
  type,
  untilText,
} from '../../../test/helpers/admin.js';
import { contractViolations, requestsTo, resetMockCheckout } from '../../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { loadAll } from '../../elements.js';
import type { SspErrorEvent, SspPolicyChangedEvent } from '../../shared/events.js';
import type { SspPurchasePolicy } from './purchase-policy.js';

const mount = (options: Parameters<typeof mountAdmin>[1] = {}) =>
  mountAdmin<SspPurchasePolicy>('ssp-purchase-policy', options);

/** The form of one product (its heading names it). */
function form(el: SspPurchasePolicy, product: string): HTMLFormElement {
  const found = [...root(el).querySelectorAll('form')].find((f) => f.querySelector('h3')!.textContent === product);
  if (!found) throw new Error(`no form for ${product}`);
  return found;
}

const setting = (el: SspPurchasePolicy, product: string) =>
  field<HTMLSelectElement>(el, 'Self-service purchase', form(el, product));
const message = (el: SspPurchasePolicy, product: string) =>
  field<HTMLTextAreaElement>(el, 'Message for people who can’t buy it', form(el, product));
const link = (el: SspPurchasePolicy, product: string) =>
  field(el, 'Link where they can ask instead', form(el, product));

describe('<ssp-purchase-policy>', function () {
  this.timeout(30000);

  before(() => loadAll());
  beforeEach(async () => {
    await resetMockCheckout();
    sessionStorage.clear();
  });
  afterEach(() => expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]));

  it('shows one form per product and saves a setting with its version, saying what changed', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Visio Plan 1');
    expect(root(el).querySelectorAll('form')).to.have.length(7);
    expect(setting(el, 'Visio Plan 1').value).to.equal('Enabled');
    choose(setting(el, 'Visio Plan 1'), 'OnlyTrialsWithoutPaymentMethod');
    button(el, 'Save the policy for Visio Plan 1').click();
    await untilText(
      el,
      'Saved for Visio Plan 1: self-service purchase changed from “Allowed” to “Free trials only, no payment”.',
    );
    const sent = requestsTo('/policies/visio-plan-1', 'POST')[0]!;
    expect(sent.body).to.deep.equal({ setting: 'OnlyTrialsWithoutPaymentMethod', version: 1 });
    const changed = events.find((e) => e.type === 'ssp-policy-changed') as SspPolicyChangedEvent;
    expect([changed.productId, changed.setting, changed.previous]).to.deep.equal([
      'visio-plan-1',
      'OnlyTrialsWithoutPaymentMethod',
      'Enabled',
    ]);
    expect(root(el).querySelector('[role=status]')!.textContent).to.contain('Saved for Visio Plan 1');
    // Saving again without a change sends nothing.
    button(el, 'Save the policy for Visio Plan 1').click();
    await untilText(el, 'Nothing changed for Visio Plan 1.');
    expect(requestsTo('/policies/visio-plan-1', 'POST')).to.have.length(1);
  });

  it('shows a message with markup as text, counts it, and refuses one over the limit before sending', async () => {
    const { el } = await mount();
    await untilText(el, 'Power BI Pro');
    const markup = '<img src=x onerror=alert(1)> Ask <b>IT</b>';
    type(message(el, 'Power BI Pro'), markup);
    await untilText(el, `${markup.length} of ${MAX_ADMIN_MESSAGE_LENGTH} characters`);
    button(el, 'Save the policy for Power BI Pro').click();
    await untilText(el, 'Saved for Power BI Pro: message changed.');
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(message(el, 'Power BI Pro').value).to.equal(markup);

    type(message(el, 'Power BI Pro'), 'x'.repeat(2000));
    button(el, 'Save the policy for Power BI Pro').click();
    await untilText(el, `Use at most ${MAX_ADMIN_MESSAGE_LENGTH} characters.`);
    expect(message(el, 'Power BI Pro').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(message(el, 'Power BI Pro'));
    expect(message(el, 'Power BI Pro').value).to.have.length(2000);
    expect(requestsTo('/policies/power-bi-pro', 'POST')).to.have.length(1);
  });

  it('refuses a link that is not https, inline, and sends nothing', async () => {
    const { el } = await mount();
    await untilText(el, 'Project Plan 3');
    for (const bad of ['http://it.contoso.com/ask', 'javascript:alert(1)', 'it.contoso.com', 'https://']) {
      type(link(el, 'Project Plan 3'), bad);
      button(el, 'Save the policy for Project Plan 3').click();
      await untilText(el, 'Enter a full address that starts with https://');
      expect(link(el, 'Project Plan 3').getAttribute('aria-invalid')).to.equal('true');
    }
    expect(requestsTo('/policies/project-plan-3', 'POST')).to.have.length(0);
    type(link(el, 'Project Plan 3'), 'https://it.contoso.com/ask');
    await el.updateComplete;
    expect(textOf(el)).not.to.contain('Enter a full address');
    button(el, 'Save the policy for Project Plan 3').click();
    await untilText(el, 'Saved for Project Plan 3: link changed.');
  });

  it('on a conflict keeps what the admin typed and offers the current policy', async () => {
    const { el, events } = await mount();
    await untilText(el, 'Visio Plan 2');
    // Another admin saves meanwhile.
    await (
      await adminClient()
    ).setPolicy(CONTOSO, 'visio-plan-2', { setting: 'Disabled', version: 1 }, 'other-admin-key-0001');
    choose(setting(el, 'Visio Plan 2'), 'OnlyTrialsWithoutPaymentMethod');
    type(message(el, 'Visio Plan 2'), 'Ask the service desk.');
    button(el, 'Save the policy for Visio Plan 2').click();
    await untilText(el, 'Someone else changed this policy after you opened it');
    expect(message(el, 'Visio Plan 2').value).to.equal('Ask the service desk.');
    expect(setting(el, 'Visio Plan 2').value).to.equal('OnlyTrialsWithoutPaymentMethod');
    expect(events.some((e) => e.type === 'ssp-policy-changed')).to.equal(false);
    button(el, 'Load the current policy').click();
    await untilText(el, 'The current policy for Visio Plan 2 is shown.');
    expect(setting(el, 'Visio Plan 2').value).to.equal('Disabled');
    expect(textOf(el)).to.contain('Last changed by billing@contoso.com');
    choose(setting(el, 'Visio Plan 2'), 'OnlyTrialsWithoutPaymentMethod');
    button(el, 'Save the policy for Visio Plan 2').click();
    await untilText(el, 'from “Not allowed” to “Free trials only, no payment”');
    expect(requestsTo('/policies/visio-plan-2', 'POST').at(-1)!.body).to.deep.include({ version: 2 });
  });

  it('shows a delegated partner the policy read-only', async () => {
    const { el } = await mount({ email: 'partner@relecloud.com' });
    await untilText(el, 'Power BI Pro');
    // Their own organization first, their customers to choose from.
    choose(field<HTMLSelectElement>(el, 'Organization'), CONTOSO);
    await untilText(el, 'Only the organization’s own global or billing admins can change the policy.');
    expect(buttons(el, /^Save the policy/)).to.have.length(0);
    expect(setting(el, 'Power BI Pro').matches(':disabled')).to.equal(true);
  });

  it('asks to sign in, signs in within the click, and tells a member they are not an admin', async () => {
    const { el, auth } = await mount({ signedIn: false });
    await untilText(el, 'Sign in as an admin');
    button(el, 'Sign in').click();
    await untilText(el, 'Power BI Pro');
    expect(auth.signInCalls).to.equal(1);

    sessionStorage.clear();
    const member = await mount({ email: 'nina@contoso.com' });
    await untilText(member.el, 'Your account isn’t an admin of an organization.');
  });

  it('shows a configuration error with an ssp-error event for a non-https service address', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('ssp-purchase-policy');
    element.setAttribute('api-base', 'http://checkout.example.test');
    const error = oneEvent(wrapper, 'ssp-error') as Promise<SspErrorEvent>;
    wrapper.append(element);
    expect([(await error).code, (await error).recoverable]).to.deep.equal(['config-api-base', false]);
    await untilText(element, 'This admin view is not available');
    await untilText(element, 'The address of the checkout service is missing or not secure (https).');
    expect(root(element).querySelector('[role=alert]')).to.exist;
  });

  it('is usable at 320 px with an error shown: nothing cut off, overlapping or out of reach', async () => {
    const { el } = await mount({ width: '320px' });
    await untilText(el, 'Visio Plan 2');
    type(link(el, 'Visio Plan 2'), 'http://x');
    button(el, 'Save the policy for Visio Plan 2').click();
    await untilText(el, 'Enter a full address');
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    const problems = layoutProblems(el);
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  for (const lang of ['en', 'sv', 'ar', 'he']) {
    it(`meets WCAG A/AA with an error and a conflict in ${lang}`, async () => {
      const { el } = await mount({ lang });
      await waitUntil(() => root(el).querySelectorAll('form').length === 7, 'forms');
      type(root(el).querySelector<HTMLInputElement>('input[type=url]')!, 'http://x');
      root(el).querySelector<HTMLButtonElement>('form button')!.click();
      await waitUntil(() => root(el).querySelector('[aria-invalid=true]'), 'error');
      await expectWcagAA(el, `policy (${lang})`);
      if (lang === 'ar') expect(root(el).querySelector('h2')!.textContent).to.match(/[\u0600-\u06ff]/);
      if (lang === 'ar') expect(el.getAttribute('dir')).to.equal('rtl');
    });
  }
});
