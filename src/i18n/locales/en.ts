/**
 * English messages. The type of this object *is* the message catalog: every other locale
 * `satisfies Catalog`, and hosts may override any key through the element's `messages` property.
 */
export const en = {
  buyButtonLabel: (product: string) => `Buy ${product}`,
  buyButtonLabelGeneric: 'Buy licenses',
  configUnknownProduct: (product: string) =>
    `This purchase button is not set up correctly: “${product}” is not a product that can be bought here.`,
};

export type Catalog = typeof en;
