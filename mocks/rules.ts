/**
 * The eligibility rules as the hosted service applies them. Pure functions over
 * the test world; the msw handlers turn them into HTTP.
 */
import type { components } from '../src/api/schema.js';
import { PRODUCTS, type ProductId } from '../src/shared/products.js';
import { CONSUMER_DOMAINS, tenantById, tenantForDomain, type AdminPolicy, type TestTenant } from './identities.js';
import { MARKETS, MAX_LICENSES, plansFor, TRIAL_DAYS } from './prices.js';
import type { AccessClaims } from './tokens.js';

type Schemas = components['schemas'];

/** The service's own check of an email (the client checks first; the service never trusts it). */
export function parseEmail(raw: unknown): { email: string; domain: string } | undefined {
  if (typeof raw !== 'string') return undefined;
  const email = raw.trim();
  if (email.length < 3 || email.length > 254) return undefined;
  const parts = email.split('@');
  if (parts.length !== 2 || !parts[0] || !parts[1] || /[\s<>]/.test(email)) return undefined;
  let domain: string;
  try {
    domain = new URL(`http://${parts[1]}`).hostname; // lower-case, IDN to punycode
  } catch {
    return undefined;
  }
  if (!domain.includes('.')) return undefined;
  return { email: `${parts[0]}@${parts[1].toLowerCase()}`, domain };
}

export function lookUpTenant(email: string, domain: string): Schemas['TenantLookup'] {
  if (CONSUMER_DOMAINS.includes(domain)) return { email, result: 'personal-email' };
  const tenant = tenantForDomain(domain);
  if (!tenant) return { email, result: 'no-tenant' };
  const summary = { displayName: tenant.displayName, domainHint: tenant.domains[0]!, country: tenant.country };
  switch (tenant.kind) {
    case 'unmanaged':
      return { email, result: 'unmanaged-tenant', tenant: summary };
    case 'government':
      return { email, result: 'government-tenant', tenant: summary };
    case 'education':
      return { email, result: 'education-tenant', tenant: summary };
    case 'commercial':
      return { email, result: 'tenant-found', tenant: summary };
  }
}

function marketExcludes(tenant: TestTenant, productId: ProductId): boolean {
  const market = MARKETS[tenant.country];
  if (!market) return true;
  if (market.unavailable === 'all') return true;
  return (market.unavailable as readonly string[]).includes(PRODUCTS[productId].family);
}

/** One product's self-service policy in a tenant: the setting and the admin's message and link. */
export interface ProductPolicySetting {
  setting: AdminPolicy;
  message?: string;
  url?: string;
}

/** The policy a tenant starts with (mocks/identities.ts); the admin's changes live in the service's store. */
export function defaultPolicy(tenant: TestTenant | undefined, productId: ProductId): ProductPolicySetting {
  return {
    setting: tenant?.policies?.[productId] ?? 'Enabled',
    ...(tenant?.adminContact?.message ? { message: tenant.adminContact.message } : {}),
    ...(tenant?.adminContact?.url ? { url: tenant.adminContact.url } : {}),
  };
}

/**
 * The offer for one account and product, with the reason when it is not eligible. `policy` is the
 * product's policy as the tenant's admin last set it (the tenant's default when absent).
 */
export function offerFor(
  claims: AccessClaims,
  productId: ProductId,
  owned: ReadonlyArray<{
    owner: string;
    productId: ProductId;
    quantity: number;
    billingPeriod: 'month' | 'year';
    subscriptionId: string;
  }>,
  productPolicy?: ProductPolicySetting,
): Schemas['Offer'] {
  const tenant = tenantById(claims.tid);
  const product = PRODUCTS[productId];
  const market = MARKETS[tenant?.country ?? ''] ?? MARKETS.US!;
  const { setting: policy, message, url } = productPolicy ?? defaultPolicy(tenant, productId);
  const adminContact = { ...(message ? { message } : {}), ...(url ? { url } : {}) };
  const account: Schemas['Account'] = {
    tenantId: claims.tid,
    tenantName: tenant?.displayName ?? 'Unknown organization',
    userId: claims.oid,
    username: claims.preferred_username,
    userType: claims.acct === 1 ? 'Guest' : 'Member',
    onPremisesSynced: Boolean(claims.onprem_sid),
  };
  const base = {
    productId,
    productName: product.name,
    policy,
    account,
    market: tenant?.country ?? 'US',
    currency: market.currency,
    minQuantity: 1,
    taxBehavior: market.taxBehavior,
    trialAvailable: product.cardFreeTrial,
    ...(product.cardFreeTrial ? { trialDays: TRIAL_DAYS } : {}),
    ...((message || url) && policy !== 'Enabled' ? { adminContact } : {}),
  };
  const ineligible = (reason: Schemas['IneligibleReason'], licenseRequestAvailable: boolean): Schemas['Offer'] => ({
    ...base,
    eligible: false,
    reason,
    plans: [],
    maxQuantity: 0,
    licenseRequestAvailable,
  });

  if (!tenant) return ineligible('no-tenant', false);
  if (tenant.kind !== 'commercial') return ineligible(`${tenant.kind}-tenant`, false);
  if (claims.acct === 1) return ineligible('guest-user', false);
  if (marketExcludes(tenant, productId)) return ineligible('market-unavailable', true);
  if (policy === 'Disabled') return ineligible('disabled-by-admin', true);
  if (policy === 'OnlyTrialsWithoutPaymentMethod') {
    if (!product.cardFreeTrial) return ineligible('trials-only', true);
    return { ...base, eligible: true, kind: 'trial', plans: [], maxQuantity: 1, licenseRequestAvailable: true };
  }
  const existing = owned.find(
    (subscription) =>
      subscription.owner === claims.preferred_username.toLowerCase() && subscription.productId === productId,
  );
  return {
    ...base,
    eligible: true,
    kind: existing ? 'add-licenses' : 'purchase',
    plans: plansFor(productId, market.currency).filter(
      (plan) => !existing || plan.billingPeriod === existing.billingPeriod,
    ),
    maxQuantity: MAX_LICENSES - (existing?.quantity ?? 0),
    licenseRequestAvailable: false,
    ...(existing
      ? {
          existingSubscription: {
            subscriptionId: existing.subscriptionId,
            quantity: existing.quantity,
            billingPeriod: existing.billingPeriod,
          },
        }
      : {}),
  };
}
