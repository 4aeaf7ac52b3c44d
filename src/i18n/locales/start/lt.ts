import type { StartCatalog } from './en.js';

export const lt = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Pirkti ${product}`,
  buyButtonLabelGeneric: 'Pirkti licencijas',
  dialogClose: 'Uždaryti',
  loading: 'Įkeliama…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Šis pirkimo mygtukas netinkamai sukonfigūruotas: „${product}“ nėra produktas, kurį galima čia įsigyti.`,
  configApiBase:
    'Ši pirkimo forma netinkamai sukonfigūruota: trūksta apmokėjimo paslaugos adreso arba jis nesaugus (https).',
  configAuth: 'Ši pirkimo forma netinkamai sukonfigūruota: trūksta prisijungimo parametrų.',
  configPayment: 'Ši pirkimo forma netinkamai sukonfigūruota: trūksta mokėjimo parametrų.',
  configClientReferenceId:
    'Ši pirkimo forma netinkamai sukonfigūruota: netinkamas kliento nuorodos ID (naudokite iki 200 raidžių, skaitmenų, brūkšnelių arba pabraukimo brūkšnių).',
  configTitle: 'Pirkimas negalimas',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nepavyko pasiekti apmokėjimo paslaugos. Patikrinkite ryšį ir bandykite dar kartą.',

  // Email step
  emailTitle: (product: string) => `Pirkti ${product}`,
  emailIntro:
    'Įveskite darbo arba mokymo įstaigos el. pašto adresą. Patikrinsime, ar jūsų organizacija leidžia jums jį įsigyti patiems.',
  emailLabel: 'Darbo arba mokymo įstaigos el. paštas',
  emailHint: 'Pavyzdžiui, vardas@imone.lt',
  emailSubmit: 'Tęsti',
  emailChecking: 'Tikrinama…',
  emailErrorEmpty: 'Įveskite darbo arba mokymo įstaigos el. pašto adresą.',
  emailErrorFormat: 'Įveskite el. pašto adresą formatu vardas@imone.lt.',
  emailErrorTooLong: 'Šis el. pašto adresas per ilgas. Naudokite ne daugiau kaip 254 simbolius.',
  emailErrorHidden:
    'Šiame el. pašto adrese yra paslėptų simbolių (dažnai dėl kopijavimo ir įklijavimo). Įveskite jį dar kartą.',
} satisfies StartCatalog;
