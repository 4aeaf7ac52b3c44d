/**
 * The providers a flow runs on, built from the host's settings: sign-in (the host's own provider,
 * the host's token callback, or SDK-owned MSAL), payment (the host's own provider or Stripe) and
 * the checkout API client. They are built again only when a setting they depend on changes.
 */
import { CheckoutApiError, CheckoutClient } from '../../api/client.js';
import { DelegatedAuthProvider } from '../../auth/delegated.js';
import { LazyMsalProvider } from '../../auth/lazy-msal.js';
import type { MsalSettings } from '../../auth/msal.js';
import { AuthError, type AuthProvider } from '../../auth/types.js';
import { LazyStripeProvider } from '../../payment/lazy.js';
import type { PaymentProvider } from '../../payment/types.js';
import type { FlowError } from './flow-state.js';
import { SETTING_NAMES, words, type HostSettings, type SettingName } from '../../shared/settings.js';

export interface Providers<Client extends CheckoutClient = CheckoutClient> {
  auth: AuthProvider;
  payment: PaymentProvider;
  client: Client;
}

/** A checkout client class: the purchase operations', or a subclass with more (the subscriptions'). */
export type ClientClass<Client extends CheckoutClient> = new (
  options: ConstructorParameters<typeof CheckoutClient>[0],
) => Client;

/**
 * One SDK-owned sign-in per MSAL configuration on the page: a flow and a subscription manager with
 * the same settings share one MSAL instance (and so its signed-in account and its popup guard).
 */
const msalProviders = new Map<string, LazyMsalProvider>();

/**
 * The settings the providers are built from: all but those that name the purchase (a change of
 * those starts the flow over) or only show it, and those read at call time (the token callback, the
 * client reference, how long a sign-in may go quiet).
 */
const NOT_FOR_PROVIDERS: SettingName[] = [
  'product',
  'flowId',
  'clientReferenceId',
  'email',
  'messages',
  'getAccessToken',
  'popupTimeout',
];
const DEPENDS_ON = SETTING_NAMES.filter((name) => !NOT_FOR_PROVIDERS.includes(name));

function authFor(settings: () => HostSettings): AuthProvider {
  const current = settings();
  const scopes = words(current.apiScopes);
  if (current.authProvider) return current.authProvider;
  if (current.getAccessToken) {
    // A host framework may hand over a new callback on every render: always call the latest one.
    return new DelegatedAuthProvider((...args) => settings().getAccessToken!(...args), scopes);
  }
  const { clientId, authority, redirectUri, knownAuthorities, authorityMetadata, protocolMode } = current;
  const msal: MsalSettings = {
    clientId,
    scopes,
    ...(authority ? { authority } : {}),
    ...(redirectUri ? { redirectUri } : {}),
    ...(knownAuthorities ? { knownAuthorities: words(knownAuthorities) } : {}),
    ...(authorityMetadata ? { authorityMetadata } : {}),
    ...(protocolMode === 'OIDC' || protocolMode === 'AAD' ? { protocolMode } : {}),
  };
  const key = JSON.stringify(msal);
  let provider = msalProviders.get(key);
  if (!provider) msalProviders.set(key, (provider = new LazyMsalProvider(msal)));
  return provider;
}

/** Keeps the providers for the settings in force, building them again when those change. */
export class ProviderCache<Client extends CheckoutClient = CheckoutClient> {
  private built?: { from: unknown[]; delegated: boolean; providers: Providers<Client> };

  constructor(
    private readonly settings: () => HostSettings,
    private readonly lang: () => string,
    private readonly Client: ClientClass<Client> = CheckoutClient as ClientClass<Client>,
  ) {}

  get(): Providers<Client> {
    const current = this.settings();
    const from = DEPENDS_ON.map((name) => current[name]);
    const delegated = Boolean(current.getAccessToken);
    const built = this.built;
    if (built && built.delegated === delegated && from.every((value, i) => value === built.from[i])) {
      return built.providers;
    }
    const auth = authFor(this.settings);
    const payment =
      current.paymentProvider ??
      new LazyStripeProvider(current.stripeKey, { advancedFraudSignals: !current.stripeDisableFraudSignals });
    const client = new this.Client({
      baseUrl: current.apiBase,
      getAccessToken: (request) => auth.getAccessToken(request),
      locale: this.lang,
    });
    this.built = { from, delegated, providers: { auth, payment, client } };
    return this.built.providers;
  }
}

/** What went wrong in a call to a provider (the checkout API, sign-in), as the flow shows it. */
export function toFlowError(error: unknown): FlowError {
  if (error instanceof CheckoutApiError) {
    return {
      code: error.code,
      // Asking again is safe (GETs, and POSTs carry their idempotency key) unless the answer was a refusal.
      recoverable: error.retryable || ['unauthorized', 'token-expired', 'bad-response'].includes(error.code),
      ...(error.retryAfter !== undefined
        ? { retryAfter: error.retryAfter, retryAt: Date.now() + error.retryAfter * 1000 }
        : {}),
    };
  }
  if (error instanceof AuthError) return { code: error.code, recoverable: true };
  return { code: 'unknown', recoverable: true };
}
