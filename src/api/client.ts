import { newIdempotencyKey } from './idempotency.js';
import type { components } from './schema.js';

export { newIdempotencyKey };

/** Types of the checkout API, generated from `api/openapi.yaml`. */
type Schemas = components['schemas'];
export type TenantLookup = Schemas['TenantLookup'];
export type Offer = Schemas['Offer'];
export type Plan = Schemas['Plan'];
export type Money = Schemas['Money'];
export type Purchase = Schemas['Purchase'];
export type PurchaseRequest = Schemas['PurchaseRequest'];
export type PurchaseStatus = Schemas['PurchaseStatus'];
export type PaymentFailure = Schemas['PaymentFailure'];
export type Trial = Schemas['Trial'];
export type TrialRequest = Schemas['TrialRequest'];
export type LicenseRequest = Schemas['LicenseRequest'];
export type LicenseRequestInput = Schemas['LicenseRequestInput'];
export type IneligibleReason = Schemas['IneligibleReason'];
export type Problem = Schemas['Problem'];
/** Problem codes of the purchase operations (tenant lookup, offer, purchase, trial, license request). */
export type ProblemCode = Extract<
  Problem['code'],
  | 'invalid-request'
  | 'invalid-email'
  | 'unknown-product'
  | 'unauthorized'
  | 'token-expired'
  | 'not-eligible'
  | 'quantity-out-of-range'
  | 'unknown-plan'
  | 'idempotency-key-missing'
  | 'idempotency-key-reused'
  | 'purchase-not-found'
  | 'rate-limited'
  | 'server-error'
  | 'unavailable'
>;
/** Problem codes only the admin operations return (`src/api/admin.ts`). */
export type AdminProblemCode = Extract<
  Problem['code'],
  | 'tenant-not-found'
  | 'not-admin'
  | 'partner-not-permitted'
  | 'policy-conflict'
  | 'policy-message-too-long'
  | 'policy-link-not-https'
  | 'note-too-long'
  | 'no-central-license'
  | 'not-self-service'
  | 'purchaser-still-in-tenant'
  | 'requester-not-in-tenant'
  | 'license-request-not-found'
  | 'license-request-decided'
>;
/**
 * Problem codes only the purchaser's subscription operations return (`src/api/subscriptions.ts`):
 * every code of the contract the purchase and admin operations do not use, so a new one lands here
 * and the purchase flow's exhaustive message map is not asked for it.
 */
export type SubscriptionProblemCode = Exclude<Problem['code'], ProblemCode | AdminProblemCode>;

/** The network and client-side codes of every call. */
type TransportCode = 'offline' | 'network' | 'timeout' | 'bad-response' | 'aborted';

/**
 * Stable codes of every client failure of the purchase operations: the service's problem codes plus
 * what happens on the way (`offline`, `network`, `timeout`, `bad-response`, `aborted`).
 */
export type ApiErrorCode = ProblemCode | TransportCode;
/** Stable codes of every failure of the subscription operations. */
export type SubscriptionApiErrorCode = ApiErrorCode | SubscriptionProblemCode;
/**
 * Stable codes of every failure of the admin operations (they share the subscription codes such as
 * `subscription-not-found`, `subscription-expired`).
 */
export type AdminApiErrorCode = SubscriptionApiErrorCode | AdminProblemCode;

/** A failed call; `Code` is {@link SubscriptionApiErrorCode} for the subscription operations. */
export class CheckoutApiError<Code extends string = ApiErrorCode> extends Error {
  override readonly name = 'CheckoutApiError';
  constructor(
    readonly code: Code,
    message: string,
    readonly details: {
      status?: number;
      problem?: Problem;
      /** Seconds the service asked us to wait (429, 503). */
      retryAfter?: number;
      /** Trying the same call again may work (network, timeout, 5xx, 429). */
      retryable?: boolean;
    } = {},
  ) {
    super(message);
  }

  get status(): number | undefined {
    return this.details.status;
  }
  get retryable(): boolean {
    return this.details.retryable ?? false;
  }
  get retryAfter(): number | undefined {
    return this.details.retryAfter;
  }
}

export interface TokenRequest {
  /** Ignore any cached token: the service rejected the last one. */
  forceRefresh: boolean;
}

export interface CheckoutClientOptions {
  /** Base URL of the checkout API, e.g. `https://checkout.example.com`. */
  baseUrl: string;
  /** Returns an access token for the checkout API; required by every call but the tenant lookup. */
  getAccessToken?: (request: TokenRequest) => Promise<string>;
  /** The locale sent as `Accept-Language`. */
  locale?: () => string;
  /** Per attempt, in ms. Default 8 000. */
  timeoutMs?: number;
  /**
   * All attempts of one call together, in ms (long polls aside): no retry starts that could not end
   * in time, so a person waits at most this long for an answer or a message. Default 18 000.
   */
  deadlineMs?: number;
  /** Retries after the first attempt for retryable failures. Default 3. */
  retries?: number;
  /** First backoff step in ms; doubles each retry, with full jitter. Default 400. */
  backoffMs?: number;
  /** Longest single wait in ms (backoff or `Retry-After`); a longer `Retry-After` is surfaced. Default 8 000. */
  maxDelayMs?: number;
  /** Source of jitter, for tests. Default `Math.random`. */
  random?: () => number;
}

/** One call, as {@link CheckoutClient}'s request machinery takes it (also used by `subscriptions.ts`). */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  auth: boolean;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Checks the parsed body has the fields the widget relies on. */
  expect: (body: unknown) => boolean;
  /** This call's own per-attempt timeout (long polls), instead of the client's. */
  timeoutMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
export const hasKeys =
  (...keys: string[]) =>
  (value: unknown): value is Record<string, unknown> =>
    isObject(value) && keys.every((key) => key in value);

// Values that reach `Intl` or the screen are checked here, once: a malformed one is a `bad-response`
// with a message and a retry, never a step left blank by a RangeError.
export const isCurrency = (value: unknown) => typeof value === 'string' && /^[A-Z]{3}$/.test(value);
export const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
export const isMoney = (value: unknown) => isObject(value) && isCount(value.value) && isCurrency(value.currency);
export const isDate = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isPurchase = (body: unknown) =>
  hasKeys('id', 'status', 'amount', 'quantity')(body) && isMoney(body.amount) && isCount(body.quantity);

/**
 * The checkout API client: the only module of the SDK that calls `fetch`.
 *
 * Each call has a timeout; network errors, timeouts, 5xx and 429 (honouring `Retry-After`) are
 * retried with exponential backoff and full jitter, reusing the same `Idempotency-Key`; other 4xx
 * are not retried; a 401 renews the token once and retries once. Every failure is a
 * {@link CheckoutApiError} with a stable code.
 */
export class CheckoutClient {
  private readonly options: Required<Omit<CheckoutClientOptions, 'getAccessToken' | 'locale'>> &
    Pick<CheckoutClientOptions, 'getAccessToken' | 'locale'>;

  constructor(options: CheckoutClientOptions) {
    this.options = {
      timeoutMs: 8_000,
      deadlineMs: 18_000,
      retries: 3,
      backoffMs: 400,
      maxDelayMs: 8_000,
      random: Math.random,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  lookUpTenant(email: string, options: CallOptions & { idempotencyKey?: string } = {}): Promise<TenantLookup> {
    return this.request({
      method: 'POST',
      path: '/v1/tenant-lookups',
      body: { email },
      auth: false,
      idempotencyKey: options.idempotencyKey ?? newIdempotencyKey(),
      signal: options.signal,
      expect: hasKeys('email', 'result'),
    });
  }

  getOffer(productId: string, options: CallOptions = {}): Promise<Offer> {
    return this.request({
      method: 'GET',
      path: `/v1/products/${encodeURIComponent(productId)}/offer`,
      auth: true,
      signal: options.signal,
      expect: (body) =>
        hasKeys('productId', 'eligible', 'plans', 'maxQuantity', 'minQuantity', 'currency')(body) &&
        isCurrency(body.currency) &&
        isCount(body.minQuantity) &&
        isCount(body.maxQuantity) &&
        Array.isArray(body.plans) &&
        body.plans.every((plan: unknown) => isObject(plan) && isMoney(plan.unitAmount)),
    });
  }

  createPurchase(body: PurchaseRequest, idempotencyKey: string, options: CallOptions = {}): Promise<Purchase> {
    return this.request({
      method: 'POST',
      path: '/v1/purchases',
      body,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: isPurchase,
    });
  }

  /** With `waitSeconds`, a long poll: the service answers when the pending status changes. */
  getPurchase(purchaseId: string, options: CallOptions & { waitSeconds?: number } = {}): Promise<Purchase> {
    const wait = options.waitSeconds ? `?wait=${Math.min(25, Math.max(0, Math.round(options.waitSeconds)))}` : '';
    return this.request({
      method: 'GET',
      path: `/v1/purchases/${encodeURIComponent(purchaseId)}${wait}`,
      auth: true,
      signal: options.signal,
      ...(options.waitSeconds ? { timeoutMs: (options.waitSeconds + 10) * 1000 } : {}),
      expect: isPurchase,
    });
  }

  startTrial(body: TrialRequest, idempotencyKey: string, options: CallOptions = {}): Promise<Trial> {
    return this.request({
      method: 'POST',
      path: '/v1/trials',
      body,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: (body) => hasKeys('id', 'status', 'endsAt')(body) && isDate(body.endsAt),
    });
  }

  requestLicense(
    body: LicenseRequestInput,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<LicenseRequest> {
    return this.request({
      method: 'POST',
      path: '/v1/license-requests',
      body,
      auth: true,
      idempotencyKey,
      signal: options.signal,
      expect: hasKeys('id', 'status'),
    });
  }

  /** Runs one call with timeouts, retries and the token renewal; subclasses add operations with it. */
  protected async request<T>(spec: RequestSpec): Promise<T> {
    let refreshedToken = false;
    let forceRefresh = false;
    const deadline = Date.now() + this.options.deadlineMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.attempt(spec, forceRefresh, deadline - Date.now())) as T;
      } catch (error) {
        if (!(error instanceof CheckoutApiError)) throw error;
        if (error.status === 401 && spec.auth && !refreshedToken) {
          refreshedToken = true;
          forceRefresh = true;
          attempt--; // the renewal retry does not use up a backoff retry
          continue;
        }
        const wait = this.retryDelay(error, attempt);
        // A long poll waits by design; any other call gives up rather than keep a person waiting.
        const late = !spec.timeoutMs && Date.now() + (wait ?? 0) + 1000 > deadline;
        if (wait === undefined || late) throw error;
        await sleep(wait, spec.signal);
        forceRefresh = false;
      }
    }
  }

  /** Milliseconds to wait before the next attempt, or undefined when we must give up. */
  private retryDelay(error: CheckoutApiError, attempt: number): number | undefined {
    if (!error.retryable || attempt >= this.options.retries) return undefined;
    const { backoffMs, maxDelayMs, random } = this.options;
    if (error.retryAfter !== undefined) {
      const asked = error.retryAfter * 1000;
      return asked <= maxDelayMs ? asked : undefined;
    }
    return Math.round(random() * Math.min(maxDelayMs, backoffMs * 2 ** attempt));
  }

  private async attempt(spec: RequestSpec, forceRefresh: boolean, remainingMs: number): Promise<unknown> {
    if (spec.signal?.aborted) throw new CheckoutApiError('aborted', 'The request was cancelled.');
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      throw new CheckoutApiError('offline', 'The device is offline.', { retryable: true });
    }
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    if (spec.idempotencyKey) headers['Idempotency-Key'] = spec.idempotencyKey;
    const locale = this.options.locale?.();
    if (locale) headers['Accept-Language'] = locale;
    if (spec.auth) {
      if (!this.options.getAccessToken) {
        throw new CheckoutApiError('unauthorized', 'No sign-in is configured for this call.');
      }
      headers['Authorization'] = `Bearer ${await this.options.getAccessToken({ forceRefresh })}`;
    }

    const timeoutMs = spec.timeoutMs ?? Math.min(this.options.timeoutMs, Math.max(remainingMs, 1000));
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.options.baseUrl + spec.path, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      text = await response.text();
    } catch (error) {
      if (spec.signal?.aborted) throw new CheckoutApiError('aborted', 'The request was cancelled.');
      if (timeout.aborted) {
        throw new CheckoutApiError('timeout', `No answer within ${timeoutMs} ms.`, { retryable: true });
      }
      const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
      throw new CheckoutApiError(offline ? 'offline' : 'network', String((error as Error)?.message ?? error), {
        retryable: true,
      });
    }

    const body = parseJson(text);
    if (response.ok) {
      if (body === undefined || !spec.expect(body)) {
        throw new CheckoutApiError('bad-response', `Unexpected response from ${spec.method} ${spec.path}.`, {
          status: response.status,
          retryable: false,
        });
      }
      return body;
    }
    throw toError(response, body);
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds from a `Retry-After` header: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const fallbackCodes: Record<number, ProblemCode> = {
  400: 'invalid-request',
  401: 'unauthorized',
  403: 'not-eligible',
  404: 'purchase-not-found',
  409: 'idempotency-key-reused',
  422: 'invalid-request',
  429: 'rate-limited',
  503: 'unavailable',
};

function toError(response: Response, body: unknown): CheckoutApiError<AdminApiErrorCode> {
  const status = response.status;
  const problem = isObject(body) && typeof body.code === 'string' ? (body as Problem) : undefined;
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After')) ?? problem?.retryAfter;
  const retryable = status >= 500 || status === 429;
  if (!problem && body === undefined && status >= 500) {
    return new CheckoutApiError('server-error', `The checkout service failed (${status}).`, { status, retryable });
  }
  // The purchase operations answer with `ProblemCode`s only; the subscription and admin ones widen the type.
  const code = (problem?.code ??
    fallbackCodes[status] ??
    (status >= 500 ? 'server-error' : 'invalid-request')) as AdminApiErrorCode;
  const message = problem?.detail ?? problem?.title ?? `The checkout service answered ${status}.`;
  return new CheckoutApiError(code, message, { status, problem, retryAfter, retryable });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CheckoutApiError('aborted', 'The request was cancelled.'));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CheckoutApiError('aborted', 'The request was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
