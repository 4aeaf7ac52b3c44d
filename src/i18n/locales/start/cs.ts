import type { StartCatalog } from './en.js';

// Czech typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line.
export const cs = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Koupit ${product}`,
  buyButtonLabelGeneric: 'Koupit licence',
  dialogClose: 'Zavřít',
  loading: 'Načítání…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Toto tlačítko nákupu není správně nastavené: „${product}“ není produkt, který si tu lze koupit.`,
  configApiBase:
    'Tento nákupní formulář není správně nastavený: adresa služby pokladny chybí nebo není zabezpečená (https).',
  configAuth: 'Tento nákupní formulář není správně nastavený: chybí nastavení přihlášení.',
  configPayment: 'Tento nákupní formulář není správně nastavený: chybí nastavení plateb.',
  configClientReferenceId:
    'Tento nákupní formulář není správně nastavený: referenční ID klienta není platné (použijte nejvýše 200 písmen, číslic, spojovníků nebo podtržítek).',
  configTitle: 'Nákup není k\u00a0dispozici',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nepodařilo se spojit se službou pokladny. Zkontrolujte připojení a\u00a0zkuste to znovu.',

  // Email step
  emailTitle: (product: string) => `Koupit ${product}`,
  emailIntro:
    'Zadejte svůj pracovní nebo školní e-mail. Ověříme, jestli vám vaše organizace povoluje samostatný nákup.',
  emailLabel: 'Pracovní nebo školní e-mail',
  emailHint: 'Například jmeno@firma.cz',
  emailSubmit: 'Pokračovat',
  emailChecking: 'Ověřování…',
  emailErrorEmpty: 'Zadejte svůj pracovní nebo školní e-mail.',
  emailErrorFormat: 'Zadejte e-mailovou adresu ve tvaru jmeno@firma.cz.',
  emailErrorTooLong: 'Tato e-mailová adresa je příliš dlouhá. Použijte nejvýše 254 znaků.',
  emailErrorHidden:
    'Tato e-mailová adresa obsahuje skryté znaky (často po zkopírování a\u00a0vložení). Zadejte ji znovu.',
} satisfies StartCatalog;
