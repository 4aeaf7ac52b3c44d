import type { StartCatalog } from './en.js';

export const sl = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Kupi ${product}`,
  buyButtonLabelGeneric: 'Kupi licence',
  dialogClose: 'Zapri',
  loading: 'Nalaganje…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Ta gumb za nakup ni pravilno nastavljen: izdelka „${product}“ tukaj ni mogoče kupiti.`,
  configApiBase: 'Ta obrazec za nakup ni pravilno nastavljen: naslov storitve za plačilo manjka ali ni varen (https).',
  configAuth: 'Ta obrazec za nakup ni pravilno nastavljen: manjkajo nastavitve vpisa.',
  configPayment: 'Ta obrazec za nakup ni pravilno nastavljen: manjkajo nastavitve plačila.',
  configClientReferenceId:
    'Ta obrazec za nakup ni pravilno nastavljen: ID sklica odjemalca ni veljaven (uporabite največ 200 črk, števk, vezajev ali podčrtajev).',
  configTitle: 'Nakup ni na voljo',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Storitve za plačilo ni bilo mogoče doseči. Preverite povezavo in poskusite znova.',

  // Email step
  emailTitle: (product: string) => `Nakup izdelka ${product}`,
  emailIntro:
    'Vnesite službeni ali šolski e-poštni naslov. Preverili bomo, ali vam vaša organizacija dovoli, da ga kupite sami.',
  emailLabel: 'Službeni ali šolski e-poštni naslov',
  emailHint: 'Na primer ime@podjetje.si',
  emailSubmit: 'Nadaljuj',
  emailChecking: 'Preverjanje…',
  emailErrorEmpty: 'Vnesite službeni ali šolski e-poštni naslov.',
  emailErrorFormat: 'Vnesite e-poštni naslov v obliki ime@podjetje.si.',
  emailErrorTooLong: 'Ta e-poštni naslov je predolg. Uporabite največ 254 znakov.',
  emailErrorHidden:
    'Ta e-poštni naslov vsebuje skrite znake (pogosto zaradi kopiranja in lepljenja). Vnesite ga znova.',
} satisfies StartCatalog;
