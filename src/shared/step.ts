/** Small helpers shared by the step views (functions, not a base class). */
import { PRODUCTS, isProductId } from './products.js';

/** The display name of a product id (the id itself when unknown). */
export function productName(id: string): string {
  return isProductId(id) ? PRODUCTS[id].name : id;
}

/** Moves focus to a step's heading, so screen readers start reading the new step there. */
export function focusTitle(root: ParentNode): void {
  root.querySelector<HTMLElement>('.title')?.focus();
}
