/**
 * Where each language's messages for the admin elements load from. This index is a
 * chunk of its own, loaded on first use (see `i18n.ts`): the SDK's entry names no catalog but
 * English's first part. Each catalog is a chunk of its own; a page downloads only those it shows.
 */
import type { AdminCatalog } from './en.js';

export const loaders: Record<string, () => Promise<AdminCatalog>> = {
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
  'zh-hans': () => import('./zh-Hans.js').then((m) => m.zhHans),
  'zh-hant': () => import('./zh-Hant.js').then((m) => m.zhHant),
  ko: () => import('./ko.js').then((m) => m.ko),
  pl: () => import('./pl.js').then((m) => m.pl),
  ru: () => import('./ru.js').then((m) => m.ru),
  uk: () => import('./uk.js').then((m) => m.uk),
  he: () => import('./he.js').then((m) => m.he),
  tr: () => import('./tr.js').then((m) => m.tr),
  hu: () => import('./hu.js').then((m) => m.hu),
  ro: () => import('./ro.js').then((m) => m.ro),
  lt: () => import('./lt.js').then((m) => m.lt),
  'pt-pt': () => import('./pt-PT.js').then((m) => m.ptPT),
  ca: () => import('./ca.js').then((m) => m.ca),
  vi: () => import('./vi.js').then((m) => m.vi),
  cs: () => import('./cs.js').then((m) => m.cs),
  bg: () => import('./bg.js').then((m) => m.bg),
  el: () => import('./el.js').then((m) => m.el),
  et: () => import('./et.js').then((m) => m.et),
  sl: () => import('./sl.js').then((m) => m.sl),
  lv: () => import('./lv.js').then((m) => m.lv),
  id: () => import('./id.js').then((m) => m.id),
  eu: () => import('./eu.js').then((m) => m.eu),
  ms: () => import('./ms.js').then((m) => m.ms),
};
