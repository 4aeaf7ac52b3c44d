/** Maps the flow's stable codes (API errors, sign-in and payment failures, reasons) to messages. */
import type { IneligibleReason } from '../api/client.js';
import type { FlowError, FlowErrorCode } from '../components/purchase-flow/flow-state.js';
import type { Catalog, LocalizeController } from './i18n.js';

type PlainKey = { [K in keyof Catalog]: Catalog[K] extends string ? K : never }[keyof Catalog];

/** A message for every error code but those whose message takes an argument (see `errorMessage`). */
const ERROR_KEYS: Record<Exclude<FlowErrorCode, 'rate-limited' | 'config-product'>, PlainKey> = {
  offline: 'errorOffline',
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  'server-error': 'errorServer',
  unavailable: 'errorUnavailable',
  'bad-response': 'errorBadResponse',
  unauthorized: 'errorSession',
  'token-expired': 'errorSession',
  'token-failed': 'errorSession',
  'quantity-out-of-range': 'errorQuantity',
  'unknown-plan': 'errorQuantity',
  'not-eligible': 'errorNotEligible',
  'popup-blocked': 'errorPopupBlocked',
  cancelled: 'errorSignInCancelled',
  'interaction-in-progress': 'errorSignInBusy',
  'sign-in-failed': 'errorSignInFailed',
  redirecting: 'signInRedirecting',
  'account-mismatch': 'errorAccountMismatch',
  card_declined: 'errorCardDeclined',
  insufficient_funds: 'errorInsufficientFunds',
  expired_card: 'errorExpiredCard',
  incorrect_cvc: 'errorIncorrectCvc',
  authentication_failed: 'errorAuthenticationFailed',
  processing_error: 'errorProcessing',
  incomplete: 'errorIncomplete',
  'load-failed': 'errorPaymentLoad',
  payment_expired: 'errorPaymentExpired',
  'payment-failed': 'errorPaymentFailed',
  'invalid-email': 'emailErrorFormat',
  'personal-email': 'reasonPersonalEmail',
  // The service refused a request the SDK built: nothing the person can fix but trying again.
  'invalid-request': 'errorUnknown',
  'unknown-product': 'errorUnknown',
  'idempotency-key-missing': 'errorUnknown',
  'idempotency-key-reused': 'errorUnknown',
  'purchase-not-found': 'errorUnknown',
  aborted: 'errorUnknown',
  unknown: 'errorUnknown',
  'config-api-base': 'configApiBase',
  'config-auth': 'configAuth',
  'config-payment': 'configPayment',
  'config-client-reference-id': 'configClientReferenceId',
};

export function errorMessage(i18n: LocalizeController, error: FlowError, product = ''): string {
  switch (error.code) {
    case 'rate-limited':
      return i18n.t('errorRateLimited', error.retryAfter ?? 5);
    case 'config-product':
      return i18n.t('configUnknownProduct', product);
    default:
      return i18n.t(ERROR_KEYS[error.code]);
  }
}

export function reasonMessage(i18n: LocalizeController, reason: IneligibleReason, product: string): string {
  switch (reason) {
    case 'personal-email':
      return i18n.t('reasonPersonalEmail');
    case 'no-tenant':
      return i18n.t('reasonNoTenant');
    case 'unmanaged-tenant':
      return i18n.t('reasonUnmanagedTenant');
    case 'government-tenant':
      return i18n.t('reasonGovernmentTenant');
    case 'education-tenant':
      return i18n.t('reasonEducationTenant');
    case 'guest-user':
      return i18n.t('reasonGuestUser');
    case 'market-unavailable':
      return i18n.t('reasonMarketUnavailable', product);
    case 'disabled-by-admin':
      return i18n.t('reasonDisabledByAdmin', product);
    case 'trials-only':
      return i18n.t('reasonTrialsOnly', product);
  }
}
