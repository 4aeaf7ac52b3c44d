import { expect } from '@open-wc/testing';
import { CheckoutClient, newIdempotencyKey, type Offer } from '../src/api/client.js';
import { PRODUCT_IDS, type ProductId } from '../src/shared/products.js';
import { failure } from '../test/helpers/failure.js';
import { contractViolations, resetMockCheckout } from '../test/helpers/mock-checkout.js';
import { issueTestToken } from './tokens.js';
import type { MockCheckout } from './browser.js';
import { MOCK_STORAGE_KEY } from './service.js';

let mock: MockCheckout;

function clientFor(email: string): CheckoutClient {
  return new CheckoutClient({ baseUrl: mock.baseUrl, getAccessToken: () => issueTestToken(email), retries: 0 });
}

async function offer(email: string, product: ProductId): Promise<Offer> {
  return clientFor(email).getOffer(product);
}

describe('mock checkout service: the eligibility rules and the test identities', () => {
  beforeEach(async () => {
    mock = await resetMockCheckout();
  });
  afterEach(() => {
    expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
  });

  const lookups: Array<[string, string, string | undefined]> = [
    ['megan@contoso.com', 'tenant-found', 'Contoso'],
    ['anna@contoso.se', 'tenant-found', 'Contoso Sverige'],
    ['synced.lee@contoso.com', 'tenant-found', 'Contoso'],
    ['guest.kim@contoso.com', 'tenant-found', 'Contoso'],
    ['ravi@fabrikam.in', 'tenant-found', 'Fabrikam India'],
    ['joao@woodgrove.com.br', 'tenant-found', 'Woodgrove Brasil'],
    ['amani@tailspin.cd', 'tenant-found', 'Tailspin Congo'],
    ['sam@treyresearch.gov', 'government-tenant', 'Trey Research'],
    ['lena@school.edu', 'education-tenant', 'School District'],
    ['pat@adatum.net', 'unmanaged-tenant', 'adatum.net'],
    ['chris@litware.com', 'tenant-found', 'Litware'],
    ['owner@northwind.com', 'tenant-found', 'Northwind Traders'],
    ['someone@gmail.com', 'personal-email', undefined],
    ['someone@Outlook.com', 'personal-email', undefined],
    ['x@unknown.example', 'no-tenant', undefined],
    ['Megan@CONTOSO.com', 'tenant-found', 'Contoso'],
    ['megan+buy@contoso.com', 'tenant-found', 'Contoso'],
    ['anna@bücher.example', 'no-tenant', undefined],
  ];
  for (const [email, result, tenant] of lookups) {
    it(`looks up ${email} → ${result}`, async () => {
      const answer = await clientFor(email).lookUpTenant(email);
      expect(answer.result).to.equal(result);
      expect(answer.tenant?.displayName).to.equal(tenant);
    });
  }

  it('normalizes the domain of the email it answers for', async () => {
    const answer = await clientFor('x').lookUpTenant('Megan@CONTOSO.COM');
    expect(answer.email).to.equal('Megan@contoso.com');
    expect(answer.tenant?.domainHint).to.equal('contoso.com');
  });

  for (const bad of [
    '',
    'no-at-sign',
    'two@@contoso.com',
    'a@b@contoso.com',
    `${'a'.repeat(250)}@contoso.com`,
    '<img src=x onerror=alert(1)>@contoso.com',
  ]) {
    it(`rejects the malformed email ${JSON.stringify(bad.slice(0, 30))} with invalid-email`, async () => {
      const error = await failure(clientFor('x').lookUpTenant(bad));
      expect([error.code, error.status]).to.deep.equal(['invalid-email', 400]);
      contractViolations.length = 0; // some of these break the request schema on purpose
    });
  }

  const eligibility: Array<[string, ProductId, string | true]> = [
    ['megan@contoso.com', 'power-bi-pro', true],
    ['megan@contoso.com', 'visio-plan-1', true],
    ['synced.lee@contoso.com', 'project-plan-3', true],
    ['guest.kim@contoso.com', 'power-bi-pro', 'guest-user'],
    ['guest.kim@contoso.com', 'visio-plan-2', 'guest-user'],
    ['joao@woodgrove.com.br', 'power-bi-pro', true],
    ['joao@woodgrove.com.br', 'power-apps-per-user', true],
    ['joao@woodgrove.com.br', 'power-automate-per-user', true],
    ['joao@woodgrove.com.br', 'project-plan-3', 'market-unavailable'],
    ['joao@woodgrove.com.br', 'visio-plan-1', 'market-unavailable'],
    ['amani@tailspin.cd', 'power-bi-premium-per-user', true],
    ['amani@tailspin.cd', 'visio-plan-2', 'market-unavailable'],
    ['amani@tailspin.cd', 'project-plan-3', 'market-unavailable'],
    ['chris@litware.com', 'project-plan-3', 'disabled-by-admin'],
    ['chris@litware.com', 'visio-plan-2', 'disabled-by-admin'],
    ['chris@litware.com', 'power-bi-pro', 'trials-only'],
    ['chris@litware.com', 'power-apps-per-user', true],
  ];
  for (const [email, product, expected] of eligibility) {
    it(`offers ${product} to ${email}: ${expected === true ? 'eligible' : expected}`, async () => {
      const answer = await offer(email, product);
      expect(answer.eligible).to.equal(expected === true);
      expect(answer.reason).to.equal(expected === true ? undefined : expected);
      expect(answer.plans.length > 0).to.equal(expected === true);
    });
  }

  it('excludes India from every product', async () => {
    for (const product of PRODUCT_IDS) {
      const answer = await offer('ravi@fabrikam.in', product);
      expect([answer.eligible, answer.reason], product).to.deep.equal([false, 'market-unavailable']);
    }
  });

  it('tells an on-premises-synced member from a guest by the token claims', async () => {
    const synced = await offer('synced.lee@contoso.com', 'power-bi-pro');
    expect(synced.account).to.include({ userType: 'Member', onPremisesSynced: true });
    const guest = await offer('guest.kim@contoso.com', 'power-bi-pro');
    expect(guest.account).to.include({ userType: 'Guest', onPremisesSynced: false });
    expect(guest.licenseRequestAvailable).to.equal(false);
  });

  it('prices each market in its own currency, in integer minor units', async () => {
    const cases: Array<[string, string, number]> = [
      ['megan@contoso.com', 'USD', 1400],
      ['anna@contoso.se', 'SEK', 15600],
      ['lukas@contoso.de', 'EUR', 1370],
      ['oliver@contoso.co.uk', 'GBP', 1100],
      ['yuki@contoso.jp', 'JPY', 2098],
      ['joao@woodgrove.com.br', 'BRL', 7300],
      ['amani@tailspin.cd', 'USD', 1400],
    ];
    for (const [email, currency, monthly] of cases) {
      const answer = await offer(email, 'power-bi-pro');
      expect(answer.currency, email).to.equal(currency);
      const plan = answer.plans.find((p) => p.billingPeriod === 'month')!;
      expect(plan.unitAmount, email).to.deep.equal({ value: monthly, currency });
      expect(Number.isInteger(plan.unitAmount.value)).to.equal(true);
    }
    expect((await offer('ravi@fabrikam.in', 'power-bi-pro')).currency).to.equal('INR');
  });

  it("gives Litware's admin message and link, and offers a license request instead", async () => {
    const answer = await offer('chris@litware.com', 'project-plan-3');
    expect(answer.policy).to.equal('Disabled');
    expect(answer.adminContact?.url).to.equal('https://it.litware.com/software-requests');
    expect(answer.adminContact?.message).to.match(/IT service portal/);
    expect(answer.licenseRequestAvailable).to.equal(true);
    const request = await clientFor('chris@litware.com').requestLicense(
      { productId: 'project-plan-3', message: 'I need it for the Q3 plan.' },
      newIdempotencyKey(),
    );
    expect(request.status).to.equal('sent');
  });

  it('offers Litware a card-free Visio Plan 1 trial and starts it without payment', async () => {
    const answer = await offer('chris@litware.com', 'visio-plan-1');
    expect(answer).to.include({
      eligible: true,
      kind: 'trial',
      policy: 'OnlyTrialsWithoutPaymentMethod',
      trialAvailable: true,
    });
    expect(answer.plans).to.deep.equal([]);
    const trial = await clientFor('chris@litware.com').startTrial({ productId: 'visio-plan-1' }, newIdempotencyKey());
    expect(trial.status).to.equal('active');
    expect(Date.parse(trial.endsAt)).to.be.greaterThan(Date.now() + 29 * 86_400_000);
    expect(mock.service.purchases()).to.have.length(0);
  });

  it('starts one trial per person and product: asking again returns it; a colleague gets their own', async () => {
    const first = await clientFor('chris@litware.com').startTrial({ productId: 'visio-plan-1' }, newIdempotencyKey());
    const again = await clientFor('chris@litware.com').startTrial({ productId: 'visio-plan-1' }, newIdempotencyKey());
    expect(again).to.deep.equal(first);
    const colleague = await clientFor('dana@litware.com').startTrial(
      { productId: 'visio-plan-1' },
      newIdempotencyKey(),
    );
    expect(colleague.id).to.not.equal(first.id);
  });

  it('sends one license request per person and product while the admin has not answered', async () => {
    const ask = (email: string, message: string) =>
      clientFor(email).requestLicense({ productId: 'project-plan-3', message }, newIdempotencyKey());
    const first = await ask('chris@litware.com', 'For the Q3 plan.');
    const again = await ask('chris@litware.com', 'Please, it is urgent.');
    expect(again.id).to.equal(first.id);
    expect((await ask('dana@litware.com', 'Me too.')).id).to.not.equal(first.id);
  });

  it('refuses a trial of a product without one', async () => {
    const error = await failure(
      clientFor('chris@litware.com').startTrial({ productId: 'power-bi-pro' }, newIdempotencyKey()),
    );
    expect([error.code, error.status]).to.deep.equal(['not-eligible', 403]);
    expect(error.details.problem?.reason).to.equal('trials-only');
  });

  it("turns Northwind's owner's seat step into add licenses", async () => {
    const answer = await offer('owner@northwind.com', 'power-bi-pro');
    expect(answer.kind).to.equal('add-licenses');
    expect(answer.existingSubscription?.quantity).to.equal(5);
    expect(answer.maxQuantity).to.equal(95);
    const colleague = await offer('megan@northwind.com', 'power-bi-pro');
    expect(colleague.kind).to.equal('purchase');
  });

  it('refuses a purchase the offer does not allow, and quantities out of range', async () => {
    const guest = clientFor('guest.kim@contoso.com');
    const refused = await failure(
      guest.createPurchase(
        { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 1 },
        newIdempotencyKey(),
      ),
    );
    expect([refused.code, refused.details.problem?.reason]).to.deep.equal(['not-eligible', 'guest-user']);
    const megan = clientFor('megan@contoso.com');
    for (const quantity of [0, 101, 2.5]) {
      const error = await failure(
        megan.createPurchase(
          { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity },
          newIdempotencyKey(),
        ),
      );
      // 0 and 2.5 break the contract's own schema, which the recorder reports; the service must still refuse them.
      expect(error.code, String(quantity)).to.equal('quantity-out-of-range');
    }
    contractViolations.length = 0;
    expect(mock.service.purchases()).to.have.length(0);
  });

  it('runs a purchase from requires_payment through processing to active, then sees the subscription', async () => {
    const megan = clientFor('megan@contoso.com');
    const created = await megan.createPurchase(
      { productId: 'visio-plan-2', planId: 'visio-plan-2:monthly', quantity: 3 },
      newIdempotencyKey(),
    );
    expect(created.status).to.equal('requires_payment');
    expect(created.amount).to.deep.equal({ value: 4500, currency: 'USD' });
    expect(created.payment?.clientSecret).to.match(/^pi_\w+_secret_\w+$/);

    expect(mock.service.paymentFailed(created.payment!.clientSecret, 'card_declined')).to.equal(true);
    const declined = await megan.getPurchase(created.id);
    expect([declined.status, declined.lastPaymentError]).to.deep.equal(['requires_payment', 'card_declined']);
    expect(declined.payment?.clientSecret, 'the same payment is retried').to.equal(created.payment!.clientSecret);

    mock.service.processingMs = 60_000;
    expect(mock.service.paymentSucceeded(created.payment!.clientSecret)).to.equal(true);
    expect((await megan.getPurchase(created.id)).status).to.equal('processing');
    mock.service.advanceTime(60_000);
    const active = await megan.getPurchase(created.id);
    expect(active.status).to.equal('active');
    expect(active.adminCenterUrl).to.match(/^https:\/\/admin\.microsoft\.com/);
    expect(active.payment).to.equal(undefined);
    expect(mock.service.paymentSucceeded(created.payment!.clientSecret), 'a second charge').to.equal(false);

    const after = await offer('megan@contoso.com', 'visio-plan-2');
    expect(after.kind).to.equal('add-licenses');
    expect(after.existingSubscription?.quantity).to.equal(3);
  });

  it('keeps purchases across a reload (the store outlives the page state)', async () => {
    const created = await clientFor('anna@contoso.se').createPurchase(
      { productId: 'power-bi-pro', planId: 'power-bi-pro:annual', quantity: 2 },
      newIdempotencyKey(),
    );
    expect(created.amount).to.deep.equal({ value: 312000, currency: 'SEK' });
    const stored = JSON.parse(localStorage.getItem(MOCK_STORAGE_KEY)!);
    expect(Object.keys(stored.purchases)).to.deep.equal([created.id]);
  });

  it('does not show one person’s purchase to another', async () => {
    const created = await clientFor('megan@contoso.com').createPurchase(
      { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 1 },
      newIdempotencyKey(),
    );
    const error = await failure(clientFor('synced.lee@contoso.com').getPurchase(created.id));
    expect([error.status, error.code]).to.deep.equal([404, 'purchase-not-found']);
  });

  it('keeps a client reference with the purchase and the trial, and returns it', async () => {
    const created = await clientFor('megan@contoso.com').createPurchase(
      { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 1, clientReferenceId: 'order-1234' },
      newIdempotencyKey(),
    );
    expect(created.clientReferenceId).to.equal('order-1234');
    expect((await clientFor('megan@contoso.com').getPurchase(created.id)).clientReferenceId).to.equal('order-1234');
    const trial = await clientFor('chris@litware.com').startTrial(
      { productId: 'visio-plan-1', clientReferenceId: 'crm_7781' },
      newIdempotencyKey(),
    );
    expect(trial.clientReferenceId).to.equal('crm_7781');
  });

  for (const bad of ['', 'order 42', 'megan@contoso.com', 'kö-1', 'x'.repeat(201)]) {
    it(`refuses the client reference ${JSON.stringify(bad.slice(0, 20))} with 400 invalid-request`, async () => {
      const purchase = await failure(
        clientFor('megan@contoso.com').createPurchase(
          { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 1, clientReferenceId: bad },
          newIdempotencyKey(),
        ),
      );
      const trial = await failure(
        clientFor('chris@litware.com').startTrial(
          { productId: 'visio-plan-1', clientReferenceId: bad },
          newIdempotencyKey(),
        ),
      );
      for (const error of [purchase, trial]) {
        expect([error.status, error.code]).to.deep.equal([400, 'invalid-request']);
        expect(error.details.problem?.detail).to.contain('clientReferenceId');
      }
      // The requests break the contract (the recorder says so); the answers keep to it.
      expect(contractViolations.filter((v) => !v.includes('request body'))).to.deep.equal([]);
      expect(contractViolations.join('\n'))
        .to.contain('/v1/purchases request body')
        .and.contain('/v1/trials request body');
      contractViolations.length = 0;
      expect(mock.service.purchases()).to.have.length(0);
    });
  }
});
