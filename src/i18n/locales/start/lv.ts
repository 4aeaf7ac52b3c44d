import type { StartCatalog } from './en.js';

export const lv = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Pirkt ${product}`,
  buyButtonLabelGeneric: 'Pirkt licences',
  dialogClose: 'Aizvērt',
  loading: 'Notiek ielāde…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Šī pirkšanas poga nav pareizi iestatīta: „${product}“ nav produkts, ko šeit var iegādāties.`,
  configApiBase:
    'Šī pirkuma veidlapa nav pareizi iestatīta: trūkst apmaksas pakalpojuma adreses, vai tā nav droša (https).',
  configAuth: 'Šī pirkuma veidlapa nav pareizi iestatīta: trūkst pierakstīšanās iestatījumu.',
  configPayment: 'Šī pirkuma veidlapa nav pareizi iestatīta: trūkst maksājumu iestatījumu.',
  configClientReferenceId:
    'Šī pirkuma veidlapa nav pareizi iestatīta: klienta atsauces ID nav derīgs (izmantojiet līdz 200 burtiem, cipariem, defisēm vai pasvītrām).',
  configTitle: 'Pirkums nav pieejams',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Neizdevās sazināties ar apmaksas pakalpojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',

  // Email step
  emailTitle: (product: string) => `Pirkt ${product}`,
  emailIntro:
    'Ievadiet darba vai mācību iestādes e-pasta adresi. Mēs pārbaudīsim, vai jūsu organizācija ļauj jums to iegādāties patstāvīgi.',
  emailLabel: 'Darba vai mācību iestādes e-pasta adrese',
  emailHint: 'Piemēram, vards@uznemums.lv',
  emailSubmit: 'Turpināt',
  emailChecking: 'Notiek pārbaude…',
  emailErrorEmpty: 'Ievadiet darba vai mācību iestādes e-pasta adresi.',
  emailErrorFormat: 'Ievadiet e-pasta adresi formātā vards@uznemums.lv.',
  emailErrorTooLong: 'Šī e-pasta adrese ir pārāk gara. Izmantojiet ne vairāk kā 254 rakstzīmes.',
  emailErrorHidden:
    'Šajā e-pasta adresē ir slēptas rakstzīmes (bieži pēc kopēšanas un ielīmēšanas). Ievadiet to vēlreiz.',
} satisfies StartCatalog;
