/**
 * Typed builders of the flow's states for tests: each returns a valid state of its step for
 * megan@contoso.com buying 3 Power BI Pro licenses, with any field overridden. No casts: a state
 * a step cannot have does not compile.
 */
import type { Purchase } from '../../src/api/client.js';
import type { FlowState, Snapshot, StateOf } from '../../src/components/purchase-flow/flow-state.js';
import { offerFixture } from './offers.js';

export const tenant = { displayName: 'Contoso', domainHint: 'contoso.com' };
export const account = { tenantId: 't1', userId: 'u1', username: 'megan@contoso.com' };
export const email = 'megan@contoso.com';
export const offer = offerFixture({
  plans: [
    { id: 'p:annual', billingPeriod: 'year', unitAmount: { value: 14000, currency: 'USD' } },
    { id: 'p:monthly', billingPeriod: 'month', unitAmount: { value: 1400, currency: 'USD' } },
  ],
});
export const choice = { quantity: 3, planId: 'p:monthly' };
export const purchaseRef = {
  id: 'pur_1',
  productId: 'power-bi-pro',
  quantity: 3,
  amount: { value: 4200, currency: 'USD' },
  kind: 'purchase' as const,
};

export const purchase = (status: Purchase['status'], extra: Partial<Purchase> = {}): Purchase => ({
  id: 'pur_1',
  status,
  productId: 'power-bi-pro',
  planId: 'p:monthly',
  quantity: 3,
  amount: { value: 4200, currency: 'USD' },
  createdAt: '2026-11-23T10:00:00Z',
  ...extra,
});

const signed = { email, tenant, account };

export const state = {
  email: (over: Partial<StateOf<'email'>> = {}): StateOf<'email'> => ({ step: 'email', email, busy: false, ...over }),
  signIn: (over: Partial<StateOf<'sign-in'>> = {}): StateOf<'sign-in'> => ({
    step: 'sign-in',
    email,
    tenant,
    busy: false,
    ready: true,
    ...over,
  }),
  checking: (over: Partial<StateOf<'checking'>> = {}): StateOf<'checking'> => ({
    step: 'checking',
    ...signed,
    ...over,
  }),
  seats: (over: Partial<StateOf<'seats'>> = {}): StateOf<'seats'> => ({
    step: 'seats',
    ...signed,
    offer,
    choice: { quantity: 1, planId: 'p:monthly' },
    busy: false,
    ...over,
  }),
  payment: (over: Partial<StateOf<'payment'>> = {}): StateOf<'payment'> => ({
    step: 'payment',
    ...signed,
    offer,
    choice,
    purchase: purchaseRef,
    busy: false,
    ready: true,
    ...over,
  }),
  processing: (over: Partial<StateOf<'processing'>> = {}): StateOf<'processing'> => ({
    step: 'processing',
    purchase: purchaseRef,
    slow: false,
    ...over,
  }),
  complete: (over: Partial<StateOf<'complete'>> = {}): StateOf<'complete'> => ({
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
    ...over,
  }),
  ineligible: (over: Partial<StateOf<'ineligible'>> = {}): StateOf<'ineligible'> => ({
    step: 'ineligible',
    reason: 'disabled-by-admin',
    email,
    tenantName: 'Contoso',
    licenseRequest: 'idle',
    adminContact: { message: 'Ask IT', url: 'https://it.example/ask' },
    ...over,
  }),
  error: (over: Partial<StateOf<'error'>> = {}): StateOf<'error'> => ({
    step: 'error',
    error: { code: 'network', recoverable: true },
    ...over,
  }),
} satisfies Record<string, (over?: never) => FlowState>;

export const networkError = { code: 'network', recoverable: true } as const;

/** A stored snapshot of a flow at the payment step (what a reload finds). */
export const stored = (extra: Partial<Snapshot> = {}): Snapshot => ({
  v: 1,
  step: 'payment',
  email,
  tenant,
  choice,
  purchaseId: 'pur_1',
  keys: {},
  ...extra,
});
