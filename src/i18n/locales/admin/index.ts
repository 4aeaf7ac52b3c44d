/**
 * Where the admin elements' messages load from, per locale: registered by those elements' own
 * modules, so that these loaders are not in the SDK's entry.
 */
import { addCatalogPart } from '../../i18n.js';

addCatalogPart('admin', {
  en: () => import('./en.js').then((m) => m.en),
  'en-xa': () => Promise.all([import('../../pseudo.js'), import('./en.js')]).then(([p, m]) => p.pseudoCatalog(m.en)),
});
