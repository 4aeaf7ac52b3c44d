/**
 * What a click on a buy button needs before the person can type: the purchase flow and its first
 * step, loaded together (one request; Lit comes with them). The later groups are imported from
 * here, after this group: what they share with it (Lit, the shared styles and events) is then
 * already loaded and stays in this group.
 */
export { SspPurchaseFlow } from './purchase-flow/purchase-flow.js';
export { SspEmailGate } from './email-gate/email-gate.js';

/** The flow's effects and the steps that can follow the email step: loaded while it is shown. */
export const loadAfterEmail = () => import('./after-email.js');

/** The checkout steps (seats, card, done): loaded while the sign-in step is shown. */
export const loadCheckoutSteps = () => import('./checkout-steps.js');
