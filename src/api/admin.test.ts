// The admins' view through the SDK's client, against the in-page mock service: every request and
// answer is checked against api/openapi.yaml, every POST carries an Idempotency-Key, and every bad
// input of issue 17 is refused with its stable code and changes nothing.
import { expect } from '@open-wc/testing';
import type { MockCheckout } from '../../mocks/browser.js';
import { tenantForDomain } from '../../mocks/identities.js';
import { issueTestToken } from '../../mocks/tokens.js';
import { failure } from '../../test/helpers/failure.js';
import { contractViolations, requests, requestsTo, resetMockCheckout } from '../../test/helpers/mock-checkout.js';
import { AdminClient, newIdempotencyKey, type AdminSubscription, type ProductPolicy } from './admin.js';
import { CheckoutClient } from './client.js';

let mock: MockCheckout;
const CONTOSO = tenantForDomain('contoso.com')!.id;
const LITWARE = tenantForDomain('litware.com')!.id;

function adminFor(email = 'admin@contoso.com'): AdminClient {
  return new AdminClient({ baseUrl: mock.baseUrl, getAccessToken: () => issueTestToken(email), retries: 0 });
}

function offerFor(email: string, productId: string) {
  return new CheckoutClient({
    baseUrl: mock.baseUrl,
    getAccessToken: () => issueTestToken(email),
    retries: 0,
  }).getOffer(productId);
}

async function policy(productId: string, email = 'admin@contoso.com'): Promise<ProductPolicy> {
  return (await adminFor(email).listPolicies(CONTOSO)).find((p) => p.productId === productId)!;
}

async function selfService(purchaser: string): Promise<AdminSubscription> {
  return (await adminFor().listSubscriptions(CONTOSO)).find((s) => s.purchaser?.email === purchaser)!;
}

/** A request the contract itself refuses: the client sent it anyway, and the recorder says so. */
function expectRequestOutsideContract(pattern: RegExp): void {
  expect(
    contractViolations.some((v) => pattern.test(v)),
    contractViolations.join('\n'),
  ).to.equal(true);
  contractViolations.length = 0;
}

describe('AdminClient: the admins’ view', function () {
  this.timeout(20000);

  beforeEach(async () => {
    mock = await resetMockCheckout();
  });
  afterEach(() => {
    expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
    const posts = requests.filter((r) => r.method === 'POST');
    expect(
      posts.every((r) => /^[A-Za-z0-9_-]{16,64}$/.test(r.headers.get('Idempotency-Key') ?? '')),
      'every POST carries an Idempotency-Key',
    ).to.equal(true);
  });

  describe('subscriptions', () => {
    it('lists the tenants an admin and a partner administer', async () => {
      expect(await adminFor().listTenants()).to.deep.equal([
        { id: CONTOSO, displayName: 'Contoso', role: 'global-admin' },
      ]);
      expect((await adminFor('partner@relecloud.com').listTenants()).map((t) => t.role)).to.deep.equal([
        'global-admin',
        'delegated-partner',
      ]);
      expect(await adminFor('megan@contoso.com').listTenants()).to.deep.equal([]);
    });

    it('lists Contoso’s self-service purchases with product, purchaser, licenses, expiry and price', async () => {
      const nina = await selfService('nina@contoso.com');
      expect([
        nina.source,
        nina.productName,
        nina.purchaser?.displayName,
        nina.quantity,
        Date.parse(nina.expiresAt) > Date.now(),
        nina.unitAmount,
        nina.recurringAmount,
      ]).to.deep.equal([
        'self-service',
        'Power BI Pro',
        'Nina Patel',
        3,
        true,
        { value: 1400, currency: 'USD' },
        {
          value: 4200,
          currency: 'USD',
        },
      ]);
      expect(
        (await adminFor().listSubscriptions(CONTOSO, { source: 'central' })).every((s) => s.source === 'central'),
      ).to.equal(true);
      expect(await adminFor().listSubscriptions(CONTOSO, { source: 'all', productId: 'visio-plan-2' })).to.have.length(
        2,
      );
    });

    it('reads one with its assigned users and order history', async () => {
      const nina = await selfService('nina@contoso.com');
      const detail = await adminFor('billing@contoso.com').getSubscription(CONTOSO, nina.id);
      expect(detail.assignedUsers.map((u) => [u.displayName, u.centralLicense])).to.deep.equal([
        ['Nina Patel', false],
        ['Omar Haddad', false],
        ['Priya Nair', false],
      ]);
      expect(detail.orderHistory.at(-1)).to.include({ kind: 'purchase', quantityChange: 2 });
    });

    it('takes a subscription over: central licenses for its users, a cancellation request to the purchaser', async () => {
      const nina = await selfService('nina@contoso.com');
      const key = newIdempotencyKey();
      const takeover = await adminFor('partner@relecloud.com').takeOverSubscription(CONTOSO, nina.id, key);
      expect([takeover.assignedUserIds.length, takeover.centralSubscription.availableCount]).to.deep.equal([3, 1]);
      expect(takeover.subscription.assignedUsers.every((u) => u.centralLicense)).to.equal(true);
      expect(
        await adminFor('partner@relecloud.com').takeOverSubscription(CONTOSO, nina.id, key),
        'a retry with the same key replays',
      ).to.deep.equal(takeover);
      expect((await selfService('nina@contoso.com')).cancellationRequest?.requestedBy).to.equal(
        'partner@relecloud.com',
      );
    });

    it('cancels on behalf of a purchaser who left, at the end of the period; not for one still here', async () => {
      const dana = await selfService('dana@contoso.com');
      const canceled = await adminFor().cancelOnBehalf(CONTOSO, dana.id, newIdempotencyKey());
      expect([canceled.status, canceled.expiresAt]).to.deep.equal(['canceled', dana.expiresAt]);
      const nina = await selfService('nina@contoso.com');
      const error = await failure(adminFor().cancelOnBehalf(CONTOSO, nina.id, newIdempotencyKey()));
      expect([error.status, error.code]).to.deep.equal([409, 'purchaser-still-in-tenant']);
    });
  });

  describe('the policy', () => {
    it('Power BI Pro set to Disabled by admin@contoso.com: megan@contoso.com’s next offer is disabled-by-admin', async () => {
      expect((await offerFor('megan@contoso.com', 'power-bi-pro')).eligible).to.equal(true);
      const { version } = await policy('power-bi-pro');
      const saved = await adminFor().setPolicy(
        CONTOSO,
        'power-bi-pro',
        {
          setting: 'Disabled',
          message: 'Ask <script>IT</script> for a license.',
          url: 'https://it.contoso.com',
          version,
        },
        newIdempotencyKey(),
      );
      expect([saved.setting, saved.version, saved.updatedBy]).to.deep.equal([
        'Disabled',
        version + 1,
        'admin@contoso.com',
      ]);
      const offer = await offerFor('megan@contoso.com', 'power-bi-pro');
      expect([offer.eligible, offer.reason, offer.adminContact]).to.deep.equal([
        false,
        'disabled-by-admin',
        { message: 'Ask <script>IT</script> for a license.', url: 'https://it.contoso.com' },
      ]);
    });

    it('Visio Plan 1 set to OnlyTrialsWithoutPaymentMethod: a member gets the trial offer', async () => {
      const { version } = await policy('visio-plan-1');
      await adminFor().setPolicy(
        CONTOSO,
        'visio-plan-1',
        { setting: 'OnlyTrialsWithoutPaymentMethod', version },
        newIdempotencyKey(),
      );
      const offer = await offerFor('megan@contoso.com', 'visio-plan-1');
      expect([offer.eligible, offer.kind]).to.deep.equal([true, 'trial']);
    });

    it('two admins change it at once: the second gets policy-conflict, not retried, and nothing is lost', async () => {
      const [mine, theirs] = await Promise.all([
        policy('project-plan-3'),
        policy('project-plan-3', 'billing@contoso.com'),
      ]);
      await adminFor().setPolicy(
        CONTOSO,
        'project-plan-3',
        { setting: 'Disabled', version: mine.version },
        newIdempotencyKey(),
      );
      const before = requestsTo('/policies/project-plan-3', 'POST').length;
      const error = await failure(
        adminFor('billing@contoso.com').setPolicy(
          CONTOSO,
          'project-plan-3',
          { setting: 'OnlyTrialsWithoutPaymentMethod', version: theirs.version },
          newIdempotencyKey(),
        ),
      );
      expect([error.status, error.code]).to.deep.equal([409, 'policy-conflict']);
      expect(requestsTo('/policies/project-plan-3', 'POST').length - before).to.equal(1);
      expect((await policy('project-plan-3')).setting).to.equal('Disabled');
    });

    const refused: Array<[string, Record<string, unknown>, string, RegExp]> = [
      ['a 2,000-character message', { message: 'x'.repeat(2000) }, 'policy-message-too-long', /message/],
      ['a link that is not https:', { url: 'http://it.contoso.com' }, 'policy-link-not-https', /url/],
      ['a javascript: link', { url: 'javascript:alert(1)' }, 'policy-link-not-https', /url/],
    ];
    for (const [name, input, code, where] of refused) {
      it(`refuses ${name} (${code}) and changes nothing`, async () => {
        const before = await policy('power-apps-per-user');
        const error = await failure(
          adminFor().setPolicy(
            CONTOSO,
            'power-apps-per-user',
            { setting: 'Disabled', version: before.version, ...input },
            newIdempotencyKey(),
          ),
        );
        expect([error.status, error.code]).to.deep.equal([400, code]);
        expectRequestOutsideContract(where);
        expect(await policy('power-apps-per-user')).to.deep.equal(before);
      });
    }
  });

  describe('license requests', () => {
    it('approving with no central license left is no-central-license; with one, it is assigned', async () => {
      const inbox = await adminFor().listLicenseRequests(CONTOSO);
      const visio = inbox.find((r) => r.productId === 'visio-plan-1')!;
      const error = await failure(adminFor().approveLicenseRequest(CONTOSO, visio.id, newIdempotencyKey()));
      expect([error.status, error.code]).to.deep.equal([409, 'no-central-license']);
      const pro = inbox.find((r) => r.productId === 'power-bi-pro')!;
      const approved = await adminFor().approveLicenseRequest(CONTOSO, pro.id, newIdempotencyKey());
      expect([approved.status, approved.requester.email]).to.deep.equal(['approved', 'omar@contoso.com']);
      expect((await adminFor().listLicenseRequests(CONTOSO)).map((r) => r.id)).to.deep.equal([visio.id]);
      expect((await offerFor('omar@contoso.com', 'power-bi-pro')).licenseRequest?.status).to.equal('approved');
    });

    it('declines with a note the requester sees on the next offer; a partner may not decide', async () => {
      const [request] = (await adminFor().listLicenseRequests(CONTOSO)).filter((r) => r.productId === 'visio-plan-1');
      const partner = await failure(
        adminFor('partner@relecloud.com').declineLicenseRequest(CONTOSO, request!.id, newIdempotencyKey()),
      );
      expect([partner.status, partner.code]).to.deep.equal([403, 'partner-not-permitted']);
      const declined = await adminFor().declineLicenseRequest(CONTOSO, request!.id, newIdempotencyKey(), {
        note: 'Visio Plan 2 is <b>central</b>.',
      });
      expect([declined.status, declined.note]).to.deep.equal(['declined', 'Visio Plan 2 is <b>central</b>.']);
      const outcome = (await offerFor('priya@contoso.com', 'visio-plan-1')).licenseRequest;
      expect([outcome?.status, outcome?.note]).to.deep.equal(['declined', 'Visio Plan 2 is <b>central</b>.']);
    });
  });

  describe('who may', () => {
    const cases: Array<[string, string, number, string]> = [
      ['a member', 'megan@contoso.com', 403, 'not-admin'],
      ['a guest', 'guest.kim@contoso.com', 403, 'not-admin'],
      ['another tenant’s admin', 'admin@litware.com', 404, 'tenant-not-found'],
    ];
    for (const [who, email, status, code] of cases) {
      it(`${who} gets ${status} ${code}, not retried`, async () => {
        const error = await failure(adminFor(email).listSubscriptions(CONTOSO));
        expect([error.status, error.code]).to.deep.equal([status, code]);
        expect(requestsTo('/subscriptions')).to.have.length(1);
      });
    }

    it('Litware’s admin reads Litware’s policy: its message and link as the ineligible notice shows them', async () => {
      const policies = await adminFor('admin@litware.com').listPolicies(LITWARE);
      const visio = policies.find((p) => p.productId === 'visio-plan-2')!;
      expect([visio.setting, visio.url]).to.deep.equal(['Disabled', 'https://it.litware.com/software-requests']);
    });

    it('an answer it cannot use is a bad-response', async () => {
      mock.faults.set('admin', { kind: 'malformed', times: 1 });
      const error = await failure(adminFor().listPolicies(CONTOSO));
      expect(error.code).to.equal('bad-response');
    });
  });
});
