import type { Catalog } from './en.js';

export const sv = {
  buyButtonLabel: (product: string) => `Köp ${product}`,
  buyButtonLabelGeneric: 'Köp licenser',
  configUnknownProduct: (product: string) =>
    `Köpknappen är inte rätt konfigurerad: ”${product}” är inte en produkt som kan köpas här.`,
} satisfies Catalog;
