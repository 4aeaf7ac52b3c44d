import { expect } from '@open-wc/testing';
import { isClientReferenceId } from '../src/shared/settings.js';
import { findOperation, validateRequest, validateResponse } from './helpers/contract.js';

const base = 'https://checkout.example.test';
const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('the contract validator', () => {
  it('knows every operation of the checkout API', () => {
    const ops = [
      ['POST', '/v1/tenant-lookups'],
      ['GET', '/v1/products/visio-plan-1/offer'],
      ['POST', '/v1/purchases'],
      ['GET', '/v1/purchases/pur_123'],
      ['POST', '/v1/trials'],
      ['POST', '/v1/license-requests'],
      ['GET', '/v1/subscriptions'],
      ['GET', '/v1/subscriptions/sub_1'],
      ['GET', '/v1/subscriptions/sub_1/directory'],
      ['GET', '/v1/subscriptions/sub_1/assignments'],
      ['POST', '/v1/subscriptions/sub_1/assignments'],
      ['POST', '/v1/subscriptions/sub_1/unassignments'],
      ['GET', '/v1/subscriptions/sub_1/quantity-preview'],
      ['POST', '/v1/subscriptions/sub_1/quantity-changes'],
      ['GET', '/v1/subscriptions/sub_1/invoices'],
      ['POST', '/v1/subscriptions/sub_1/invoices/in_1/payments'],
      ['POST', '/v1/subscriptions/sub_1/payment-method-setups'],
      ['POST', '/v1/subscriptions/sub_1/cancellation'],
      ['POST', '/v1/subscriptions/sub_1/reactivation'],
    ].map(([method, path]) => findOperation(method!, base + path)?.operation.operationId);
    expect(ops).to.deep.equal([
      'lookUpTenant',
      'getOffer',
      'createPurchase',
      'getPurchase',
      'startTrial',
      'requestLicense',
      'listSubscriptions',
      'getSubscription',
      'searchDirectory',
      'listAssignments',
      'assignLicenses',
      'unassignLicenses',
      'previewQuantityChange',
      'changeQuantity',
      'listInvoices',
      'payInvoice',
      'createPaymentMethodSetup',
      'cancelSubscription',
      'reactivateSubscription',
    ]);
  });

  it('catches a response that drifts from the contract', () => {
    const good = {
      id: 'pur_1',
      status: 'active',
      productId: 'power-bi-pro',
      planId: 'p',
      quantity: 1,
      amount: { value: 1400, currency: 'USD' },
      createdAt: '2026-11-23T10:00:00Z',
    };
    expect(validateResponse('GET', `${base}/v1/purchases/pur_1`, json(good), good)).to.deep.equal([]);
    const drifted = { ...good, status: 'paid', amount: { value: 14.0 + 0.5, currency: 'usd' } };
    const errors = validateResponse('GET', `${base}/v1/purchases/pur_1`, json(drifted), drifted);
    expect(errors.join('\n')).to.contain('/status').and.contain('/amount/value').and.contain('/amount/currency');
  });

  it('catches a problem without a code, a wrong content type and a 429 without Retry-After', () => {
    const problem = { type: 'about:blank', title: 'x', status: 500 };
    expect(
      validateResponse('POST', `${base}/v1/trials`, json(problem, 500, 'application/problem+json'), problem).join(),
    ).to.contain('code');
    expect(validateResponse('POST', `${base}/v1/trials`, json(problem, 500), problem).join()).to.contain(
      'content type',
    );
    const limited = { ...problem, status: 429, code: 'rate-limited' };
    expect(
      validateResponse('POST', `${base}/v1/trials`, json(limited, 429, 'application/problem+json'), limited).join(),
    ).to.contain('Retry-After');
  });

  it('catches a request without its Idempotency-Key or with an unknown field', () => {
    const body = { productId: 'visio-plan-1', planId: 'x', quantity: 1 };
    expect(validateRequest('POST', `${base}/v1/purchases`, new Headers(), body).join()).to.contain('Idempotency-Key');
    const headers = new Headers({ 'Idempotency-Key': 'abcdefabcdefabcdef' });
    expect(validateRequest('POST', `${base}/v1/purchases`, headers, body)).to.deep.equal([]);
    expect(validateRequest('POST', `${base}/v1/purchases`, headers, { ...body, price: 1 }).join()).to.match(
      /price|additional/i,
    );
  });

  it('takes exactly the client references the SDK lets a host set', () => {
    const headers = new Headers({ 'Idempotency-Key': 'abcdefabcdefabcdef' });
    const values = [
      'order-1234',
      'crm_7781',
      'A'.repeat(200),
      'A'.repeat(201),
      '',
      'order 42',
      'megan@contoso.com',
      'kö-1',
      '<img src=x>',
      'a/b',
    ];
    const taken = (path: string, body: object) =>
      values.map(
        (value) => validateRequest('POST', base + path, headers, { ...body, clientReferenceId: value }).length === 0,
      );
    const sdk = values.map(isClientReferenceId);
    expect(sdk).to.deep.equal([true, true, true, false, false, false, false, false, false, false]);
    expect(taken('/v1/purchases', { productId: 'visio-plan-1', planId: 'x', quantity: 1 })).to.deep.equal(sdk);
    expect(taken('/v1/trials', { productId: 'visio-plan-1' })).to.deep.equal(sdk);
  });
});
