/**
 * The products the self-service purchase flow sells. Names are Microsoft's product names and are
 * not translated; `productId` is Microsoft's commerce ProductId where one is published.
 */
export interface ProductInfo {
  readonly id: ProductId;
  readonly name: string;
  readonly productId?: string;
  /** The product offers a card-free trial. */
  readonly cardFreeTrial: boolean;
  /** The product family; market rules (Brazil, Congo) apply to Project and Visio. */
  readonly family: 'power-bi' | 'power-apps' | 'power-automate' | 'project' | 'visio';
}

export const PRODUCT_IDS = [
  'power-bi-pro',
  'power-bi-premium-per-user',
  'power-apps-per-user',
  'power-automate-per-user',
  'project-plan-3',
  'visio-plan-1',
  'visio-plan-2',
] as const;

export type ProductId = (typeof PRODUCT_IDS)[number];

export const PRODUCTS: Readonly<Record<ProductId, ProductInfo>> = {
  'power-bi-pro': {
    id: 'power-bi-pro',
    name: 'Power BI Pro',
    productId: 'CFQ7TTC0H9MP',
    cardFreeTrial: false,
    family: 'power-bi',
  },
  'power-bi-premium-per-user': {
    id: 'power-bi-premium-per-user',
    name: 'Power BI Premium Per User',
    cardFreeTrial: false,
    family: 'power-bi',
  },
  'power-apps-per-user': {
    id: 'power-apps-per-user',
    name: 'Power Apps per user',
    productId: 'CFQ7TTC0LH2H',
    cardFreeTrial: false,
    family: 'power-apps',
  },
  'power-automate-per-user': {
    id: 'power-automate-per-user',
    name: 'Power Automate per user',
    productId: 'CFQ7TTC0LH3L',
    cardFreeTrial: false,
    family: 'power-automate',
  },
  'project-plan-3': {
    id: 'project-plan-3',
    name: 'Project Plan 3',
    productId: 'CFQ7TTC0HDB0',
    cardFreeTrial: false,
    family: 'project',
  },
  'visio-plan-1': {
    id: 'visio-plan-1',
    name: 'Visio Plan 1',
    productId: 'CFQ7TTC0HD33',
    cardFreeTrial: true,
    family: 'visio',
  },
  'visio-plan-2': {
    id: 'visio-plan-2',
    name: 'Visio Plan 2',
    productId: 'CFQ7TTC0HD32',
    cardFreeTrial: false,
    family: 'visio',
  },
};

export function isProductId(value: unknown): value is ProductId {
  return typeof value === 'string' && (PRODUCT_IDS as readonly string[]).includes(value);
}

/** The display name of a product id (the id itself when unknown). */
export function productName(id: string): string {
  return isProductId(id) ? PRODUCTS[id].name : id;
}
