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
  '/v1/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The signed-in purchaser's own self-service subscriptions
     * @description Newest first, expired ones included (their `endsAt` is in the past). A purchase made in the
     *     flow is listed once it is `active`. Never anyone else's: empty for a person who bought nothing.
     */
    get: operations['listSubscriptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the purchaser's subscriptions, with its order history */
    get: operations['getSubscription'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/directory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find people of the purchaser's tenant to assign a license to
     * @description Searches the purchaser's own tenant only (display name, given name, surname or email
     *     starting with `search`, case-insensitive), members and guests; a user of another tenant is
     *     never returned. `search` is trimmed and must then be 1 to 100 characters without `<`, `>` or
     *     control characters; anything else is `400 invalid-search` (a name or an email never contains
     *     them). At most `limit` people, ordered by display name.
     */
    get: operations['searchDirectory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who holds a license of this subscription */
    get: operations['listAssignments'];
    put?: never;
    /**
     * Assign licenses to up to 20 people at once
     * @description The whole request is refused, changing nothing, when it names more than 20 users
     *     (`400 too-many-at-once`), the same user twice (`400 duplicate-user`), more people than there
     *     are free licenses (`409 not-enough-licenses`), or when the subscription is canceled or
     *     expired (`409 subscription-canceled`). Otherwise each user gets a result of their own: the
     *     members of the tenant without a license are assigned one; a user who holds one already
     *     (`already-assigned`), a guest (`guest-user-not-assignable`) or anyone who is not a user of the
     *     purchaser's tenant (`other-tenant-user`) fails alone.
     */
    post: operations['assignLicenses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/unassignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take licenses back from up to 20 people at once
     * @description A POST (not DELETE), so the CORS of the contract stays `GET, POST`. The license is free again
     *     at once. Refused as a whole for more than 20 users or the same user twice; a user without a
     *     license of this subscription fails alone with `not-assigned`. Allowed while the subscription is
     *     canceled (pending its end), not once it expired.
     */
    post: operations['unassignLicenses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/quantity-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What changing the number of licenses would cost, before confirming
     * @description `quantity` is the new total. An increase is charged now, prorated to the rest of the current
     *     period (`amountDueNow`); a decrease takes effect at renewal and is charged nothing now. The
     *     same checks as the change itself: `400 invalid-quantity` (not a whole number of at least 1),
     *     `422 quantity-out-of-range` (above the most one purchaser may hold),
     *     `409 below-assigned-count`, `409 subscription-canceled`.
     */
    get: operations['previewQuantityChange'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/quantity-changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add or remove licenses
     * @description An increase charges the saved card the prorated amount of the preview: `succeeded` (the
     *     licenses are there now), `requires_action` (the card asks for 3-D Secure: confirm
     *     `payment.clientSecret` with Stripe.js, e.g. `stripe.handleNextAction`; the licenses are added
     *     when the payment succeeds, and the subscription shows them) or `failed` (`failureReason`;
     *     nothing changed). A decrease is `scheduled`: the subscription keeps its licenses until
     *     `effectiveAt` (the renewal) and shows `scheduledQuantity`; it can never go below the assigned
     *     licenses (`409 below-assigned-count`) or below 1 (`400 invalid-quantity`). Asking for the
     *     current quantity withdraws a scheduled decrease.
     */
    post: operations['changeQuantity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/invoices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The subscription's invoices, newest first */
    get: operations['listInvoices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/invoices/{invoiceId}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay an open or past-due invoice with the saved card
     * @description The same outcomes as a quantity increase (`succeeded`, `requires_action` with a client secret
     *     for 3-D Secure, `failed`). An invoice that is paid already, for instance a moment ago in
     *     another tab, is `409 invoice-already-paid` and is not charged again; a void one is
     *     `409 invoice-not-payable`. When no invoice is past due any more, a `past_due` subscription
     *     is `active` again.
     */
    post: operations['payInvoice'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/payment-method-setups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start replacing the saved card (a Stripe SetupIntent)
     * @description Returns a SetupIntent's client secret for the Payment Element in setup mode;
     *     `stripe.confirmSetup({ elements, redirect: 'if_required' })` confirms it (3-D Secure when the
     *     card asks for it). The service replaces the subscription's card when Stripe reports the setup
     *     succeeded (webhook); read the subscription again to see the new `card`. A failed or abandoned
     *     setup changes nothing.
     */
    post: operations['createPaymentMethodSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel at the end of the current period
     * @description The subscription becomes `canceled`: it does not renew, and every license keeps working until
     *     `endsAt` (the end of the period already paid; the widget states that date before the person
     *     confirms). Nothing is refunded. Cancelling a canceled subscription returns it unchanged; an
     *     expired one is `409 subscription-expired`.
     */
    post: operations['cancelSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/subscriptions/{subscriptionId}/reactivation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a cancellation before the period ends
     * @description A `canceled` subscription renews again, as before (`active`, or `past_due` while an invoice is
     *     past due). A subscription that is not canceled is returned unchanged; once it expired, undoing
     *     is no longer possible (`409 subscription-expired`: buy again).
     */
    post: operations['reactivateSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The tenants the caller administers
     * @description The caller's own tenant when the token holds an admin role, and every tenant of
     *     `delegated_admin_tenants`. Empty for anyone else (never a `403`: it lists the caller's own).
     */
    get: operations['listAdminTenants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every subscription of the tenant, self-service ones by default
     * @description Newest first. `source` filters: `self-service` (the default: bought by people with their
     *     own card), `central` (the organization's own agreements, with their available licenses)
     *     or `all`. A purchase made in the flow is listed once it is `active`.
     */
    get: operations['listAdminSubscriptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/subscriptions/{subscriptionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One subscription of the tenant, with its assigned users and order history */
    get: operations['getAdminSubscription'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/subscriptions/{subscriptionId}/takeover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Centralize a self-service subscription
     * @description Assigns a license of a central subscription of the same product (the one with the most
     *     available licenses) to every user of the self-service subscription who does not hold one
     *     yet, and sends the purchaser a request to cancel (`cancellationRequest`). The self-service
     *     subscription itself keeps running until its purchaser cancels it (or an admin cancels on
     *     behalf). Too few available central licenses: `409 no-central-license`, nothing assigned.
     *     A central subscription: `409 not-self-service`. Taking over again returns the same answer.
     */
    post: operations['takeOverSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/subscriptions/{subscriptionId}/cancellation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel a self-service subscription whose purchaser left the organization
     * @description What an admin asks support to do: the subscription becomes `canceled` at the end of the
     *     current period (`endsAt`); every license keeps working until then. Only when the purchaser
     *     is no longer in the tenant (`purchaser.inTenant` false); otherwise
     *     `409 purchaser-still-in-tenant` (ask the purchaser, for example with a take-over). A
     *     canceled subscription is returned unchanged; an expired one is `409 subscription-expired`;
     *     a central one `409 not-self-service`.
     */
    post: operations['cancelOnBehalf'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/policies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's self-service purchase policy, one entry per product */
    get: operations['listPolicies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/policies/{productId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change one product's policy, message and link
     * @description Replaces the product's setting, message and link (an absent message or link clears it) and
     *     returns the policy with its next `version`. `version` must be the one the admin read;
     *     otherwise `409 policy-conflict` and nothing changes (read again, then decide). A message
     *     over 500 characters is `400 policy-message-too-long`; a link that is not an absolute
     *     `https:` URL is `400 policy-link-not-https`. Takes effect on the next offer.
     */
    post: operations['setPolicy'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/license-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The license-request inbox
     * @description Newest first. `status` filters; `sent` (waiting for a decision) by default.
     */
    get: operations['listLicenseRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/license-requests/{requestId}/approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a request by assigning an available central license
     * @description Assigns the requester a license of a central subscription of the product with an available
     *     one. None left: `409 no-central-license` and the request stays `sent`. A requester who has
     *     left the organization (no longer in its directory) gets none: `409 requester-not-in-tenant`,
     *     and the request stays `sent` for the admin to decline. A request already decided:
     *     `409 license-request-decided`. The requester's next offer for the product carries
     *     the outcome (`Offer.licenseRequest`).
     */
    post: operations['approveLicenseRequest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/admin/tenants/{tenantId}/license-requests/{requestId}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a request, with an optional note to the requester
     * @description The note (plain text, at most 500 characters, else `400 note-too-long`) reaches the
     *     requester with the outcome on their next offer. A request already decided:
     *     `409 license-request-decided`.
     */
    post: operations['declineLicenseRequest'];
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
      /** @description The person's latest license request for this product and its outcome, when they sent one. */
      licenseRequest?: components['schemas']['LicenseRequestOutcome'];
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
    /**
     * @description `active` renews on `renewsAt`; `trialing` is free until `trialEndsAt`; `past_due` has an
     *     invoice that is past due (the licenses keep working while it is paid); `canceled` does not
     *     renew and ends on `endsAt` (the licenses work until then; the cancellation can be undone);
     *     `expired` ended on `endsAt`.
     * @enum {string}
     */
    SubscriptionStatus: 'active' | 'trialing' | 'past_due' | 'canceled' | 'expired';
    /** @description The card the subscription is charged to (never more than brand, last 4 and expiry). */
    SavedCard: {
      /** @enum {string} */
      brand: 'visa' | 'mastercard' | 'amex' | 'discover' | 'jcb' | 'diners' | 'unionpay' | 'unknown';
      last4: string;
      expMonth: number;
      expYear: number;
    };
    Subscription: {
      id: string;
      productId: components['schemas']['ProductId'];
      productName: string;
      status: components['schemas']['SubscriptionStatus'];
      /** @description Licenses bought (assigned or free). */
      quantity: number;
      /** @description Licenses assigned to people; never more than `quantity`. */
      assignedCount: number;
      /** @description The most licenses the purchaser may hold (a larger `quantity` is `quantity-out-of-range`). */
      maxQuantity: number;
      /** @description Set when a decrease is scheduled; the quantity from `renewsAt` on. */
      scheduledQuantity?: number;
      plan: {
        id: string;
        /**
         * @description `month` is the monthly plan, `year` the annual one.
         * @enum {string}
         */
        billingPeriod: 'month' | 'year';
      };
      /** @description Price per license per billing period. */
      unitAmount: components['schemas']['Money'];
      /** @description What the next renewal costs (`scheduledQuantity` or `quantity` × `unitAmount`). */
      recurringAmount: components['schemas']['Money'];
      /** @enum {string} */
      taxBehavior?: 'exclusive' | 'inclusive';
      /** Format: date-time */
      currentPeriodStart: string;
      /** Format: date-time */
      currentPeriodEnd: string;
      /**
       * Format: date-time
       * @description Set while it renews (`active`, `past_due`, `trialing` with a card).
       */
      renewsAt?: string;
      /**
       * Format: date-time
       * @description Set when `canceled` (the licenses work until then) or `expired` (when it ended).
       */
      endsAt?: string;
      /**
       * Format: date-time
       * @description Set when `trialing`.
       */
      trialEndsAt?: string;
      /** @description Absent when no card is saved (a card-free trial). */
      card?: components['schemas']['SavedCard'];
      /** Format: date-time */
      createdAt: string;
    };
    SubscriptionDetail: components['schemas']['Subscription'] & {
      /** @description Newest first. */
      orderHistory: components['schemas']['Order'][];
    };
    SubscriptionList: {
      subscriptions: components['schemas']['Subscription'][];
    };
    /** @description One line of the order history. */
    Order: {
      id: string;
      /** @enum {string} */
      kind: 'purchase' | 'licenses-added' | 'licenses-removed' | 'renewal' | 'canceled' | 'reactivated';
      /**
       * Format: date-time
       * @description When it happened, or for `licenses-removed` when it takes effect.
       */
      date: string;
      /** @description Licenses added (positive) or removed (negative); 0 for a renewal or a cancellation. */
      quantityChange: number;
      /** @description The number of licenses after it. */
      quantity: number;
      /** @description What was charged for it (0 when nothing was). */
      amount: components['schemas']['Money'];
    };
    DirectoryUser: {
      id: string;
      displayName: string;
      email: string;
      jobTitle?: string;
      /** @enum {string} */
      userType: 'Member' | 'Guest';
      /** @description False for guests (`guest-user-not-assignable`). */
      assignable: boolean;
      /** @description Holds a license of this subscription already. */
      assigned: boolean;
    };
    DirectoryUserList: {
      users: components['schemas']['DirectoryUser'][];
    };
    Assignment: {
      userId: string;
      displayName: string;
      email: string;
      /** Format: date-time */
      assignedAt: string;
    };
    AssignmentList: {
      assignments: components['schemas']['Assignment'][];
      quantity: number;
      assignedCount: number;
    };
    AssignmentRequest: {
      /**
       * @description At most 20 (more is `400 too-many-at-once`); each at most once (else `400 duplicate-user`).
       *     The contract leaves the limits to the service's checks, so the refusal is a problem with
       *     a stable code, not a schema error.
       */
      userIds: string[];
    };
    AssignmentResult: {
      userId: string;
      /** @enum {string} */
      status: 'assigned' | 'unassigned' | 'failed';
      /**
       * @description Why it failed (with `failed`).
       * @enum {string}
       */
      code?: 'already-assigned' | 'not-assigned' | 'other-tenant-user' | 'guest-user-not-assignable';
    };
    AssignmentChange: {
      /** @description One per requested user, in the request's order. */
      results: components['schemas']['AssignmentResult'][];
      quantity: number;
      assignedCount: number;
    };
    QuantityPreview: {
      currentQuantity: number;
      quantity: number;
      /** @enum {string} */
      change: 'increase' | 'decrease' | 'none';
      /**
       * Format: date-time
       * @description Now for an increase; the renewal for a decrease.
       */
      effectiveAt: string;
      /**
       * @description Charged now for an increase: the added licenses × `unitAmount`, prorated to the seconds
       *     left in the current period, rounded to the nearest minor unit. 0 for a decrease.
       */
      amountDueNow: components['schemas']['Money'];
      /** @description What each renewal costs from then on. */
      recurringAmount: components['schemas']['Money'];
      /** Format: date-time */
      periodStart: string;
      /** Format: date-time */
      periodEnd: string;
    };
    QuantityChangeRequest: {
      /** @description The new total (validated by the service; see `invalid-quantity`). */
      quantity: number;
    };
    /** @description The card asks for 3-D Secure; confirm this PaymentIntent with Stripe.js. */
    PaymentAction: {
      /** @enum {string} */
      provider: 'stripe';
      /** @description Never stored by the widget. */
      clientSecret: string;
    };
    QuantityChange: {
      id: string;
      /** @enum {string} */
      status: 'succeeded' | 'requires_action' | 'scheduled' | 'failed';
      quantity: number;
      /** Format: date-time */
      effectiveAt: string;
      /** @description Charged (or to be charged, with `requires_action`) now. */
      amount: components['schemas']['Money'];
      payment?: components['schemas']['PaymentAction'];
      failureReason?: components['schemas']['PaymentFailure'];
      subscription: components['schemas']['Subscription'];
    };
    /** @enum {string} */
    InvoiceStatus: 'paid' | 'open' | 'past_due' | 'void';
    Invoice: {
      id: string;
      number: string;
      /** Format: date-time */
      issuedAt: string;
      /** Format: date-time */
      dueAt: string;
      /** Format: date-time */
      paidAt?: string;
      amount: components['schemas']['Money'];
      status: components['schemas']['InvoiceStatus'];
      /** Format: uri */
      pdfUrl: string;
    };
    InvoiceList: {
      invoices: components['schemas']['Invoice'][];
    };
    InvoicePayment: {
      /** @enum {string} */
      status: 'succeeded' | 'requires_action' | 'failed';
      payment?: components['schemas']['PaymentAction'];
      failureReason?: components['schemas']['PaymentFailure'];
      invoice: components['schemas']['Invoice'];
      subscription: components['schemas']['Subscription'];
    };
    PaymentMethodSetup: {
      id: string;
      /** @enum {string} */
      provider: 'stripe';
      /** @description The SetupIntent's client secret; never stored by the widget. */
      clientSecret: string;
    };
    /**
     * @description `global-admin` and `billing-admin` (from `wids`) read and change everything of their own
     *     tenant; `delegated-partner` (from `delegated_admin_tenants`) reads and takes over.
     * @enum {string}
     */
    AdminRole: 'global-admin' | 'billing-admin' | 'delegated-partner';
    AdminTenant: {
      id: string;
      displayName: string;
      role: components['schemas']['AdminRole'];
    };
    AdminTenantList: {
      tenants: components['schemas']['AdminTenant'][];
    };
    /**
     * @description `self-service`: bought by a person with their own card; `central`: the organization's own agreement.
     * @enum {string}
     */
    SubscriptionSource: 'self-service' | 'central';
    /** @enum {string} */
    SubscriptionSourceFilter: 'self-service' | 'central' | 'all';
    Purchaser: {
      /** @description Plain text, as the directory has it. */
      displayName: string;
      email: string;
      /** @description False once the purchaser left the organization (cancel on behalf is then possible). */
      inTenant: boolean;
    };
    /** @description The request to cancel that a take-over sent the purchaser. */
    CancellationRequest: {
      /** Format: date-time */
      requestedAt: string;
      /** @description The admin's or partner's sign-in name. */
      requestedBy: string;
    };
    AdminSubscription: {
      id: string;
      source: components['schemas']['SubscriptionSource'];
      productId: components['schemas']['ProductId'];
      productName: string;
      /** @description Who bought it; self-service only. */
      purchaser?: components['schemas']['Purchaser'];
      status: components['schemas']['SubscriptionStatus'];
      /** @description Licenses bought ("subscriptions bought" in the admin center). */
      quantity: number;
      assignedCount: number;
      /** @description Licenses bought and not assigned (for a central subscription, what approvals and take-overs can use). */
      availableCount: number;
      /**
       * @description Self-service only.
       * @enum {string}
       */
      billingPeriod?: 'month' | 'year';
      /** @description The purchase price per license per billing period; self-service only. */
      unitAmount?: components['schemas']['Money'];
      /** @description What the next renewal costs; self-service only. */
      recurringAmount?: components['schemas']['Money'];
      /**
       * Format: date-time
       * @description The end of the current period; it renews then unless `canceled` or `expired`.
       */
      expiresAt: string;
      /**
       * Format: date-time
       * @description When it was bought.
       */
      createdAt: string;
      cancellationRequest?: components['schemas']['CancellationRequest'];
    };
    AdminSubscriptionDetail: components['schemas']['AdminSubscription'] & {
      assignedUsers: components['schemas']['AdminAssignedUser'][];
      /** @description Newest first; empty for a central subscription. */
      orderHistory: components['schemas']['Order'][];
    };
    AdminAssignedUser: {
      userId: string;
      displayName: string;
      email: string;
      /** Format: date-time */
      assignedAt: string;
      /** @description Also holds a license of a central subscription of the product (taken over). */
      centralLicense: boolean;
    };
    AdminSubscriptionList: {
      subscriptions: components['schemas']['AdminSubscription'][];
    };
    Takeover: {
      subscription: components['schemas']['AdminSubscriptionDetail'];
      /** @description The central subscription whose licenses were assigned. */
      centralSubscription: components['schemas']['AdminSubscription'];
      /** @description Who got a central license now (users who held one already are left out). */
      assignedUserIds: string[];
      cancellationRequest: components['schemas']['CancellationRequest'];
    };
    ProductPolicy: {
      productId: components['schemas']['ProductId'];
      productName: string;
      setting: components['schemas']['AdminPolicy'];
      /** @description Plain text for people who are refused (shown as text, never as HTML). */
      message?: string;
      /**
       * Format: uri
       * @description Where people who are refused can ask instead (https only).
       */
      url?: string;
      /** @description Send it back with a change; it grows with every change. */
      version: number;
      /** Format: date-time */
      updatedAt?: string;
      updatedBy?: string;
    };
    PolicyList: {
      policies: components['schemas']['ProductPolicy'][];
    };
    PolicyChange: {
      setting: components['schemas']['AdminPolicy'];
      message?: string;
      url?: string;
      /** @description The `version` of the policy the change was made from. */
      version: number;
    };
    /**
     * @description `sent`: waiting for the admin; `approved`: a central license is assigned; `declined`.
     * @enum {string}
     */
    LicenseRequestStatus: 'sent' | 'approved' | 'declined';
    /** @description The requester's latest license request for the product, as they see it on their next offer. */
    LicenseRequestOutcome: {
      id: string;
      status: components['schemas']['LicenseRequestStatus'];
      /** Format: date-time */
      requestedAt: string;
      /** Format: date-time */
      decidedAt?: string;
      /** @description The admin's note with a decline (plain text). */
      note?: string;
    };
    AdminLicenseRequest: {
      id: string;
      productId: components['schemas']['ProductId'];
      productName: string;
      status: components['schemas']['LicenseRequestStatus'];
      requester: {
        userId: string;
        displayName: string;
        email: string;
      };
      /** @description The requester's message (plain text). */
      message?: string;
      /** Format: date-time */
      requestedAt: string;
      /** Format: date-time */
      decidedAt?: string;
      decidedBy?: string;
      /** @description The admin's note with a decline (plain text). */
      note?: string;
      /** @description With `approved`, the central subscription the license came from. */
      centralSubscriptionId?: string;
    };
    AdminLicenseRequestList: {
      licenseRequests: components['schemas']['AdminLicenseRequest'][];
    };
    LicenseRequestDecline: {
      note?: string;
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
        | 'unavailable'
        | 'subscription-not-found'
        | 'not-purchaser'
        | 'invalid-search'
        | 'too-many-at-once'
        | 'duplicate-user'
        | 'not-enough-licenses'
        | 'invalid-quantity'
        | 'below-assigned-count'
        | 'subscription-canceled'
        | 'subscription-expired'
        | 'invoice-not-found'
        | 'invoice-already-paid'
        | 'invoice-not-payable'
        | 'no-payment-method'
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
        | 'license-request-decided';
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
    SubscriptionId: string;
    /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
    TenantId: string;
    LicenseRequestId: string;
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
      /** @description Replay of an earlier request with the same key and body, or the trial this person already has of this product (a second one is never started). */
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
      /** @description Replay of an earlier request with the same key and body, or the request this person already sent for this product and the admin has not answered (a duplicate is never sent). */
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
  listSubscriptions: {
    parameters: {
      query?: {
        /** @description Only this product's subscriptions (the manager's `product` filter). */
        productId?: components['schemas']['ProductId'];
      };
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The purchaser's subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionList'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getSubscription: {
    parameters: {
      query?: never;
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  searchDirectory: {
    parameters: {
      query: {
        search: string;
        limit?: number;
      };
      header?: never;
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The people found. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DirectoryUserList'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listAssignments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The license holders, by display name. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  assignLicenses: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignmentRequest'];
      };
    };
    responses: {
      /** @description A result per user, and the subscription's new counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentChange'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  unassignLicenses: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignmentRequest'];
      };
    };
    responses: {
      /** @description A result per user, and the subscription's new counts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentChange'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  previewQuantityChange: {
    parameters: {
      query: {
        /** @description The new total number of licenses. Validated by the service (letters, decimals and numbers below 1 are `invalid-quantity`). */
        quantity: string;
      };
      header?: never;
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The preview. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuantityPreview'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  changeQuantity: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['QuantityChangeRequest'];
      };
    };
    responses: {
      /** @description The change (or the replay of an earlier request with the same key and body). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuantityChange'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      422: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listInvoices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invoices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoiceList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  payInvoice: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
        invoiceId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The payment (or the replay of an earlier request with the same key). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvoicePayment'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  createPaymentMethodSetup: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Replay of an earlier request with the same key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentMethodSetup'];
        };
      };
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentMethodSetup'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  cancelSubscription: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription, canceled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDetail'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  reactivateSubscription: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription, renewing again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionDetail'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listAdminTenants: {
    parameters: {
      query?: never;
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenants, the caller's own first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTenantList'];
        };
      };
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listAdminSubscriptions: {
    parameters: {
      query?: {
        source?: components['schemas']['SubscriptionSourceFilter'];
        productId?: components['schemas']['ProductId'];
      };
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscriptions. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubscriptionList'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  getAdminSubscription: {
    parameters: {
      query?: never;
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubscriptionDetail'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  takeOverSubscription: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Taken over. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Takeover'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  cancelOnBehalf: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        subscriptionId: components['parameters']['SubscriptionId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The subscription, canceled at the period's end. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminSubscriptionDetail'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listPolicies: {
    parameters: {
      query?: never;
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every product's policy, in the product list's order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PolicyList'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  setPolicy: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        productId: components['parameters']['ProductId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PolicyChange'];
      };
    };
    responses: {
      /** @description The policy as now in force. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProductPolicy'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  listLicenseRequests: {
    parameters: {
      query?: {
        status?: 'sent' | 'approved' | 'declined' | 'all';
      };
      header?: {
        /** @description The widget's locale; used for the tenant's request message when it has translations. */
        'Accept-Language'?: components['parameters']['AcceptLanguage'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The requests. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminLicenseRequestList'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  approveLicenseRequest: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        requestId: components['parameters']['LicenseRequestId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Approved; the license is assigned. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminLicenseRequest'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
  declineLicenseRequest: {
    parameters: {
      query?: never;
      header: {
        /** @description A client-made UUID, stored before the first send and reused on retries. */
        'Idempotency-Key': components['parameters']['IdempotencyKey'];
      };
      path: {
        /** @description The tenant administered (the caller's own `tid`, or a tenant of `delegated_admin_tenants`). */
        tenantId: components['parameters']['TenantId'];
        requestId: components['parameters']['LicenseRequestId'];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['LicenseRequestDecline'];
      };
    };
    responses: {
      /** @description Declined. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminLicenseRequest'];
        };
      };
      400: components['responses']['Problem'];
      401: components['responses']['Unauthorized'];
      403: components['responses']['Problem'];
      404: components['responses']['Problem'];
      409: components['responses']['Problem'];
      429: components['responses']['RateLimited'];
      500: components['responses']['Problem'];
      503: components['responses']['Problem'];
    };
  };
}
