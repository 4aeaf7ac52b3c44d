import type { StartCatalog } from './en.js';

export const srLatn = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Kupi ${product}`,
  buyButtonLabelGeneric: 'Kupi licence',
  dialogClose: 'Zatvori',
  loading: 'Učitavanje…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Dugme za kupovinu nije pravilno podešeno: „${product}“ nije proizvod koji se ovde može kupiti.`,
  configApiBase:
    'Obrazac za kupovinu nije pravilno podešen: adresa usluge za kupovinu nedostaje ili nije bezbedna (https).',
  configAuth: 'Obrazac za kupovinu nije pravilno podešen: nedostaju postavke za prijavljivanje.',
  configPayment: 'Obrazac za kupovinu nije pravilno podešen: nedostaju postavke plaćanja.',
  configClientReferenceId:
    'Obrazac za kupovinu nije pravilno podešen: referentni ID klijenta nije važeći (do 200 slova, cifara, crtica ili donjih crta).',
  configTitle: 'Kupovina nije dostupna',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nismo mogli da se povežemo sa uslugom za kupovinu. Proverite vezu i pokušajte ponovo.',

  // Email step
  emailTitle: (product: string) => `Kupi ${product}`,
  emailIntro: 'Unesite poslovnu ili školsku e-adresu. Proverićemo da li vam organizacija dozvoljava da sami kupujete.',
  emailLabel: 'Poslovna ili školska e-adresa',
  emailHint: 'Na primer, name@company.com',
  emailSubmit: 'Nastavi',
  emailChecking: 'Provera…',
  emailErrorEmpty: 'Unesite poslovnu ili školsku e-adresu.',
  emailErrorFormat: 'Unesite e-adresu u formatu name@company.com.',
  emailErrorTooLong: 'Ta e-adresa je predugačka. Koristite najviše 254 znaka.',
  emailErrorHidden: 'Ta e-adresa sadrži skrivene znakove (često zbog kopiranja). Unesite je ponovo.',
} satisfies StartCatalog;
