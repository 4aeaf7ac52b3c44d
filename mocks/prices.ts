/**
 * Prices of the mock checkout service per market, in integer minor units of the market's
 * currency. Monthly plans are per license per month; annual plans per license per year
 * (ten months' price: two months free).
 */
import type { ProductId } from '../src/shared/products.js';

export interface Market {
  currency: string;
  taxBehavior: 'exclusive' | 'inclusive';
  /** Products that cannot be bought self-service in this market (the market rules). */
  unavailable: 'all' | ReadonlyArray<'project' | 'visio'>;
}

export const MARKETS: Readonly<Record<string, Market>> = {
  US: { currency: 'USD', taxBehavior: 'exclusive', unavailable: [] },
  SE: { currency: 'SEK', taxBehavior: 'inclusive', unavailable: [] },
  DE: { currency: 'EUR', taxBehavior: 'inclusive', unavailable: [] },
  GB: { currency: 'GBP', taxBehavior: 'inclusive', unavailable: [] },
  JP: { currency: 'JPY', taxBehavior: 'inclusive', unavailable: [] },
  IN: { currency: 'INR', taxBehavior: 'inclusive', unavailable: 'all' },
  BR: { currency: 'BRL', taxBehavior: 'inclusive', unavailable: ['project', 'visio'] },
  CD: { currency: 'USD', taxBehavior: 'exclusive', unavailable: ['project', 'visio'] },
};

type PriceRow = Readonly<Record<ProductId, number>>;

/** Monthly price per license, minor units. */
const MONTHLY: Readonly<Record<string, PriceRow>> = {
  USD: {
    'power-bi-pro': 1400,
    'power-bi-premium-per-user': 2400,
    'power-apps-per-user': 2000,
    'power-automate-per-user': 1500,
    'project-plan-3': 3000,
    'visio-plan-1': 500,
    'visio-plan-2': 1500,
  },
  SEK: {
    'power-bi-pro': 15600,
    'power-bi-premium-per-user': 26700,
    'power-apps-per-user': 22300,
    'power-automate-per-user': 16700,
    'project-plan-3': 33400,
    'visio-plan-1': 5560,
    'visio-plan-2': 16700,
  },
  EUR: {
    'power-bi-pro': 1370,
    'power-bi-premium-per-user': 2350,
    'power-apps-per-user': 1960,
    'power-automate-per-user': 1470,
    'project-plan-3': 2940,
    'visio-plan-1': 490,
    'visio-plan-2': 1470,
  },
  GBP: {
    'power-bi-pro': 1100,
    'power-bi-premium-per-user': 1890,
    'power-apps-per-user': 1580,
    'power-automate-per-user': 1180,
    'project-plan-3': 2360,
    'visio-plan-1': 390,
    'visio-plan-2': 1180,
  },
  JPY: {
    'power-bi-pro': 2098,
    'power-bi-premium-per-user': 3598,
    'power-apps-per-user': 2998,
    'power-automate-per-user': 2248,
    'project-plan-3': 4497,
    'visio-plan-1': 749,
    'visio-plan-2': 2248,
  },
  INR: {
    'power-bi-pro': 117000,
    'power-bi-premium-per-user': 200000,
    'power-apps-per-user': 167000,
    'power-automate-per-user': 125000,
    'project-plan-3': 250000,
    'visio-plan-1': 41700,
    'visio-plan-2': 125000,
  },
  BRL: {
    'power-bi-pro': 7300,
    'power-bi-premium-per-user': 12500,
    'power-apps-per-user': 10400,
    'power-automate-per-user': 7800,
    'project-plan-3': 15600,
    'visio-plan-1': 2600,
    'visio-plan-2': 7800,
  },
};

export interface MockPlan {
  id: string;
  billingPeriod: 'month' | 'year';
  unitAmount: { value: number; currency: string };
}

export function plansFor(productId: ProductId, currency: string): MockPlan[] {
  const monthly = MONTHLY[currency]?.[productId];
  if (monthly === undefined) return [];
  return [
    { id: `${productId}:monthly`, billingPeriod: 'month', unitAmount: { value: monthly, currency } },
    { id: `${productId}:annual`, billingPeriod: 'year', unitAmount: { value: monthly * 10, currency } },
  ];
}

/** The most licenses one self-service purchaser may hold of a product. */
export const MAX_LICENSES = 100;
export const TRIAL_DAYS = 30;
