// Who may read or change a self-service subscription, as a matrix: every operation of the
// purchaser's limited view × every kind of caller, against the mock checkout service running as an
// HTTP server on its own origin (CORS, real requests), each answer checked against the contract.
import { expect } from '@open-wc/testing';
import { remoteCheckout, type RemoteCheckout } from '../mocks/remote.js';
import { claimsFor, issueTestToken, objectIdFor, signTestToken } from '../mocks/tokens.js';
import { newIdempotencyKey } from '../src/api/idempotency.js';
import { validateResponse } from './helpers/contract.js';

type Caller = 'purchaser' | 'colleague' | 'other tenant' | 'guest' | 'no token' | 'expired token';

const CALLERS: Record<Caller, () => Promise<string | undefined>> = {
  purchaser: () => issueTestToken('owner@northwind.com'),
  colleague: () => issueTestToken('adele.vance@northwind.com'),
  'other tenant': () => issueTestToken('megan@contoso.com'),
  guest: () => issueTestToken('guest.jordan@northwind.com'),
  'no token': async () => undefined,
  'expired token': async () => signTestToken(await claimsFor('owner@northwind.com', -60)),
};

interface Operation {
  name: string;
  method: 'GET' | 'POST';
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** The purchaser's answer. */
  ok: number;
}

interface Ids {
  subscription: string;
  invoice: string;
  bianca: string;
  adele: string;
}

const OPERATIONS: Operation[] = [
  { name: 'read one', method: 'GET', path: (i) => `/v1/subscriptions/${i.subscription}`, ok: 200 },
  {
    name: 'search the directory',
    method: 'GET',
    path: (i) => `/v1/subscriptions/${i.subscription}/directory?search=a`,
    ok: 200,
  },
  { name: 'list assignments', method: 'GET', path: (i) => `/v1/subscriptions/${i.subscription}/assignments`, ok: 200 },
  {
    name: 'assign',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/assignments`,
    body: (i) => ({ userIds: [i.bianca] }),
    ok: 200,
  },
  {
    name: 'unassign',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/unassignments`,
    body: (i) => ({ userIds: [i.adele] }),
    ok: 200,
  },
  {
    name: 'preview a quantity',
    method: 'GET',
    path: (i) => `/v1/subscriptions/${i.subscription}/quantity-preview?quantity=6`,
    ok: 200,
  },
  {
    name: 'change the quantity',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/quantity-changes`,
    body: () => ({ quantity: 6 }),
    ok: 200,
  },
  { name: 'list invoices', method: 'GET', path: (i) => `/v1/subscriptions/${i.subscription}/invoices`, ok: 200 },
  {
    name: 'pay an invoice',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/invoices/${i.invoice}/payments`,
    ok: 200,
  },
  {
    name: 'start a card update',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/payment-method-setups`,
    ok: 201,
  },
  { name: 'cancel', method: 'POST', path: (i) => `/v1/subscriptions/${i.subscription}/cancellation`, ok: 200 },
  {
    name: 'undo a cancellation',
    method: 'POST',
    path: (i) => `/v1/subscriptions/${i.subscription}/reactivation`,
    ok: 200,
  },
];

/** What every caller but the purchaser gets, for any operation on the purchaser's subscription. */
const REFUSED: Record<Exclude<Caller, 'purchaser'>, [number, string]> = {
  colleague: [403, 'not-purchaser'],
  'other tenant': [404, 'subscription-not-found'],
  guest: [403, 'not-purchaser'],
  'no token': [401, 'unauthorized'],
  'expired token': [401, 'token-expired'],
};

let remote: RemoteCheckout;
let ids: Ids;

async function call(
  method: string,
  path: string,
  caller: Caller,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const token = await CALLERS[caller]();
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

describe('the purchaser’s limited view: who may do what (HTTP, across origins)', function () {
  this.timeout(20000);

  before(async () => {
    remote = (await remoteCheckout('subscriptions-authz'))!;
    await remote.reset();
    const list = await call('GET', '/v1/subscriptions?productId=power-bi-pro', 'purchaser');
    const subscription = (list.body.subscriptions as Array<{ id: string }>)[0]!.id;
    const invoices = await call('GET', `/v1/subscriptions/${subscription}/invoices`, 'purchaser');
    const invoice = (invoices.body.invoices as Array<{ id: string; status: string }>).find(
      (i) => i.status === 'past_due',
    )!.id;
    ids = {
      subscription,
      invoice,
      bianca: await objectIdFor('bianca.pisani@northwind.com'),
      adele: await objectIdFor('adele.vance@northwind.com'),
    };
  });
  beforeEach(() => remote.reset());

  for (const operation of OPERATIONS) {
    describe(operation.name, () => {
      it(`purchaser → ${operation.ok}`, async () => {
        const answer = await call(operation.method, operation.path(ids), 'purchaser', operation.body?.(ids));
        expect(answer.status, JSON.stringify(answer.body)).to.equal(operation.ok);
      });
      for (const [caller, [status, code]] of Object.entries(REFUSED) as Array<[Caller, [number, string]]>) {
        it(`${caller} → ${status} ${code}, and nothing changes`, async () => {
          const answer = await call(operation.method, operation.path(ids), caller, operation.body?.(ids));
          expect([answer.status, answer.body.code]).to.deep.equal([status, code]);
          const after = await call('GET', `/v1/subscriptions/${ids.subscription}`, 'purchaser');
          expect(
            [after.body.status, after.body.quantity, after.body.assignedCount, after.body.card],
            'the subscription as seeded',
          ).to.deep.equal(['past_due', 5, 3, { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2028 }]);
        });
      }
    });
  }

  describe('the list is always the caller’s own', () => {
    const lists: Array<[Caller, number, number]> = [
      ['purchaser', 200, 4],
      ['colleague', 200, 0],
      ['other tenant', 200, 0],
      ['guest', 200, 0],
    ];
    for (const [caller, status, count] of lists) {
      it(`${caller} → ${status} with ${count} subscriptions`, async () => {
        const answer = await call('GET', '/v1/subscriptions', caller);
        expect([answer.status, (answer.body.subscriptions as unknown[]).length]).to.deep.equal([status, count]);
      });
    }
    for (const caller of ['no token', 'expired token'] as const) {
      it(`${caller} → 401 ${REFUSED[caller][1]}`, async () => {
        const answer = await call('GET', '/v1/subscriptions', caller);
        expect([answer.status, answer.body.code]).to.deep.equal(REFUSED[caller]);
      });
    }
  });

  describe('nobody outside the tenant is ever found or assigned', () => {
    it('the purchaser’s search never returns another tenant’s people, whatever it asks', async () => {
      for (const search of ['megan', 'contoso', 'megan@contoso.com', 'guest.kim', 'anna']) {
        const answer = await call(
          'GET',
          `/v1/subscriptions/${ids.subscription}/directory?search=${search}`,
          'purchaser',
        );
        const emails = (answer.body.users as Array<{ email: string }>).map((u) => u.email);
        expect(
          emails.every((email) => email.endsWith('@northwind.com')),
          `${search}: ${emails}`,
        ).to.equal(true);
      }
    });

    it('assigning a user of another tenant fails for that user (other-tenant-user) and assigns nobody', async () => {
      const megan = await objectIdFor('megan@contoso.com');
      const answer = await call('POST', `/v1/subscriptions/${ids.subscription}/assignments`, 'purchaser', {
        userIds: [megan],
      });
      expect([answer.status, answer.body.results, answer.body.assignedCount]).to.deep.equal([
        200,
        [{ userId: megan, status: 'failed', code: 'other-tenant-user' }],
        3,
      ]);
    });
  });
});
