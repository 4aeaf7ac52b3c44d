/**
 * The purchaser's limited view of the checkout API (the `subscription` operations of
 * `api/openapi.yaml`): their own self-service subscriptions, licenses, quantity, invoices, card and
 * cancellation. A module of its own, imported only by what manages subscriptions (loaded lazily),
 * so the purchase flow's chunks never carry it. It runs on {@link CheckoutClient}'s request
 * machinery (timeouts, retries with the same `Idempotency-Key`, one token renewal on 401) and
 * checks every answer the same way.
 *
 * Failures are {@link CheckoutApiError}s whose `code` is a {@link SubscriptionApiErrorCode}:
 * `not-purchaser` (403: a colleague's subscription), `subscription-not-found` (404: none, or another
 * tenant's), `invalid-search`, `too-many-at-once`, `duplicate-user`, `not-enough-licenses`,
 * `invalid-quantity`, `quantity-out-of-range`, `below-assigned-count`, `subscription-canceled`,
 * `subscription-expired`, `invoice-already-paid`, … Per-user outcomes of assigning
 * (`already-assigned`, `other-tenant-user`, `guest-user-not-assignable`, `not-assigned`) are in the
 * answer's `results`, not failures.
 */
import {
  CheckoutClient,
  hasKeys,
  isCount,
  isDate,
  isMoney,
  isObject,
  type CallOptions,
  type SubscriptionApiErrorCode,
} from './client.js';
import type { components } from './schema.js';

export type { SubscriptionApiErrorCode };
export { newIdempotencyKey } from './idempotency.js';

type Schemas = components['schemas'];
export type Subscription = Schemas['Subscription'];
export type SubscriptionDetail = Schemas['SubscriptionDetail'];
export type SubscriptionStatus = Schemas['SubscriptionStatus'];
export type SavedCard = Schemas['SavedCard'];
export type Order = Schemas['Order'];
export type DirectoryUser = Schemas['DirectoryUser'];
export type Assignment = Schemas['Assignment'];
export type AssignmentList = Schemas['AssignmentList'];
export type AssignmentChange = Schemas['AssignmentChange'];
export type AssignmentResult = Schemas['AssignmentResult'];
export type AssignmentFailure = NonNullable<AssignmentResult['code']>;
export type QuantityPreview = Schemas['QuantityPreview'];
export type QuantityChange = Schemas['QuantityChange'];
export type Invoice = Schemas['Invoice'];
export type InvoiceStatus = Schemas['InvoiceStatus'];
export type InvoicePayment = Schemas['InvoicePayment'];
export type PaymentMethodSetup = Schemas['PaymentMethodSetup'];

/** The most people one assign or unassign request may name (the admin center's limit). */
export const MAX_USERS_PER_REQUEST = 20;
/** The longest directory search the service takes. */
export const MAX_SEARCH_LENGTH = 100;

const isArrayOf = (check: (item: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);

// What reaches `Intl` or the screen is checked here, once: a malformed answer is a `bad-response`.
const isSubscription = (value: unknown): boolean =>
  hasKeys('id', 'productId', 'productName', 'status', 'quantity', 'assignedCount', 'plan')(value) &&
  typeof value.id === 'string' &&
  isCount(value.quantity) &&
  isCount(value.assignedCount) &&
  isCount(value.maxQuantity) &&
  isMoney(value.unitAmount) &&
  isMoney(value.recurringAmount) &&
  isDate(value.currentPeriodEnd) &&
  (value.renewsAt === undefined || isDate(value.renewsAt)) &&
  (value.endsAt === undefined || isDate(value.endsAt)) &&
  (value.card === undefined ||
    (hasKeys('brand', 'last4', 'expMonth', 'expYear')(value.card) && isCount(value.card.expMonth)));
const isOrder = (value: unknown) =>
  hasKeys('kind', 'date', 'quantityChange', 'quantity')(value) &&
  isDate(value.date) &&
  Number.isSafeInteger(value.quantityChange) &&
  isMoney(value.amount);
const isSubscriptionDetail = (value: unknown) =>
  isSubscription(value) && isObject(value) && isArrayOf(isOrder)(value.orderHistory);
const isCounts = (value: unknown) =>
  hasKeys('quantity', 'assignedCount')(value) && isCount(value.quantity) && isCount(value.assignedCount);
const isInvoice = (value: unknown) =>
  hasKeys('id', 'number', 'status', 'pdfUrl')(value) &&
  isMoney(value.amount) &&
  isDate(value.issuedAt) &&
  isDate(value.dueAt);
const isPaymentOutcome = (value: unknown) =>
  hasKeys('status')(value) &&
  (value.status !== 'requires_action' || (isObject(value.payment) && typeof value.payment.clientSecret === 'string'));

/**
 * The purchaser's subscriptions. Construct it like {@link CheckoutClient} (the same options, a
 * `getAccessToken` is required). Every POST takes the caller's `Idempotency-Key`, stored before the
 * first send and reused when the person retries the same action (`newIdempotencyKey()`).
 */
export class SubscriptionsClient extends CheckoutClient {
  /** The signed-in person's own subscriptions, newest first; optionally of one product. */
  async listSubscriptions(options: CallOptions & { productId?: string } = {}): Promise<Subscription[]> {
    const query = options.productId ? `?productId=${encodeURIComponent(options.productId)}` : '';
    const body = await this.request<{ subscriptions: Subscription[] }>({
      method: 'GET',
      path: `/v1/subscriptions${query}`,
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(isSubscription)(body.subscriptions),
    });
    return body.subscriptions;
  }

  getSubscription(subscriptionId: string, options: CallOptions = {}): Promise<SubscriptionDetail> {
    return this.request({
      method: 'GET',
      path: subscriptionPath(subscriptionId),
      auth: true,
      signal: options.signal,
      expect: isSubscriptionDetail,
    });
  }

  /** People of the purchaser's own tenant whose name or email starts with `search` (1–100 characters). */
  async searchDirectory(
    subscriptionId: string,
    search: string,
    options: CallOptions & { limit?: number } = {},
  ): Promise<DirectoryUser[]> {
    const query = new URLSearchParams({ search, ...(options.limit ? { limit: String(options.limit) } : {}) });
    const body = await this.request<{ users: DirectoryUser[] }>({
      method: 'GET',
      path: `${subscriptionPath(subscriptionId)}/directory?${query}`,
      auth: true,
      signal: options.signal,
      expect: (body) =>
        isObject(body) &&
        isArrayOf((user) => hasKeys('id', 'displayName', 'email', 'assignable', 'assigned')(user))(body.users),
    });
    return body.users;
  }

  listAssignments(subscriptionId: string, options: CallOptions = {}): Promise<AssignmentList> {
    return this.request({
      method: 'GET',
      path: `${subscriptionPath(subscriptionId)}/assignments`,
      auth: true,
      signal: options.signal,
      expect: (body) =>
        isCounts(body) &&
        isObject(body) &&
        isArrayOf((a) => hasKeys('userId', 'displayName', 'email')(a) && isDate(a.assignedAt))(body.assignments),
    });
  }

  /** Assigns a license to each of up to 20 people; a result per person. */
  assignLicenses(
    subscriptionId: string,
    userIds: readonly string[],
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<AssignmentChange> {
    return this.changeAssignments('assignments', subscriptionId, userIds, idempotencyKey, options);
  }

  /** Takes the license back from each of up to 20 people; a result per person. */
  unassignLicenses(
    subscriptionId: string,
    userIds: readonly string[],
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<AssignmentChange> {
    return this.changeAssignments('unassignments', subscriptionId, userIds, idempotencyKey, options);
  }

  private changeAssignments(
    path: 'assignments' | 'unassignments',
    subscriptionId: string,
    userIds: readonly string[],
    idempotencyKey: string,
    options: CallOptions,
  ): Promise<AssignmentChange> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(subscriptionId)}/${path}`,
      body: { userIds: [...userIds] },
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) =>
        isCounts(body) &&
        isObject(body) &&
        isArrayOf((r) => hasKeys('userId', 'status')(r))(body.results) &&
        (body.results as unknown[]).length === userIds.length,
    });
  }

  /** What a new total of `quantity` licenses costs now (prorated) and at each renewal. */
  previewQuantityChange(subscriptionId: string, quantity: number, options: CallOptions = {}): Promise<QuantityPreview> {
    return this.request({
      method: 'GET',
      path: `${subscriptionPath(subscriptionId)}/quantity-preview?quantity=${encodeURIComponent(String(quantity))}`,
      auth: true,
      signal: options.signal,
      expect: (body) =>
        hasKeys('change', 'quantity', 'currentQuantity')(body) &&
        isMoney(body.amountDueNow) &&
        isMoney(body.recurringAmount) &&
        isDate(body.effectiveAt),
    });
  }

  /**
   * Sets the total number of licenses. An increase charges the saved card (`requires_action`: confirm
   * `payment.clientSecret` with Stripe.js for 3-D Secure, then read the subscription again); a decrease
   * is `scheduled` for the renewal.
   */
  changeQuantity(
    subscriptionId: string,
    quantity: number,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<QuantityChange> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(subscriptionId)}/quantity-changes`,
      body: { quantity },
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) =>
        isPaymentOutcome(body) &&
        isObject(body) &&
        isMoney(body.amount) &&
        isDate(body.effectiveAt) &&
        isSubscription(body.subscription),
    });
  }

  /** The subscription's invoices, newest first. */
  async listInvoices(subscriptionId: string, options: CallOptions = {}): Promise<Invoice[]> {
    const body = await this.request<{ invoices: Invoice[] }>({
      method: 'GET',
      path: `${subscriptionPath(subscriptionId)}/invoices`,
      auth: true,
      signal: options.signal,
      expect: (body) => isObject(body) && isArrayOf(isInvoice)(body.invoices),
    });
    return body.invoices;
  }

  /** Pays an open or past-due invoice with the saved card (`requires_action` for 3-D Secure). */
  payInvoice(
    subscriptionId: string,
    invoiceId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<InvoicePayment> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(subscriptionId)}/invoices/${encodeURIComponent(invoiceId)}/payments`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) =>
        isPaymentOutcome(body) && isObject(body) && isInvoice(body.invoice) && isSubscription(body.subscription),
    });
  }

  /** Starts a card update: a SetupIntent's client secret for the Payment Element in setup mode. */
  createPaymentMethodSetup(
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<PaymentMethodSetup> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(subscriptionId)}/payment-method-setups`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) => hasKeys('id', 'clientSecret')(body) && typeof body.clientSecret === 'string',
    });
  }

  /** Cancels at the end of the current period (`endsAt`); the licenses work until then. */
  cancelSubscription(
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<SubscriptionDetail> {
    return this.setCanceled('cancellation', subscriptionId, idempotencyKey, options);
  }

  /** Undoes a cancellation before the period ends. */
  reactivateSubscription(
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<SubscriptionDetail> {
    return this.setCanceled('reactivation', subscriptionId, idempotencyKey, options);
  }

  private setCanceled(
    path: 'cancellation' | 'reactivation',
    subscriptionId: string,
    idempotencyKey: string,
    options: CallOptions,
  ): Promise<SubscriptionDetail> {
    return this.request({
      method: 'POST',
      path: `${subscriptionPath(subscriptionId)}/${path}`,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: isSubscriptionDetail,
    });
  }
}

function subscriptionPath(subscriptionId: string): string {
  return `/v1/subscriptions/${encodeURIComponent(subscriptionId)}`;
}
