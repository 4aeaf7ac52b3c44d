/**
 * The admins' view of the checkout API (the `admin` operations of `api/openapi.yaml`): every
 * subscription of a tenant (self-service ones with their purchaser, price, expiry, assigned users and
 * order history; central ones with their available licenses), the per-product self-service policy,
 * the license-request inbox, take-over and cancel on behalf. A module of its own, imported only by
 * the admin elements (loaded lazily), so neither the purchase flow nor the purchaser's view carries
 * it. It runs on {@link CheckoutClient}'s request machinery (timeouts, retries with the same
 * `Idempotency-Key`, one token renewal on 401) and checks every answer the same way.
 *
 * Who may do what comes from the token (`wids`, `delegated_admin_tenants`): global and billing admins
 * of the tenant everything; a delegated partner reads and takes over. Failures are
 * {@link CheckoutApiError}s whose `code` is an {@link AdminApiErrorCode}: `tenant-not-found` (404: not
 * a tenant the caller administers), `not-admin` (403), `partner-not-permitted` (403),
 * `policy-conflict` (409: someone changed the policy since it was read; read again),
 * `policy-message-too-long`, `policy-link-not-https`, `note-too-long`, `no-central-license`,
 * `not-self-service`, `purchaser-still-in-tenant`, `license-request-decided`, … Messages and notes
 * are plain text: show them as text, never as HTML.
 */
import {
  CheckoutClient,
  hasKeys,
  isCount,
  isDate,
  isMoney,
  isObject,
  type AdminApiErrorCode,
  type CallOptions,
} from './client.js';
import type { components } from './schema.js';

export type { AdminApiErrorCode };
export { newIdempotencyKey } from './idempotency.js';

type Schemas = components['schemas'];
export type AdminRole = Schemas['AdminRole'];
export type AdminTenant = Schemas['AdminTenant'];
export type SubscriptionSource = Schemas['SubscriptionSource'];
export type SubscriptionSourceFilter = Schemas['SubscriptionSourceFilter'];
export type AdminSubscription = Schemas['AdminSubscription'];
export type AdminSubscriptionDetail = Schemas['AdminSubscriptionDetail'];
export type AdminAssignedUser = Schemas['AdminAssignedUser'];
export type Purchaser = Schemas['Purchaser'];
export type CancellationRequest = Schemas['CancellationRequest'];
export type Takeover = Schemas['Takeover'];
export type AdminPolicySetting = Schemas['AdminPolicy'];
export type ProductPolicy = Schemas['ProductPolicy'];
export type PolicyChange = Schemas['PolicyChange'];
export type LicenseRequestStatus = Schemas['LicenseRequestStatus'];
export type AdminLicenseRequest = Schemas['AdminLicenseRequest'];

/** The longest policy message and decline note the service takes. */
export const MAX_ADMIN_MESSAGE_LENGTH = 500;

const isArrayOf = (check: (item: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);

// What reaches `Intl` or the screen is checked here, once: a malformed answer is a `bad-response`.
const isAdminSubscription = (value: unknown): boolean =>
  hasKeys('id', 'source', 'productId', 'productName', 'status')(value) &&
  typeof value.id === 'string' &&
  isCount(value.quantity) &&
  isCount(value.assignedCount) &&
  isCount(value.availableCount) &&
  isDate(value.expiresAt) &&
  isDate(value.createdAt) &&
  (value.unitAmount === undefined || isMoney(value.unitAmount)) &&
  (value.recurringAmount === undefined || isMoney(value.recurringAmount)) &&
  (value.purchaser === undefined || hasKeys('displayName', 'email', 'inTenant')(value.purchaser));
const isAssignedUser = (value: unknown) =>
  hasKeys('userId', 'displayName', 'email', 'centralLicense')(value) && isDate(value.assignedAt);
const isOrder = (value: unknown) =>
  hasKeys('kind', 'quantityChange', 'quantity')(value) &&
  isDate(value.date) &&
  Number.isSafeInteger(value.quantityChange) &&
  isMoney(value.amount);
const isAdminSubscriptionDetail = (value: unknown) =>
  isAdminSubscription(value) &&
  isObject(value) &&
  isArrayOf(isAssignedUser)(value.assignedUsers) &&
  isArrayOf(isOrder)(value.orderHistory);
const isPolicy = (value: unknown) =>
  hasKeys('productId', 'productName', 'setting')(value) && isCount(value.version) && (value.version as number) >= 1;
const isLicenseRequest = (value: unknown) =>
  hasKeys('id', 'productId', 'productName', 'status')(value) &&
  hasKeys('userId', 'displayName', 'email')(value.requester) &&
  isDate(value.requestedAt) &&
  (value.decidedAt === undefined || isDate(value.decidedAt));

/**
 * The admins' view of one or more tenants. Construct it like {@link CheckoutClient} (the same
 * options, a `getAccessToken` is required). Every operation but {@link listTenants} names the tenant
 * (`tenantId`: the admin's own, or a customer of a delegated partner). Every POST takes the caller's
 * `Idempotency-Key`, stored before the first send and reused when the person retries the same action
 * (`newIdempotencyKey()`).
 */
export class AdminClient extends CheckoutClient {
  /** The tenants the signed-in person administers (their own first); empty for anyone else. */
  async listTenants(options: CallOptions = {}): Promise<AdminTenant[]> {
    const body = await this.request<{ tenants: AdminTenant[] }>({
      method: 'GET',
      path: '/v1/admin/tenants',
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(hasKeys('id', 'displayName', 'role'))(body.tenants),
    });
    return body.tenants;
  }

  /** The tenant's subscriptions, newest first: self-service ones unless `source` says otherwise. */
  async listSubscriptions(
    tenantId: string,
    options: CallOptions & { source?: SubscriptionSourceFilter; productId?: string } = {},
  ): Promise<AdminSubscription[]> {
    const query = new URLSearchParams({
      ...(options.source ? { source: options.source } : {}),
      ...(options.productId ? { productId: options.productId } : {}),
    }).toString();
    const body = await this.request<{ subscriptions: AdminSubscription[] }>({
      method: 'GET',
      path: `${tenantPath(tenantId)}/subscriptions${query ? `?${query}` : ''}`,
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(isAdminSubscription)(body.subscriptions),
    });
    return body.subscriptions;
  }

  /** One subscription with its assigned users and order history. */
  getSubscription(
    tenantId: string,
    subscriptionId: string,
    options: CallOptions = {},
  ): Promise<AdminSubscriptionDetail> {
    return this.request({
      method: 'GET',
      path: subscriptionPath(tenantId, subscriptionId),
      auth: true,
      signal: options.signal,
      expect: isAdminSubscriptionDetail,
    });
  }

  /**
   * Centralizes a self-service subscription: a central license for each of its users who lacks one,
   * and a request to cancel sent to the purchaser (`no-central-license` when too few are available).
   */
  takeOverSubscription(
    tenantId: string,
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<Takeover> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(tenantId, subscriptionId)}/takeover`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) =>
        hasKeys('subscription', 'centralSubscription', 'assignedUserIds', 'cancellationRequest')(body) &&
        isAdminSubscriptionDetail(body.subscription) &&
        isAdminSubscription(body.centralSubscription) &&
        isArrayOf((id) => typeof id === 'string')(body.assignedUserIds) &&
        hasKeys('requestedBy')(body.cancellationRequest) &&
        isDate(body.cancellationRequest.requestedAt),
    });
  }

  /**
   * Cancels, at the end of the current period, a self-service subscription whose purchaser left the
   * organization (`purchaser-still-in-tenant` otherwise); the licenses work until `expiresAt`.
   */
  cancelOnBehalf(
    tenantId: string,
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<AdminSubscriptionDetail> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(tenantId, subscriptionId)}/cancellation`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: isAdminSubscriptionDetail,
    });
  }

  /** Every product's self-service policy, with its message, link and `version`. */
  async listPolicies(tenantId: string, options: CallOptions = {}): Promise<ProductPolicy[]> {
    const body = await this.request<{ policies: ProductPolicy[] }>({
      method: 'GET',
      path: `${tenantPath(tenantId)}/policies`,
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(isPolicy)(body.policies),
    });
    return body.policies;
  }

  /**
   * Changes one product's policy. `change.version` is the version the admin read: a change made
   * from an older one fails with `policy-conflict` and overwrites nothing.
   */
  setPolicy(
    tenantId: string,
    productId: string,
    change: PolicyChange,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<ProductPolicy> {
    return this.request({
      method: 'POST',
      path: `${tenantPath(tenantId)}/policies/${encodeURIComponent(productId)}`,
      body: change,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) => isPolicy(body) && isObject(body) && body.productId === productId,
    });
  }

  /** The license-request inbox, newest first: the undecided ones (`sent`) unless `status` says otherwise. */
  async listLicenseRequests(
    tenantId: string,
    options: CallOptions & { status?: LicenseRequestStatus | 'all' } = {},
  ): Promise<AdminLicenseRequest[]> {
    const query = options.status ? `?status=${encodeURIComponent(options.status)}` : '';
    const body = await this.request<{ licenseRequests: AdminLicenseRequest[] }>({
      method: 'GET',
      path: `${tenantPath(tenantId)}/license-requests${query}`,
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(isLicenseRequest)(body.licenseRequests),
    });
    return body.licenseRequests;
  }

  /**
   * Approves a request by assigning an available central license (`no-central-license` when none is
   * left, `requester-not-in-tenant` when the requester has left the organization).
   */
  approveLicenseRequest(
    tenantId: string,
    requestId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<AdminLicenseRequest> {
    return this.request({
      method: 'POST',
      path: `${requestPath(tenantId, requestId)}/approval`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) => isLicenseRequest(body) && isObject(body) && body.status === 'approved',
    });
  }

  /** Declines a request; the note (plain text, up to 500 characters) reaches the requester. */
  declineLicenseRequest(
    tenantId: string,
    requestId: string,
    idempotencyKey: string,
    options: CallOptions & { note?: string } = {},
  ): Promise<AdminLicenseRequest> {
    return this.request({
      method: 'POST',
      path: `${requestPath(tenantId, requestId)}/decline`,
      body: options.note === undefined ? {} : { note: options.note },
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) => isLicenseRequest(body) && isObject(body) && body.status === 'declined',
    });
  }
}

function tenantPath(tenantId: string): string {
  return `/v1/admin/tenants/${encodeURIComponent(tenantId)}`;
}

function subscriptionPath(tenantId: string, subscriptionId: string): string {
  return `${tenantPath(tenantId)}/subscriptions/${encodeURIComponent(subscriptionId)}`;
}

function requestPath(tenantId: string, requestId: string): string {
  return `${tenantPath(tenantId)}/license-requests/${encodeURIComponent(requestId)}`;
}
