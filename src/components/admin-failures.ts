/** The messages of the admin operations' failures, in the element's locale. */
import { MAX_ADMIN_MESSAGE_LENGTH, type AdminApiErrorCode } from '../api/admin.js';
import { CheckoutApiError } from '../api/client.js';
import type { LocalizeController, MessageKey } from '../i18n/i18n.js';
import { errorMessage } from '../i18n/messages.js';
import { toFlowError } from './purchase-flow/providers.js';

/** The failures only the admin operations have, each with its message. */
const ADMIN_MESSAGES: Partial<Record<AdminApiErrorCode, MessageKey>> = {
  'tenant-not-found': 'adminErrorTenant',
  'not-admin': 'adminNotAdmin',
  'partner-not-permitted': 'adminErrorPartner',
  'policy-conflict': 'policyConflict',
  'policy-link-not-https': 'policyLinkInvalid',
  'no-central-license': 'adminErrorNoCentral',
  'not-self-service': 'adminErrorNotSelfService',
  'purchaser-still-in-tenant': 'adminErrorPurchaserHere',
  'requester-not-in-tenant': 'adminErrorRequesterLeft',
  'license-request-not-found': 'adminErrorRequestGone',
  'license-request-decided': 'adminErrorRequestDecided',
  'subscription-not-found': 'adminErrorSubscriptionGone',
  'subscription-expired': 'adminErrorExpired',
};

/** The message for a failed admin call, in the element's locale. */
export function adminFailureMessage(i18n: LocalizeController, error: unknown): string {
  const code = error instanceof CheckoutApiError ? (error.code as AdminApiErrorCode) : undefined;
  if (code === 'policy-message-too-long' || code === 'note-too-long')
    return i18n.t('adminTooLong', MAX_ADMIN_MESSAGE_LENGTH);
  const key = code && ADMIN_MESSAGES[code];
  if (key) return i18n.t(key as 'adminNotAdmin');
  return errorMessage(i18n, toFlowError(error)) || i18n.t('errorUnknown');
}

/** The code of a failed call (`unknown` for anything but the API's and sign-in's). */
export function failureCode(error: unknown): string {
  return (error as { code?: string }).code ?? 'unknown';
}

/** Whether trying the same call again may help. */
export function retryable(error: unknown): boolean {
  return toFlowError(error).recoverable;
}
