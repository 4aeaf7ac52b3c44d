// Generated from api/openapi.yaml by `npm run api:generate`. Do not edit by hand.

export interface paths {
  '/v1/tenant-lookups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check an email's domain before sign-in
     * @description Unauthenticated and rate-limited per client address (429 with `Retry-After`).
     */
    post: operations['lookUpTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/products/{productId}/offer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Eligibility, prices and limits of one product for the signed-in account */
    get: operations['getOffer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/purchases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create the purchase and its card payment
     * @description Returns `201` for a new purchase and `200` when the `Idempotency-Key` was seen before with
     *     the same body (the same purchase, the same payment). Refused with `403` when the account is
     *     not eligible (the same rules as the offer).
     */
    post: operations['createPurchase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/purchases/{purchaseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a purchase's status (poll until `active` or `failed`)
     * @description With `wait`, a long poll: while the purchase is `processing` (or still `requires_payment`
     *     with no failed attempt, as right after a confirmed payment whose webhook has not arrived),
     *     the service holds the answer for up to `wait` seconds and answers as soon as the status
     *     changes. One request then usually covers the whole confirmation.
     */
    get: operations['getPurchase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/trials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a card-free trial (policy `OnlyTrialsWithoutPaymentMethod`, product with a trial) */
    post: operations['startTrial'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/license-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the tenant's admin for a license instead of buying one */
    post: operations['requestLicense'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @enum {string} */
    ProductId:
      | 'power-bi-pro'
      | 'power-bi-premium-per-user'
      | 'power-apps-per-user'
      | 'power-automate-per-user'
      | 'project-plan-3'
      | 'visio-plan-1'
      | 'visio-plan-2';
    IdempotencyKey: string;
    /** @description ISO 3166-1 alpha-2. */
    CountryCode: string;
    /** @description ISO 4217. */
    CurrencyCode: string;
    /**
     * @description The host page's own reference for a checkout (an order, cart or account id of its own), given
     *     to the widget as `client-reference-id`: stored with the purchase or trial and returned with it.
     *     1 to 200 ASCII letters, digits, `-` and `_` (no spaces, no email addresses); anything else is
     *     refused with `400 invalid-request`. A checkout that lands on an open purchase (a second tab, a
     *     retry) keeps the reference that purchase was created with.
     */
    ClientReferenceId: string;
    Money: {
      /** @description Integer minor units of `currency` (yen for JPY, cents for USD). */
      value: number;
      currency: components['schemas']['CurrencyCode'];
    };
    /** @enum {string} */
    IneligibleReason:
      | 'personal-email'
      | 'no-tenant'
      | 'unmanaged-tenant'
      | 'government-tenant'
      | 'education-tenant'
      | 'guest-user'
      | 'market-unavailable'
      | 'disabled-by-admin'
      | 'trials-only';
    TenantLookupRequest: {
      /** @description The work email, trimmed and with its domain lower-cased by the client. */
      email: string;
    };
    TenantLookup: {
      /** @description The email as the service normalized it (domain lower-cased, IDN in Unicode). */
      email: string;
      /**
       * @description `tenant-found`: an organization that may buy self-service; sign in next. Every other
       *     value is an `IneligibleReason` and ends the flow.
       * @enum {string}
       */
      result:
        'tenant-found' | 'personal-email' | 'no-tenant' | 'unmanaged-tenant' | 'government-tenant' | 'education-tenant';
      tenant?: components['schemas']['TenantSummary'];
    };
    TenantSummary: {
      displayName: string;
      /** @description Passed to sign-in as the domain hint. */
      domainHint: string;
      country?: components['schemas']['CountryCode'];
    };
    /**
     * @description The tenant admin's `AllowSelfServicePurchase` setting for this product.
     * @enum {string}
     */
    AdminPolicy: 'Enabled' | 'Disabled' | 'OnlyTrialsWithoutPaymentMethod';
    /** @description What the tenant's admin asks people to do instead of buying. */
    AdminContact: {
      message?: string;
      /** Format: uri */
      url?: string;
    };
    Account: {
      tenantId: string;
      tenantName: string;
      userId: string;
      username: string;
      /** @enum {string} */
      userType: 'Member' | 'Guest';
      onPremisesSynced: boolean;
    };
    Plan: {
      id: string;
      /**
       * @description How often the person is billed; `unitAmount` is per license for this period.
       * @enum {string}
       */
      billingPeriod: 'month' | 'year';
      unitAmount: components['schemas']['Money'];
    };
    ExistingSubscription: {
      subscriptionId: string;
      quantity: number;
      /** @enum {string} */
      billingPeriod: 'month' | 'year';
    };
    Trial: {
      id: string;
      productId: components['schemas']['ProductId'];
      /** @enum {string} */
      status: 'active';
      /** Format: date-time */
      endsAt: string;
      /** Format: uri */
      adminCenterUrl?: string;
      /** @description As given when the trial was started. */
      clientReferenceId?: components['schemas']['ClientReferenceId'];
    };
    Offer: {
      productId: components['schemas']['ProductId'];
      productName: string;
      /** @description True when the person can buy now, or start the card-free trial (`kind` tells which). */
      eligible: boolean;
      /**
       * @description Present when eligible. `add-licenses` when `existingSubscription` is set.
       * @enum {string}
       */
      kind?: 'purchase' | 'add-licenses' | 'trial';
      reason?: components['schemas']['IneligibleReason'];
      policy: components['schemas']['AdminPolicy'];
      adminContact?: components['schemas']['AdminContact'];
      /** @description The person may send a license request to the admin (`POST /v1/license-requests`). */
      licenseRequestAvailable: boolean;
      account: components['schemas']['Account'];
      market: components['schemas']['CountryCode'];
      currency: components['schemas']['CurrencyCode'];
      /** @description Empty when not eligible or when only a trial is offered. */
      plans: components['schemas']['Plan'][];
      minQuantity: number;
      /** @description The most licenses this checkout may buy (less what an existing subscription holds). */
      maxQuantity: number;
      /**
       * @description Whether `unitAmount` excludes or includes sales tax / VAT.
       * @enum {string}
       */
      taxBehavior: 'exclusive' | 'inclusive';
      /** @description The product has a card-free trial. */
      trialAvailable: boolean;
      trialDays?: number;
      existingSubscription?: components['schemas']['ExistingSubscription'];
    };
    PurchaseRequest: {
      productId: components['schemas']['ProductId'];
      planId: string;
      quantity: number;
      /** @description Set to add licenses to an existing self-service subscription. */
      subscriptionId?: string;
      clientReferenceId?: components['schemas']['ClientReferenceId'];
    };
    /** @enum {string} */
    PurchaseStatus: 'requires_payment' | 'processing' | 'active' | 'failed';
    /** @enum {string} */
    PaymentFailure:
      | 'card_declined'
      | 'insufficient_funds'
      | 'expired_card'
      | 'incorrect_cvc'
      | 'authentication_failed'
      | 'processing_error'
      | 'payment_expired';
    Purchase: {
      id: string;
      status: components['schemas']['PurchaseStatus'];
      productId: components['schemas']['ProductId'];
      planId: string;
      quantity: number;
      /** @description Due now for this billing period (before tax when `taxBehavior` is exclusive). */
      amount: components['schemas']['Money'];
      /** @description Present while the card payment can still be made (`requires_payment`). */
      payment?: {
        /** @enum {string} */
        provider: 'stripe';
        /** @description The Stripe PaymentIntent client secret; never stored by the widget. */
        clientSecret: string;
      };
      /** @description Why the last attempt failed; the same payment can be tried again. */
      lastPaymentError?: components['schemas']['PaymentFailure'];
      /** @description Set when `status` is `failed` (a definite failure; start over). */
      failureReason?: components['schemas']['PaymentFailure'];
      subscriptionId?: string;
      /**
       * Format: uri
       * @description Set when `active`; the purchaser's limited view of the admin center.
       */
      adminCenterUrl?: string;
      /** @description As given when the purchase was created. */
      clientReferenceId?: components['schemas']['ClientReferenceId'];
      /** Format: date-time */
      createdAt: string;
    };
    TrialRequest: {
      productId: components['schemas']['ProductId'];
      clientReferenceId?: components['schemas']['ClientReferenceId'];
    };
    LicenseRequestInput: {
      productId: components['schemas']['ProductId'];
      message?: string;
    };
    LicenseRequest: {
      id: string;
      productId: components['schemas']['ProductId'];
      /** @enum {string} */
      status: 'sent';
    };
    Problem: {
      /** Format: uri-reference */
      type: string;
      title: string;
      status: number;
      detail?: string;
      instance?: string;
      /**
       * @description Stable, machine-readable; the widget localizes by it.
       * @enum {string}
       */
      code:
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
        | 'unavailable';
      /** @description With `not-eligible`. */
      reason?: components['schemas']['IneligibleReason'];
      retryAfter?: number;
    };
  };
  responses: {
    /** @description An error (RFC 9457). */
    Problem: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description The access token is missing, invalid or expired. Renew it once and retry. */
    Unauthorized: {
      headers: {
        'WWW-Authenticate'?: string;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Too many requests. Retry after the given number of seconds. */
    RateLimited: {
      headers: {
        'Retry-After': number;
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: {
    ProductId: components['schemas']['ProductId'];
    /** @description A client-made UUID, stored before the first send and reused on retries. */
    IdempotencyKey: components['schemas']['IdempotencyKey'];
    OptionalIdempotencyKey: components['schemas']['IdempotencyKey'];
    /** @description The widget's locale; used for the tenant's request message when it has translations. */
    AcceptLanguage: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  lookUpTenant: {
    parameters: {
      query?: never;
      header?: {
        'Idempotency-Key'?: components['parameters']['OptionalIdempotencyKey'];
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TenantLookupRequest'];
      };
    };
    responses: {
      /** @description The domain's standing. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantLookup'];
        };
      };
      400: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getOffer: {
    parameters: {
      query?: never;
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        productId: components['parameters']['ProductId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The offer. `eligible` false carries the `reason`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Offer'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createPurchase: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PurchaseRequest'];
      };
    };
    responses: {
      /** @description Replay of an earlier request with the same key and body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Purchase'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Purchase'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getPurchase: {
    parameters: {
      query?: {
        /** @description Seconds to hold the answer while the status is pending (long poll). */
        wait?: number;
      };
      header?: never;
      path: {
        purchaseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The purchase. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Purchase'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  startTrial: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TrialRequest'];
      };
    };
    responses: {
      /** @description Replay of an earlier request with the same key and body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trial'];
        };
      };
      /** @description Started. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trial'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  requestLicense: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LicenseRequestInput'];
      };
    };
    responses: {
      /** @description Replay of an earlier request with the same key and body. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LicenseRequest'];
        };
      };
      /** @description Sent to the admin. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LicenseRequest'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
}
