// The subscription manager used as the purchaser would: through its headings, buttons, fields and
// messages, against the mock checkout service (every request and answer checked against the
// contract), paying through Stripe's loader over the fake Stripe.js.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { installFakeStripe } from '../../../mocks/fake-stripe.js';
import { prorate } from '../../../mocks/subscriptions.js';
import { TestAuthProvider } from '../../../mocks/test-auth.js';
import { issueTestToken } from '../../../mocks/tokens.js';
import { SubscriptionsClient, newIdempotencyKey } from '../../api/subscriptions.js';
import { expectWcagAA } from '../../../test/helpers/axe.js';
import { stripeField } from '../../../test/helpers/flow.js';
import { focused } from '../../../test/helpers/keyboard.js';
import { layoutProblems, setTextSize } from '../../../test/helpers/layout.js';
import {
  contractViolations,
  mockCheckout,
  requestsTo,
  resetMockCheckout,
} from '../../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../../test/helpers/wait.js';
import { loadAll } from '../../elements.js';
import { loadMessages } from '../../i18n/i18n.js';
import { MANAGER_EVENTS } from '../../shared/events.js';
import type { SspSubscriptionManager } from './subscription-manager.js';

interface Harness {
  el: SspSubscriptionManager;
  events: Event[];
  auth: TestAuthProvider;
}

let listeners: Array<[string, (event: Event) => void]> = [];

async function mountManager(
  options: { email?: string; lang?: string; product?: string; signedIn?: boolean } = {},
): Promise<Harness> {
  const mock = await mockCheckout();
  installFakeStripe(mock.service);
  const email = options.email ?? 'owner@northwind.com';
  const auth = new TestAuthProvider();
  if (options.signedIn !== false) await auth.signIn({ loginHint: email });
  const events: Event[] = [];
  for (const [type, listener] of listeners) document.removeEventListener(type, listener);
  listeners = MANAGER_EVENTS.map((type) => [type, (event: Event) => events.push(event)]);
  for (const [type, listener] of listeners) document.addEventListener(type, listener);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <ssp-subscription-manager
        api-base=${mock.baseUrl}
        stripe-key="pk_test_ssp_widgets"
        email=${email}
        product=${options.product ?? ''}
        .authProvider=${auth}
      ></ssp-subscription-manager>
    </div>`,
  );
  return { el: wrapper.querySelector('ssp-subscription-manager')!, events, auth };
}

const root = (el: SspSubscriptionManager) => el.shadowRoot!;
const textOf = (el: SspSubscriptionManager) => root(el).textContent!.replace(/\s+/g, ' ');

/** A button by its accessible name (its `aria-label`, else its text). */
function button(el: SspSubscriptionManager, name: string | RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent!.trim();
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button “${name}” in: ${textOf(el).slice(0, 400)}`);
  return found;
}

const field = (el: SspSubscriptionManager, id: string) => root(el).querySelector<HTMLInputElement>(`#${id}`)!;

async function untilText(el: SspSubscriptionManager, text: string | RegExp, timeout = 8000): Promise<void> {
  await waitUntil(
    () => (typeof text === 'string' ? textOf(el).includes(text) : text.test(textOf(el))),
    `“${text}” (showing: ${textOf(el).slice(0, 300)})`,
    { timeout },
  );
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function openPowerBi(el: SspSubscriptionManager): Promise<void> {
  await untilText(el, 'Power BI Pro');
  button(el, 'Manage Power BI Pro').click();
  await untilText(el, 'Who has a license');
}

async function search(el: SspSubscriptionManager, text: string): Promise<void> {
  type(field(el, 'people-search'), text);
  await el.updateComplete;
  await waitUntil(() => !textOf(el).includes('Searching…'), 'search done');
}

async function typeCard(el: SspSubscriptionManager, card: string): Promise<void> {
  await waitUntil(() => el.querySelector('.ssp-payment-mount iframe'), 'card form ready');
  await waitUntil(() => !button(el, 'Save card').disabled, 'card form ready');
  for (const [name, value] of [
    ['number', card],
    ['expiry', '12 / 34'],
    ['cvc', '123'],
  ] as const) {
    const input = stripeField(name, el);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
}

async function challenge(answer: 'Complete authentication' | 'Fail authentication'): Promise<void> {
  await waitUntil(() => document.querySelector('.fake-stripe-3ds'), '3-D Secure challenge');
  const choice = [...document.querySelectorAll<HTMLButtonElement>('.fake-stripe-3ds button')].find(
    (b) => b.textContent === answer,
  )!;
  choice.click();
}

describe('<ssp-subscription-manager>', function () {
  this.timeout(30000);

  before(() => Promise.all([loadAll(), ...['sv', 'ar', 'he'].map((lang) => loadMessages(lang, 'manage'))]));
  beforeEach(async () => {
    await resetMockCheckout();
    sessionStorage.clear();
  });
  afterEach(() => expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]));

  it('lists the purchaser’s own subscriptions with their status and licenses', async () => {
    const { el } = await mountManager();
    await untilText(el, 'Your subscriptions');
    await untilText(el, 'Visio Plan 2');
    const items = [...root(el).querySelectorAll('.subscriptions > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    const pro = items.find((item) => item.includes('Power BI Pro'))!;
    expect(pro).to.contain('Payment overdue').and.contain('3 of 5 licenses assigned');
    expect(items.some((item) => item.includes('Project Plan 3') && item.includes('Canceled'))).to.equal(true);
    expect(items.some((item) => item.includes('Expired'))).to.equal(true);
  });

  it('asks to sign in when nobody is, and lists after the sign-in', async () => {
    const { el, auth } = await mountManager({ signedIn: false });
    await untilText(el, 'Sign in to manage your subscriptions');
    button(el, 'Sign in').click();
    await untilText(el, 'Power BI Pro');
    expect(auth.signInCalls).to.equal(1);
  });

  it('assigns two colleagues at once, with an event, and removes one after a confirmation', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    expect(textOf(el)).to.contain('3 of 5 licenses assigned');
    await search(el, 'a');
    const free = [...root(el).querySelectorAll<HTMLInputElement>('.results input:not([disabled])')].slice(0, 2);
    for (const box of free) {
      box.checked = true;
      box.dispatchEvent(new Event('change'));
    }
    await untilText(el, '2 people selected');
    button(el, 'Assign 2 licenses').click();
    await untilText(el, '5 of 5 licenses assigned');
    const assigned = events.find((e) => e.type === 'ssp-licenses-assigned') as Event & { userIds: string[] };
    expect(assigned.userIds).to.have.length(2);
    expect(requestsTo('/assignments', 'POST')[0]!.headers.get('Idempotency-Key')).to.match(/\S{16,}/);

    const remove = [...root(el).querySelectorAll<HTMLButtonElement>('.people button')][0]!;
    const name = remove.getAttribute('aria-label')!;
    remove.click();
    await untilText(el, 'They lose access to Power BI Pro at once');
    await el.updateComplete;
    expect(focused()?.textContent?.trim()).to.equal('Remove license');
    button(el, 'Remove license').click();
    await untilText(el, '4 of 5 licenses assigned');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(
      name.replace('Remove the license from ', ''),
    );
  });

  it('refuses a 21st person at once and more people than free licenses, before any request', async () => {
    const { el } = await mountManager();
    await openPowerBi(el);
    // People picked over several searches (those picked stay picked): 3 with 2 licenses free, then 21.
    const pickUntil = async (count: number) => {
      for (const letter of 'abcdefghijklmnoprstw') {
        if (root(el).querySelectorAll('input[type=checkbox]:checked').length >= count) return;
        await search(el, letter);
        for (const box of root(el).querySelectorAll<HTMLInputElement>('.results input:not([disabled]):not(:checked)')) {
          box.checked = true;
          box.dispatchEvent(new Event('change'));
        }
      }
    };
    await pickUntil(3);
    await untilText(el, /Only 2 licenses are free/);
    await pickUntil(21);
    await untilText(el, 'You can assign up to 20 people at a time.');
    button(el, /^Assign \d+ licenses$/).click();
    await el.updateComplete;
    expect(requestsTo('/assignments', 'POST')).to.have.length(0);
  });

  it('never finds people of another organization, and shows a search with markup as text', async () => {
    const { el } = await mountManager();
    await openPowerBi(el);
    await search(el, 'megan@contoso.com');
    await untilText(el, 'No one in your organization matches “megan@contoso.com”');
    await search(el, '<img src=x onerror=alert(1)>');
    expect(root(el).querySelector('img')).to.equal(null);
    type(field(el, 'people-search'), 'x'.repeat(300));
    await untilText(el, 'Type at most 100 characters.');
    expect(field(el, 'people-search').getAttribute('aria-invalid')).to.equal('true');
  });

  it('previews adding 3 licenses at the mock’s prorated amount, then charges it once', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    type(field(el, 'quantity'), '8');
    button(el, 'Review the change').click();
    await untilText(el, 'Adding 3 licenses costs');
    // The same preview again (a GET), to compare with the mock's proration and with what is shown.
    const asked = requestsTo('/quantity-preview')[0]!;
    const preview = (await (await fetch(asked.url, { headers: asked.headers })).json()) as {
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
    expect(expected).to.be.greaterThan(0);
    expect(Math.abs(preview.amountDueNow.value - expected)).to.be.at.most(1);
    const shown = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(
      preview.amountDueNow.value / 100,
    );
    expect(textOf(el)).to.contain(`Adding 3 licenses costs ${shown} now`);
    button(el, 'Confirm').click();
    await untilText(el, 'You now have 8 licenses');
    const updated = events.find((e) => e.type === 'ssp-subscription-updated') as Event & { quantity: number };
    expect(updated.quantity).to.equal(8);
    expect(requestsTo('/quantity-changes', 'POST')).to.have.length(1);
  });

  it('adds licenses on a 3-D Secure card: a failed challenge charges nothing, the next try charges once', async () => {
    const { el, events } = await mountManager();
    await untilText(el, 'Visio Plan 2');
    button(el, 'Manage Visio Plan 2').click();
    await untilText(el, 'Who has a license');
    const before = Number(field(el, 'quantity').value);
    type(field(el, 'quantity'), String(before + 1));
    button(el, 'Review the change').click();
    await untilText(el, 'Adding 1 license costs');
    button(el, 'Confirm').click();
    await challenge('Fail authentication');
    await untilText(el, 'Your bank couldn’t verify');
    expect(events.some((e) => e.type === 'ssp-subscription-updated')).to.equal(false);
    // The preview stays: the same change is confirmed again (a new request, the same total).
    await waitUntil(() => !button(el, 'Confirm').disabled, 'Confirm enabled again');
    button(el, 'Confirm').click();
    await challenge('Complete authentication');
    await untilText(el, `You now have ${before + 1} licenses`);
    expect(events.filter((e) => e.type === 'ssp-subscription-updated')).to.have.length(1);
    // The service's truth: one more license, added once.
    const mock = await mockCheckout();
    const client = new SubscriptionsClient({
      baseUrl: mock.baseUrl,
      getAccessToken: () => issueTestToken('owner@northwind.com'),
    });
    const [visio] = await client.listSubscriptions({ productId: 'visio-plan-2' });
    const detail = await client.getSubscription(visio!.id);
    expect(detail.quantity).to.equal(before + 1);
    expect(detail.orderHistory.filter((o) => o.kind === 'licenses-added')).to.have.length(1);
  });

  it('refuses a total below the assigned count and input that is not a whole number', async () => {
    const { el } = await mountManager();
    await openPowerBi(el);
    for (const [value, message] of [
      ['2', '3 licenses are assigned'],
      ['0', '3 licenses are assigned'],
      ['-1', 'Enter a whole number'],
      ['1.5', 'Enter a whole number'],
      ['abc', 'Enter a whole number'],
      ['101', 'at most 100'],
    ] as const) {
      type(field(el, 'quantity'), value);
      button(el, 'Review the change').click();
      await untilText(el, message);
    }
    expect(requestsTo('/quantity-preview')).to.have.length(0);
  });

  it('pays the overdue invoice once, and says so when it was paid meanwhile', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    const pay = button(el, /^Pay invoice/);
    pay.click();
    await untilText(el, /Invoice \S+ is paid/);
    expect(events.some((e) => e.type === 'ssp-invoice-paid')).to.equal(true);
    expect(textOf(el)).not.to.contain('Payment overdue');
    expect(root(el).querySelector('button[aria-label^="Pay invoice"]')).to.equal(null);
  });

  it('says an invoice paid meanwhile in another window is paid, and charges nothing more', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    // Another window pays it first, with the same person's sign-in.
    const mock = await mockCheckout();
    const other = new SubscriptionsClient({
      baseUrl: mock.baseUrl,
      getAccessToken: () => issueTestToken('owner@northwind.com'),
    });
    const [pro] = await other.listSubscriptions({ productId: 'power-bi-pro' });
    const [overdue] = (await other.listInvoices(pro!.id)).filter((i) => i.status === 'past_due');
    await other.payInvoice(pro!.id, overdue!.id, newIdempotencyKey());
    button(el, /^Pay invoice/).click();
    await untilText(el, 'This invoice is already paid (maybe in another window). Nothing more was charged.');
    await waitUntil(() => !root(el).querySelector('button[aria-label^="Pay invoice"]'), 'the invoice shown as paid');
    expect(events.some((e) => e.type === 'ssp-invoice-paid')).to.equal(false);
  });

  it('reports a person assigned meanwhile in another window, and assigns the others', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    await search(el, 'bianca');
    const bianca = root(el).querySelector<HTMLInputElement>('.results input:not([disabled])')!;
    bianca.checked = true;
    bianca.dispatchEvent(new Event('change'));
    await search(el, 'brian');
    const brian = root(el).querySelector<HTMLInputElement>('.results input:not([disabled])')!;
    brian.checked = true;
    brian.dispatchEvent(new Event('change'));
    const mock = await mockCheckout();
    const other = new SubscriptionsClient({
      baseUrl: mock.baseUrl,
      getAccessToken: () => issueTestToken('owner@northwind.com'),
    });
    const [pro] = await other.listSubscriptions({ productId: 'power-bi-pro' });
    const [user] = await other.searchDirectory(pro!.id, 'bianca');
    await other.assignLicenses(pro!.id, [user!.id], newIdempotencyKey());
    await el.updateComplete;
    button(el, 'Assign 2 licenses').click();
    await untilText(el, 'Bianca Pisani already has a license.');
    await untilText(el, '5 of 5 licenses assigned');
    const assigned = events.find((e) => e.type === 'ssp-licenses-assigned') as Event & { userIds: string[] };
    expect(assigned.userIds).to.have.length(1);
  });

  it('updates the card, also with 3-D Secure, and keeps the form after a failed challenge', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    button(el, 'Update card').click();
    await typeCard(el, '4000 0027 6000 3184');
    button(el, 'Save card').click();
    await challenge('Fail authentication');
    await untilText(el, 'Your bank couldn’t verify');
    expect(button(el, 'Save card').disabled).to.equal(false);
    button(el, 'Save card').click();
    await challenge('Complete authentication');
    await untilText(el, 'Your card was updated: Visa ending in 3184');
    expect(events.filter((e) => e.type === 'ssp-payment-method-updated')).to.have.length(1);
  });

  it('cancels after stating until when the licenses work, and undoes it', async () => {
    const { el, events } = await mountManager();
    await openPowerBi(el);
    await untilText(el, 'The licenses keep working until');
    button(el, 'Cancel the subscription').click();
    await el.updateComplete;
    button(el, 'Yes, cancel it').click();
    await waitUntil(() => events.some((e) => e.type === 'ssp-subscription-canceled'), 'the event');
    await untilText(el, 'Canceled. The licenses work until');
    button(el, 'Undo the cancellation').click();
    await untilText(el, 'The subscription renews again on');
    expect(events.filter((e) => e.type === 'ssp-subscription-updated')).to.have.length(1);
  });

  it('tells a colleague of the purchaser that only the purchaser manages it', async () => {
    const owner = await mountManager();
    await openPowerBi(owner.el);
    const id = requestsTo('/assignments')[0]!.url.match(/subscriptions\/([^/]+)/)![1]!;
    sessionStorage.clear();
    const mock = await mockCheckout();
    const auth = new TestAuthProvider();
    await auth.signIn({ loginHint: 'adele.vance@northwind.com' });
    const el = await fixture<SspSubscriptionManager>(
      html`<ssp-subscription-manager
        api-base=${mock.baseUrl}
        stripe-key="pk_test_ssp_widgets"
        subscription=${id}
        .authProvider=${auth}
      ></ssp-subscription-manager>`,
    );
    await untilText(el, 'Only the person who bought this subscription can manage it');
  });

  it('shows the empty state for a product the person never bought', async () => {
    const { el } = await mountManager({ email: 'megan@contoso.com', product: 'visio-plan-1' });
    await untilText(el, 'You haven’t bought Visio Plan 1 yourself.');
  });

  for (const lang of ['en', 'sv', 'ar', 'he']) {
    it(`meets WCAG A/AA in every state in ${lang}`, async () => {
      const { el } = await mountManager({ lang, signedIn: false });
      const at = async (state: string, ready: () => unknown) => {
        await waitUntil(ready, state);
        await el.updateComplete;
        await expectWcagAA(el, `${state} (${lang})`);
      };
      const q = (selector: string) => root(el).querySelector<HTMLElement>(selector);
      await at('signed out', () => q('.actions .button'));
      q('.actions .button')!.click();
      await at('the list', () => q('.subscriptions'));
      if (lang === 'ar' || lang === 'he') expect(el.getAttribute('dir')).to.equal('rtl');
      [...root(el).querySelectorAll<HTMLElement>('.subscriptions > li')]
        .find((li) => li.textContent!.includes('Power BI Pro'))!
        .querySelector('button')!
        .click();
      await at('a subscription', () => q('#licenses-title'));
      await search(el, 'a');
      await at('people found', () => q('.results'));
      q('.people button')!.click();
      await at('a removal to confirm', () => q('.people .confirm'));
      type(field(el, 'quantity'), '2');
      q('#quantity')!.closest('form')!.requestSubmit();
      await at('a quantity refused', () => q('#quantity-error'));
      type(field(el, 'quantity'), '8');
      q('#quantity')!.closest('form')!.requestSubmit();
      await at('a preview', () => q('.preview'));
      q('.ask-cancel')!.click();
      await at('a cancellation to confirm', () => q('.confirm-cancel'));
      q('.update-card')!.click();
      await at('the card form', () => el.querySelector('.ssp-payment-mount iframe'));
    });
  }

  it('lays out at 320 px wide with 200 % text, nothing clipped or overlapping', async () => {
    const { el } = await mountManager();
    await openPowerBi(el);
    await search(el, 'a');
    el.parentElement!.style.inlineSize = '320px';
    setTextSize(200);
    try {
      await el.updateComplete;
      const problems = layoutProblems(el);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    } finally {
      setTextSize(100);
    }
  });

  it('works with the keyboard alone: open, search, pick, assign', async () => {
    const { el } = await mountManager();
    await untilText(el, 'Power BI Pro');
    button(el, 'Manage Power BI Pro').focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, 'Who has a license');
    await waitUntil(() => focused()?.localName === 'h2', 'focus on the heading');
    field(el, 'people-search').focus();
    await sendKeys({ type: 'a' });
    await waitUntil(() => root(el).querySelector('.results input:not([disabled])'), 'results');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focused()?.localName === 'input', 'a checkbox');
    await sendKeys({ press: 'Space' });
    await untilText(el, '1 person selected');
    button(el, 'Assign 1 license').focus();
    await sendKeys({ press: 'Enter' });
    await untilText(el, '4 of 5 licenses assigned');
  });
});
