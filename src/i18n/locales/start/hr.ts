import type { StartCatalog } from './en.js';

// Croatian typography: „…” quotes.
export const hr = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Kupi ${product}`,
  buyButtonLabelGeneric: 'Kupi licence',
  dialogClose: 'Zatvori',
  loading: 'Učitavanje…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Ovaj gumb za kupnju nije ispravno postavljen: „${product}” nije proizvod koji se ovdje može kupiti.`,
  configApiBase:
    'Ovaj obrazac za kupnju nije ispravno postavljen: adresa usluge plaćanja nedostaje ili nije sigurna (https).',
  configAuth: 'Ovaj obrazac za kupnju nije ispravno postavljen: nedostaju postavke prijave.',
  configPayment: 'Ovaj obrazac za kupnju nije ispravno postavljen: nedostaju postavke plaćanja.',
  configClientReferenceId:
    'Ovaj obrazac za kupnju nije ispravno postavljen: referentni ID klijenta nije valjan (upotrijebite najviše 200 slova, znamenki, spojnica ili podvlaka).',
  configTitle: 'Kupnja nije dostupna',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Povezivanje s uslugom plaćanja nije uspjelo. Provjerite vezu i pokušajte ponovno.',

  // Email step
  emailTitle: (product: string) => `Kupi ${product}`,
  emailIntro:
    'Unesite poslovnu ili školsku adresu e-pošte. Provjerit ćemo dopušta li vam vaša organizacija da sami kupite proizvod.',
  emailLabel: 'Poslovna ili školska adresa e-pošte',
  emailHint: 'Na primjer, ime@tvrtka.hr',
  emailSubmit: 'Nastavi',
  emailChecking: 'Provjera…',
  emailErrorEmpty: 'Unesite poslovnu ili školsku adresu e-pošte.',
  emailErrorFormat: 'Unesite adresu e-pošte u obliku ime@tvrtka.hr.',
  emailErrorTooLong: 'Ta je adresa e-pošte predugačka. Upotrijebite najviše 254 znaka.',
  emailErrorHidden:
    'Ta adresa e-pošte sadrži skrivene znakove (često zbog kopiranja i lijepljenja). Unesite je ponovno.',
} satisfies StartCatalog;
