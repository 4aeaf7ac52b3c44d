// The machine where money is involved: paying, waiting for the server's word, and resuming a
// stored purchase (`RESUMED` in the `resuming` step).
import { expect } from '@open-wc/testing';
import {
  account,
  choice,
  offer,
  purchase,
  state as s,
  networkError,
  stored,
} from '../../../test/helpers/flow-states.js';
import type { FlowEvent, FlowState } from './flow-state.js';
import { resume, transition } from './machine.js';

const declined = { code: 'card_declined', recoverable: true } as const;
const secret = { provider: 'stripe' as const, clientSecret: 'pi_1_secret_abc' };

const table: Array<[string, FlowState, FlowEvent, FlowState]> = [
  // Payment
  ['makes the payment form ready once mounted', s.payment({ ready: false }), { type: 'PAYMENT_READY' }, s.payment()],
  ['pays', s.payment(), { type: 'PAY_SUBMITTED' }, s.payment({ busy: true })],
  ['ignores a double click on pay', s.payment({ busy: true }), { type: 'PAY_SUBMITTED' }, s.payment({ busy: true })],
  [
    'does not pay on a form that is not mounted',
    s.payment({ ready: false }),
    { type: 'PAY_SUBMITTED' },
    s.payment({ ready: false }),
  ],
  [
    'mounts a form that failed to load again when Pay is pressed',
    s.payment({ ready: false, error: { code: 'load-failed', recoverable: true } }),
    { type: 'PAY_SUBMITTED' },
    s.payment({ ready: false }),
  ],
  [
    'shows a decline and keeps the same purchase and form',
    s.payment({ busy: true }),
    { type: 'PAYMENT_FAILED', error: declined },
    s.payment({ error: declined }),
  ],
  [
    'marks a form that failed to load as not ready',
    s.payment({ ready: false }),
    { type: 'PAYMENT_FAILED', error: { code: 'load-failed', recoverable: true } },
    s.payment({ ready: false, error: { code: 'load-failed', recoverable: true } }),
  ],
  [
    'waits for the server after a confirmed payment',
    s.payment({ busy: true }),
    { type: 'PAYMENT_CONFIRMED' },
    s.processing(),
  ],
  [
    'clears a payment-form failure to mount it again',
    s.payment({ ready: false, error: { code: 'load-failed', recoverable: true } }),
    { type: 'RETRY' },
    s.payment({ ready: false }),
  ],
  ['goes back from payment to the seats', s.payment(), { type: 'BACK' }, s.seats({ choice })],
  ['does not go back while paying', s.payment({ busy: true }), { type: 'BACK' }, s.payment({ busy: true })],
  // Processing
  [
    'completes when the server says active',
    s.processing(),
    { type: 'STATUS', purchase: purchase('active', { adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions' }) },
    s.complete(),
  ],
  [
    'keeps processing while the server processes',
    s.processing(),
    { type: 'STATUS', purchase: purchase('processing') },
    s.processing(),
  ],
  ['says "still checking" when it is slow', s.processing(), { type: 'SLOW' }, s.processing({ slow: true })],
  [
    'never says failed when a status request fails',
    s.processing(),
    { type: 'REQUEST_FAILED', error: networkError },
    s.processing({ slow: true }),
  ],
  [
    'reports a definite failure from the server',
    s.processing(),
    { type: 'STATUS', purchase: purchase('failed', { failureReason: 'payment_expired' }) },
    { step: 'error', error: { code: 'payment_expired', recoverable: false } },
  ],
];

/** Resuming a stored payment step from what sign-in and the server say: [name, facts, expected]. */
const resumes: Array<[string, Parameters<typeof resume>[1], FlowState]> = [
  ['asks for sign-in again when no account is restored', {}, s.signIn({ ready: false })],
  [
    'shows a retryable error when the server cannot be asked',
    { account, error: networkError },
    s.error({ from: s.checking({ choice }) }),
  ],
  [
    'continues at payment with the same purchase',
    { account, offer, purchase: purchase('requires_payment', { payment: secret }) },
    s.payment({ ready: false }),
  ],
  [
    'continues at processing while the server processes',
    { account, offer, purchase: purchase('processing') },
    s.processing(),
  ],
  [
    'shows a purchase paid meanwhile as complete',
    { account, offer, purchase: purchase('active', { adminCenterUrl: 'https://admin.microsoft.com/#/subscriptions' }) },
    s.complete(),
  ],
  [
    'waits for the server after a 3-D Secure return for this payment',
    {
      account,
      offer,
      purchase: purchase('requires_payment', { payment: secret }),
      redirect: { status: 'succeeded', paymentIntent: 'pi_1' },
    },
    s.processing(),
  ],
  [
    'offers a retry after a failed 3-D Secure return',
    {
      account,
      offer,
      purchase: purchase('requires_payment', { payment: secret }),
      redirect: { status: 'failed', paymentIntent: 'pi_1' },
    },
    s.payment({ ready: false, error: { code: 'authentication_failed', recoverable: true } }),
  ],
  [
    'ignores a return for another payment',
    {
      account,
      offer,
      purchase: purchase('requires_payment', { payment: secret }),
      redirect: { status: 'succeeded', paymentIntent: 'pi_other' },
    },
    s.payment({ ready: false }),
  ],
];

describe('purchase flow machine: payment, processing, resume', () => {
  for (const [name, state, event, expected] of table) {
    it(name, () => {
      expect(transition(state, event)).to.deep.equal(expected);
    });
  }

  for (const [name, facts, expected] of resumes) {
    it(name, () => {
      expect(transition({ step: 'resuming', snapshot: stored() }, { type: 'RESUMED', facts })).to.deep.equal(expected);
    });
  }
});
