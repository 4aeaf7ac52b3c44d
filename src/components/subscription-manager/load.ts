/**
 * The subscription manager's code, loaded and registered where one is used (the purchase flow's
 * last step opens one; the registry loads it for a manager placed in the page).
 */
import { defineElement } from '../../shared/registry.js';

export const loadSubscriptionManager = () =>
  import('./subscription-manager.js').then((m) => {
    defineElement('ssp-subscription-manager', m.SspSubscriptionManager);
    return m;
  });
