import { expect } from '@open-wc/testing';
import { offerFixture } from '../../../test/helpers/offers.js';
import type { Offer, Purchase } from '../../api/client.js';
import { initialState, transition, type FlowEvent, type FlowState } from './machine.js';

const tenant = { displayName: 'Contoso', domainHint: 'contoso.com' };
const account = { tenantId: 't1', userId: 'u1', username: 'megan@contoso.com' };
const who = { email: 'megan@contoso.com', tenant, account };
const offer = offerFixture({
  plans: [
    { id: 'p:annual', billingPeriod: 'year', unitAmount: { value: 14000, currency: 'USD' } },
    { id: 'p:monthly', billingPeriod: 'month', unitAmount: { value: 1400, currency: 'USD' } },
  ],
});
const ineligibleOffer: Offer = {
  ...offer,
  eligible: false,
  kind: undefined,
  reason: 'disabled-by-admin',
  plans: [],
  maxQuantity: 0,
  licenseRequestAvailable: true,
  adminContact: { message: 'Ask IT', url: 'https://it.example/ask' },
};
const purchase = (status: Purchase['status'], extra: Partial<Purchase> = {}): Purchase => ({
  id: 'pur_1',
  status,
  productId: 'power-bi-pro',
  planId: 'p:monthly',
  quantity: 3,
  amount: { value: 4200, currency: 'USD' },
  createdAt: '2026-11-23T10:00:00Z',
  ...extra,
});
const ref = {
  id: 'pur_1',
  productId: 'power-bi-pro',
  quantity: 3,
  amount: { value: 4200, currency: 'USD' },
  kind: 'purchase' as const,
};
const choice = { quantity: 3, planId: 'p:monthly' };
const busyError = { code: 'network', recoverable: true };

const s = {
  email: initialState('megan@contoso.com'),
  emailBusy: { step: 'email', email: 'megan@contoso.com', busy: true } as FlowState,
  signIn: { step: 'sign-in', email: 'megan@contoso.com', tenant, busy: false } as FlowState,
  signInBusy: { step: 'sign-in', email: 'megan@contoso.com', tenant, busy: true } as FlowState,
  checking: { step: 'checking', ...who } as FlowState,
  seats: { step: 'seats', ...who, offer, choice: { quantity: 1, planId: 'p:monthly' }, busy: false } as FlowState,
  seatsBusy: { step: 'seats', ...who, offer, choice, busy: true } as FlowState,
  payment: { step: 'payment', ...who, offer, choice, purchase: ref, busy: false } as FlowState,
  paymentBusy: { step: 'payment', ...who, offer, choice, purchase: ref, busy: true } as FlowState,
  processing: { step: 'processing', purchase: ref, slow: false } as FlowState,
  ineligible: {
    step: 'ineligible',
    reason: 'disabled-by-admin',
    email: 'megan@contoso.com',
    tenantName: 'Contoso',
    licenseRequest: 'idle',
    adminContact: { message: 'Ask IT', url: 'https://it.example/ask' },
  } as FlowState,
};
const complete: FlowState = {
  step: 'complete',
  result: {
    purchaseId: 'pur_1',
    productId: 'power-bi-pro',
    quantity: 3,
    amount: 4200,
    currency: 'USD',
    kind: 'purchase',
  },
  adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions',
};

const table: Array<[string, FlowState, FlowEvent, FlowState]> = [
  ['submits an email', initialState(), { type: 'EMAIL_SUBMITTED', email: 'megan@contoso.com' }, s.emailBusy],
  ['ignores a second submit while busy', s.emailBusy, { type: 'EMAIL_SUBMITTED', email: 'x@y.z' }, s.emailBusy],
  ['goes to sign-in when the tenant is found', s.emailBusy, { type: 'TENANT_FOUND', tenant }, s.signIn],
  ['ignores a late tenant answer when not waiting', s.email, { type: 'TENANT_FOUND', tenant }, s.email],
  [
    'ends at ineligible for a personal email',
    s.emailBusy,
    { type: 'TENANT_REJECTED', reason: 'personal-email' },
    { step: 'ineligible', reason: 'personal-email', email: 'megan@contoso.com', licenseRequest: 'unavailable' },
  ],
  [
    'keeps the email and shows a lookup failure inline',
    s.emailBusy,
    { type: 'REQUEST_FAILED', error: busyError },
    { step: 'email', email: 'megan@contoso.com', busy: false, error: busyError },
  ],
  ['starts the sign-in', s.signIn, { type: 'SIGN_IN_STARTED' }, s.signInBusy],
  ['checks eligibility once signed in', s.signInBusy, { type: 'SIGNED_IN', account }, s.checking],
  [
    'shows a sign-in failure and lets the person try again',
    s.signInBusy,
    { type: 'SIGN_IN_FAILED', error: { code: 'popup-blocked', recoverable: true } },
    { ...s.signIn, error: { code: 'popup-blocked', recoverable: true } } as FlowState,
  ],
  ['goes back from sign-in to the email, keeping it', s.signIn, { type: 'BACK' }, s.email],
  ['opens the seat picker for an eligible offer (monthly first)', s.checking, { type: 'OFFER_LOADED', offer }, s.seats],
  [
    'restores the seat choice on resume',
    { ...s.checking, choice: { quantity: 7, planId: 'p:annual' } } as FlowState,
    { type: 'OFFER_LOADED', offer },
    { ...s.seats, choice: { quantity: 7, planId: 'p:annual' } } as FlowState,
  ],
  [
    'clamps a restored quantity to the offer',
    { ...s.checking, choice: { quantity: 500, planId: 'p:monthly' } } as FlowState,
    { type: 'OFFER_LOADED', offer },
    { ...s.seats, choice: { quantity: 100, planId: 'p:monthly' } } as FlowState,
  ],
  [
    'ends at ineligible with the admin contact',
    s.checking,
    { type: 'OFFER_LOADED', offer: ineligibleOffer },
    s.ineligible,
  ],
  [
    'shows a retryable error when the offer cannot be loaded',
    s.checking,
    { type: 'REQUEST_FAILED', error: busyError },
    { step: 'error', error: busyError, from: s.checking },
  ],
  ['retries from the error', { step: 'error', error: busyError, from: s.checking }, { type: 'RETRY' }, s.checking],
  [
    'does not retry an unrecoverable error',
    { step: 'error', error: { code: 'card_declined', recoverable: false } },
    { type: 'RETRY' },
    { step: 'error', error: { code: 'card_declined', recoverable: false } },
  ],
  ['submits seats', s.seats, { type: 'SEATS_SUBMITTED', choice }, s.seatsBusy],
  [
    'ignores a double submit of seats',
    s.seatsBusy,
    { type: 'SEATS_SUBMITTED', choice: { quantity: 9, planId: 'x' } },
    s.seatsBusy,
  ],
  [
    'goes to payment when the purchase exists',
    s.seatsBusy,
    { type: 'PURCHASE_CREATED', purchase: purchase('requires_payment') },
    s.payment,
  ],
  [
    'shows a resumed purchase that is already active as complete',
    s.seatsBusy,
    {
      type: 'PURCHASE_CREATED',
      purchase: purchase('active', { adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions' }),
    },
    complete,
  ],
  [
    'keeps the choice and shows a purchase failure inline',
    s.seatsBusy,
    { type: 'REQUEST_FAILED', error: busyError },
    { ...s.seatsBusy, busy: false, error: busyError } as FlowState,
  ],
  [
    'completes a card-free trial without payment',
    { ...s.seats, busy: true } as FlowState,
    {
      type: 'TRIAL_STARTED',
      trial: { id: 'tri_1', productId: 'visio-plan-1', status: 'active', endsAt: '2026-12-23T00:00:00Z' },
    },
    {
      step: 'complete',
      result: {
        purchaseId: 'tri_1',
        productId: 'visio-plan-1',
        quantity: 1,
        amount: 0,
        currency: 'USD',
        kind: 'trial',
      },
      trialEndsAt: '2026-12-23T00:00:00Z',
    },
  ],
  ['pays', s.payment, { type: 'PAY_SUBMITTED' }, s.paymentBusy],
  ['ignores a double click on pay', s.paymentBusy, { type: 'PAY_SUBMITTED' }, s.paymentBusy],
  [
    'shows a decline and keeps the same purchase',
    s.paymentBusy,
    { type: 'PAYMENT_FAILED', error: { code: 'card_declined', recoverable: true } },
    { ...s.payment, error: { code: 'card_declined', recoverable: true } } as FlowState,
  ],
  ['waits for the server after a confirmed payment', s.paymentBusy, { type: 'PAYMENT_CONFIRMED' }, s.processing],
  [
    'clears a payment-form failure to mount it again',
    { ...s.payment, error: { code: 'load-failed', recoverable: true } } as FlowState,
    { type: 'RETRY' },
    s.payment,
  ],
  ['goes back from payment to the seats', s.payment, { type: 'BACK' }, { ...s.seats, choice } as FlowState],
  ['does not go back while paying', s.paymentBusy, { type: 'BACK' }, s.paymentBusy],
  [
    'completes when the server says active',
    s.processing,
    { type: 'STATUS', purchase: purchase('active', { adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions' }) },
    complete,
  ],
  [
    'keeps processing while the server processes',
    s.processing,
    { type: 'STATUS', purchase: purchase('processing') },
    s.processing,
  ],
  [
    'says "still checking" when it is slow',
    s.processing,
    { type: 'SLOW' },
    { ...s.processing, slow: true } as FlowState,
  ],
  [
    'never says failed when a status request fails',
    s.processing,
    { type: 'REQUEST_FAILED', error: busyError },
    { ...s.processing, slow: true } as FlowState,
  ],
  [
    'reports a definite failure from the server',
    s.processing,
    { type: 'STATUS', purchase: purchase('failed', { failureReason: 'payment_expired' }) },
    { step: 'error', error: { code: 'payment_expired', recoverable: false } },
  ],
  [
    'sends a license request',
    s.ineligible,
    { type: 'LICENSE_REQUESTED' },
    { ...s.ineligible, licenseRequest: 'sending' } as FlowState,
  ],
  [
    'confirms the license request',
    { ...s.ineligible, licenseRequest: 'sending' } as FlowState,
    { type: 'LICENSE_REQUEST_SENT' },
    { ...s.ineligible, licenseRequest: 'sent' } as FlowState,
  ],
  [
    'lets a failed license request be sent again',
    { ...s.ineligible, licenseRequest: 'sending' } as FlowState,
    { type: 'REQUEST_FAILED', error: busyError },
    { ...s.ineligible, licenseRequest: 'idle', error: busyError } as FlowState,
  ],
  ['starts over from anywhere, keeping the email', s.payment, { type: 'RESTART' }, s.email],
  ['resumes a saved state', initialState(), { type: 'RESUME', state: s.processing }, s.processing],
  ['stays complete', complete, { type: 'PAY_SUBMITTED' }, complete],
];

describe('purchase flow machine', () => {
  for (const [name, state, event, expected] of table) {
    it(name, () => {
      expect(transition(state, event)).to.deep.equal(expected);
    });
  }

  it('never mutates the state it is given', () => {
    const before = structuredClone(s.seats);
    transition(s.seats, { type: 'SEATS_SUBMITTED', choice });
    expect(s.seats).to.deep.equal(before);
  });
});
