import type { StartCatalog } from './en.js';

export const ro = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Cumpărați ${product}`,
  buyButtonLabelGeneric: 'Cumpărați licențe',
  dialogClose: 'Închideți',
  loading: 'Se încarcă…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Acest buton de achiziție nu este configurat corect: „${product}” nu este un produs care poate fi cumpărat aici.`,
  configApiBase:
    'Acest formular de achiziție nu este configurat corect: adresa serviciului de plată lipsește sau nu este securizată (https).',
  configAuth: 'Acest formular de achiziție nu este configurat corect: setările de conectare lipsesc.',
  configPayment: 'Acest formular de achiziție nu este configurat corect: setările de plată lipsesc.',
  configClientReferenceId:
    'Acest formular de achiziție nu este configurat corect: ID-ul de referință al clientului nu este valid (folosiți cel mult 200 de litere, cifre, cratime sau caractere de subliniere).',
  configTitle: 'Achiziția nu este disponibilă',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nu am putut accesa serviciul de plată. Verificați conexiunea și încercați din nou.',

  // Email step
  emailTitle: (product: string) => `Cumpărați ${product}`,
  emailIntro:
    'Introduceți adresa de e-mail de la locul de muncă sau de la școală. Vom verifica dacă organizația dvs. vă permite să cumpărați personal.',
  emailLabel: 'E-mail de la locul de muncă sau de la școală',
  emailHint: 'De exemplu, nume@companie.ro',
  emailSubmit: 'Continuați',
  emailChecking: 'Se verifică…',
  emailErrorEmpty: 'Introduceți adresa de e-mail de la locul de muncă sau de la școală.',
  emailErrorFormat: 'Introduceți o adresă de e-mail în formatul nume@companie.ro.',
  emailErrorTooLong: 'Adresa de e-mail este prea lungă. Folosiți cel mult 254 de caractere.',
  emailErrorHidden: 'Adresa de e-mail conține caractere ascunse (adesea din copiere și lipire). Tastați-o din nou.',
} satisfies StartCatalog;
