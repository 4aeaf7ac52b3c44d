/**
 * Card payment with Stripe's Payment Element. Loaded on demand (the seat step prefetches it).
 * Uses `@stripe/stripe-js/pure`: the main entry injects Stripe's script at import time.
 */
import { loadStripe } from '@stripe/stripe-js/pure';
import type { Appearance, Stripe, StripeElementLocale, StripeError } from '@stripe/stripe-js';
import type { ConfirmResult, MountOptions, PaymentError, PaymentProvider, PaymentSession } from './types.js';
import { retryable } from '../shared/lazy.js';
import { PAYMENT_ESCAPE } from './mount.js';
import { localeChain } from '../i18n/i18n.js';

const STRIPE_LOCALES = new Set<string>([
  'ar',
  'bg',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'en-AU',
  'en-CA',
  'en-NZ',
  'en-GB',
  'es',
  'es-ES',
  'es-419',
  'et',
  'fi',
  'fil',
  'fr',
  'fr-CA',
  'fr-FR',
  'he',
  'hu',
  'hr',
  'id',
  'it',
  'it-IT',
  'ja',
  'ko',
  'lt',
  'lv',
  'ms',
  'mt',
  'nb',
  'nl',
  'no',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sk',
  'sl',
  'sv',
  'th',
  'tr',
  'vi',
  'zh',
  'zh-HK',
  'zh-TW',
]);

/**
 * The Payment Element locale for a BCP 47 tag: in the language of the catalog serving the flow's text
 * (`localeChain`: `nn` is served in `nb`, `zh-TW` in Traditional Chinese) with the tag's region,
 * else that language, else Stripe's `auto`. Stripe names Chinese by region: Traditional is `zh-TW`
 * or `zh-HK`, Simplified `zh`.
 */
export function stripeLocale(tag: string): StripeElementLocale {
  const [tagLanguage = '', ...subtags] = tag.toLowerCase().split('-');
  const region = subtags.find((subtag) => /^([a-z]{2}|\d{3})$/.test(subtag))?.toUpperCase();
  const serving = localeChain(tag)[0]!;
  if (serving === 'zh-hant') return region === 'HK' || region === 'MO' ? 'zh-HK' : 'zh-TW';
  if (serving === 'zh-hans') return 'zh';
  // English serves a language without a catalog: Stripe may still have the tag's own (`fil`, `mt`).
  const language = serving === 'en' ? tagLanguage : serving.split('-')[0]!;
  const exact = region ? `${language}-${region}` : language;
  if (STRIPE_LOCALES.has(exact)) return exact as StripeElementLocale;
  return (STRIPE_LOCALES.has(language) ? language : 'auto') as StripeElementLocale;
}

/** Stripe's appearance from the flow's `--ssp-*` tokens, so host theming reaches into Stripe's iframe. */
export function stripeAppearance(tokens: Record<string, string>): Appearance {
  const pick = (name: string, fallback: string) => tokens[name] || fallback;
  return {
    theme: 'stripe',
    variables: {
      colorPrimary: pick('--ssp-color-accent', '#0f5ec4'),
      colorText: pick('--ssp-color-text', '#1b1b1f'),
      colorDanger: pick('--ssp-color-danger', '#a4262c'),
      colorBackground: pick('--ssp-color-surface', '#ffffff'),
      fontFamily: pick('--ssp-font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'),
      borderRadius: pick('--ssp-radius', '6px'),
    },
  };
}

const DECLINES: Record<string, PaymentError['code']> = {
  card_declined: 'card_declined',
  insufficient_funds: 'insufficient_funds',
  expired_card: 'expired_card',
  incorrect_cvc: 'incorrect_cvc',
  processing_error: 'processing_error',
  payment_intent_authentication_failure: 'authentication_failed',
  setup_intent_authentication_failure: 'authentication_failed',
  authentication_required: 'authentication_failed',
};

/** One of our payment error codes for a Stripe error. */
export function toPaymentError(error: StripeError): PaymentError {
  if (error.type === 'validation_error') return { code: 'incomplete', message: error.message };
  const code = DECLINES[error.decline_code ?? ''] ?? DECLINES[error.code ?? ''] ?? 'processing_error';
  return { code, message: error.message, declineCode: error.decline_code };
}

export interface StripeProviderOptions {
  /** Stripe's fraud signals stay on unless the host opts out (Stripe's default). */
  advancedFraudSignals?: boolean;
}

/** Stripe.js as `@stripe/stripe-js` requests it (its release train; the loader accepts any). */
const STRIPE_JS_URL = 'https://js.stripe.com/endive/stripe.js';

/** The part of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | undefined;

/**
 * Stripe's loader sets `script.src` from a plain string, which Trusted Types
 * (`require-trusted-types-for 'script'`) block before any request. Where the browser has Trusted
 * Types, the SDK adds Stripe's script itself through its own policy, `ssp-widgets` (it passes
 * Stripe's URL and nothing else), and the loader uses the script it finds. Returns whether it did;
 * without Trusted Types, or when the page's policy refuses the name, the loader adds the script.
 */
function addStripeScript(fraudSignals: boolean): boolean {
  if (window.Stripe || document.querySelector('script[src^="https://js.stripe.com/"]')) return false;
  try {
    const trustedTypes = (window as { trustedTypes?: TrustedTypes }).trustedTypes;
    policy ??= trustedTypes?.createPolicy('ssp-widgets', {
      createScriptURL: (url: string) => {
        if (!url.startsWith('https://js.stripe.com/')) throw new TypeError(`ssp-widgets does not load ${url}`);
        return url;
      },
    });
  } catch {
    return false;
  }
  if (!policy) return false;
  const script = document.createElement('script');
  script.src = policy.createScriptURL(
    STRIPE_JS_URL + (fraudSignals ? '' : '?advancedFraudSignals=false'),
  ) as unknown as string;
  document.head.append(script);
  return true;
}

export class StripePaymentProvider implements PaymentProvider {
  constructor(
    private readonly publishableKey: string,
    private readonly options: StripeProviderOptions = {},
  ) {}

  async load(): Promise<void> {
    await this.stripeJs();
  }

  private readonly stripeJs = retryable(async (): Promise<Stripe> => {
    const fraudSignals = this.options.advancedFraudSignals !== false;
    if (!addStripeScript(fraudSignals) && !fraudSignals) loadStripe.setLoadParameters({ advancedFraudSignals: false });
    const stripe = await loadStripe(this.publishableKey);
    if (!stripe) throw new Error('Stripe.js is not available in this environment.');
    return stripe;
  });

  async mount(node: HTMLElement, options: MountOptions): Promise<PaymentSession> {
    const stripe = await this.stripeJs();
    const elements = stripe.elements({
      clientSecret: options.clientSecret,
      locale: stripeLocale(options.locale),
      appearance: stripeAppearance(options.appearance),
    });
    // Cards only: the service creates the PaymentIntent with payment_method_types ['card'];
    // wallets are switched off here so no other button appears.
    const element = elements.create('payment', {
      layout: 'tabs',
      wallets: { applePay: 'never', googlePay: 'never' },
    });
    const ready = new Promise<void>((resolve) => element.on('ready', () => resolve()));
    element.on('escape', () => node.dispatchEvent(new Event(PAYMENT_ESCAPE, { bubbles: true })));
    element.mount(node);
    await ready;
    return {
      confirm: async (): Promise<ConfirmResult> => {
        const confirmParams = { return_url: location.href };
        if (options.mode === 'setup') {
          const result = await stripe.confirmSetup({ elements, redirect: 'if_required', confirmParams });
          if (result.error) return { status: 'failed', error: toPaymentError(result.error) };
          return intentOutcome(result.setupIntent.status);
        }
        const result = await stripe.confirmPayment({ elements, redirect: 'if_required', confirmParams });
        if (result.error) return { status: 'failed', error: toPaymentError(result.error) };
        return intentOutcome(result.paymentIntent.status);
      },
      destroy: () => {
        element.unmount();
        element.destroy();
      },
    };
  }

  async handleNextAction(clientSecret: string): Promise<ConfirmResult> {
    const stripe = await this.stripeJs();
    const result = await stripe.handleNextAction({ clientSecret });
    if (result.error) return { status: 'failed', error: toPaymentError(result.error) };
    return intentOutcome(result.paymentIntent?.status ?? 'requires_payment_method');
  }
}

/** What a confirmed PaymentIntent's or SetupIntent's status means for the person. */
function intentOutcome(status: string): ConfirmResult {
  if (status === 'succeeded' || status === 'processing') return { status };
  return { status: 'failed', error: { code: 'processing_error', message: `Intent ${status}` } };
}
