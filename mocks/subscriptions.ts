/**
 * The purchaser's limited view in the mock checkout service (the `subscription` operations of
 * `api/openapi.yaml`): self-service subscriptions with their licenses, order history, invoices and
 * saved card. Authorization as a real service must do it: only the purchaser reads or changes a
 * subscription (a colleague gets 403 `not-purchaser`, another tenant 404), and nobody outside the
 * purchaser's tenant is ever found or assigned. The state lives in the checkout service's store,
 * so a purchase made in the flow shows up here once it is active.
 */
import type { components } from '../src/api/schema.js';
import { isProductId, PRODUCTS, type ProductId } from '../src/shared/products.js';
import { cardOutcome, TENANTS, tenantById, type DirectoryEntry, type SeedSubscription } from './identities.js';
import { MARKETS, MAX_LICENSES, plansFor } from './prices.js';
import type { MockResponse } from './response.js';
import { objectIdFor, type AccessClaims } from './tokens.js';

type Schemas = components['schemas'];
type ProblemCode = Schemas['Problem']['code'];
type PaymentFailure = Schemas['PaymentFailure'];

const DAY = 86_400_000;
export const MAX_AT_ONCE = 20;
export const MAX_SEARCH_LENGTH = 100;
const INVOICE_PDF_BASE = 'https://invoices.example.test';

export interface StoredCard {
  number: string;
  expMonth: number;
  expYear: number;
}

export interface StoredOrder {
  id: string;
  kind: Schemas['Order']['kind'];
  date: number;
  quantityChange: number;
  quantity: number;
  amount: number;
}

/** A self-service subscription as the mock keeps it (times in ms since the epoch). */
export interface StoredSubscription {
  subscriptionId: string;
  /** The purchaser's sign-in name, lower-case. */
  owner: string;
  tenantId: string;
  productId: ProductId;
  quantity: number;
  billingPeriod: 'month' | 'year';
  planId: string;
  status: Schemas['SubscriptionStatus'];
  currency: string;
  unitAmount: number;
  taxBehavior: 'exclusive' | 'inclusive';
  periodStart: number;
  periodEnd: number;
  createdAt: number;
  endsAt?: number;
  scheduledQuantity?: number;
  /** Who holds a license, by lower-case email. */
  assigned: Array<{ email: string; assignedAt: number }>;
  card?: StoredCard;
  orders: StoredOrder[];
}

export interface StoredInvoice {
  id: string;
  subscriptionId: string;
  number: string;
  issuedAt: number;
  dueAt: number;
  paidAt?: number;
  amount: number;
  currency: string;
  status: Schemas['InvoiceStatus'];
}

/** A charge of the saved card waiting for 3-D Secure, by its client secret. */
interface PendingPayment {
  id: string;
  subscriptionId: string;
  amount: number;
  currency: string;
  status: 'requires_action' | 'succeeded' | 'failed';
  /** What the payment buys: licenses up to `quantity`, or an invoice paid. */
  purpose: { kind: 'quantity'; quantity: number; changeId: string } | { kind: 'invoice'; invoiceId: string };
}

interface StoredSetup {
  id: string;
  subscriptionId: string;
  status: 'requires_confirmation' | 'succeeded' | 'failed';
}

/** The part of the checkout service's store that belongs to the limited view. */
export interface SubscriptionState {
  subscriptions: StoredSubscription[];
  invoices: StoredInvoice[];
  payments: Record<string, PendingPayment>;
  setups: Record<string, StoredSetup>;
  /** Answers of idempotent operations, kept for replays. */
  outcomes: Record<string, unknown>;
}

/** What the checkout service lends this module: its store, clock, token checks and idempotency. */
export interface SubscriptionHost<Db extends SubscriptionState = SubscriptionState> {
  load(): Db;
  save(db: Db): void;
  now(): number;
  authenticate(authorization: string | null): Promise<AccessClaims | MockResponse>;
  idempotent(
    scope: string,
    claims: AccessClaims,
    key: string | null,
    body: unknown,
    create: (db: Db) => { status: number; resource: string } | MockResponse,
    read: (db: Db, resource: string) => unknown,
  ): MockResponse;
  problem(status: number, code: ProblemCode, extra?: Partial<Schemas['Problem']>): MockResponse;
  randomId(prefix: string): string;
}

// ---------------------------------------------------------------------------------------------
// Pure parts: periods, proration, input checks.

/**
 * The end of a billing period that starts at `start` (calendar months and years, UTC; from the 31st,
 * a month ends on the last day of a shorter month, as card billing does).
 */
export function periodEndOf(start: number, billingPeriod: 'month' | 'year', periods = 1): number {
  const date = new Date(start);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  if (billingPeriod === 'month') date.setUTCMonth(date.getUTCMonth() + periods);
  else date.setUTCFullYear(date.getUTCFullYear() + periods);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

/**
 * What adding licenses costs now: the added licenses × the price per license per period, for the
 * share of the current period still to come, rounded to the nearest minor unit. Nothing for a
 * decrease (it takes effect at renewal) or after the period ended.
 */
export function prorate(input: {
  unitAmount: number;
  fromQuantity: number;
  toQuantity: number;
  periodStart: number;
  periodEnd: number;
  at: number;
}): number {
  const added = input.toQuantity - input.fromQuantity;
  const length = input.periodEnd - input.periodStart;
  if (added <= 0 || length <= 0) return 0;
  const left = Math.min(length, Math.max(0, input.periodEnd - input.at));
  return Math.round((input.unitAmount * added * left) / length);
}

/** A charge of the saved card as the answer states it: done, declined (why), or waiting for 3-D Secure. */
function chargeOutcome(charge: 'succeeded' | PaymentFailure | { payment: Schemas['PaymentAction'] }) {
  if (charge === 'succeeded') return { status: 'succeeded' as const };
  if (typeof charge === 'string') return { status: 'failed' as const, failureReason: charge };
  return { status: 'requires_action' as const, payment: charge.payment };
}

/** A search as the service takes it: trimmed, 1–100 characters, no markup or control characters. */
export function parseSearch(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const search = raw.trim();
  if (search.length < 1 || search.length > MAX_SEARCH_LENGTH) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[<>\u0000-\u001f\u007f]/.test(search)) return undefined;
  return search;
}

/** A new total number of licenses: a whole number of at least 1 (the maximum is checked apart). */
export function parseQuantity(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 1 ? raw : undefined;
  if (typeof raw === 'string' && /^\d{1,9}$/.test(raw.trim())) {
    const value = Number(raw.trim());
    return value >= 1 ? value : undefined;
  }
  return undefined;
}

export function cardBrand(number: string): Schemas['SavedCard']['brand'] {
  if (/^4/.test(number)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (/^6(011|5)/.test(number)) return 'discover';
  if (/^35/.test(number)) return 'jcb';
  return 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Seed data (mocks/identities.ts) and what the flow's purchases add.

let counter = 0;
const seqId = (prefix: string) => `${prefix}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The subscriptions and invoices the service starts with, dated relative to `now`. */
export function seedSubscriptions(now: number): Pick<SubscriptionState, 'subscriptions' | 'invoices'> {
  const subscriptions: StoredSubscription[] = [];
  const invoices: StoredInvoice[] = [];
  for (const tenant of TENANTS) {
    (tenant.subscriptions ?? []).forEach((seed, index) => {
      const id = `sub_${tenant.id.slice(-6)}${index}`;
      const { subscription, invoices: own } = seedOne(seed, id, tenant.id, tenant.country, now);
      subscriptions.push(subscription);
      invoices.push(...own);
    });
  }
  return { subscriptions, invoices };
}

function seedOne(
  seed: SeedSubscription,
  id: string,
  tenantId: string,
  country: string,
  now: number,
): { subscription: StoredSubscription; invoices: StoredInvoice[] } {
  const market = MARKETS[country] ?? MARKETS.US!;
  const plan = plansFor(seed.productId, market.currency).find((p) => p.billingPeriod === seed.billingPeriod)!;
  const expired = seed.status === 'expired';
  // An expired subscription's last period ended `periodAgeDays` ago.
  const periodStart = expired
    ? periodEndOf(now - seed.periodAgeDays * DAY, seed.billingPeriod, -1)
    : now - seed.periodAgeDays * DAY;
  const periodEnd = periodEndOf(periodStart, seed.billingPeriod);
  const firstPeriods = Math.max(...seed.history.map((h) => h.periodsAgo));
  const createdAt = periodEndOf(periodStart, seed.billingPeriod, -firstPeriods);
  const orders: StoredOrder[] = [];
  const invoices: StoredInvoice[] = [];
  let quantity = 0;
  for (let ago = firstPeriods; ago >= 0; ago--) {
    const start = periodEndOf(periodStart, seed.billingPeriod, -ago);
    const events = seed.history.filter((h) => h.periodsAgo === ago);
    if (!events.some((event) => event.kind === 'purchase')) {
      orders.push(order('renewal', start, 0, quantity, quantity * plan.unitAmount.value));
    }
    for (const event of events) {
      quantity += event.quantityChange;
      const date = event.kind === 'purchase' ? start : start + 3 * DAY;
      orders.push(
        order(event.kind, date, event.quantityChange, quantity, event.quantityChange * plan.unitAmount.value),
      );
    }
    const last = ago === 0;
    const pastDue = last && seed.status === 'past_due';
    invoices.push({
      id: `in_${id.slice(4)}${firstPeriods - ago}`,
      subscriptionId: id,
      number: `${id.slice(-4).toUpperCase()}-${String(firstPeriods - ago + 1).padStart(4, '0')}`,
      issuedAt: start,
      dueAt: start + 7 * DAY,
      ...(pastDue ? {} : { paidAt: start + DAY }),
      amount: quantity * plan.unitAmount.value,
      currency: plan.unitAmount.currency,
      status: pastDue ? (now > start + 7 * DAY ? 'past_due' : 'open') : 'paid',
    });
  }
  if (seed.status === 'canceled') orders.push(order('canceled', now - DAY, 0, quantity, 0));
  const assignedAt = createdAt + DAY;
  const subscription: StoredSubscription = {
    subscriptionId: id,
    owner: seed.owner.toLowerCase(),
    tenantId,
    productId: seed.productId,
    quantity: seed.quantity,
    billingPeriod: seed.billingPeriod,
    planId: plan.id,
    status: seed.status ?? 'active',
    currency: plan.unitAmount.currency,
    unitAmount: plan.unitAmount.value,
    taxBehavior: market.taxBehavior,
    periodStart,
    periodEnd,
    createdAt,
    ...(seed.status === 'canceled' || expired ? { endsAt: periodEnd } : {}),
    assigned: (seed.assigned ?? []).map((email) => ({ email: email.toLowerCase(), assignedAt })),
    ...(seed.card ? { card: { ...seed.card } } : {}),
    orders,
  };
  return { subscription, invoices };
}

function order(kind: StoredOrder['kind'], date: number, quantityChange: number, quantity: number, amount: number) {
  return { id: seqId('ord_'), kind, date, quantityChange, quantity, amount };
}

/**
 * An active purchase of the flow, as the subscription it makes or adds licenses to; returns that
 * subscription's id.
 */
export function recordPurchase(
  state: Pick<SubscriptionState, 'subscriptions' | 'invoices'>,
  purchase: {
    subscriptionId?: string;
    owner: string;
    tenantId: string;
    productId: ProductId;
    planId: string;
    quantity: number;
    amount: { value: number; currency: string };
    card?: StoredCard;
  },
  now: number,
  newId: () => string,
): string {
  const existing = state.subscriptions.find((s) => s.subscriptionId === purchase.subscriptionId);
  if (existing) {
    existing.quantity += purchase.quantity;
    existing.orders.push(order('licenses-added', now, purchase.quantity, existing.quantity, purchase.amount.value));
    if (purchase.card) existing.card = purchase.card;
    return existing.subscriptionId;
  }
  const billingPeriod = purchase.planId.endsWith(':annual') ? 'year' : 'month';
  const tenant = tenantById(purchase.tenantId);
  const market = MARKETS[tenant?.country ?? ''] ?? MARKETS.US!;
  const subscription: StoredSubscription = {
    subscriptionId: newId(),
    owner: purchase.owner.toLowerCase(),
    tenantId: purchase.tenantId,
    productId: purchase.productId,
    quantity: purchase.quantity,
    billingPeriod,
    planId: purchase.planId,
    status: 'active',
    currency: purchase.amount.currency,
    unitAmount: Math.round(purchase.amount.value / purchase.quantity),
    taxBehavior: market.taxBehavior,
    periodStart: now,
    periodEnd: periodEndOf(now, billingPeriod),
    createdAt: now,
    assigned: [],
    ...(purchase.card ? { card: purchase.card } : {}),
    orders: [order('purchase', now, purchase.quantity, purchase.quantity, purchase.amount.value)],
  };
  state.subscriptions.push(subscription);
  state.invoices.push({
    id: `in_${subscription.subscriptionId.slice(4)}0`,
    subscriptionId: subscription.subscriptionId,
    number: `${subscription.subscriptionId.slice(-4).toUpperCase()}-0001`,
    issuedAt: now,
    dueAt: now,
    paidAt: now,
    amount: purchase.amount.value,
    currency: purchase.amount.currency,
    status: 'paid',
  });
  return subscription.subscriptionId;
}

/** Renews (or ends) every subscription whose period is over by `now`, as the billing system would. */
export function rollPeriods(state: SubscriptionState, now: number, newId: (prefix: string) => string): void {
  for (const s of state.subscriptions) {
    while (s.status !== 'expired' && now >= s.periodEnd) {
      if (s.status === 'canceled') {
        s.status = 'expired';
        s.endsAt = s.periodEnd;
        break;
      }
      if (s.scheduledQuantity !== undefined) {
        const change = s.scheduledQuantity - s.quantity;
        s.quantity = s.scheduledQuantity;
        delete s.scheduledQuantity;
        s.orders.push(order('licenses-removed', s.periodEnd, change, s.quantity, 0));
      }
      s.periodStart = s.periodEnd;
      s.periodEnd = periodEndOf(s.periodStart, s.billingPeriod);
      const amount = s.quantity * s.unitAmount;
      s.orders.push(order('renewal', s.periodStart, 0, s.quantity, amount));
      state.invoices.push({
        id: newId('in_'),
        subscriptionId: s.subscriptionId,
        number: `${s.subscriptionId.slice(-4).toUpperCase()}-${String(state.invoices.filter((i) => i.subscriptionId === s.subscriptionId).length + 1).padStart(4, '0')}`,
        issuedAt: s.periodStart,
        dueAt: s.periodStart + 7 * DAY,
        paidAt: s.periodStart,
        amount,
        currency: s.currency,
        status: 'paid',
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The directory: people of a tenant, with the same object ids their tokens carry.

interface DirectoryUser extends DirectoryEntry {
  id: string;
  guest: boolean;
}

const directories = new Map<string, Promise<DirectoryUser[]>>();

function directoryOf(tenantId: string): Promise<DirectoryUser[]> {
  let directory = directories.get(tenantId);
  if (!directory) {
    directory = Promise.all(
      (tenantById(tenantId)?.directory ?? []).map(async (entry) => ({
        ...entry,
        email: entry.email.toLowerCase(),
        id: await objectIdFor(entry.email),
        guest: entry.email.toLowerCase().startsWith('guest.'),
      })),
    );
    directories.set(tenantId, directory);
  }
  return directory;
}

// ---------------------------------------------------------------------------------------------
// The operations.

const iso = (ms: number) => new Date(ms).toISOString();
const money = (value: number, currency: string) => ({ value, currency });
const ok = (status: number, body: unknown): MockResponse => ({ status, body });

export class MockSubscriptions<Db extends SubscriptionState = SubscriptionState> {
  constructor(private readonly host: SubscriptionHost<Db>) {}

  /** The public form of a subscription (without its order history). */
  present(s: StoredSubscription): Schemas['Subscription'] {
    const renews = s.status === 'active' || s.status === 'past_due' || s.status === 'trialing';
    return {
      id: s.subscriptionId,
      productId: s.productId,
      productName: PRODUCTS[s.productId].name,
      status: s.status,
      quantity: s.quantity,
      assignedCount: s.assigned.length,
      maxQuantity: MAX_LICENSES,
      ...(s.scheduledQuantity !== undefined ? { scheduledQuantity: s.scheduledQuantity } : {}),
      plan: { id: s.planId, billingPeriod: s.billingPeriod },
      unitAmount: money(s.unitAmount, s.currency),
      recurringAmount: money((s.scheduledQuantity ?? s.quantity) * s.unitAmount, s.currency),
      taxBehavior: s.taxBehavior,
      currentPeriodStart: iso(s.periodStart),
      currentPeriodEnd: iso(s.periodEnd),
      ...(renews ? { renewsAt: iso(s.periodEnd) } : {}),
      ...(s.endsAt !== undefined && !renews ? { endsAt: iso(s.endsAt) } : {}),
      ...(s.card
        ? {
            card: {
              brand: cardBrand(s.card.number),
              last4: s.card.number.slice(-4),
              expMonth: s.card.expMonth,
              expYear: s.card.expYear,
            },
          }
        : {}),
      createdAt: iso(s.createdAt),
    };
  }

  private detail(s: StoredSubscription): Schemas['SubscriptionDetail'] {
    return {
      ...this.present(s),
      orderHistory: [...s.orders]
        .sort((a, b) => b.date - a.date)
        .map((o) => ({
          id: o.id,
          kind: o.kind,
          date: iso(o.date),
          quantityChange: o.quantityChange,
          quantity: o.quantity,
          amount: money(o.amount, s.currency),
        })),
    };
  }

  private invoice(i: StoredInvoice): Schemas['Invoice'] {
    return {
      id: i.id,
      number: i.number,
      issuedAt: iso(i.issuedAt),
      dueAt: iso(i.dueAt),
      ...(i.paidAt !== undefined ? { paidAt: iso(i.paidAt) } : {}),
      amount: money(i.amount, i.currency),
      status: i.status,
      pdfUrl: `${INVOICE_PDF_BASE}/${i.id}.pdf`,
    };
  }

  /** The store, brought up to date with the clock. */
  private current(): Db {
    const db = this.host.load();
    rollPeriods(db, this.host.now(), (prefix) => this.host.randomId(prefix));
    this.host.save(db);
    return db;
  }

  /**
   * Who may touch a subscription: another tenant's (or none) is 404, a colleague's 403, the
   * purchaser's own is theirs.
   */
  private async access(
    authorization: string | null,
    subscriptionId: string,
  ): Promise<MockResponse | { claims: AccessClaims; db: Db; subscription: StoredSubscription }> {
    const claims = await this.host.authenticate(authorization);
    if ('status' in claims) return claims;
    const db = this.current();
    const subscription = db.subscriptions.find((s) => s.subscriptionId === subscriptionId);
    if (!subscription || subscription.tenantId !== claims.tid) return this.host.problem(404, 'subscription-not-found');
    if (subscription.owner !== claims.preferred_username.toLowerCase()) return this.host.problem(403, 'not-purchaser');
    return { claims, db, subscription };
  }

  async list(authorization: string | null, productId: string | null): Promise<MockResponse> {
    const claims = await this.host.authenticate(authorization);
    if ('status' in claims) return claims;
    if (productId !== null && !isProductId(productId)) {
      return this.host.problem(400, 'invalid-request', { detail: 'Unknown productId.' });
    }
    const db = this.current();
    const own = db.subscriptions
      .filter(
        (s) =>
          s.tenantId === claims.tid &&
          s.owner === claims.preferred_username.toLowerCase() &&
          (productId === null || s.productId === productId),
      )
      .sort((a, b) => b.createdAt - a.createdAt);
    return ok(200, { subscriptions: own.map((s) => this.present(s)) });
  }

  async get(authorization: string | null, subscriptionId: string): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    return ok(200, this.detail(access.subscription));
  }

  async searchDirectory(
    authorization: string | null,
    subscriptionId: string,
    rawSearch: string | null,
    rawLimit: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const search = parseSearch(rawSearch);
    if (search === undefined) {
      return this.host.problem(400, 'invalid-search', {
        detail: `Search with 1 to ${MAX_SEARCH_LENGTH} characters of a name or an email address, without < or >.`,
      });
    }
    const limit = rawLimit === null ? 20 : Number(rawLimit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      return this.host.problem(400, 'invalid-request', { detail: 'limit takes 1 to 50.' });
    }
    const wanted = search.toLocaleLowerCase();
    const assigned = new Set(access.subscription.assigned.map((a) => a.email));
    // Only the purchaser's own tenant is ever searched.
    const users = (await directoryOf(access.claims.tid))
      .filter((user) =>
        [user.email, ...user.name.toLocaleLowerCase().split(/\s+/), user.name.toLocaleLowerCase()].some((part) =>
          part.toLocaleLowerCase().startsWith(wanted),
        ),
      )
      .sort((a, b) => a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((user) => ({
        id: user.id,
        displayName: user.name,
        email: user.email,
        ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
        userType: user.guest ? ('Guest' as const) : ('Member' as const),
        assignable: !user.guest,
        assigned: assigned.has(user.email),
      }));
    return ok(200, { users });
  }

  async listAssignments(authorization: string | null, subscriptionId: string): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const directory = await directoryOf(access.subscription.tenantId);
    const byEmail = new Map(directory.map((user) => [user.email, user]));
    const assignments = await Promise.all(
      access.subscription.assigned.map(async (a) => {
        const user = byEmail.get(a.email);
        return {
          userId: user?.id ?? (await objectIdFor(a.email)),
          displayName: user?.name ?? a.email,
          email: a.email,
          assignedAt: iso(a.assignedAt),
        };
      }),
    );
    assignments.sort((a, b) => a.displayName.localeCompare(b.displayName));
    return ok(200, {
      assignments,
      quantity: access.subscription.quantity,
      assignedCount: access.subscription.assigned.length,
    });
  }

  /** The request's user ids, or the refusal of the whole request. */
  private userIds(body: unknown): string[] | MockResponse {
    const ids = (body as { userIds?: unknown } | null)?.userIds;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string' && id.length > 0)) {
      return this.host.problem(400, 'invalid-request', { detail: 'userIds takes 1 to 20 user ids.' });
    }
    if (ids.length > MAX_AT_ONCE) {
      return this.host.problem(400, 'too-many-at-once', {
        detail: `At most ${MAX_AT_ONCE} people at once; this request names ${ids.length}.`,
      });
    }
    if (new Set(ids).size !== ids.length) return this.host.problem(400, 'duplicate-user');
    return ids as string[];
  }

  async assign(
    authorization: string | null,
    subscriptionId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    return this.changeAssignments('assign', authorization, subscriptionId, key, body);
  }

  async unassign(
    authorization: string | null,
    subscriptionId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    return this.changeAssignments('unassign', authorization, subscriptionId, key, body);
  }

  private async changeAssignments(
    kind: 'assign' | 'unassign',
    authorization: string | null,
    subscriptionId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const ids = this.userIds(body);
    if (!Array.isArray(ids)) return ids;
    const directory = new Map((await directoryOf(access.claims.tid)).map((user) => [user.id, user]));
    return this.host.idempotent(
      `${kind}:${subscriptionId}`,
      access.claims,
      key,
      body,
      (db) => {
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
        if (kind === 'assign' && s.status === 'canceled') {
          return this.host.problem(409, 'subscription-canceled', {
            detail: 'Undo the cancellation to assign licenses.',
          });
        }
        const held = new Set(s.assigned.map((a) => a.email));
        const results: Schemas['AssignmentResult'][] = ids.map((userId) => {
          const user = directory.get(userId);
          const failed = (code: NonNullable<Schemas['AssignmentResult']['code']>) => ({
            userId,
            status: 'failed' as const,
            code,
          });
          if (!user) return failed('other-tenant-user');
          if (kind === 'unassign')
            return held.has(user.email) ? { userId, status: 'unassigned' } : failed('not-assigned');
          if (user.guest) return failed('guest-user-not-assignable');
          if (held.has(user.email)) return failed('already-assigned');
          return { userId, status: 'assigned' };
        });
        const now = this.host.now();
        if (kind === 'assign') {
          const wanted = results.filter((r) => r.status === 'assigned').length;
          const free = s.quantity - s.assigned.length;
          if (wanted > free) {
            return this.host.problem(409, 'not-enough-licenses', {
              detail: `${free} of ${s.quantity} licenses are free; this request needs ${wanted}.`,
            });
          }
          for (const r of results) {
            if (r.status === 'assigned') s.assigned.push({ email: directory.get(r.userId)!.email, assignedAt: now });
          }
        } else {
          const gone = new Set(
            results.filter((r) => r.status === 'unassigned').map((r) => directory.get(r.userId)!.email),
          );
          s.assigned = s.assigned.filter((a) => !gone.has(a.email));
        }
        return this.remember(db, { results, quantity: s.quantity, assignedCount: s.assigned.length });
      },
      (db, id) => db.outcomes[id],
    );
  }

  private remember(db: Db, outcome: unknown): { status: number; resource: string } {
    const id = this.host.randomId('out_');
    db.outcomes[id] = outcome;
    return { status: 200, resource: id };
  }

  /** The checks a quantity change and its preview share; the new quantity or the refusal. */
  private checkQuantity(s: StoredSubscription, raw: unknown): number | MockResponse {
    if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
    if (s.status === 'canceled') {
      return this.host.problem(409, 'subscription-canceled', { detail: 'Undo the cancellation to change licenses.' });
    }
    const quantity = parseQuantity(raw);
    if (quantity === undefined) return this.host.problem(400, 'invalid-quantity');
    if (quantity > MAX_LICENSES) {
      return this.host.problem(422, 'quantity-out-of-range', {
        detail: `One purchaser may hold at most ${MAX_LICENSES} licenses of a product.`,
      });
    }
    if (quantity < s.assigned.length) {
      return this.host.problem(409, 'below-assigned-count', {
        detail: `${s.assigned.length} licenses are assigned; unassign some before removing them.`,
      });
    }
    return quantity;
  }

  private preview(s: StoredSubscription, quantity: number): Schemas['QuantityPreview'] {
    const now = this.host.now();
    const change = quantity > s.quantity ? 'increase' : quantity < s.quantity ? 'decrease' : 'none';
    const due = prorate({
      unitAmount: s.unitAmount,
      fromQuantity: s.quantity,
      toQuantity: quantity,
      periodStart: s.periodStart,
      periodEnd: s.periodEnd,
      at: now,
    });
    return {
      currentQuantity: s.quantity,
      quantity,
      change,
      effectiveAt: iso(change === 'decrease' ? s.periodEnd : now),
      amountDueNow: money(due, s.currency),
      recurringAmount: money(quantity * s.unitAmount, s.currency),
      periodStart: iso(s.periodStart),
      periodEnd: iso(s.periodEnd),
    };
  }

  async previewQuantity(
    authorization: string | null,
    subscriptionId: string,
    raw: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const quantity = this.checkQuantity(access.subscription, raw);
    if (typeof quantity !== 'number') return quantity;
    return ok(200, this.preview(access.subscription, quantity));
  }

  async changeQuantity(
    authorization: string | null,
    subscriptionId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const raw = (body as { quantity?: unknown } | null)?.quantity;
    return this.host.idempotent(
      `quantity:${subscriptionId}`,
      access.claims,
      key,
      body,
      (db) => {
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        const quantity = this.checkQuantity(s, raw);
        if (typeof quantity !== 'number') return quantity;
        const preview = this.preview(s, quantity);
        const id = this.host.randomId('qch_');
        const answer = (status: Schemas['QuantityChange']['status'], extra: Partial<Schemas['QuantityChange']> = {}) =>
          this.remember(db, {
            id,
            status,
            quantity,
            effectiveAt: preview.effectiveAt,
            amount: preview.amountDueNow,
            ...extra,
            subscription: this.present(s),
          });
        if (preview.change !== 'increase') {
          if (preview.change === 'decrease') {
            s.scheduledQuantity = quantity;
            s.orders.push(order('licenses-removed', s.periodEnd, quantity - s.quantity, quantity, 0));
          } else if (s.scheduledQuantity !== undefined) {
            delete s.scheduledQuantity;
            s.orders = s.orders.filter((o) => !(o.kind === 'licenses-removed' && o.date >= s.periodEnd));
          }
          return answer(preview.change === 'decrease' ? 'scheduled' : 'succeeded', {
            amount: money(0, s.currency),
          });
        }
        const charge = this.charge(db, s, preview.amountDueNow.value, { kind: 'quantity', quantity, changeId: id });
        if (typeof charge === 'object' && 'status' in charge) return charge;
        if (charge === 'succeeded') this.addLicenses(s, quantity, preview.amountDueNow.value);
        const { status, ...outcome } = chargeOutcome(charge);
        return answer(status, outcome);
      },
      (db, id) => db.outcomes[id],
    );
  }

  private addLicenses(s: StoredSubscription, quantity: number, amount: number): void {
    const added = quantity - s.quantity;
    s.quantity = quantity;
    if (s.scheduledQuantity !== undefined) {
      delete s.scheduledQuantity;
      s.orders = s.orders.filter((o) => !(o.kind === 'licenses-removed' && o.date >= s.periodEnd));
    }
    s.orders.push(order('licenses-added', this.host.now(), added, quantity, amount));
  }

  /**
   * Charges the saved card as Stripe would: `succeeded`, a decline reason, or a payment waiting
   * for 3-D Secure (its client secret).
   */
  private charge(
    db: Db,
    s: StoredSubscription,
    amount: number,
    purpose: PendingPayment['purpose'],
  ): 'succeeded' | PaymentFailure | { payment: Schemas['PaymentAction'] } | MockResponse {
    if (!s.card) return this.host.problem(409, 'no-payment-method');
    const outcome = cardOutcome(s.card.number);
    if (outcome.kind === 'succeeded') return 'succeeded';
    if (outcome.kind === 'declined') return outcome.code;
    const id = this.host.randomId('pi_');
    const clientSecret = `${id}_secret_${this.host.randomId('')}`;
    db.payments[clientSecret] = {
      id,
      subscriptionId: s.subscriptionId,
      amount,
      currency: s.currency,
      status: 'requires_action',
      purpose,
    };
    return { payment: { provider: 'stripe', clientSecret } };
  }

  async listInvoices(authorization: string | null, subscriptionId: string): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    const invoices = access.db.invoices
      .filter((i) => i.subscriptionId === subscriptionId)
      .sort((a, b) => b.issuedAt - a.issuedAt)
      .map((i) => this.invoice(i));
    return ok(200, { invoices });
  }

  async payInvoice(
    authorization: string | null,
    subscriptionId: string,
    invoiceId: string,
    key: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    return this.host.idempotent(
      `invoice:${invoiceId}`,
      access.claims,
      key,
      {},
      (db) => {
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        const invoice = db.invoices.find((i) => i.id === invoiceId && i.subscriptionId === subscriptionId);
        if (!invoice) return this.host.problem(404, 'invoice-not-found');
        if (invoice.status === 'paid') return this.host.problem(409, 'invoice-already-paid');
        if (invoice.status === 'void') return this.host.problem(409, 'invoice-not-payable');
        const charge = this.charge(db, s, invoice.amount, { kind: 'invoice', invoiceId });
        if (typeof charge === 'object' && 'status' in charge) return charge;
        if (charge === 'succeeded') this.invoicePaid(db, s, invoice);
        return this.remember(db, {
          ...chargeOutcome(charge),
          invoice: this.invoice(invoice),
          subscription: this.present(s),
        });
      },
      (db, id) => db.outcomes[id],
    );
  }

  private invoicePaid(db: Db, s: StoredSubscription, invoice: StoredInvoice): void {
    invoice.status = 'paid';
    invoice.paidAt = this.host.now();
    const stillDue = db.invoices.some((i) => i.subscriptionId === s.subscriptionId && i.status === 'past_due');
    if (s.status === 'past_due' && !stillDue) s.status = 'active';
  }

  async createSetup(authorization: string | null, subscriptionId: string, key: string | null): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    return this.host.idempotent(
      `setup:${subscriptionId}`,
      access.claims,
      key,
      {},
      (db) => {
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
        const id = this.host.randomId('seti_');
        const clientSecret = `${id}_secret_${this.host.randomId('')}`;
        db.setups[clientSecret] = { id, subscriptionId, status: 'requires_confirmation' };
        db.outcomes[id] = { id, provider: 'stripe', clientSecret };
        return { status: 201, resource: id };
      },
      (db, id) => db.outcomes[id],
    );
  }

  async cancel(authorization: string | null, subscriptionId: string, key: string | null): Promise<MockResponse> {
    return this.setCanceled(true, authorization, subscriptionId, key);
  }

  async reactivate(authorization: string | null, subscriptionId: string, key: string | null): Promise<MockResponse> {
    return this.setCanceled(false, authorization, subscriptionId, key);
  }

  private async setCanceled(
    cancel: boolean,
    authorization: string | null,
    subscriptionId: string,
    key: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, subscriptionId);
    if ('status' in access) return access;
    return this.host.idempotent(
      `${cancel ? 'cancel' : 'reactivate'}:${subscriptionId}`,
      access.claims,
      key,
      {},
      (db) => {
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
        const now = this.host.now();
        if (cancel && s.status !== 'canceled') {
          s.status = 'canceled';
          s.endsAt = s.periodEnd;
          s.orders.push(order('canceled', now, 0, s.quantity, 0));
        } else if (!cancel && s.status === 'canceled') {
          const pastDue = db.invoices.some((i) => i.subscriptionId === s.subscriptionId && i.status === 'past_due');
          s.status = pastDue ? 'past_due' : 'active';
          delete s.endsAt;
          s.orders.push(order('reactivated', now, 0, s.quantity, 0));
        }
        return this.remember(db, this.detail(s));
      },
      (db, id) => db.outcomes[id],
    );
  }

  // The payment processor's side (what Stripe's webhook tells the service).

  /** A 3-D Secure charge of the saved card, as the payment processor sees it. */
  paymentIntent(clientSecret: string): { id: string; amount: number; currency: string; status: string } | undefined {
    const payment = this.host.load().payments[clientSecret];
    if (!payment) return undefined;
    // As Stripe has it: a charge whose 3-D Secure failed asks for a payment method again.
    const status =
      payment.status === 'succeeded'
        ? 'succeeded'
        : payment.status === 'failed'
          ? 'requires_payment_method'
          : 'requires_action';
    return { id: payment.id, amount: payment.amount, currency: payment.currency, status };
  }

  /** The 3-D Secure charge succeeded: the licenses are added, or the invoice is paid. */
  paymentSucceeded(clientSecret: string): boolean {
    const db = this.current();
    const payment = db.payments[clientSecret];
    if (!payment || payment.status !== 'requires_action') return false;
    payment.status = 'succeeded';
    const s = db.subscriptions.find((x) => x.subscriptionId === payment.subscriptionId)!;
    if (payment.purpose.kind === 'quantity') {
      if (payment.purpose.quantity > s.quantity) this.addLicenses(s, payment.purpose.quantity, payment.amount);
    } else {
      const invoiceId = payment.purpose.invoiceId;
      const invoice = db.invoices.find((i) => i.id === invoiceId);
      if (invoice && invoice.status !== 'paid') this.invoicePaid(db, s, invoice);
    }
    this.host.save(db);
    return true;
  }

  paymentFailed(clientSecret: string): boolean {
    const db = this.host.load();
    const payment = db.payments[clientSecret];
    if (!payment || payment.status !== 'requires_action') return false;
    payment.status = 'failed';
    this.host.save(db);
    return true;
  }

  /** A card setup, as the payment processor sees it. */
  setupIntent(clientSecret: string): { id: string; status: string } | undefined {
    const setup = this.host.load().setups[clientSecret];
    return setup && { id: setup.id, status: setup.status };
  }

  /** The card setup succeeded: the subscription is charged to the new card from now on. */
  setupSucceeded(clientSecret: string, card: StoredCard): boolean {
    const db = this.host.load();
    const setup = db.setups[clientSecret];
    if (!setup || setup.status !== 'requires_confirmation') return false;
    setup.status = 'succeeded';
    const s = db.subscriptions.find((x) => x.subscriptionId === setup.subscriptionId);
    if (s) s.card = { ...card };
    this.host.save(db);
    return true;
  }

  /** The card setup failed (declined, 3-D Secure failed): nothing changes; it can be tried again. */
  setupFailed(clientSecret: string): boolean {
    return Boolean(this.host.load().setups[clientSecret]);
  }
}
