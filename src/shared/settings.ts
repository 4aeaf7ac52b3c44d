/**
 * Every setting a host gives the SDK, in one table: property, attribute, type, default and a
 * one-line doc (the JSDoc of each entry, kept out of the bundle). The table drives the attributes
 * and properties of every element that takes settings (the purchase flow through Lit, the Lit-free
 * buy button through plain accessors), the README's settings table (`npm run docs:generate`) and
 * the validation of a configuration.
 *
 * Only types are imported here: the buy button (the SDK's entry) reads this table too.
 */
import type { HostTokenCallback } from '../auth/delegated.js';
import type { AuthProvider } from '../auth/types.js';
import type { MessageOverrides } from '../i18n/i18n.js';
import type { PaymentProvider } from '../payment/types.js';
import { isProductId } from './products.js';

type Kind = 'string' | 'boolean' | 'number' | 'object';

export interface Setting<T> {
  /** The attribute, or `false` for a setting that is a property only (functions, objects). */
  readonly attribute: string | false;
  readonly kind: Kind;
  readonly default: T;
  /** Changing it while a flow runs starts the flow over (it names a different purchase). */
  readonly restarts?: boolean;
  /** Reflected to its attribute when set as a property. */
  readonly reflect?: boolean;
}

type Options = Pick<Setting<unknown>, 'restarts' | 'reflect'>;

const text = (attribute: string, options: Options & { default?: string } = {}): Setting<string> => ({
  attribute,
  kind: 'string',
  ...options,
  default: options.default ?? '',
});
const flag = (attribute: string): Setting<boolean> => ({ attribute, kind: 'boolean', default: false });
const count = (attribute: string): Setting<number> => ({ attribute, kind: 'number', default: 0 });
const object = <T>(): Setting<T | undefined> => ({ attribute: false, kind: 'object', default: undefined });

/** The default scope of the checkout API's access token. */
export const DEFAULT_API_SCOPE = 'api://ssp-checkout/Checkout.Purchase';

export const SETTINGS = {
  /** The product to buy, e.g. `visio-plan-1`; for the subscription manager, the only product to list (optional); not used by the admin elements. */
  product: text('product', { restarts: true, reflect: true }),
  /** Base URL of the checkout API (https; `http://localhost` for development). */
  apiBase: text('api-base', { restarts: true }),
  /** Scopes of the checkout API's access token (space-separated). */
  apiScopes: text('api-scopes', { default: DEFAULT_API_SCOPE }),
  /** An email to start with (for example the host's signed-in user). */
  email: text('email'),
  /** Tells two flows for one product apart: each resumes its own state after a reload (purchase only). */
  flowId: text('flow-id', { restarts: true }),
  /** The host's own reference for the purchase (1–200 letters, digits, `-`, `_`): stored with it, echoed on `ssp-purchase-complete` (purchase only). */
  clientReferenceId: text('client-reference-id'),
  /** Stripe publishable key (payment through Stripe's Payment Element). */
  stripeKey: text('stripe-key'),
  /** Opts out of Stripe's advanced fraud signals (on by default, as Stripe recommends). */
  stripeDisableFraudSignals: flag('stripe-disable-fraud-signals'),
  /** SDK-owned sign-in: the Entra application (client) id. */
  clientId: text('client-id'),
  /** SDK-owned sign-in: the authority, e.g. `https://login.microsoftonline.com/organizations`. */
  authority: text('authority'),
  /** SDK-owned sign-in: the redirect URI (a page that loads the redirect bridge). */
  redirectUri: text('redirect-uri'),
  /** SDK-owned sign-in: MSAL `knownAuthorities` (space-separated hosts). */
  knownAuthorities: text('known-authorities'),
  /** SDK-owned sign-in: MSAL `authorityMetadata` (a JSON string; skips discovery). */
  authorityMetadata: text('authority-metadata'),
  /** SDK-owned sign-in: MSAL `protocolMode` (`AAD` by default, `OIDC` for other providers). */
  protocolMode: text('protocol-mode'),
  /** Sign-in: how long without an answer before the step offers to open its window again, in ms (6 000 by default); no time limit. */
  popupTimeout: count('popup-timeout'),
  /** Host-delegated sign-in: `(scopes, { forceRefresh }) => Promise<string>`; MSAL is then never loaded. */
  getAccessToken: object<HostTokenCallback>(),
  /** A sign-in provider of the host's choosing (overrides the sign-in settings). */
  authProvider: object<AuthProvider>(),
  /** A payment provider of the host's choosing (overrides `stripe-key`). */
  paymentProvider: object<PaymentProvider>(),
  /** Overrides for any message of the catalog. */
  messages: object<MessageOverrides>(),
} satisfies Record<string, Setting<unknown>>;

export type SettingName = keyof typeof SETTINGS;
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** The value of every setting, typed from the table. */
export type HostSettings = { -readonly [K in SettingName]: (typeof SETTINGS)[K]['default'] };

/** Lit's `static properties` for the settings. */
export function settingProperties(): Record<
  SettingName,
  { attribute: string | false; type?: unknown; reflect?: boolean }
> {
  const types = { string: String, boolean: Boolean, number: Number, object: undefined };
  return Object.fromEntries(
    SETTING_NAMES.map((name) => {
      const { attribute, kind, reflect } = SETTINGS[name] as Setting<unknown>;
      return [name, { attribute, type: types[kind], ...(reflect ? { reflect } : {}) }];
    }),
  ) as Record<SettingName, { attribute: string | false; type?: unknown; reflect?: boolean }>;
}

/** Sets every setting to its default (elements call it in their constructor). */
export function applyDefaults(target: HostSettings): void {
  for (const name of SETTING_NAMES) Object.assign(target, { [name]: SETTINGS[name].default });
}

/** The current value of every setting of an element. */
export function readSettings(source: HostSettings): HostSettings {
  return Object.fromEntries(SETTING_NAMES.map((name) => [name, source[name]])) as HostSettings;
}

/**
 * Accessors for an element without Lit: attribute settings read and write their attribute, as the
 * properties of a built-in element do; object settings are kept on the element. `onObject` runs when
 * an object setting changes.
 */
export function defineSettingAccessors(prototype: HTMLElement, onObject: (element: HTMLElement) => void): void {
  const objects = new WeakMap<HTMLElement, Record<string, unknown>>();
  for (const name of SETTING_NAMES) {
    const { attribute, kind } = SETTINGS[name];
    Object.defineProperty(prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        if (!attribute) return objects.get(this)?.[name];
        if (kind === 'boolean') return this.hasAttribute(attribute);
        const value = this.getAttribute(attribute);
        return kind === 'number' ? Number(value) || 0 : (value ?? SETTINGS[name].default);
      },
      set(this: HTMLElement, value: unknown) {
        if (!attribute) {
          objects.set(this, { ...objects.get(this), [name]: value });
          onObject(this);
        } else if (kind === 'boolean') this.toggleAttribute(attribute, Boolean(value));
        else if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }
}

/** The attributes of the settings (what an element observes). */
export const SETTING_ATTRIBUTES = SETTING_NAMES.flatMap((name) => SETTINGS[name].attribute || []);

export type ConfigErrorCode =
  'config-product' | 'config-api-base' | 'config-auth' | 'config-payment' | 'config-client-reference-id';

export function isConfigError(code: string): code is ConfigErrorCode {
  return code.startsWith('config-');
}

/** What is missing or wrong in a configuration, if anything. */
export function configError(settings: HostSettings): ConfigErrorCode | undefined {
  if (!isProductId(settings.product)) return 'config-product';
  if (!isAllowedApiBase(settings.apiBase)) return 'config-api-base';
  if (!settings.authProvider && !settings.getAccessToken && !settings.clientId) return 'config-auth';
  if (!settings.paymentProvider && !settings.stripeKey) return 'config-payment';
  if (settings.clientReferenceId && !isClientReferenceId(settings.clientReferenceId))
    return 'config-client-reference-id';
  return undefined;
}

/** A `client-reference-id` the checkout API takes (its `ClientReferenceId`): 1–200 ASCII letters, digits, `-`, `_`. */
export function isClientReferenceId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,200}$/.test(value);
}

/** https, or plain http on this machine (development). */
function isAllowedApiBase(value: string): boolean {
  let base: URL;
  try {
    base = new URL(value);
  } catch {
    return false;
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(base.hostname);
  return base.protocol === 'https:' || (base.protocol === 'http:' && local);
}

/** A space-separated setting as a list. */
export function words(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}
