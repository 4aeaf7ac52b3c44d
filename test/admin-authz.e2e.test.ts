// Who may do what in the admins' view, as a matrix: every admin operation × every kind of caller,
// against the mock checkout service running as an HTTP server on its own origin (CORS, real
// requests), each answer checked against the contract, and a refused change changing nothing.
// MATRIX below is the one truth of who may do what: the README's table is checked against it.
import { expect } from '@open-wc/testing';
import { tenantForDomain } from '../mocks/identities.js';
import { remoteCheckout, type RemoteCheckout } from '../mocks/remote.js';
import { claimsFor, issueTestToken, signTestToken } from '../mocks/tokens.js';
import { newIdempotencyKey } from '../src/api/idempotency.js';
import { validateResponse } from './helpers/contract.js';

const CONTOSO = tenantForDomain('contoso.com')!.id;

type Caller =
  | 'global admin'
  | 'billing admin'
  | 'delegated partner'
  | 'purchaser'
  | 'member'
  | 'guest'
  | 'Litware admin'
  | 'no token'
  | 'expired token';

const CALLERS: Record<Caller, { who: string; token: () => Promise<string | undefined> }> = {
  'global admin': { who: '`admin@contoso.com`', token: () => issueTestToken('admin@contoso.com') },
  'billing admin': { who: '`billing@contoso.com`', token: () => issueTestToken('billing@contoso.com') },
  'delegated partner': { who: '`partner@relecloud.com`', token: () => issueTestToken('partner@relecloud.com') },
  purchaser: { who: '`nina@contoso.com`', token: () => issueTestToken('nina@contoso.com') },
  member: { who: '`megan@contoso.com`', token: () => issueTestToken('megan@contoso.com') },
  guest: { who: '`guest.kim@contoso.com`', token: () => issueTestToken('guest.kim@contoso.com') },
  'Litware admin': { who: '`admin@litware.com`', token: () => issueTestToken('admin@litware.com') },
  'no token': { who: '—', token: async () => undefined },
  'expired token': {
    who: 'the global admin’s, expired',
    token: async () => signTestToken(await claimsFor('admin@contoso.com', -60)),
  },
};

interface Ids {
  /** Nina's Power BI Pro (she is still in Contoso). */
  nina: string;
  /** Dana's Visio Plan 2 (Dana left Contoso). */
  dana: string;
  /** Omar's request for Power BI Pro (a central license is available). */
  omar: string;
  /** Priya's request for Visio Plan 1. */
  priya: string;
}

interface Operation {
  /** As the README's table names it. */
  name: string;
  method: 'GET' | 'POST';
  path: (ids: Ids) => string;
  body?: unknown;
}

const tenant = `/v1/admin/tenants/${CONTOSO}`;
const OPERATIONS: Operation[] = [
  { name: 'list the tenants one administers', method: 'GET', path: () => '/v1/admin/tenants' },
  { name: 'list subscriptions', method: 'GET', path: () => `${tenant}/subscriptions?source=all` },
  { name: 'read one subscription', method: 'GET', path: (i) => `${tenant}/subscriptions/${i.nina}` },
  { name: 'take over', method: 'POST', path: (i) => `${tenant}/subscriptions/${i.nina}/takeover` },
  { name: 'cancel on behalf', method: 'POST', path: (i) => `${tenant}/subscriptions/${i.dana}/cancellation` },
  { name: 'read the policy', method: 'GET', path: () => `${tenant}/policies` },
  {
    name: 'change the policy',
    method: 'POST',
    path: () => `${tenant}/policies/power-bi-pro`,
    body: { setting: 'Disabled', version: 1 },
  },
  { name: 'list license requests', method: 'GET', path: () => `${tenant}/license-requests` },
  { name: 'approve a license request', method: 'POST', path: (i) => `${tenant}/license-requests/${i.omar}/approval` },
  {
    name: 'decline a license request',
    method: 'POST',
    path: (i) => `${tenant}/license-requests/${i.priya}/decline`,
    body: { note: 'Use Visio Plan 2.' },
  },
];

/** Shorthands for the answers. */
const OK = '200';
const NOT_ADMIN = '403 not-admin';
const PARTNER = '403 partner-not-permitted';
const STRANGER = '404 tenant-not-found';
const NO_TOKEN = '401 unauthorized';
const EXPIRED = '401 token-expired';

/** The columns of each row: global, billing, partner, purchaser, member, guest, Litware, no token, expired. */
const row = (...answers: string[]): Record<Caller, string> =>
  Object.fromEntries((Object.keys(CALLERS) as Caller[]).map((caller, index) => [caller, answers[index]!])) as Record<
    Caller,
    string
  >;
const READ = row(OK, OK, OK, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, STRANGER, NO_TOKEN, EXPIRED);
const OWN_ADMINS_ONLY = row(OK, OK, PARTNER, NOT_ADMIN, NOT_ADMIN, NOT_ADMIN, STRANGER, NO_TOKEN, EXPIRED);

/** Who may do what: every admin operation × every kind of caller. */
const MATRIX: Record<string, Record<Caller, string>> = {
  'list the tenants one administers': row(OK, OK, OK, OK, OK, OK, OK, NO_TOKEN, EXPIRED),
  'list subscriptions': READ,
  'read one subscription': READ,
  'take over': READ,
  'cancel on behalf': OWN_ADMINS_ONLY,
  'read the policy': READ,
  'change the policy': OWN_ADMINS_ONLY,
  'list license requests': READ,
  'approve a license request': OWN_ADMINS_ONLY,
  'decline a license request': OWN_ADMINS_ONLY,
};

/** The README's table, as cells: made from MATRIX. */
function readmeTable(): string[][] {
  const callers = Object.keys(CALLERS) as Caller[];
  const cell = (answer: string) => (answer === OK ? 'yes' : answer.replace(/^(\d+) (.+)$/, '$1 `$2`'));
  return [
    ['operation', ...callers.map((caller) => `${caller} (${CALLERS[caller].who})`)],
    ...OPERATIONS.map((operation) => [
      `${operation.name}: \`${operation.method} ${operation.path({ nina: '{id}', dana: '{id}', omar: '{id}', priya: '{id}' }).replace(CONTOSO, '{tenantId}').replace('power-bi-pro', '{productId}').replace(/\?.*$/, '')}\``,
      ...callers.map((caller) => cell(MATRIX[operation.name]![caller])),
    ]),
  ];
}

let remote: RemoteCheckout;
let ids: Ids;

async function call(
  method: string,
  path: string,
  caller: Caller,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await CALLERS[caller].token();
  const url = remote.baseUrl + path;
  const response = await fetch(url, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(method === 'POST' ? { 'Idempotency-Key': newIdempotencyKey() } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, unknown>;
  expect(validateResponse(method, url, response, json), `${method} ${path} as ${caller}`).to.deep.equal([]);
  return { status: response.status, body: json };
}

/** What a refused change must leave as it was: policies, the inbox, the subscriptions, the central licenses. */
async function state(): Promise<unknown> {
  const [policies, requests, subscriptions] = await Promise.all([
    call('GET', `${tenant}/policies`, 'global admin'),
    call('GET', `${tenant}/license-requests?status=all`, 'global admin'),
    call('GET', `${tenant}/subscriptions?source=all`, 'global admin'),
  ]);
  // Dates are left out: the seed is dated relative to each reset.
  return [
    (policies.body.policies as Array<Record<string, unknown>>).map((p) => [p.productId, p.setting, p.version]),
    (requests.body.licenseRequests as Array<Record<string, unknown>>).map((r) => [r.id, r.status]),
    (subscriptions.body.subscriptions as Array<Record<string, unknown>>)
      .map((s) => [s.id, s.status, s.assignedCount, s.availableCount, 'cancellationRequest' in s])
      .sort(),
  ];
}

describe('the admins’ view: who may do what (HTTP, across origins)', function () {
  this.timeout(30000);
  let seeded: unknown;

  before(async () => {
    remote = (await remoteCheckout('admin-authz'))!;
    await remote.reset();
    const list = await call('GET', `${tenant}/subscriptions`, 'global admin');
    const subscriptions = list.body.subscriptions as Array<{ id: string; purchaser?: { email: string } }>;
    const inbox = await call('GET', `${tenant}/license-requests`, 'global admin');
    const requests = inbox.body.licenseRequests as Array<{ id: string; requester: { email: string } }>;
    ids = {
      nina: subscriptions.find((s) => s.purchaser?.email === 'nina@contoso.com')!.id,
      dana: subscriptions.find((s) => s.purchaser?.email === 'dana@contoso.com')!.id,
      omar: requests.find((r) => r.requester.email === 'omar@contoso.com')!.id,
      priya: requests.find((r) => r.requester.email === 'priya@contoso.com')!.id,
    };
    seeded = await state();
  });
  beforeEach(() => remote.reset());

  for (const operation of OPERATIONS) {
    describe(operation.name, () => {
      for (const caller of Object.keys(CALLERS) as Caller[]) {
        const expected = MATRIX[operation.name]![caller];
        const refusedChange = operation.method === 'POST' && expected !== OK;
        it(`${caller} → ${expected}${refusedChange ? ', and nothing changes' : ''}`, async () => {
          const answer = await call(operation.method, operation.path(ids), caller, operation.body);
          const code = answer.body.code as string | undefined;
          expect(`${answer.status}${answer.status === 200 ? '' : ` ${code}`}`).to.equal(expected);
          if (refusedChange) expect(await state()).to.deep.equal(seeded);
        });
      }
    });
  }

  it('the tenant list is the caller’s own: empty for anyone without an admin role', async () => {
    const tenants = async (caller: Caller) =>
      (
        (await call('GET', '/v1/admin/tenants', caller)).body.tenants as Array<{ displayName: string; role: string }>
      ).map((t) => `${t.displayName}: ${t.role}`);
    expect(await tenants('global admin')).to.deep.equal(['Contoso: global-admin']);
    expect(await tenants('billing admin')).to.deep.equal(['Contoso: billing-admin']);
    expect(await tenants('delegated partner')).to.deep.equal([
      'Relecloud Partners: global-admin',
      'Contoso: delegated-partner',
    ]);
    expect(await tenants('Litware admin')).to.deep.equal(['Litware: global-admin']);
    for (const caller of ['purchaser', 'member', 'guest'] as const) expect(await tenants(caller)).to.deep.equal([]);
  });

  it('a subscription or request of another tenant is not found through this tenant', async () => {
    const litware = `/v1/admin/tenants/${tenantForDomain('litware.com')!.id}`;
    const answer = await call('GET', `${litware}/subscriptions/${ids.nina}`, 'Litware admin');
    expect([answer.status, answer.body.code]).to.deep.equal([404, 'subscription-not-found']);
    const request = await call('POST', `${litware}/license-requests/${ids.omar}/approval`, 'Litware admin');
    expect([request.status, request.body.code]).to.deep.equal([404, 'license-request-not-found']);
  });

  it('one truth: the policy the admin writes is the one megan@contoso.com’s next offer reads', async () => {
    const change = await call('POST', `${tenant}/policies/power-bi-pro`, 'global admin', {
      setting: 'Disabled',
      version: 1,
    });
    expect(change.status).to.equal(200);
    const offer = await call('GET', '/v1/products/power-bi-pro/offer', 'member');
    expect([offer.body.eligible, offer.body.reason]).to.deep.equal([false, 'disabled-by-admin']);
  });

  it('the README’s table of who may do what is this matrix', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.match(/<!-- admin-authz:start[^>]*-->([\s\S]*?)<!-- admin-authz:end -->/)?.[1];
    expect(section, 'the README has the admin-authz section').to.be.a('string');
    const cells = section!
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
      .map((line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => cell.trim()),
      );
    expect(cells).to.deep.equal(readmeTable());
  });
});
