/**
 * What loads while the email step is on screen: the flow's effects (checkout client, sign-in,
 * payment), the templates and messages of its later steps, and the step views that can follow the
 * email step (sign-in, not eligible).
 */
export { FlowController } from './purchase-flow/controller.js';
export { failedPayment } from './purchase-flow/failed-payment.js';
export { renderStep } from './purchase-flow/views.js';
export { errorMessage } from '../i18n/messages.js';
export { SspSignIn } from './sign-in/sign-in.js';
export { SspIneligibleNotice } from './ineligible-notice/ineligible-notice.js';
// The purchaser's subscription manager loads after this group (it shares Lit, the checkout client,
// sign-in and the error messages with the flow), only where one is used.
export { loadSubscriptionManager } from './subscription-manager/load.js';

/**
 * The admin elements: each loaded only where one is used, after this group (they share Lit, the
 * checkout client, sign-in and the error messages with the flow).
 */
export const loadPurchasePolicy = () => import('./purchase-policy/purchase-policy.js');
export const loadLicenseRequests = () => import('./license-requests/license-requests.js');
export const loadAdminPurchases = () => import('./admin-purchases/admin-purchases.js');
