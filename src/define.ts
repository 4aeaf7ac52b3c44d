/**
 * Registers every `ssp-*` element. Safe to load twice (an npm copy and a CDN copy on one page):
 * a tag that is already defined is left alone.
 */
import { SspBuyButton } from './components/buy-button/buy-button.js';

const elements: ReadonlyArray<readonly [string, CustomElementConstructor]> = [['ssp-buy-button', SspBuyButton]];

for (const [tag, element] of elements) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

export * from './index.js';
