// The purchaser's limited view through the SDK's client, against the in-page mock service: every
// request and answer is checked against api/openapi.yaml, and every bad input of issue 16 is refused
// with its stable code and changes nothing.
import { expect } from '@open-wc/testing';
import type { MockCheckout } from '../../mocks/browser.js';
import { installFakeStripe } from '../../mocks/fake-stripe.js';
import { prorate } from '../../mocks/subscriptions.js';
import { issueTestToken, objectIdFor } from '../../mocks/tokens.js';
import { failure } from '../../test/helpers/failure.js';
import { contractViolations, requestsTo, resetMockCheckout } from '../../test/helpers/mock-checkout.js';
import { waitUntil } from '../../test/helpers/wait.js';
import { CheckoutClient } from './client.js';
import { newIdempotencyKey, SubscriptionsClient, type Subscription } from './subscriptions.js';

let mock: MockCheckout;
const OWNER = 'owner@northwind.com';

function clientFor(email = OWNER): SubscriptionsClient {
  return new SubscriptionsClient({ baseUrl: mock.baseUrl, getAccessToken: () => issueTestToken(email), retries: 0 });
}

async function owned(product: Subscription['productId']): Promise<Subscription> {
  const [subscription] = await clientFor().listSubscriptions({ productId: product });
  return subscription!;
}

const idOf = (email: string) => objectIdFor(email);
const ids = (...locals: string[]) => Promise.all(locals.map((local) => idOf(`${local}@northwind.com`)));

/** The fake Stripe.js the card update and 3-D Secure use; the challenge is answered with `complete`. */
type FakeStripe = {
  elements(options: Record<string, unknown>): {
    create(type: string): { mount(node: HTMLElement): void; on(event: string, handler: () => void): unknown };
  };
  confirmSetup(options: { elements: unknown }): Promise<{ error?: { code: string }; setupIntent?: { status: string } }>;
  handleNextAction(options: { clientSecret: string }): Promise<{ error?: { code: string } }>;
};
const stripe = () => (window as unknown as { Stripe: (key: string) => FakeStripe }).Stripe('pk_test_ssp_widgets');

async function answerChallenge(complete: boolean): Promise<void> {
  await waitUntil(() => document.querySelector('.fake-stripe-3ds button'), '3-D Secure challenge');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.fake-stripe-3ds button')];
  buttons.find((b) => b.textContent!.startsWith(complete ? 'Complete' : 'Fail'))!.click();
}

async function enterCard(clientSecret: string, number: string): Promise<unknown> {
  const elements = stripe().elements({ clientSecret });
  const element = elements.create('payment');
  const node = document.createElement('div');
  document.body.append(node);
  const ready = new Promise<void>((resolve) => element.on('ready', resolve));
  element.mount(node);
  await ready;
  const doc = node.querySelector('iframe')!.contentDocument!;
  for (const [name, value] of [
    ['number', number],
    ['expiry', '09 / 31'],
    ['cvc', '123'],
  ]) {
    doc.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value = value!;
  }
  return elements;
}

describe('SubscriptionsClient: the purchaser’s limited view', function () {
  this.timeout(20000);

  before(async () => {
    mock = await resetMockCheckout();
    installFakeStripe(mock.service);
  });
  beforeEach(async () => {
    mock = await resetMockCheckout();
  });
  afterEach(() => {
    expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
    document.querySelectorAll('.fake-stripe-3ds').forEach((node) => node.remove());
  });

  describe('subscriptions', () => {
    it('lists the purchaser’s own subscriptions with plan, status, dates, price and card', async () => {
      const list = await clientFor().listSubscriptions();
      expect(
        list.map((s) => [s.productId, s.plan.billingPeriod, s.status, s.quantity, s.assignedCount]),
      ).to.have.deep.members([
        ['power-bi-pro', 'month', 'past_due', 5, 3],
        ['visio-plan-2', 'year', 'active', 2, 1],
        ['project-plan-3', 'month', 'canceled', 1, 1],
        ['power-automate-per-user', 'month', 'expired', 2, 0],
      ]);
      const pro = list.find((s) => s.productId === 'power-bi-pro')!;
      expect([pro.unitAmount, pro.recurringAmount, pro.card]).to.deep.equal([
        { value: 1400, currency: 'USD' },
        { value: 7000, currency: 'USD' },
        { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2028 },
      ]);
      expect(pro.renewsAt).to.equal(pro.currentPeriodEnd);
      const canceled = list.find((s) => s.status === 'canceled')!;
      expect([canceled.renewsAt, canceled.endsAt]).to.deep.equal([undefined, canceled.currentPeriodEnd]);
    });

    it('is empty for someone who bought nothing, and filters by product', async () => {
      expect(await clientFor('megan@contoso.com').listSubscriptions()).to.deep.equal([]);
      expect(await clientFor('adele.vance@northwind.com').listSubscriptions()).to.deep.equal([]);
      expect(
        (await clientFor().listSubscriptions({ productId: 'visio-plan-2' })).map((s) => s.productId),
      ).to.deep.equal(['visio-plan-2']);
    });

    it('reads one with its order history (purchase, licenses added, renewals)', async () => {
      const detail = await clientFor().getSubscription((await owned('power-bi-pro')).id);
      const kinds = detail.orderHistory.map((o) => o.kind);
      expect(kinds.at(-1)).to.equal('purchase');
      expect(kinds).to.include('licenses-added').and.include('renewal');
      const added = detail.orderHistory.find((o) => o.kind === 'licenses-added')!;
      expect([added.quantityChange, added.quantity, added.amount]).to.deep.equal([
        2,
        5,
        { value: 2800, currency: 'USD' },
      ]);
    });

    it('lists a purchase made in the flow once it is active', async () => {
      const megan = new CheckoutClient({
        baseUrl: mock.baseUrl,
        getAccessToken: () => issueTestToken('megan@contoso.com'),
      });
      const purchase = await megan.createPurchase(
        { productId: 'power-apps-per-user', planId: 'power-apps-per-user:monthly', quantity: 3 },
        newIdempotencyKey(),
      );
      expect(await clientFor('megan@contoso.com').listSubscriptions(), 'not before it is paid').to.deep.equal([]);
      mock.service.paymentSucceeded(purchase.payment!.clientSecret, {
        number: '5555555555554444',
        expMonth: 9,
        expYear: 2031,
      });
      mock.service.advanceTime(60_000);
      const active = await megan.getPurchase(purchase.id);
      const [subscription, ...others] = await clientFor('megan@contoso.com').listSubscriptions();
      expect(others).to.have.length(0);
      expect([
        subscription!.id,
        subscription!.productId,
        subscription!.quantity,
        subscription!.assignedCount,
      ]).to.deep.equal([active.subscriptionId, 'power-apps-per-user', 3, 0]);
      expect(subscription!.card).to.deep.equal({ brand: 'mastercard', last4: '4444', expMonth: 9, expYear: 2031 });
      const [invoice] = await clientFor('megan@contoso.com').listInvoices(subscription!.id);
      expect([invoice!.status, invoice!.amount]).to.deep.equal(['paid', { value: 6000, currency: 'USD' }]);
    });
  });

  describe('the directory and licenses', () => {
    it('finds people of the purchaser’s tenant only, guests marked as not assignable', async () => {
      const pro = await owned('power-bi-pro');
      const megans = await clientFor().searchDirectory(pro.id, 'megan');
      expect(megans.map((u) => u.email)).to.deep.equal(['megan.bowen@northwind.com']); // never megan@contoso.com
      const [adele] = await clientFor().searchDirectory(pro.id, 'Adele');
      expect([adele!.displayName, adele!.assigned, adele!.assignable]).to.deep.equal(['Adele Vance', true, true]);
      const [guest] = await clientFor().searchDirectory(pro.id, 'guest.jordan');
      expect([guest!.userType, guest!.assignable]).to.deep.equal(['Guest', false]);
      expect(await clientFor().searchDirectory(pro.id, 'contoso')).to.deep.equal([]);
      expect(await clientFor().searchDirectory(pro.id, 'a', { limit: 3 })).to.have.length(3);
    });

    for (const [name, search] of [
      ['markup', '<img src=x onerror=alert(1)>'],
      ['300 characters', 'a'.repeat(300)],
      ['only spaces', '   '],
    ] as const) {
      it(`refuses a search of ${name} with invalid-search, not retried`, async () => {
        const error = await failure(clientFor().searchDirectory((await owned('power-bi-pro')).id, search));
        expect([error.status, error.code, error.retryable]).to.deep.equal([400, 'invalid-search', false]);
        expect(requestsTo('/directory')).to.have.length(1);
      });
    }

    it('assigns two colleagues, unassigns one, and lists who holds a license', async () => {
      const pro = await owned('power-bi-pro');
      const [bianca, brian] = await ids('bianca.pisani', 'brian.johnson');
      const assigned = await clientFor().assignLicenses(pro.id, [bianca!, brian!], newIdempotencyKey());
      expect(assigned.results.map((r) => r.status)).to.deep.equal(['assigned', 'assigned']);
      expect([assigned.quantity, assigned.assignedCount]).to.deep.equal([5, 5]);
      const removed = await clientFor().unassignLicenses(pro.id, [brian!], newIdempotencyKey());
      expect([removed.results[0]!.status, removed.assignedCount]).to.deep.equal(['unassigned', 4]);
      const list = await clientFor().listAssignments(pro.id);
      expect(list.assignments.map((a) => a.email))
        .to.include('bianca.pisani@northwind.com')
        .and.not.include('brian.johnson@northwind.com');
    });

    it('replays an assignment retried with the same key instead of doing it twice', async () => {
      const pro = await owned('power-bi-pro');
      const [bianca] = await ids('bianca.pisani');
      const key = newIdempotencyKey();
      const first = await clientFor().assignLicenses(pro.id, [bianca!], key);
      const again = await clientFor().assignLicenses(pro.id, [bianca!], key);
      expect(again).to.deep.equal(first);
      expect((await clientFor().listAssignments(pro.id)).assignedCount).to.equal(4);
    });

    it('fails per person: already assigned, a guest, a user of another tenant', async () => {
      const pro = await owned('power-bi-pro');
      const [adele, guest, bianca] = await ids('adele.vance', 'guest.jordan', 'bianca.pisani');
      const megan = await idOf('megan@contoso.com');
      const change = await clientFor().assignLicenses(pro.id, [adele!, guest!, megan, bianca!], newIdempotencyKey());
      expect(change.results.map((r) => [r.status, r.code])).to.deep.equal([
        ['failed', 'already-assigned'],
        ['failed', 'guest-user-not-assignable'],
        ['failed', 'other-tenant-user'],
        ['assigned', undefined],
      ]);
      expect(change.assignedCount).to.equal(4);
    });

    it('refuses 21 people at once, the same person twice and more people than free licenses, changing nothing', async () => {
      const pro = await owned('power-bi-pro');
      const locals = ['bianca.pisani', 'brian.johnson', 'cameron.white', 'christie.cline', 'debra.berger'];
      const many = await Promise.all(Array.from({ length: 21 }, (_, i) => idOf(`person${i}@northwind.com`)));
      const [bianca, ...four] = await ids(...locals);
      const cases: Array<[string[], number, string]> = [
        [many, 400, 'too-many-at-once'],
        [[bianca!, bianca!], 400, 'duplicate-user'],
        [four, 409, 'not-enough-licenses'],
      ];
      for (const [userIds, status, code] of cases) {
        const error = await failure(clientFor().assignLicenses(pro.id, userIds, newIdempotencyKey()));
        expect([error.status, error.code]).to.deep.equal([status, code]);
      }
      expect((await clientFor().listAssignments(pro.id)).assignedCount).to.equal(3);
    });
  });

  describe('adding and removing licenses', () => {
    it('previews an increase at the mock’s proration, then charges exactly that', async () => {
      const pro = await owned('power-bi-pro');
      const proration = (at: number) =>
        prorate({
          unitAmount: 1400,
          fromQuantity: 5,
          toQuantity: 8,
          periodStart: Date.parse(pro.currentPeriodStart),
          periodEnd: Date.parse(pro.currentPeriodEnd),
          at,
        });
      const before = Date.now();
      const preview = await clientFor().previewQuantityChange(pro.id, 8);
      const after = Date.now();
      expect(preview.change).to.equal('increase');
      expect(preview.amountDueNow.value).to.be.within(proration(after), proration(before));
      expect(preview.recurringAmount).to.deep.equal({ value: 8 * 1400, currency: 'USD' });
      const change = await clientFor().changeQuantity(pro.id, 8, newIdempotencyKey());
      expect([change.status, change.subscription.quantity]).to.deep.equal(['succeeded', 8]);
      expect(Math.abs(change.amount.value - preview.amountDueNow.value)).to.be.at.most(1);
      const [latest] = (await clientFor().getSubscription(pro.id)).orderHistory;
      expect([latest!.kind, latest!.quantityChange, latest!.amount]).to.deep.equal([
        'licenses-added',
        3,
        change.amount,
      ]);
    });

    it('schedules a decrease for the renewal, never below the assigned licenses', async () => {
      const pro = await owned('power-bi-pro');
      const below = await failure(clientFor().changeQuantity(pro.id, 2, newIdempotencyKey()));
      expect([below.status, below.code]).to.deep.equal([409, 'below-assigned-count']);
      const preview = await clientFor().previewQuantityChange(pro.id, 4);
      expect([preview.change, preview.amountDueNow.value, preview.effectiveAt]).to.deep.equal([
        'decrease',
        0,
        pro.currentPeriodEnd,
      ]);
      const change = await clientFor().changeQuantity(pro.id, 4, newIdempotencyKey());
      expect([change.status, change.subscription.quantity, change.subscription.scheduledQuantity]).to.deep.equal([
        'scheduled',
        5,
        4,
      ]);
      expect(change.subscription.recurringAmount.value).to.equal(4 * 1400);
    });

    for (const [quantity, status, code] of [
      ['0', 400, 'invalid-quantity'],
      ['-1', 400, 'invalid-quantity'],
      ['1.5', 400, 'invalid-quantity'],
      ['abc', 400, 'invalid-quantity'],
      ['101', 422, 'quantity-out-of-range'],
    ] as const) {
      it(`refuses a quantity of ${quantity} (${code}), in the preview and the change`, async () => {
        const pro = await owned('power-bi-pro');
        const preview = await failure(clientFor().previewQuantityChange(pro.id, quantity as unknown as number));
        expect([preview.status, preview.code]).to.deep.equal([status, code]);
        const token = await issueTestToken(OWNER);
        const response = await fetch(`${mock.baseUrl}/v1/subscriptions/${pro.id}/quantity-changes`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': newIdempotencyKey(),
          },
          body: JSON.stringify({ quantity: Number.isNaN(Number(quantity)) ? quantity : Number(quantity) }),
        });
        expect([response.status, (await response.json()).code]).to.deep.equal([status, code]);
        expect((await owned('power-bi-pro')).quantity).to.equal(5);
        contractViolations.length = 0; // letters and decimals break the request schema on purpose
      });
    }

    it('asks for 3-D Secure when the saved card needs it, and adds the licenses once it is completed', async () => {
      const visio = await owned('visio-plan-2');
      const change = await clientFor().changeQuantity(visio.id, 3, newIdempotencyKey());
      expect([change.status, change.subscription.quantity]).to.deep.equal(['requires_action', 2]);
      const failed = stripe().handleNextAction({ clientSecret: change.payment!.clientSecret });
      await answerChallenge(false);
      expect((await failed).error?.code).to.equal('payment_intent_authentication_failure');
      expect((await owned('visio-plan-2')).quantity, 'failed 3-D Secure changes nothing').to.equal(2);

      const again = await clientFor().changeQuantity(visio.id, 3, newIdempotencyKey());
      const completed = stripe().handleNextAction({ clientSecret: again.payment!.clientSecret });
      await answerChallenge(true);
      expect((await completed).error).to.equal(undefined);
      expect((await owned('visio-plan-2')).quantity).to.equal(3);
    });
  });

  describe('billing', () => {
    it('pays the past-due invoice; paying it again (another tab) is invoice-already-paid, not a second charge', async () => {
      const pro = await owned('power-bi-pro');
      const invoices = await clientFor().listInvoices(pro.id);
      const due = invoices.find((i) => i.status === 'past_due')!;
      expect(invoices.filter((i) => i.status === 'past_due')).to.have.length(1);
      expect(due.pdfUrl).to.match(/^https:\/\/.+\.pdf$/);
      const key = newIdempotencyKey();
      const paid = await clientFor().payInvoice(pro.id, due.id, key);
      expect([paid.status, paid.invoice.status, paid.subscription.status]).to.deep.equal([
        'succeeded',
        'paid',
        'active',
      ]);
      expect(await clientFor().payInvoice(pro.id, due.id, key), 'a retry replays').to.deep.equal(paid);
      const error = await failure(clientFor().payInvoice(pro.id, due.id, newIdempotencyKey()));
      expect([error.status, error.code]).to.deep.equal([409, 'invoice-already-paid']);
    });

    it('updates the card through a SetupIntent; a failed 3-D Secure keeps the old card', async () => {
      const pro = await owned('power-bi-pro');
      const setup = await clientFor().createPaymentMethodSetup(pro.id, newIdempotencyKey());
      expect(setup.clientSecret).to.match(/^seti_/);

      const elements = await enterCard(setup.clientSecret, '4000 0027 6000 3184');
      const failed = stripe().confirmSetup({ elements });
      await answerChallenge(false);
      expect((await failed).error?.code).to.equal('setup_intent_authentication_failure');
      expect((await owned('power-bi-pro')).card!.last4).to.equal('4242');

      const retried = stripe().confirmSetup({ elements });
      await answerChallenge(true);
      expect((await retried).setupIntent?.status).to.equal('succeeded');
      expect((await owned('power-bi-pro')).card).to.deep.equal({
        brand: 'visa',
        last4: '3184',
        expMonth: 9,
        expYear: 2031,
      });
    });

    it('cancels at the period’s end (licenses kept until then) and undoes it', async () => {
      const visio = await owned('visio-plan-2');
      const canceled = await clientFor().cancelSubscription(visio.id, newIdempotencyKey());
      expect([canceled.status, canceled.endsAt, canceled.renewsAt, canceled.assignedCount]).to.deep.equal([
        'canceled',
        visio.currentPeriodEnd,
        undefined,
        1,
      ]);
      const [henrietta] = await ids('henrietta.mueller');
      for (const refused of [
        clientFor().assignLicenses(visio.id, [henrietta!], newIdempotencyKey()),
        clientFor().changeQuantity(visio.id, 3, newIdempotencyKey()),
      ]) {
        const error = await failure(refused);
        expect([error.status, error.code]).to.deep.equal([409, 'subscription-canceled']);
      }
      const undone = await clientFor().reactivateSubscription(visio.id, newIdempotencyKey());
      expect([undone.status, undone.renewsAt, undone.endsAt]).to.deep.equal([
        'active',
        visio.currentPeriodEnd,
        undefined,
      ]);
      expect(undone.orderHistory.slice(0, 2).map((o) => o.kind)).to.have.members(['reactivated', 'canceled']);
    });

    it('cannot undo once the subscription expired', async () => {
      const expired = await owned('power-automate-per-user');
      const error = await failure(clientFor().reactivateSubscription(expired.id, newIdempotencyKey()));
      expect([error.status, error.code]).to.deep.equal([409, 'subscription-expired']);
    });
  });
});
