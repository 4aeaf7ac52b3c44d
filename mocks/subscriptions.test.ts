import { expect } from '@open-wc/testing';
import {
  cardBrand,
  parseQuantity,
  parseSearch,
  periodEndOf,
  prorate,
  recordPurchase,
  rollPeriods,
  seedSubscriptions,
  type SubscriptionState,
} from './subscriptions.js';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('mock subscriptions: proration', () => {
  const november = { periodStart: at('2026-11-01T00:00:00Z'), periodEnd: at('2026-12-01T00:00:00Z') };

  const cases: Array<[string, Parameters<typeof prorate>[0], number]> = [
    [
      '3 licenses at the very start: a whole period',
      { ...november, unitAmount: 1400, fromQuantity: 5, toQuantity: 8, at: november.periodStart },
      4200,
    ],
    [
      '3 licenses half way through',
      { ...november, unitAmount: 1400, fromQuantity: 5, toQuantity: 8, at: at('2026-11-16T00:00:00Z') },
      2100,
    ],
    [
      '1 license with 10 of 30 days left, rounded to the cent',
      { ...november, unitAmount: 1400, fromQuantity: 1, toQuantity: 2, at: at('2026-11-21T00:00:00Z') },
      467,
    ],
    [
      'at the end of the period: nothing',
      { ...november, unitAmount: 1400, fromQuantity: 1, toQuantity: 2, at: november.periodEnd },
      0,
    ],
    [
      'after the period: nothing',
      { ...november, unitAmount: 1400, fromQuantity: 1, toQuantity: 2, at: november.periodEnd + DAY },
      0,
    ],
    [
      'before the period: never more than a whole one',
      { ...november, unitAmount: 1400, fromQuantity: 1, toQuantity: 2, at: november.periodStart - DAY },
      1400,
    ],
    [
      'a decrease: nothing now',
      { ...november, unitAmount: 1400, fromQuantity: 5, toQuantity: 3, at: november.periodStart },
      0,
    ],
    [
      'no change: nothing',
      { ...november, unitAmount: 1400, fromQuantity: 5, toQuantity: 5, at: november.periodStart },
      0,
    ],
    [
      'yen (no minor unit), annual, a quarter left',
      { unitAmount: 20980, fromQuantity: 2, toQuantity: 3, periodStart: 0, periodEnd: 4 * DAY, at: 3 * DAY },
      5245,
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(prorate(input)).to.equal(expected));
  }

  it('ends periods on calendar months and years', () => {
    expect(new Date(periodEndOf(at('2026-01-31T12:00:00Z'), 'month')).toISOString()).to.equal(
      '2026-02-28T12:00:00.000Z',
    );
    expect(new Date(periodEndOf(at('2026-11-26T00:00:00Z'), 'year')).toISOString()).to.equal(
      '2027-11-26T00:00:00.000Z',
    );
    expect(new Date(periodEndOf(at('2026-11-26T00:00:00Z'), 'month', -2)).toISOString()).to.equal(
      '2026-09-26T00:00:00.000Z',
    );
  });
});

describe('mock subscriptions: input checks', () => {
  const searches: Array<[unknown, string | undefined]> = [
    ['adele', 'adele'],
    ['  Adele Vance ', 'Adele Vance'],
    ["Nestor O'Brien", "Nestor O'Brien"],
    ['Zoë', 'Zoë'],
    ['a'.repeat(100), 'a'.repeat(100)],
    ['a'.repeat(101), undefined],
    ['x'.repeat(300), undefined],
    ['<img src=x onerror=alert(1)>', undefined],
    ['adele>', undefined],
    ['tab\there', undefined],
    ['', undefined],
    ['   ', undefined],
    [null, undefined],
  ];
  for (const [raw, expected] of searches) {
    it(`search ${JSON.stringify(raw)?.slice(0, 30)} → ${expected === undefined ? 'refused' : 'taken'}`, () =>
      expect(parseSearch(raw)).to.equal(expected));
  }

  const quantities: Array<[unknown, number | undefined]> = [
    [1, 1],
    [8, 8],
    ['8', 8],
    [0, undefined],
    [-1, undefined],
    [1.5, undefined],
    ['1.5', undefined],
    ['abc', undefined],
    ['1e9', undefined],
    ['', undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ];
  for (const [raw, expected] of quantities) {
    it(`quantity ${JSON.stringify(raw)} → ${expected ?? 'refused'}`, () =>
      expect(parseQuantity(raw)).to.equal(expected));
  }

  it('names card brands by their numbers', () => {
    expect(
      ['4242424242424242', '5555555555554444', '378282246310005', '6011111111111117'].map(cardBrand),
    ).to.deep.equal(['visa', 'mastercard', 'amex', 'discover']);
  });
});

describe('mock subscriptions: the seed data and the billing clock', () => {
  const now = at('2026-11-26T12:00:00Z');
  const state = (): SubscriptionState => ({ ...seedSubscriptions(now), payments: {}, setups: {}, outcomes: {} });

  it('gives owner@northwind.com 5 Power BI Pro licenses, 3 assigned, an invoice past due and an order history', () => {
    const { subscriptions, invoices } = state();
    const pro = subscriptions.find((s) => s.owner === 'owner@northwind.com' && s.productId === 'power-bi-pro')!;
    expect([pro.quantity, pro.assigned.length, pro.status, pro.billingPeriod]).to.deep.equal([
      5,
      3,
      'past_due',
      'month',
    ]);
    const own = invoices.filter((i) => i.subscriptionId === pro.subscriptionId);
    expect(own.filter((i) => i.status === 'past_due')).to.have.length(1);
    expect(pro.orders.map((o) => [o.kind, o.quantityChange, o.quantity])).to.deep.include.members([
      ['purchase', 3, 3],
      ['licenses-added', 2, 5],
      ['renewal', 0, 5],
    ]);
    // Every order adds up to the quantity held.
    expect(pro.orders.reduce((sum, o) => sum + o.quantityChange, 0)).to.equal(5);
  });

  it('has an annual subscription, one in another product with a 3-D Secure card, a canceled and an expired one', () => {
    const owned = state().subscriptions.filter((s) => s.owner === 'owner@northwind.com');
    expect(owned.map((s) => [s.productId, s.billingPeriod, s.status])).to.deep.equal([
      ['power-bi-pro', 'month', 'past_due'],
      ['visio-plan-2', 'year', 'active'],
      ['project-plan-3', 'month', 'canceled'],
      ['power-automate-per-user', 'month', 'expired'],
    ]);
    expect(owned[1]!.card!.number).to.equal('4000002760003184');
    expect(owned[3]!.periodEnd).to.be.below(now);
    expect(owned[2]!.endsAt).to.equal(owned[2]!.periodEnd);
  });

  it('renews at the end of the period, applying a scheduled decrease, and ends a canceled one', () => {
    const db = state();
    const owners = (productId: string) =>
      db.subscriptions.find((s) => s.owner === 'owner@northwind.com' && s.productId === productId);
    const [pro, project] = [owners('power-bi-pro'), owners('project-plan-3')];
    pro!.scheduledQuantity = 4;
    const end = pro!.periodEnd;
    rollPeriods(db, end + DAY, (prefix) => `${prefix}x${Math.random().toString(36).slice(2)}`);
    expect([pro!.quantity, pro!.scheduledQuantity, pro!.periodStart]).to.deep.equal([4, undefined, end]);
    expect(pro!.orders.slice(-2).map((o) => [o.kind, o.quantityChange, o.amount])).to.deep.equal([
      ['licenses-removed', -1, 0],
      ['renewal', 0, 4 * 1400],
    ]);
    rollPeriods(db, project!.periodEnd, (prefix) => `${prefix}y`);
    expect(project!.status).to.equal('expired');
  });

  it('turns an active purchase of the flow into a subscription, or adds its licenses to the existing one', () => {
    const db = state();
    const id = recordPurchase(
      db,
      {
        owner: 'Megan@contoso.com',
        tenantId: 't',
        productId: 'visio-plan-1',
        planId: 'visio-plan-1:monthly',
        quantity: 3,
        amount: { value: 1500, currency: 'USD' },
      },
      now,
      () => 'sub_new',
    );
    const made = db.subscriptions.find((s) => s.subscriptionId === id)!;
    expect([made.owner, made.quantity, made.unitAmount, made.status, made.assigned.length]).to.deep.equal([
      'megan@contoso.com',
      3,
      500,
      'active',
      0,
    ]);
    expect(db.invoices.filter((i) => i.subscriptionId === id).map((i) => i.status)).to.deep.equal(['paid']);
    recordPurchase(
      db,
      { ...made, owner: made.owner, subscriptionId: id, quantity: 2, amount: { value: 1000, currency: 'USD' } },
      now + DAY,
      () => 'sub_other',
    );
    expect([made.quantity, made.orders.at(-1)!.kind]).to.deep.equal([5, 'licenses-added']);
  });
});
