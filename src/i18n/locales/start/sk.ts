import type { StartCatalog } from './en.js';

// Slovak typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line.
export const sk = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Kúpiť ${product}`,
  buyButtonLabelGeneric: 'Kúpiť licencie',
  dialogClose: 'Zavrieť',
  loading: 'Načítava sa…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Toto tlačidlo nákupu nie je správne nastavené: „${product}“ nie je produkt, ktorý sa tu dá kúpiť.`,
  configApiBase:
    'Tento nákupný formulár nie je správne nastavený: adresa služby pokladne chýba alebo nie je zabezpečená (https).',
  configAuth: 'Tento nákupný formulár nie je správne nastavený: chýbajú nastavenia prihlásenia.',
  configPayment: 'Tento nákupný formulár nie je správne nastavený: chýbajú nastavenia platby.',
  configClientReferenceId:
    'Tento nákupný formulár nie je správne nastavený: referenčné ID klienta nie je platné (použite najviac 200 písmen, číslic, spojovníkov alebo podčiarkovníkov).',
  configTitle: 'Nákup nie je k\u00a0dispozícii',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nepodarilo sa spojiť so službou pokladne. Skontrolujte pripojenie a\u00a0skúste to znova.',

  // Email step
  emailTitle: (product: string) => `Kúpiť ${product}`,
  emailIntro: 'Zadajte svoj pracovný alebo školský e-mail. Overíme, či vám vaša organizácia povoľuje samostatný nákup.',
  emailLabel: 'Pracovný alebo školský e-mail',
  emailHint: 'Napríklad meno@firma.sk',
  emailSubmit: 'Pokračovať',
  emailChecking: 'Overuje sa…',
  emailErrorEmpty: 'Zadajte svoj pracovný alebo školský e-mail.',
  emailErrorFormat: 'Zadajte e-mailovú adresu v\u00a0tvare meno@firma.sk.',
  emailErrorTooLong: 'Táto e-mailová adresa je príliš dlhá. Použite najviac 254 znakov.',
  emailErrorHidden:
    'Táto e-mailová adresa obsahuje skryté znaky (často po skopírovaní a\u00a0prilepení). Zadajte ju znova.',
} satisfies StartCatalog;
