/**
 * Where the subscription manager's messages load from, per locale: registered by the manager's own
 * module, so that these loaders are not in the SDK's entry.
 */
import { addCatalogPart } from '../../i18n.js';

addCatalogPart('manage', {
  en: () => import('./en.js').then((m) => m.en),
  sv: () => import('./sv.js').then((m) => m.sv),
  da: () => import('./da.js').then((m) => m.da),
  nb: () => import('./nb.js').then((m) => m.nb),
  fi: () => import('./fi.js').then((m) => m.fi),
  de: () => import('./de.js').then((m) => m.de),
  fr: () => import('./fr.js').then((m) => m.fr),
  es: () => import('./es.js').then((m) => m.es),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
  'pt-br': () => import('./pt-BR.js').then((m) => m.ptBR),
  ja: () => import('./ja.js').then((m) => m.ja),
  ar: () => import('./ar.js').then((m) => m.ar),
  'en-xa': () => Promise.all([import('../../pseudo.js'), import('./en.js')]).then(([p, m]) => p.pseudoCatalog(m.en)),
});
