/** Offers as the checkout API returns them, for step views tested on their own. */
import type { Offer } from '../../src/api/client.js';

export function offerFixture(overrides: Partial<Offer> = {}): Offer {
  return {
    productId: 'power-bi-pro',
    productName: 'Power BI Pro',
    eligible: true,
    kind: 'purchase',
    policy: 'Enabled',
    account: {
      tenantId: 't',
      tenantName: 'Contoso',
      userId: 'u',
      username: 'megan@contoso.com',
      userType: 'Member',
      onPremisesSynced: false,
    },
    market: 'US',
    currency: 'USD',
    plans: [
      { id: 'power-bi-pro:monthly', billingPeriod: 'month', unitAmount: { value: 1400, currency: 'USD' } },
      { id: 'power-bi-pro:annual', billingPeriod: 'year', unitAmount: { value: 14000, currency: 'USD' } },
    ],
    minQuantity: 1,
    maxQuantity: 100,
    taxBehavior: 'exclusive',
    trialAvailable: false,
    licenseRequestAvailable: false,
    ...overrides,
  };
}
