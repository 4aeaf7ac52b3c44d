/**
 * The CDN entry: registers `<ssp-buy-button>` now and every other `ssp-*` tag on demand (their code
 * loads when such an element appears, or when the buy button is about to open the flow). Safe to
 * load twice (an npm copy and a CDN copy on one page): a tag that is defined is left alone.
 */
import { SspBuyButton } from './components/buy-button/buy-button.js';
import { autoload, defineElement } from './elements.js';

defineElement('ssp-buy-button', SspBuyButton);
autoload();

export { loadAll, loadElement } from './elements.js';
export { registerLocale } from './i18n/i18n.js';
// Catalogs that count (shipped ones and a host's own) take their plural forms from here.
export { plural } from './i18n/plural.js';
