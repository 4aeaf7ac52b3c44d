import { expect } from '@open-wc/testing';
import {
  account,
  choice,
  offer,
  purchase,
  state as s,
  tenant,
  networkError,
  stored,
} from '../../../test/helpers/flow-states.js';
import type { Offer } from '../../api/client.js';
import type { PaymentFailureResult } from '../../shared/events.js';
import { failedPayment } from './failed-payment.js';
import type { FlowEvent, FlowState } from './flow-state.js';
import { initialState, transition } from './machine.js';
import { snapshotOf } from './persistence.js';

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

const table: Array<[string, FlowState, FlowEvent, FlowState]> = [
  // Starting
  ['starts fresh with the host’s email', s.error(), { type: 'START', email: 'a@b.c' }, initialState('a@b.c')],
  [
    'starts at a configuration error',
    s.email(),
    { type: 'START', email: '', config: 'config-api-base' },
    { step: 'error', error: { code: 'config-api-base', recoverable: false } },
  ],
  [
    'shows a stored final step as it was',
    s.email(),
    { type: 'START', email: '', snapshot: stored({ step: 'complete', final: s.complete() }) },
    s.complete(),
  ],
  [
    'starts a stored email step with its email',
    s.email({ email: '' }),
    { type: 'START', email: '', snapshot: stored({ step: 'email', tenant: undefined }) },
    s.email(),
  ],
  [
    'picks up a stored flow past sign-in',
    s.email(),
    { type: 'START', email: '', snapshot: stored() },
    { step: 'resuming', snapshot: stored() },
  ],
  [
    'falls back to the email step when the flow’s code cannot load while resuming',
    { step: 'resuming', snapshot: stored() },
    { type: 'REQUEST_FAILED', error: networkError },
    s.email({ error: networkError }),
  ],
  // Email
  [
    'submits an email',
    initialState(),
    { type: 'EMAIL_SUBMITTED', email: 'megan@contoso.com' },
    s.email({ busy: true }),
  ],
  [
    'ignores a second submit while busy',
    s.email({ busy: true }),
    { type: 'EMAIL_SUBMITTED', email: 'x@y.z' },
    s.email({ busy: true }),
  ],
  [
    'goes to sign-in (not ready yet) when the tenant is found',
    s.email({ busy: true }),
    { type: 'TENANT_FOUND', tenant },
    s.signIn({ ready: false }),
  ],
  ['ignores a late tenant answer when not waiting', s.email(), { type: 'TENANT_FOUND', tenant }, s.email()],
  [
    'ends at ineligible for a personal email',
    s.email({ busy: true }),
    { type: 'TENANT_REJECTED', reason: 'personal-email' },
    { step: 'ineligible', reason: 'personal-email', email: 'megan@contoso.com', licenseRequest: 'unavailable' },
  ],
  [
    'keeps the email and shows a lookup failure inline',
    s.email({ busy: true }),
    { type: 'REQUEST_FAILED', error: networkError },
    s.email({ error: networkError }),
  ],
  // Sign-in
  ['makes sign-in ready once its code is in', s.signIn({ ready: false }), { type: 'AUTH_READY' }, s.signIn()],
  [
    'does not start a sign-in that is not ready',
    s.signIn({ ready: false }),
    { type: 'SIGN_IN_STARTED' },
    s.signIn({ ready: false }),
  ],
  ['starts the sign-in', s.signIn(), { type: 'SIGN_IN_STARTED' }, s.signIn({ busy: true })],
  ['checks eligibility once signed in', s.signIn({ busy: true }), { type: 'SIGNED_IN', account }, s.checking()],
  [
    'shows a sign-in failure and lets the person try again',
    s.signIn({ busy: true }),
    { type: 'SIGN_IN_FAILED', error: { code: 'popup-blocked', recoverable: true } },
    s.signIn({ error: { code: 'popup-blocked', recoverable: true } }),
  ],
  ['goes back from sign-in to the email, keeping it', s.signIn(), { type: 'BACK' }, s.email()],
  // Sign-in has no time limit: when its window goes quiet, the step offers to open it again or to cancel.
  [
    'offers to open the window again or cancel when a sign-in goes quiet',
    s.signIn({ busy: true }),
    { type: 'SIGN_IN_STALLED' },
    s.signIn({ busy: true, stalled: true }),
  ],
  ['ignores a late “quiet” once sign-in is over', s.signIn(), { type: 'SIGN_IN_STALLED' }, s.signIn()],
  [
    'opens the window again (a new sign-in) after it went quiet',
    s.signIn({ busy: true, stalled: true }),
    { type: 'SIGN_IN_STARTED' },
    s.signIn({ busy: true }),
  ],
  [
    'does not open a second window while the first one may still answer',
    s.signIn({ busy: true }),
    { type: 'SIGN_IN_STARTED' },
    s.signIn({ busy: true }),
  ],
  ['cancels a sign-in at once', s.signIn({ busy: true }), { type: 'SIGN_IN_CANCELLED' }, s.signIn()],
  [
    'cancels a sign-in that went quiet',
    s.signIn({ busy: true, stalled: true }),
    { type: 'SIGN_IN_CANCELLED' },
    s.signIn(),
  ],
  ['ignores a cancel with no sign-in under way', s.signIn(), { type: 'SIGN_IN_CANCELLED' }, s.signIn()],
  [
    'shows a failure of a sign-in that went quiet (no longer quiet)',
    s.signIn({ busy: true, stalled: true }),
    { type: 'SIGN_IN_FAILED', error: { code: 'sign-in-failed', recoverable: true } },
    s.signIn({ error: { code: 'sign-in-failed', recoverable: true } }),
  ],
  [
    'is signed in from a window opened again',
    s.signIn({ busy: true, stalled: true }),
    { type: 'SIGNED_IN', account },
    s.checking(),
  ],
  // Offer
  [
    'opens the seat picker for an eligible offer (monthly first)',
    s.checking(),
    { type: 'OFFER_LOADED', offer },
    s.seats(),
  ],
  [
    'restores the seat choice on resume',
    s.checking({ choice: { quantity: 7, planId: 'p:annual' } }),
    { type: 'OFFER_LOADED', offer },
    s.seats({ choice: { quantity: 7, planId: 'p:annual' } }),
  ],
  [
    'clamps a restored quantity to the offer',
    s.checking({ choice: { quantity: 500, planId: 'p:monthly' } }),
    { type: 'OFFER_LOADED', offer },
    s.seats({ choice: { quantity: 100, planId: 'p:monthly' } }),
  ],
  [
    'ends at ineligible with the admin contact',
    s.checking(),
    { type: 'OFFER_LOADED', offer: ineligibleOffer },
    s.ineligible(),
  ],
  [
    'shows a retryable error when the offer cannot be loaded',
    s.checking(),
    { type: 'REQUEST_FAILED', error: networkError },
    s.error({ from: s.checking() }),
  ],
  ['retries from the error', s.error({ from: s.checking() }), { type: 'RETRY' }, s.checking()],
  [
    'does not retry an unrecoverable error',
    s.error({ error: { code: 'card_declined', recoverable: false } }),
    { type: 'RETRY' },
    s.error({ error: { code: 'card_declined', recoverable: false } }),
  ],
  // Seats
  ['submits seats', s.seats(), { type: 'SEATS_SUBMITTED', choice }, s.seats({ choice, busy: true })],
  [
    'ignores a double submit of seats',
    s.seats({ choice, busy: true }),
    { type: 'SEATS_SUBMITTED', choice: { quantity: 9, planId: 'x' } },
    s.seats({ choice, busy: true }),
  ],
  [
    'goes to payment (form not mounted yet) when the purchase exists',
    s.seats({ choice, busy: true }),
    { type: 'PURCHASE_CREATED', purchase: purchase('requires_payment') },
    s.payment({ ready: false }),
  ],
  [
    'shows a purchase that is already active as complete',
    s.seats({ choice, busy: true }),
    {
      type: 'PURCHASE_CREATED',
      purchase: purchase('active', { adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions' }),
    },
    s.complete(),
  ],
  [
    'keeps the choice and shows a purchase failure inline',
    s.seats({ choice, busy: true }),
    { type: 'REQUEST_FAILED', error: networkError },
    s.seats({ choice, error: networkError }),
  ],
  [
    'completes a card-free trial without payment',
    s.seats({ busy: true }),
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
  // License request
  [
    'sends a license request',
    s.ineligible(),
    { type: 'LICENSE_REQUESTED', message: '' },
    s.ineligible({ licenseRequest: 'sending' }),
  ],
  [
    'confirms the license request',
    s.ineligible({ licenseRequest: 'sending' }),
    { type: 'LICENSE_REQUEST_SENT' },
    s.ineligible({ licenseRequest: 'sent' }),
  ],
  [
    'lets a failed license request be sent again',
    s.ineligible({ licenseRequest: 'sending' }),
    { type: 'REQUEST_FAILED', error: networkError },
    s.ineligible({ licenseRequest: 'idle', error: networkError }),
  ],
  [
    'goes back from a personal email to the email step, its field in error',
    s.ineligible({ reason: 'personal-email', licenseRequest: 'unavailable' }),
    { type: 'BACK' },
    s.email({ error: { code: 'personal-email', recoverable: true } }),
  ],
  ['goes back from any other reason to a plain email step', s.ineligible(), { type: 'BACK' }, s.email()],
  ['starts over from anywhere, keeping the email', s.payment(), { type: 'RESTART' }, s.email()],
  ['stays complete', s.complete(), { type: 'PAY_SUBMITTED' }, s.complete()],
];

describe('purchase flow machine', () => {
  for (const [name, state, event, expected] of table) {
    it(name, () => {
      expect(transition(state, event)).to.deep.equal(expected);
    });
  }

  it('never mutates the state it is given', () => {
    const before = structuredClone(s.seats());
    const seats = s.seats();
    transition(seats, { type: 'SEATS_SUBMITTED', choice });
    expect(seats).to.deep.equal(before);
  });

  it('stores no payment secret, and forgets idempotency keys on a restart', () => {
    const previous = stored({ keys: { 'purchase:x': 'k1' } });
    const snapshot = snapshotOf(s.payment(), previous);
    expect(JSON.stringify(snapshot)).to.not.contain('secret');
    expect(snapshot.keys).to.deep.equal({ 'purchase:x': 'k1' });
    expect(snapshotOf(s.email(), previous, { type: 'RESTART' }).keys).to.deep.equal({});
  });
});

const paying = s.payment({ busy: true });
const ids = { purchaseId: 'pur_1', productId: 'power-bi-pro' };
const noDecline = { declineCode: undefined, ...ids };
const intent = { payment: { provider: 'stripe' as const, clientSecret: 'pi_1_secret_x' } };
const back = (status: string, extra: Parameters<typeof purchase>[1] = {}): FlowEvent => ({
  type: 'RESUMED',
  facts: {
    account,
    offer,
    purchase: purchase('requires_payment', { ...intent, ...extra }),
    redirect: { status, paymentIntent: 'pi_1' },
  },
});

const failures: Array<[string, FlowState, FlowEvent, PaymentFailureResult | undefined]> = [
  [
    'a declined card, with Stripe’s decline code',
    paying,
    { type: 'PAYMENT_FAILED', error: { code: 'card_declined', recoverable: true }, declineCode: 'generic_decline' },
    { code: 'card_declined', recoverable: true, ...ids, declineCode: 'generic_decline' },
  ],
  [
    'a payment the browser could not confirm',
    paying,
    { type: 'PAYMENT_FAILED', error: { code: 'unknown', recoverable: true } },
    { code: 'processing_error', recoverable: true, ...noDecline },
  ],
  [
    'no attempt: card details not complete',
    paying,
    { type: 'PAYMENT_FAILED', error: { code: 'incomplete', recoverable: true } },
    undefined,
  ],
  [
    'no attempt: the form did not load',
    s.payment({ ready: false }),
    { type: 'PAYMENT_FAILED', error: { code: 'load-failed', recoverable: true } },
    undefined,
  ],
  ['no attempt: the service could not be reached', paying, { type: 'REQUEST_FAILED', error: networkError }, undefined],
  ['not for a purchase the service reports paid', paying, { type: 'STATUS', purchase: purchase('active') }, undefined],
  [
    'the service failed the purchase being confirmed',
    s.processing(),
    { type: 'STATUS', purchase: purchase('failed', { failureReason: 'payment_expired' }) },
    { code: 'payment_expired', recoverable: false, ...noDecline },
  ],
  [
    'the service failed it without a reason',
    s.processing(),
    { type: 'STATUS', purchase: purchase('failed') },
    { code: 'processing_error', recoverable: false, ...noDecline },
  ],
  [
    'the service found the confirmed payment declined',
    s.processing(),
    { type: 'STATUS', purchase: purchase('requires_payment', { lastPaymentError: 'insufficient_funds' }) },
    { code: 'insufficient_funds', recoverable: false, ...noDecline },
  ],
  [
    'back from a failed 3-D Secure redirect',
    { step: 'resuming', snapshot: stored() },
    back('failed'),
    { code: 'authentication_failed', recoverable: true, ...noDecline },
  ],
  [
    'back from a 3-D Secure redirect that succeeded',
    { step: 'resuming', snapshot: stored() },
    back('succeeded'),
    undefined,
  ],
  [
    'not again for a failed purchase found after a reload',
    { step: 'resuming', snapshot: stored() },
    { type: 'RESUMED', facts: { account, offer, purchase: purchase('failed', { failureReason: 'card_declined' }) } },
    undefined,
  ],
];

describe('failed payment attempts the flow reports', () => {
  for (const [name, state, event, expected] of failures) {
    it(name, () => {
      expect(failedPayment(state, transition(state, event), event)).to.deep.equal(expected);
    });
  }
});
