import { expect } from '@open-wc/testing';
import type { components } from '../src/api/schema.js';
import { newIdempotencyKey } from '../src/api/idempotency.js';
import { adminRoleOf, parsePolicyChange, PERMISSIONS } from './admin.js';
import { tenantForDomain } from './identities.js';
import { MockCheckoutService, type MockResponse } from './service.js';
import { claimsFor, issueTestToken } from './tokens.js';

type Schemas = components['schemas'];
const CONTOSO = tenantForDomain('contoso.com')!.id;
const bearer = async (email: string) => `Bearer ${await issueTestToken(email)}`;
const body = <T>(answer: MockResponse) => answer.body as T;
const code = (answer: MockResponse) => [answer.status, (answer.body as { code?: string } | undefined)?.code];

describe('mock admin: who an identity is to Contoso', () => {
  const cases: Array<[string, ReturnType<typeof adminRoleOf>]> = [
    ['admin@contoso.com', 'global-admin'],
    ['billing@contoso.com', 'billing-admin'],
    ['partner@relecloud.com', 'delegated-partner'],
    ['nina@contoso.com', 'member'],
    ['megan@contoso.com', 'member'],
    ['guest.kim@contoso.com', 'member'],
    ['admin@litware.com', 'stranger'],
    ['owner@northwind.com', 'stranger'],
  ];
  for (const [email, role] of cases) {
    it(`${email} → ${role}`, async () => expect(adminRoleOf(await claimsFor(email), CONTOSO)).to.equal(role));
  }

  it('a tenant that does not exist is nobody’s', async () => {
    expect(adminRoleOf(await claimsFor('admin@contoso.com'), '00000000-0000-0000-0000-000000000000')).to.equal(
      'stranger',
    );
  });

  it('the tokens carry Entra’s role template ids in wids, and the partner its customers', async () => {
    expect((await claimsFor('admin@contoso.com')).wids).to.deep.equal(['62e90394-69f5-4237-9190-012177145e10']);
    expect((await claimsFor('billing@contoso.com')).wids).to.deep.equal(['b0f54661-2d74-4c50-afa3-1ec803f12efd']);
    expect((await claimsFor('partner@relecloud.com')).delegated_admin_tenants).to.deep.equal([CONTOSO]);
    const member = await claimsFor('megan@contoso.com');
    expect([member.wids, member.delegated_admin_tenants]).to.deep.equal([undefined, undefined]);
  });

  it('a delegated partner reads and takes over, and changes nothing else', () => {
    const partner = Object.entries(PERMISSIONS)
      .filter(([, roles]) => roles.includes('delegated-partner'))
      .map(([operation]) => operation);
    expect(partner).to.deep.equal([
      'listAdminSubscriptions',
      'getAdminSubscription',
      'takeOverSubscription',
      'listPolicies',
      'listLicenseRequests',
    ]);
  });
});

describe('mock admin: a policy change as the service takes it', () => {
  const cases: Array<[string, unknown, string | Record<string, unknown>]> = [
    [
      'markup in the message is kept as text',
      { setting: 'Disabled', message: '<img src=x onerror=alert(1)> ask IT', version: 1 },
      { setting: 'Disabled', message: '<img src=x onerror=alert(1)> ask IT' },
    ],
    ['500 characters', { setting: 'Disabled', message: 'a'.repeat(500), version: 1 }, { message: 'a'.repeat(500) }],
    ['501 characters', { setting: 'Disabled', message: 'a'.repeat(501), version: 1 }, 'policy-message-too-long'],
    ['2,000 characters', { setting: 'Disabled', message: 'a'.repeat(2000), version: 1 }, 'policy-message-too-long'],
    ['an http: link', { setting: 'Disabled', url: 'http://it.contoso.com', version: 1 }, 'policy-link-not-https'],
    ['a javascript: link', { setting: 'Disabled', url: 'javascript:alert(1)', version: 1 }, 'policy-link-not-https'],
    ['a relative link', { setting: 'Disabled', url: '/requests', version: 1 }, 'policy-link-not-https'],
    [
      'an https: link',
      { setting: 'Enabled', url: 'https://it.contoso.com/ask', version: 3 },
      { url: 'https://it.contoso.com/ask' },
    ],
    [
      'an empty message and link clear them',
      { setting: 'Enabled', message: ' ', url: '', version: 1 },
      { setting: 'Enabled' },
    ],
    ['an unknown setting', { setting: 'Sometimes', version: 1 }, 'invalid-request'],
    ['no version', { setting: 'Enabled' }, 'invalid-request'],
    ['version 0', { setting: 'Enabled', version: 0 }, 'invalid-request'],
    ['a message that is not text', { setting: 'Enabled', message: 5, version: 1 }, 'invalid-request'],
    ['not an object', 'Disabled', 'invalid-request'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const parsed = parsePolicyChange(input);
      if (typeof expected === 'string') expect('code' in parsed && parsed.code).to.equal(expected);
      else expect('change' in parsed && parsed.change).to.include(expected);
    });
  }
  it('an empty message and link leave neither behind', () => {
    const parsed = parsePolicyChange({ setting: 'Enabled', message: '', url: ' ', version: 1 });
    expect('change' in parsed && parsed.change).to.deep.equal({ setting: 'Enabled' });
  });
});

describe('mock admin: the service', () => {
  let service: MockCheckoutService;
  beforeEach(() => {
    service = new MockCheckoutService({ storage: null, processingMs: 0 });
  });

  const setPolicy = async (email: string, productId: string, change: Record<string, unknown>) =>
    service.admin.setPolicy(await bearer(email), CONTOSO, productId, newIdempotencyKey(), change);
  const offer = async (email: string, productId: string) =>
    body<Schemas['Offer']>(await service.getOffer(await bearer(email), productId));
  const list = async (email: string, source: string | null = null) =>
    body<Schemas['AdminSubscriptionList']>(
      await service.admin.listSubscriptions(await bearer(email), CONTOSO, source, null),
    ).subscriptions;
  const requests = async (status = 'all') =>
    body<Schemas['AdminLicenseRequestList']>(
      await service.admin.listLicenseRequests(await bearer('admin@contoso.com'), CONTOSO, status),
    ).licenseRequests;
  const decide = async (decision: 'approve' | 'decline', id: string, input?: unknown, email = 'admin@contoso.com') =>
    service.admin.decideLicenseRequest(decision, await bearer(email), CONTOSO, id, newIdempotencyKey(), input);

  it('one truth: Power BI Pro set to Disabled by admin@contoso.com makes megan’s next offer disabled-by-admin', async () => {
    expect((await offer('megan@contoso.com', 'power-bi-pro')).eligible).to.equal(true);
    const answer = await setPolicy('admin@contoso.com', 'power-bi-pro', {
      setting: 'Disabled',
      message: 'Ask <b>IT</b> instead.',
      url: 'https://it.contoso.com/ask',
      version: 1,
    });
    expect(code(answer)).to.deep.equal([200, undefined]);
    const next = await offer('megan@contoso.com', 'power-bi-pro');
    expect([next.eligible, next.reason, next.policy, next.adminContact, next.licenseRequestAvailable]).to.deep.equal([
      false,
      'disabled-by-admin',
      'Disabled',
      { message: 'Ask <b>IT</b> instead.', url: 'https://it.contoso.com/ask' },
      true,
    ]);
    // The purchase obeys the same policy as the offer.
    const purchase = await service.createPurchase(await bearer('megan@contoso.com'), newIdempotencyKey(), {
      productId: 'power-bi-pro',
      planId: 'power-bi-pro:monthly',
      quantity: 1,
    });
    expect(code(purchase)).to.deep.equal([403, 'not-eligible']);
  });

  it('Visio Plan 1 set to OnlyTrialsWithoutPaymentMethod: a member gets the trial offer', async () => {
    await setPolicy('billing@contoso.com', 'visio-plan-1', { setting: 'OnlyTrialsWithoutPaymentMethod', version: 1 });
    const next = await offer('nina@contoso.com', 'visio-plan-1');
    expect([next.eligible, next.kind]).to.deep.equal([true, 'trial']);
  });

  it('two admins change the same policy at once: the second gets policy-conflict and nothing is lost', async () => {
    const first = await setPolicy('admin@contoso.com', 'project-plan-3', { setting: 'Disabled', version: 1 });
    const second = await setPolicy('billing@contoso.com', 'project-plan-3', {
      setting: 'OnlyTrialsWithoutPaymentMethod',
      version: 1,
    });
    expect([code(first), body<Schemas['ProductPolicy']>(first).version]).to.deep.equal([[200, undefined], 2]);
    expect(code(second)).to.deep.equal([409, 'policy-conflict']);
    const policies = body<Schemas['PolicyList']>(
      await service.admin.listPolicies(await bearer('billing@contoso.com'), CONTOSO),
    ).policies;
    const project = policies.find((p) => p.productId === 'project-plan-3')!;
    expect([project.setting, project.version, project.updatedBy]).to.deep.equal(['Disabled', 2, 'admin@contoso.com']);
    // Read again, decide again: it goes through.
    const retry = await setPolicy('billing@contoso.com', 'project-plan-3', { setting: 'Enabled', version: 2 });
    expect(body<Schemas['ProductPolicy']>(retry).version).to.equal(3);
  });

  it('the same Idempotency-Key replays the first answer instead of conflicting with itself', async () => {
    const key = newIdempotencyKey();
    const change = { setting: 'Disabled', version: 1 };
    const auth = await bearer('admin@contoso.com');
    const first = await service.admin.setPolicy(auth, CONTOSO, 'visio-plan-2', key, change);
    const again = await service.admin.setPolicy(auth, CONTOSO, 'visio-plan-2', key, change);
    expect([again.status, again.body]).to.deep.equal([200, first.body]);
  });

  it('Litware’s seeded policy, message and link are the policy list’s, version 1', async () => {
    const policies = body<Schemas['PolicyList']>(
      await service.admin.listPolicies(await bearer('admin@litware.com'), tenantForDomain('litware.com')!.id),
    ).policies;
    expect(policies.map((p) => [p.productId, p.setting, p.version])).to.deep.include.members([
      ['project-plan-3', 'Disabled', 1],
      ['visio-plan-1', 'OnlyTrialsWithoutPaymentMethod', 1],
      ['power-apps-per-user', 'Enabled', 1],
    ]);
    expect(policies[0]!.url).to.equal('https://it.litware.com/software-requests');
  });

  it('lists self-service by default, central or all when asked, with the seven fields', async () => {
    const own = await list('admin@contoso.com');
    expect(own.map((s) => [s.source, s.productId, s.purchaser?.email]).sort()).to.deep.equal([
      ['self-service', 'power-bi-pro', 'nina@contoso.com'],
      ['self-service', 'visio-plan-2', 'dana@contoso.com'],
    ]);
    const nina = own.find((s) => s.productId === 'power-bi-pro')!;
    expect([
      nina.productName,
      nina.purchaser,
      nina.quantity,
      typeof nina.expiresAt,
      nina.unitAmount,
      nina.assignedCount,
    ]).to.deep.equal([
      'Power BI Pro',
      { displayName: 'Nina Patel', email: 'nina@contoso.com', inTenant: true },
      3,
      'string',
      { value: 1400, currency: 'USD' },
      3,
    ]);
    const central = await list('partner@relecloud.com', 'central');
    expect(central.map((s) => [s.productId, s.availableCount]).sort()).to.deep.equal([
      ['power-bi-pro', 4],
      ['visio-plan-1', 0],
      ['visio-plan-2', 5],
    ]);
    expect(await list('billing@contoso.com', 'all')).to.have.length(5);
    const detail = body<Schemas['AdminSubscriptionDetail']>(
      await service.admin.getSubscription(await bearer('admin@contoso.com'), CONTOSO, nina.id),
    );
    expect(detail.assignedUsers.map((u) => u.email)).to.deep.equal([
      'nina@contoso.com',
      'omar@contoso.com',
      'priya@contoso.com',
    ]);
    expect(detail.orderHistory.map((o) => o.kind)).to.deep.equal(['renewal', 'licenses-added', 'renewal', 'purchase']);
  });

  it('a purchase made in the flow shows up for the admin once it is active; with no central license it cannot be taken over', async () => {
    const megan = await bearer('megan@contoso.com');
    const made = body<Schemas['Purchase']>(
      await service.createPurchase(megan, newIdempotencyKey(), {
        productId: 'project-plan-3',
        planId: 'project-plan-3:monthly',
        quantity: 2,
      }),
    );
    service.paymentSucceeded(made.payment!.clientSecret);
    service.advanceTime(1);
    expect(body<Schemas['Purchase']>(await service.getPurchase(megan, made.id)).status).to.equal('active');
    const bought = (await list('admin@contoso.com')).find((s) => s.productId === 'project-plan-3')!;
    expect([bought.purchaser?.displayName, bought.quantity]).to.deep.equal(['Megan Carter', 2]);
    const takeover = await service.admin.takeOver(
      await bearer('admin@contoso.com'),
      CONTOSO,
      bought.id,
      newIdempotencyKey(),
    );
    expect(code(takeover)).to.deep.equal([409, 'no-central-license']);
  });

  it('take-over assigns central licenses to the subscription’s users and asks the purchaser to cancel', async () => {
    const nina = (await list('admin@contoso.com')).find((s) => s.productId === 'power-bi-pro')!;
    const answer = await service.admin.takeOver(
      await bearer('partner@relecloud.com'),
      CONTOSO,
      nina.id,
      newIdempotencyKey(),
    );
    const takeover = body<Schemas['Takeover']>(answer);
    expect([answer.status, takeover.assignedUserIds.length, takeover.centralSubscription.availableCount]).to.deep.equal(
      [200, 3, 1],
    );
    expect(takeover.subscription.assignedUsers.every((u) => u.centralLicense)).to.equal(true);
    expect(takeover.cancellationRequest.requestedBy).to.equal('partner@relecloud.com');
    // The self-service subscription runs on until the purchaser cancels.
    expect(takeover.subscription.status).to.equal('active');
    const again = body<Schemas['Takeover']>(
      await service.admin.takeOver(await bearer('admin@contoso.com'), CONTOSO, nina.id, newIdempotencyKey()),
    );
    expect([again.assignedUserIds, again.cancellationRequest]).to.deep.equal([[], takeover.cancellationRequest]);
  });

  it('cancel on behalf: only for a purchaser who left, at the end of the period', async () => {
    const rows = await list('admin@contoso.com');
    const nina = rows.find((s) => s.purchaser?.email === 'nina@contoso.com')!;
    const dana = rows.find((s) => s.purchaser?.email === 'dana@contoso.com')!;
    expect(dana.purchaser?.inTenant).to.equal(false);
    const auth = await bearer('admin@contoso.com');
    expect(code(await service.admin.cancelOnBehalf(auth, CONTOSO, nina.id, newIdempotencyKey()))).to.deep.equal([
      409,
      'purchaser-still-in-tenant',
    ]);
    const canceled = body<Schemas['AdminSubscriptionDetail']>(
      await service.admin.cancelOnBehalf(auth, CONTOSO, dana.id, newIdempotencyKey()),
    );
    expect([canceled.status, canceled.expiresAt, canceled.orderHistory[0]!.kind]).to.deep.equal([
      'canceled',
      dana.expiresAt,
      'canceled',
    ]);
  });

  it('approving with no central license left is refused and the request stays in the inbox', async () => {
    const priya = (await requests('sent')).find((r) => r.requester.email === 'priya@contoso.com')!;
    expect([priya.productId, priya.message]).to.deep.equal([
      'visio-plan-1',
      'For the <b>office move</b> floor plans, please.',
    ]);
    expect(code(await decide('approve', priya.id))).to.deep.equal([409, 'no-central-license']);
    expect((await requests('sent')).map((r) => r.id)).to.include(priya.id);
  });

  it('approving the request of someone who has left the organization assigns nothing; declining still works', async () => {
    await setPolicy('admin@contoso.com', 'power-bi-pro', { setting: 'Disabled', version: 1 });
    // Sent while Alex was in the organization; Alex is no longer in its directory.
    const alex = await bearer('alex.former@contoso.com');
    expect((await service.requestLicense(alex, newIdempotencyKey(), { productId: 'power-bi-pro' })).status).to.equal(
      202,
    );
    const request = (await requests('sent')).find((r) => r.requester.email === 'alex.former@contoso.com')!;
    const before = (await list('admin@contoso.com', 'central')).find((s) => s.productId === 'power-bi-pro')!;
    expect(code(await decide('approve', request.id))).to.deep.equal([409, 'requester-not-in-tenant']);
    const after = (await list('admin@contoso.com', 'central')).find((s) => s.productId === 'power-bi-pro')!;
    expect(after.availableCount).to.equal(before.availableCount);
    expect((await requests('sent')).map((r) => r.id)).to.include(request.id);
    expect(body<Schemas['AdminLicenseRequest']>(await decide('decline', request.id)).status).to.equal('declined');
  });

  it('approving assigns a central license, once; the requester’s next offer shows it', async () => {
    const omar = (await requests('sent')).find((r) => r.requester.email === 'omar@contoso.com')!;
    const approved = body<Schemas['AdminLicenseRequest']>(await decide('approve', omar.id));
    expect([approved.status, approved.decidedBy]).to.deep.equal(['approved', 'admin@contoso.com']);
    const central = (await list('admin@contoso.com', 'central')).find((s) => s.productId === 'power-bi-pro')!;
    expect(central.availableCount).to.equal(3);
    expect(code(await decide('decline', omar.id))).to.deep.equal([409, 'license-request-decided']);
    expect((await offer('omar@contoso.com', 'power-bi-pro')).licenseRequest?.status).to.equal('approved');
  });

  it('a request sent from the ineligible notice lands in the inbox; a decline’s note reaches the requester', async () => {
    await setPolicy('admin@contoso.com', 'visio-plan-2', { setting: 'Disabled', version: 1 });
    const megan = await bearer('megan@contoso.com');
    const sent = await service.requestLicense(megan, newIdempotencyKey(), {
      productId: 'visio-plan-2',
      message: 'For the <i>floor plans</i>',
    });
    expect(sent.status).to.equal(202);
    const inbox = (await requests('sent')).find((r) => r.requester.email === 'megan@contoso.com')!;
    expect([inbox.productId, inbox.message, inbox.requester.displayName]).to.deep.equal([
      'visio-plan-2',
      'For the <i>floor plans</i>',
      'Megan Carter',
    ]);
    expect(code(await decide('decline', inbox.id, { note: 'x'.repeat(501) }))).to.deep.equal([400, 'note-too-long']);
    expect(
      code(await decide('decline', inbox.id, { note: 'Use Visio Plan 1.' }, 'partner@relecloud.com')),
    ).to.deep.equal([403, 'partner-not-permitted']);
    await decide('decline', inbox.id, { note: 'Use <b>Visio Plan 1</b>.' });
    const outcome = (await offer('megan@contoso.com', 'visio-plan-2')).licenseRequest;
    expect([outcome?.status, outcome?.note]).to.deep.equal(['declined', 'Use <b>Visio Plan 1</b>.']);
    // Declined, the person may ask again: a new request, not the old one.
    const again = await service.requestLicense(megan, newIdempotencyKey(), { productId: 'visio-plan-2' });
    expect([again.status, body<{ id: string }>(again).id === inbox.id]).to.deep.equal([202, false]);
  });

  it('lists the tenants the caller administers', async () => {
    const tenants = async (email: string) =>
      body<Schemas['AdminTenantList']>(await service.admin.listTenants(await bearer(email))).tenants.map((t) => [
        t.displayName,
        t.role,
      ]);
    expect(await tenants('admin@contoso.com')).to.deep.equal([['Contoso', 'global-admin']]);
    expect(await tenants('partner@relecloud.com')).to.deep.equal([
      ['Relecloud Partners', 'global-admin'],
      ['Contoso', 'delegated-partner'],
    ]);
    expect(await tenants('megan@contoso.com')).to.deep.equal([]);
  });
});
