/** Public API: element classes, types and helpers. Importing this module defines no elements. */
export { SspBuyButton } from './components/buy-button/buy-button.js';
export { LocalizeController, registerLocale, type Catalog, type MessageOverrides } from './i18n/i18n.js';
export { PRODUCTS, PRODUCT_IDS, isProductId, type ProductId, type ProductInfo } from './shared/products.js';
