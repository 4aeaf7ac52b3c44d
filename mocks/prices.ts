/**
 * Prices of the mock checkout service per market. The price lists are local price points in the
 * currency's major unit (round local numbers, not an exchange rate to the cent); the service quotes
 * them in integer minor units of the currency (`CURRENCIES`). Monthly plans are per license per
 * month; annual plans per license per year (ten months' price: two months free).
 *
 * Markets: where Microsoft sells self-service purchase (every market but India; no Project or Visio in
 * Brazil and the Democratic Republic of the Congo). Mainland China is not one: Microsoft 365 there is
 * operated by 21Vianet, a separate cloud with its own tenants and its own commerce, outside the
 * global commerce that self-service purchase belongs to.
 */
import { minorUnitDigits } from '../src/shared/currency.js';
import { PRODUCT_IDS, type ProductId } from '../src/shared/products.js';

/**
 * The currencies the mock service prices in. Amounts are integers of each currency's minor unit as
 * ISO 4217 counts it (`minorUnitDigits`, the SDK's own table): cents, öre, fillér; none for JPY, KRW,
 * VND, CLP and ISK. Stripe counts the same way but for ISK (two decimals, multiples of 100), which a
 * real service converts; TWD has two decimals but Stripe pays out whole dollars, so TWD is priced in
 * whole dollars here.
 */
export const CURRENCIES = [
  'USD',
  'SEK',
  'EUR',
  'GBP',
  'JPY',
  'INR',
  'BRL',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'UAH',
  'ILS',
  'KRW',
  'TWD',
  'HKD',
  'THB',
  'VND',
  'IDR',
  'MYR',
  'SGD',
  'AUD',
  'NZD',
  'CAD',
  'MXN',
  'CLP',
  'COP',
  'CHF',
  'NOK',
  'DKK',
  'ISK',
  'ZAR',
  'AED',
  'SAR',
  'KZT',
] as const;

/** A currency the mock service prices in. */
export type MockCurrency = (typeof CURRENCIES)[number];

export interface Market {
  currency: MockCurrency;
  /** `exclusive` where prices are quoted before sales tax (the United States, Canada). */
  taxBehavior: 'exclusive' | 'inclusive';
  /** Products that cannot be bought self-service in this market (the market rules). */
  unavailable: 'all' | ReadonlyArray<'project' | 'visio'>;
}

const sold = (currency: MockCurrency, taxBehavior: Market['taxBehavior'] = 'inclusive'): Market => ({
  currency,
  taxBehavior,
  unavailable: [],
});

/** By ISO 3166-1 country code of the tenant. */
export const MARKETS: Readonly<Record<string, Market>> = {
  US: sold('USD', 'exclusive'),
  SE: sold('SEK'),
  DE: sold('EUR'),
  GB: sold('GBP'),
  JP: sold('JPY'),
  IN: { currency: 'INR', taxBehavior: 'inclusive', unavailable: 'all' },
  BR: { currency: 'BRL', taxBehavior: 'inclusive', unavailable: ['project', 'visio'] },
  CD: { currency: 'USD', taxBehavior: 'exclusive', unavailable: ['project', 'visio'] },
  PL: sold('PLN'),
  CZ: sold('CZK'),
  HU: sold('HUF'),
  RO: sold('RON'),
  BG: sold('EUR'), // Bulgaria adopted the euro on 1 January 2026.
  HR: sold('EUR'),
  TR: sold('TRY'),
  UA: sold('UAH'),
  IL: sold('ILS'),
  KR: sold('KRW'),
  TW: sold('TWD'),
  HK: sold('HKD'),
  TH: sold('THB'),
  VN: sold('VND'),
  ID: sold('IDR'),
  MY: sold('MYR'),
  SG: sold('SGD'),
  AU: sold('AUD'),
  NZ: sold('NZD'),
  CA: sold('CAD', 'exclusive'),
  MX: sold('MXN'),
  CL: sold('CLP'),
  CO: sold('COP'),
  CH: sold('CHF'),
  NO: sold('NOK'),
  DK: sold('DKK'),
  IS: sold('ISK'),
  ZA: sold('ZAR'),
  AE: sold('AED'),
  SA: sold('SAR'),
  KZ: sold('KZT'),
};

/** One price per product, in the order of PRODUCT_IDS (a new product makes every row incomplete). */
type PricesOf<Ids extends readonly unknown[]> = { readonly [K in keyof Ids]: number };
type PriceList = PricesOf<typeof PRODUCT_IDS>;

/**
 * Monthly price per license, in major units of the currency. Columns: Power BI Pro, Power BI
 * Premium Per User, Power Apps per user, Power Automate per user, Project Plan 3, Visio Plan 1,
 * Visio Plan 2.
 */
const MONTHLY: Readonly<Record<MockCurrency, PriceList>> = {
  USD: [14, 24, 20, 15, 30, 5, 15],
  SEK: [156, 267, 223, 167, 334, 55.6, 167],
  EUR: [13.7, 23.5, 19.6, 14.7, 29.4, 4.9, 14.7],
  GBP: [11, 18.9, 15.8, 11.8, 23.6, 3.9, 11.8],
  JPY: [2098, 3598, 2998, 2248, 4497, 749, 2248],
  INR: [1170, 2000, 1670, 1250, 2500, 417, 1250],
  BRL: [73, 125, 104, 78, 156, 26, 78],
  PLN: [55, 95, 79, 59, 119, 19, 59],
  CZK: [329, 559, 469, 349, 699, 119, 349],
  HUF: [4990, 8490, 6990, 5290, 10490, 1790, 5290],
  RON: [69, 119, 99, 75, 149, 25, 75],
  TRY: [599, 999, 849, 649, 1299, 219, 649],
  UAH: [579, 989, 829, 619, 1239, 209, 619],
  ILS: [55, 89, 75, 55, 110, 19, 55],
  KRW: [20000, 34000, 28000, 21000, 42000, 7000, 21000],
  TWD: [450, 770, 640, 480, 960, 160, 480],
  HKD: [109, 189, 155, 118, 235, 39, 118],
  THB: [490, 840, 700, 520, 1050, 175, 520],
  VND: [350000, 600000, 500000, 375000, 750000, 125000, 375000],
  IDR: [225000, 385000, 320000, 240000, 480000, 80000, 240000],
  MYR: [62, 105, 88, 66, 132, 22, 66],
  SGD: [19, 32, 27, 20, 40, 6.8, 20],
  AUD: [23, 39, 32, 24, 48, 8, 24],
  NZD: [25, 42, 35, 26, 52, 9, 26],
  CAD: [19.5, 33, 27.5, 20.5, 41, 6.9, 20.5],
  MXN: [280, 480, 400, 300, 600, 99, 300],
  CLP: [13500, 23000, 19000, 14500, 28500, 4800, 14500],
  COP: [58000, 99000, 83000, 62000, 124000, 21000, 62000],
  CHF: [12.5, 21.5, 18, 13.5, 27, 4.5, 13.5],
  NOK: [149, 259, 209, 159, 319, 52, 159],
  DKK: [99, 169, 139, 105, 209, 35, 105],
  ISK: [1990, 3390, 2790, 2090, 4190, 690, 2090],
  ZAR: [259, 439, 369, 279, 549, 95, 279],
  AED: [52, 89, 74, 55, 110, 19, 55],
  SAR: [55, 90, 75, 57, 115, 19, 57],
  KZT: [7000, 12000, 10000, 7500, 15000, 2500, 7500],
};

const isMockCurrency = (currency: string): currency is MockCurrency =>
  (CURRENCIES as readonly string[]).includes(currency);

/** The monthly price per license of a product, in integer minor units of the currency. */
function monthlyMinorUnits(productId: ProductId, currency: string): number | undefined {
  if (!isMockCurrency(currency)) return undefined;
  const major = MONTHLY[currency][PRODUCT_IDS.indexOf(productId)];
  return major === undefined ? undefined : Math.round(major * 10 ** minorUnitDigits(currency));
}

export interface MockPlan {
  id: string;
  billingPeriod: 'month' | 'year';
  unitAmount: { value: number; currency: string };
}

export function plansFor(productId: ProductId, currency: string): MockPlan[] {
  const monthly = monthlyMinorUnits(productId, currency);
  if (monthly === undefined) return [];
  return [
    { id: `${productId}:monthly`, billingPeriod: 'month', unitAmount: { value: monthly, currency } },
    { id: `${productId}:annual`, billingPeriod: 'year', unitAmount: { value: monthly * 10, currency } },
  ];
}

/** The most licenses one self-service purchaser may hold of a product. */
export const MAX_LICENSES = 100;
export const TRIAL_DAYS = 30;
