/**
 * The mock checkout service: the contract of `api/openapi.yaml` with the eligibility rules,
 * idempotency, purchases that move `requires_payment` → `processing` → `active` when the payment
 * processor reports success (as the real service does on Stripe's webhook), and token checks.
 * Its "database" lives in `localStorage`, so a reload or a second tab sees the same purchases.
 */
import type { components } from '../src/api/schema.js';
import { isProductId, type ProductId } from '../src/shared/products.js';
import { isClientReferenceId } from '../src/shared/settings.js';
import {
  isRequestOf,
  licenseRequestOutcome,
  MockAdmin,
  policyOf,
  seedAdmin,
  seedLicenseRequests,
  type AdminState,
  type StoredLicenseRequest,
} from './admin.js';
import type { MockResponse } from './response.js';
import { lookUpTenant, offerFor, parseEmail } from './rules.js';
import {
  MockSubscriptions,
  recordPurchase,
  seedSubscriptions,
  type StoredCard,
  type SubscriptionHost,
  type SubscriptionState,
} from './subscriptions.js';
import { TokenError, verifyToken, type AccessClaims } from './tokens.js';

type Schemas = components['schemas'];
type Purchase = Schemas['Purchase'];

export type { MockResponse };

interface StoredPurchase extends Omit<Purchase, 'payment'> {
  /** The purchaser's object id and sign-in name. */
  owner: string;
  ownerName: string;
  tenantId: string;
  paymentIntentId: string;
  clientSecret: string;
  activateAt?: number;
  /** How many times the card was charged for it (the mock's truth: never more than one). */
  charges?: number;
  /** The card it was paid with (as the payment processor reports it), saved with the subscription. */
  card?: StoredCard;
}

interface Db extends SubscriptionState {
  purchases: Record<string, StoredPurchase>;
  idempotency: Record<string, { fingerprint: string; resource: string }>;
  /** Trials, with who started them (one per person and product). */
  trials: Record<string, Schemas['Trial'] & { owner?: string }>;
  licenseRequests: Record<string, StoredLicenseRequest>;
  /** The admins' part: policy changes, central subscriptions, take-overs (absent in an older store). */
  admin?: AdminState;
}

export interface MockServiceOptions {
  /** Where the service keeps its state; `localStorage` by default, memory when absent. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  storageKey?: string;
  /** How long a paid purchase stays `processing` before it is `active`, in ms. */
  processingMs?: number;
}

/** Where the in-page mock keeps its "database" (bumped when its shape changes). */
export const MOCK_STORAGE_KEY = 'ssp-mock-checkout/v2';

export const ADMIN_CENTER_URL = 'https://admin.microsoft.com/#/subscriptions';

const PROBLEM_TITLES: Record<Schemas['Problem']['code'], string> = {
  'invalid-request': 'The request is not valid.',
  'invalid-email': 'That is not a valid email address.',
  'unknown-product': 'No such product.',
  unauthorized: 'Sign-in is required.',
  'token-expired': 'The sign-in has expired.',
  'not-eligible': 'This account cannot buy this product.',
  'quantity-out-of-range': 'That number of licenses cannot be bought.',
  'unknown-plan': 'No such plan for this product.',
  'idempotency-key-missing': 'An Idempotency-Key header is required.',
  'idempotency-key-reused': 'This Idempotency-Key was used with a different request.',
  'purchase-not-found': 'No such purchase.',
  'rate-limited': 'Too many requests.',
  'server-error': 'The checkout service failed.',
  unavailable: 'The checkout service is unavailable.',
  'subscription-not-found': 'No such subscription.',
  'not-purchaser': 'Only the person who bought this subscription can see or change it.',
  'invalid-search': 'Search with 1 to 100 characters of a name or an email address.',
  'too-many-at-once': 'Assign or unassign at most 20 people at once.',
  'duplicate-user': 'The same person is named twice.',
  'not-enough-licenses': 'There are not enough free licenses.',
  'invalid-quantity': 'The number of licenses must be a whole number of at least 1.',
  'below-assigned-count': 'There cannot be fewer licenses than people who hold one.',
  'subscription-canceled': 'The subscription is canceled.',
  'subscription-expired': 'The subscription has ended.',
  'invoice-not-found': 'No such invoice.',
  'invoice-already-paid': 'This invoice is paid already.',
  'invoice-not-payable': 'This invoice cannot be paid.',
  'no-payment-method': 'No card is saved for this subscription.',
  'tenant-not-found': 'No such organization.',
  'not-admin': 'Only the organization’s global or billing admins can do this.',
  'partner-not-permitted': 'A delegated partner cannot do this; ask the organization’s admin.',
  'policy-conflict': 'The policy was changed by someone else meanwhile; read it again.',
  'policy-message-too-long': 'The message is limited to 500 characters.',
  'policy-link-not-https': 'The link must be an https: address.',
  'note-too-long': 'The note is limited to 500 characters.',
  'no-central-license': 'No license of the organization’s own subscriptions is available.',
  'not-self-service': 'This subscription was bought centrally, not self-service.',
  'purchaser-still-in-tenant': 'The purchaser is still in the organization; ask them to cancel.',
  'requester-not-in-tenant': 'The requester is no longer in the organization.',
  'license-request-not-found': 'No such license request.',
  'license-request-decided': 'This license request was decided already.',
};

export function problem(
  status: number,
  code: Schemas['Problem']['code'],
  extra: Partial<Schemas['Problem']> & { headers?: Record<string, string> } = {},
): MockResponse {
  const { headers, ...fields } = extra;
  return {
    status,
    body: {
      type: `https://checkout.example.test/problems/${code}`,
      title: PROBLEM_TITLES[code],
      status,
      code,
      ...fields,
    },
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  };
}

const ok = (status: number, body: unknown): MockResponse => ({ status, body });

function randomId(prefix: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return prefix + Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A canonical JSON form: the same body in any key order gives the same fingerprint. */
function fingerprint(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(fingerprint).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${fingerprint(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,64}$/;

/** The `clientReferenceId` of a request body when the contract takes it (absent is fine), or the refusal. */
function clientReference(body: unknown): { clientReferenceId?: string } | MockResponse {
  const value = (body as { clientReferenceId?: unknown } | null)?.clientReferenceId;
  if (value === undefined) return {};
  if (typeof value === 'string' && isClientReferenceId(value)) return { clientReferenceId: value };
  return problem(400, 'invalid-request', {
    detail: 'clientReferenceId takes 1 to 200 ASCII letters, digits, "-" and "_".',
  });
}

export class MockCheckoutService {
  processingMs: number;
  private readonly storage: MockServiceOptions['storage'];
  private readonly storageKey: string;
  private memory?: Db;
  private clockOffset = 0;
  /** The purchaser's limited view: subscriptions, licenses, invoices, card, cancellation. */
  readonly subscriptions: MockSubscriptions<Db>;
  /** The admins' view: every subscription of the tenant, the policy, license requests, take-over. */
  readonly admin: MockAdmin<Db>;

  constructor(options: MockServiceOptions = {}) {
    this.storage = options.storage === undefined ? globalThis.localStorage : options.storage;
    this.storageKey = options.storageKey ?? MOCK_STORAGE_KEY;
    this.processingMs = options.processingMs ?? 1500;
    const host: SubscriptionHost<Db> = {
      load: () => this.load(),
      save: (db) => this.save(db),
      now: () => this.now(),
      authenticate: (authorization) => this.authenticate(authorization),
      idempotent: (...args) => this.idempotent(...args),
      problem: (status, code, extra) => problem(status, code, extra),
      randomId,
    };
    this.subscriptions = new MockSubscriptions<Db>(host);
    this.admin = new MockAdmin<Db>(host);
  }

  /** Moves the service's clock forward (tests: let a `processing` purchase come due without waiting). */
  advanceTime(ms: number): void {
    this.clockOffset += ms;
  }

  private now(): number {
    return Date.now() + this.clockOffset;
  }

  /** Forgets every purchase, trial and request (the seeded subscriptions come back). */
  reset(): void {
    this.memory = undefined;
    this.clockOffset = 0;
    this.storage?.removeItem(this.storageKey);
  }

  private load(): Db {
    const stored = this.storage?.getItem(this.storageKey);
    if (stored) {
      try {
        return JSON.parse(stored) as Db;
      } catch {
        /* a corrupt store starts over */
      }
    }
    return (
      this.memory ?? {
        purchases: {},
        idempotency: {},
        trials: {},
        licenseRequests: seedLicenseRequests(this.now()),
        admin: seedAdmin(this.now()),
        ...seedSubscriptions(this.now()),
        payments: {},
        setups: {},
        outcomes: {},
      }
    );
  }

  private save(db: Db): void {
    this.memory = db;
    this.storage?.setItem(this.storageKey, JSON.stringify(db));
  }

  private async authenticate(authorization: string | null): Promise<AccessClaims | MockResponse> {
    try {
      return await verifyToken(authorization);
    } catch (error) {
      if (!(error instanceof TokenError)) throw error;
      return problem(401, error.code, {
        detail: error.message,
        headers: { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${error.message}"` },
      });
    }
  }

  /** Replays an idempotent request, rejects a reused key, or runs `create` and records it. */
  private idempotent(
    scope: string,
    claims: AccessClaims,
    key: string | null,
    body: unknown,
    create: (db: Db) => { status: number; resource: string } | MockResponse,
    read: (db: Db, resource: string) => unknown,
  ): MockResponse {
    if (!key) return problem(400, 'idempotency-key-missing');
    if (!IDEMPOTENCY_KEY.test(key)) return problem(400, 'invalid-request', { detail: 'Malformed Idempotency-Key.' });
    const db = this.load();
    const slot = `${scope}:${claims.oid}:${key}`;
    const seen = db.idempotency[slot];
    if (seen) {
      if (seen.fingerprint !== fingerprint(body)) return problem(409, 'idempotency-key-reused');
      return ok(200, read(db, seen.resource));
    }
    const result = create(db);
    if (!('resource' in result)) return result;
    db.idempotency[slot] = { fingerprint: fingerprint(body), resource: result.resource };
    this.save(db);
    return ok(result.status, read(db, result.resource));
  }

  lookUpTenant(body: unknown): MockResponse {
    const email = parseEmail((body as { email?: unknown } | null)?.email);
    if (!email) return problem(400, 'invalid-email');
    return ok(200, lookUpTenant(email.email, email.domain));
  }

  /** The tenant's self-service subscriptions that still hold licenses (an expired one is bought anew). */
  private ownedBy(db: Db, tenantId: string) {
    return db.subscriptions.filter((s) => s.tenantId === tenantId && s.status !== 'expired');
  }

  /** The offer under the product's policy as the tenant's admin last set it (one truth with the admin's view). */
  private offer(db: Db, claims: AccessClaims, productId: ProductId): Schemas['Offer'] {
    return offerFor(claims, productId, this.ownedBy(db, claims.tid), policyOf(db, claims.tid, productId));
  }

  async getOffer(authorization: string | null, productId: string): Promise<MockResponse> {
    const claims = await this.authenticate(authorization);
    if ('status' in claims) return claims;
    if (!isProductId(productId)) return problem(404, 'unknown-product');
    const db = this.load();
    const licenseRequest = licenseRequestOutcome(db, claims, productId);
    return ok(200, { ...this.offer(db, claims, productId), ...(licenseRequest ? { licenseRequest } : {}) });
  }

  async createPurchase(authorization: string | null, key: string | null, body: unknown): Promise<MockResponse> {
    const claims = await this.authenticate(authorization);
    if ('status' in claims) return claims;
    const input = body as Partial<Schemas['PurchaseRequest']> | null;
    if (!input || typeof input !== 'object') return problem(400, 'invalid-request');
    if (!isProductId(input.productId)) return problem(404, 'unknown-product');
    const productId = input.productId;
    const reference = clientReference(body);
    if ('status' in reference) return reference;
    return this.idempotent(
      'purchase',
      claims,
      key,
      body,
      (db) => {
        const offer = this.offer(db, claims, productId);
        if (!offer.eligible || offer.kind === 'trial') {
          return problem(403, 'not-eligible', { reason: offer.reason ?? 'trials-only' });
        }
        const plan = offer.plans.find((p) => p.id === input.planId);
        if (!plan) return problem(422, 'unknown-plan');
        const quantity = input.quantity;
        if (!Number.isInteger(quantity) || quantity! < offer.minQuantity || quantity! > offer.maxQuantity) {
          return problem(422, 'quantity-out-of-range', {
            detail: `Choose between ${offer.minQuantity} and ${offer.maxQuantity} licenses.`,
          });
        }
        // A second tab with the same checkout converges on the open purchase: one payment per checkout.
        const open = Object.values(db.purchases).find(
          (p) =>
            p.owner === claims.oid &&
            p.productId === productId &&
            p.planId === plan.id &&
            p.quantity === quantity &&
            p.status === 'requires_payment',
        );
        if (open) return { status: 200, resource: open.id };
        const paymentIntentId = randomId('pi_');
        const purchase: StoredPurchase = {
          id: randomId('pur_'),
          status: 'requires_payment',
          productId,
          planId: plan.id,
          quantity: quantity!,
          amount: { value: plan.unitAmount.value * quantity!, currency: plan.unitAmount.currency },
          createdAt: new Date().toISOString(),
          owner: claims.oid,
          ownerName: claims.preferred_username.toLowerCase(),
          tenantId: claims.tid,
          paymentIntentId,
          clientSecret: `${paymentIntentId}_secret_${randomId('')}`,
          ...(offer.existingSubscription ? { subscriptionId: offer.existingSubscription.subscriptionId } : {}),
          ...reference,
        };
        db.purchases[purchase.id] = purchase;
        return { status: 201, resource: purchase.id };
      },
      (db, id) => this.present(db, db.purchases[id]!),
    );
  }

  /** `waitSeconds`: a long poll, answered when a pending status changes or the time is up. */
  async getPurchase(authorization: string | null, purchaseId: string, waitSeconds = 0): Promise<MockResponse> {
    const claims = await this.authenticate(authorization);
    if ('status' in claims) return claims;
    const deadline = Date.now() + Math.min(25, Math.max(0, waitSeconds)) * 1000;
    for (;;) {
      const db = this.load();
      const purchase = db.purchases[purchaseId];
      if (!purchase || purchase.owner !== claims.oid) return problem(404, 'purchase-not-found');
      const body = this.present(db, purchase);
      this.save(db);
      const pending = body.status === 'processing' || (body.status === 'requires_payment' && !body.lastPaymentError);
      if (!pending || Date.now() >= deadline) return ok(200, body);
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, deadline - Date.now())));
    }
  }

  /** The public form of a purchase, first moving a paid one to `active` when its time has come. */
  private present(db: Db, purchase: StoredPurchase): Purchase {
    if (purchase.status === 'processing' && purchase.activateAt !== undefined && this.now() >= purchase.activateAt) {
      this.activate(db, purchase);
    }
    const {
      owner: _o,
      ownerName: _n,
      tenantId: _t,
      paymentIntentId: _p,
      clientSecret,
      activateAt: _a,
      charges: _c,
      card: _card,
      ...rest
    } = purchase;
    return {
      ...rest,
      ...(purchase.status === 'requires_payment' ? { payment: { provider: 'stripe' as const, clientSecret } } : {}),
    };
  }

  private activate(db: Db, purchase: StoredPurchase): void {
    purchase.subscriptionId = recordPurchase(db, { ...purchase, owner: purchase.ownerName }, this.now(), () =>
      randomId('sub_'),
    );
    purchase.status = 'active';
    purchase.adminCenterUrl = ADMIN_CENTER_URL;
    delete purchase.activateAt;
    delete purchase.lastPaymentError;
  }

  async startTrial(authorization: string | null, key: string | null, body: unknown): Promise<MockResponse> {
    const claims = await this.authenticate(authorization);
    if ('status' in claims) return claims;
    const productId = (body as { productId?: unknown } | null)?.productId;
    if (!isProductId(productId)) return problem(404, 'unknown-product');
    const reference = clientReference(body);
    if ('status' in reference) return reference;
    return this.idempotent(
      'trial',
      claims,
      key,
      body,
      (db) => {
        // One trial per person and product: asking again returns the one that exists.
        const existing = Object.values(db.trials).find((t) => t.owner === claims.oid && t.productId === productId);
        if (existing) return { status: 200, resource: existing.id };
        const offer = this.offer(db, claims, productId);
        if (!offer.eligible || !offer.trialAvailable) {
          return problem(403, 'not-eligible', { reason: offer.reason ?? 'trials-only' });
        }
        const trial: Schemas['Trial'] & { owner: string } = {
          id: randomId('tri_'),
          productId,
          status: 'active',
          endsAt: new Date(Date.now() + (offer.trialDays ?? 30) * 86_400_000).toISOString(),
          adminCenterUrl: ADMIN_CENTER_URL,
          ...reference,
          owner: claims.oid,
        };
        db.trials[trial.id] = trial;
        return { status: 201, resource: trial.id };
      },
      (db, id) => {
        const { owner: _owner, ...trial } = db.trials[id]!;
        return trial;
      },
    );
  }

  async requestLicense(authorization: string | null, key: string | null, body: unknown): Promise<MockResponse> {
    const claims = await this.authenticate(authorization);
    if ('status' in claims) return claims;
    const input = body as { productId?: unknown; message?: unknown } | null;
    if (!isProductId(input?.productId)) return problem(404, 'unknown-product');
    if (input.message !== undefined && (typeof input.message !== 'string' || input.message.length > 500)) {
      return problem(400, 'invalid-request', { detail: 'The message is limited to 500 characters.' });
    }
    const productId = input.productId;
    return this.idempotent(
      'license-request',
      claims,
      key,
      body,
      (db) => {
        // One open request per person and product: asking again returns the one the admin has.
        const existing = Object.values(db.licenseRequests).find(
          (r) => isRequestOf(r, claims) && r.productId === productId && r.status === 'sent',
        );
        if (existing) return { status: 200, resource: existing.id };
        const offer = this.offer(db, claims, productId);
        if (!offer.licenseRequestAvailable)
          return problem(403, 'not-eligible', { reason: offer.reason ?? 'guest-user' });
        const request: StoredLicenseRequest = {
          id: randomId('lrq_'),
          productId,
          status: 'sent',
          owner: claims.oid,
          requester: claims.preferred_username.toLowerCase(),
          tenantId: claims.tid,
          requestedAt: this.now(),
          ...(typeof input.message === 'string' ? { message: input.message } : {}),
        };
        db.licenseRequests[request.id] = request;
        return { status: 202, resource: request.id };
      },
      (db, id) => {
        // The answer to sending it: the request as sent (the admin's decision shows on the next offer).
        const { id: requestId, productId: requested } = db.licenseRequests[id]!;
        return { id: requestId, productId: requested, status: 'sent' };
      },
    );
  }

  // The payment processor's side (what Stripe's webhook tells the real service).

  private byClientSecret(db: Db, clientSecret: string): StoredPurchase | undefined {
    return Object.values(db.purchases).find((p) => p.clientSecret === clientSecret);
  }

  /** The payment intent behind a client secret, as the payment processor sees it. */
  paymentIntent(clientSecret: string): { id: string; amount: number; currency: string; status: string } | undefined {
    const db = this.load();
    const purchase = this.byClientSecret(db, clientSecret);
    if (!purchase) return this.subscriptions.paymentIntent(clientSecret);
    const status = purchase.status === 'requires_payment' ? 'requires_payment_method' : 'succeeded';
    return { id: purchase.paymentIntentId, amount: purchase.amount.value, currency: purchase.amount.currency, status };
  }

  /**
   * The payment succeeded: the purchase is `processing`, then `active` after `processingMs`; the
   * card it was paid with (when the processor tells) is saved with the subscription. A 3-D Secure
   * charge of a subscription's saved card completes its quantity change or invoice payment.
   */
  paymentSucceeded(clientSecret: string, card?: StoredCard): boolean {
    const db = this.load();
    const purchase = this.byClientSecret(db, clientSecret);
    if (!purchase) return this.subscriptions.paymentSucceeded(clientSecret);
    if (purchase.status !== 'requires_payment') return false;
    if (card) purchase.card = card;
    purchase.status = 'processing';
    purchase.activateAt = this.now() + this.processingMs;
    purchase.charges = (purchase.charges ?? 0) + 1;
    delete purchase.lastPaymentError;
    this.save(db);
    return true;
  }

  /** A payment attempt failed; the purchase still awaits payment on the same payment intent. */
  paymentFailed(clientSecret: string, reason: Schemas['PaymentFailure']): boolean {
    const db = this.load();
    const purchase = this.byClientSecret(db, clientSecret);
    if (!purchase) return this.subscriptions.paymentFailed(clientSecret);
    if (purchase.status !== 'requires_payment') return false;
    purchase.lastPaymentError = reason;
    this.save(db);
    return true;
  }

  /** A card setup (the purchaser's card update), as the payment processor sees it. */
  setupIntent(clientSecret: string): { id: string; status: string } | undefined {
    return this.subscriptions.setupIntent(clientSecret);
  }

  /** The card setup succeeded: the subscription is charged to this card from now on. */
  setupSucceeded(clientSecret: string, card: StoredCard): boolean {
    return this.subscriptions.setupSucceeded(clientSecret, card);
  }

  /** The card setup failed (declined, 3-D Secure failed): the saved card stays. */
  setupFailed(clientSecret: string): boolean {
    return this.subscriptions.setupFailed(clientSecret);
  }

  /**
   * The service's truth for QA and tests: every purchase with its status, who bought it, the
   * idempotency keys that reached it and how many times it was charged.
   */
  ledger(): Array<{
    id: string;
    status: Purchase['status'];
    productId: string;
    quantity: number;
    amount: Purchase['amount'];
    purchaser: string;
    idempotencyKeys: string[];
    charges: number;
  }> {
    const db = this.load();
    return Object.values(db.purchases).map((stored) => {
      const { id, status, productId, quantity, amount } = this.present(db, stored);
      const idempotencyKeys = Object.entries(db.idempotency)
        .filter(([slot, seen]) => slot.startsWith('purchase:') && seen.resource === id)
        .map(([slot]) => slot.split(':').pop()!);
      return {
        id,
        status,
        productId,
        quantity,
        amount,
        purchaser: stored.ownerName,
        idempotencyKeys,
        charges: stored.charges ?? 0,
      };
    });
  }

  /** For tests and the demo: how many purchases exist, and of what. */
  purchases(): Purchase[] {
    const db = this.load();
    return Object.values(db.purchases).map((p) => this.present(db, p));
  }
}
