import { expect } from '@open-wc/testing';
import { issueTestToken, signTestToken, claimsFor } from '../../mocks/tokens.js';
import type { MockCheckout } from '../../mocks/browser.js';
import { failure } from '../../test/helpers/failure.js';
import { contractViolations, requestsTo, resetMockCheckout } from '../../test/helpers/mock-checkout.js';
import { CheckoutClient, newIdempotencyKey, parseRetryAfter, type TokenRequest } from './client.js';

let mock: MockCheckout;
const megan = () => issueTestToken('megan@contoso.com');
const purchaseBody = { productId: 'power-bi-pro', planId: 'power-bi-pro:monthly', quantity: 2 } as const;

function client(options: Partial<ConstructorParameters<typeof CheckoutClient>[0]> = {}): CheckoutClient {
  return new CheckoutClient({
    baseUrl: mock.baseUrl,
    getAccessToken: megan,
    backoffMs: 10,
    random: () => 1,
    ...options,
  });
}

describe('CheckoutClient', () => {
  beforeEach(async () => {
    mock = await resetMockCheckout();
  });
  afterEach(() => {
    expect(contractViolations, contractViolations.join('\n')).to.deep.equal([]);
  });

  it('sends the bearer token, the locale and a JSON body', async () => {
    await client({ locale: () => 'sv-SE' }).getOffer('power-bi-pro');
    const [request] = requestsTo('/offer');
    expect(request!.headers.get('Authorization')).to.match(/^Bearer ey/);
    expect(request!.headers.get('Accept-Language')).to.equal('sv-SE');
  });

  it('sends no token to the tenant lookup, but an Idempotency-Key', async () => {
    const token = (): Promise<string> => Promise.reject(new Error('no token wanted'));
    await client({ getAccessToken: token }).lookUpTenant('megan@contoso.com');
    const [request] = requestsTo('/tenant-lookups');
    expect(request!.headers.has('Authorization')).to.equal(false);
    expect(request!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
  });

  describe('idempotency', () => {
    it('returns the same purchase for the same key and body', async () => {
      const key = newIdempotencyKey();
      const first = await client().createPurchase(purchaseBody, key);
      const again = await client().createPurchase(purchaseBody, key);
      expect(again.id).to.equal(first.id);
      expect(again.payment?.clientSecret).to.equal(first.payment?.clientSecret);
      expect(mock.service.purchases()).to.have.length(1);
    });

    it('rejects the same key with a different body, without retrying', async () => {
      const key = newIdempotencyKey();
      await client().createPurchase(purchaseBody, key);
      const error = await failure(client().createPurchase({ ...purchaseBody, quantity: 3 }, key));
      expect([error.code, error.status, error.retryable]).to.deep.equal(['idempotency-key-reused', 409, false]);
      expect(requestsTo('/purchases', 'POST')).to.have.length(2);
    });

    it('is required by the service for a purchase', async () => {
      const token = await megan();
      const response = await fetch(`${mock.baseUrl}/v1/purchases`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(purchaseBody),
      });
      expect(response.status).to.equal(400);
      expect(response.headers.get('Content-Type')).to.equal('application/problem+json');
      expect((await response.json()).code).to.equal('idempotency-key-missing');
      contractViolations.length = 0; // the request broke the contract on purpose
    });

    it('converges a second tab’s identical checkout on the open purchase', async () => {
      const first = await client().createPurchase(purchaseBody, newIdempotencyKey());
      const second = await client().createPurchase(purchaseBody, newIdempotencyKey());
      expect(second.id).to.equal(first.id);
    });

    it('reuses the key on every retry, and creates one purchase', async () => {
      mock.faults.set('purchase', { kind: '500', times: 2 });
      const created = await client().createPurchase(purchaseBody, 'retry-key-0000000001');
      const keys = requestsTo('/purchases', 'POST').map((r) => r.headers.get('Idempotency-Key'));
      expect(keys).to.deep.equal(['retry-key-0000000001', 'retry-key-0000000001', 'retry-key-0000000001']);
      expect(mock.service.purchases().map((p) => p.id)).to.deep.equal([created.id]);
    });
  });

  describe('retries', () => {
    it('retries a 500 with backoff and succeeds', async () => {
      mock.faults.set('offer', { kind: '500', times: 1 });
      const offer = await client().getOffer('visio-plan-1');
      expect(offer.productName).to.equal('Visio Plan 1');
      expect(requestsTo('/offer')).to.have.length(2);
    });

    it('gives up after the configured retries with server-error', async () => {
      mock.faults.set('offer', { kind: '500' });
      const error = await failure(client({ retries: 2 }).getOffer('visio-plan-1'));
      expect([error.code, error.status, error.retryable]).to.deep.equal(['server-error', 500, true]);
      expect(requestsTo('/offer')).to.have.length(3);
    });

    it('waits out Retry-After on 429 before retrying', async () => {
      mock.faults.set('tenant', { kind: '429', value: 1, times: 1 });
      const started = performance.now();
      const answer = await client().lookUpTenant('anna@contoso.se');
      expect(answer.result).to.equal('tenant-found');
      expect(performance.now() - started).to.be.at.least(950);
      expect(requestsTo('/tenant-lookups')).to.have.length(2);
    });

    it('surfaces a Retry-After longer than it may wait, with the seconds', async () => {
      mock.faults.set('tenant', { kind: '429', value: 120 });
      const error = await failure(client().lookUpTenant('anna@contoso.se'));
      expect([error.code, error.retryAfter]).to.deep.equal(['rate-limited', 120]);
      expect(requestsTo('/tenant-lookups')).to.have.length(1);
    });

    it('times out a request that never answers, and retries it', async () => {
      mock.faults.set('status', { kind: 'timeout', value: 5000 });
      const created = await client().createPurchase(purchaseBody, newIdempotencyKey());
      const error = await failure(client({ timeoutMs: 150, retries: 1 }).getPurchase(created.id));
      expect([error.code, error.retryable]).to.deep.equal(['timeout', true]);
      expect(requestsTo(`/purchases/${created.id}`)).to.have.length(2);
    });

    it('gives up within its deadline when the service never answers (no minute-long spinner)', async () => {
      mock.faults.set('offer', { kind: 'timeout', value: 60_000 });
      const started = Date.now();
      const error = await failure(client({ timeoutMs: 400, deadlineMs: 1000, retries: 5 }).getOffer('power-bi-pro'));
      expect(error.code).to.equal('timeout');
      expect(Date.now() - started, 'answered within the deadline').to.be.below(1500);
      expect(requestsTo('/products/power-bi-pro/offer').length).to.be.within(1, 3);
      mock.faults.clear();
    });

    it('reports a network failure (offline) as retryable, and recovers when it passes', async () => {
      mock.faults.set('offer', { kind: 'offline', times: 1 });
      await client().getOffer('power-bi-pro');
      mock.faults.set('offer', { kind: 'offline' });
      const error = await failure(client({ retries: 1 }).getOffer('power-bi-pro'));
      expect([error.code, error.retryable]).to.deep.equal(['network', true]);
    });

    it('does not retry malformed JSON, and says bad-response', async () => {
      mock.faults.set('offer', { kind: 'malformed' });
      const error = await failure(client().getOffer('power-bi-pro'));
      expect([error.code, error.retryable]).to.deep.equal(['bad-response', false]);
      expect(requestsTo('/offer')).to.have.length(1);
    });

    it('does not retry a 4xx', async () => {
      const error = await failure(client().getOffer('office-xyz'));
      expect([error.code, error.status]).to.deep.equal(['unknown-product', 404]);
      expect(requestsTo('/offer')).to.have.length(1);
      contractViolations.length = 0; // an unknown product id breaks the path schema on purpose
    });

    it('lets latency through', async () => {
      mock.faults.set('offer', { kind: 'latency', value: 300, times: 1 });
      const started = performance.now();
      await client().getOffer('power-bi-pro');
      expect(performance.now() - started).to.be.at.least(290);
    });

    it('stops waiting when the caller aborts', async () => {
      mock.faults.set('offer', { kind: 'latency', value: 2000 });
      const controller = new AbortController();
      const pending = client().getOffer('power-bi-pro', { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const error = await failure(pending);
      expect(error.code).to.equal('aborted');
    });
  });

  describe('tokens', () => {
    it('renews an expired token once and retries the request', async () => {
      const calls: TokenRequest[] = [];
      const getAccessToken = async (request: TokenRequest) => {
        calls.push(request);
        const claims = await claimsFor('megan@contoso.com');
        return signTestToken(request.forceRefresh ? claims : { ...claims, exp: claims.exp - 7200 });
      };
      const offer = await client({ getAccessToken }).getOffer('power-bi-pro');
      expect(offer.eligible).to.equal(true);
      expect(calls).to.deep.equal([{ forceRefresh: false }, { forceRefresh: true }]);
    });

    it('fails with token-expired when the renewed token is rejected too', async () => {
      mock.faults.set('offer', { kind: '401' });
      const calls: TokenRequest[] = [];
      const error = await failure(
        client({
          getAccessToken: (request) => {
            calls.push(request);
            return megan();
          },
        }).getOffer('power-bi-pro'),
      );
      expect([error.code, error.status]).to.deep.equal(['token-expired', 401]);
      expect(calls).to.have.length(2);
      expect(requestsTo('/offer')).to.have.length(2);
    });

    it('is refused without a token, and with a forged one', async () => {
      const none = await failure(new CheckoutClient({ baseUrl: mock.baseUrl }).getOffer('power-bi-pro'));
      expect(none.code).to.equal('unauthorized');
      const token = await megan();
      const [header, payload] = token.split('.');
      const forged = `${header}.${payload}.${'A'.repeat(43)}`;
      const error = await failure(client({ getAccessToken: async () => forged }).getOffer('power-bi-pro'));
      expect([error.code, error.status]).to.deep.equal(['unauthorized', 401]);
    });
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).to.equal(7);
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).to.equal(30);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });
});
