/**
 * Public API: element classes, events, types and helpers. Importing this module defines no
 * elements; `define.js` does (guarded).
 */
export { SspBuyButton } from './components/buy-button/buy-button.js';
export { SspPurchaseFlow } from './components/purchase-flow/purchase-flow.js';
export { SspEmailGate } from './components/email-gate/email-gate.js';
export { SspSignIn } from './components/sign-in/sign-in.js';
export { SspSeatPicker } from './components/seat-picker/seat-picker.js';
export { SspCardPayment } from './components/card-payment/card-payment.js';
export { SspIneligibleNotice } from './components/ineligible-notice/ineligible-notice.js';
export { SspPurchaseComplete } from './components/purchase-complete/purchase-complete.js';
export { SspSubscriptionManager } from './components/subscription-manager/subscription-manager.js';
export { SspPurchasePolicy } from './components/purchase-policy/purchase-policy.js';
export { SspLicenseRequests } from './components/license-requests/license-requests.js';
export { SspAdminPurchases } from './components/admin-purchases/admin-purchases.js';
export * from './shared/events.js';
export { CheckoutApiError, CheckoutClient, type ApiErrorCode, type Offer, type Purchase } from './api/client.js';
export { DelegatedAuthProvider, type HostTokenCallback } from './auth/delegated.js';
export { AuthError, type AuthAccount, type AuthProvider, type SignInRequest } from './auth/types.js';
export type { PaymentProvider, PaymentSession, ConfirmResult, MountOptions } from './payment/types.js';
export {
  LOCALES,
  LocalizeController,
  loadLocale,
  registerLocale,
  type Catalog,
  type MessageOverrides,
} from './i18n/i18n.js';
export { plural, type PluralForms } from './i18n/plural.js';
export { PRODUCTS, PRODUCT_IDS, isProductId, type ProductId, type ProductInfo } from './shared/products.js';
export { defineElement, loadAll, loadElement } from './elements.js';
