import type { StartCatalog } from './en.js';

export const fi = {
  buyButtonLabel: (product: string) => `Osta ${product}`,
  buyButtonLabelGeneric: 'Osta käyttöoikeuksia',
  dialogClose: 'Sulje',
  loading: 'Ladataan…',
  configUnknownProduct: (product: string) =>
    `Ostopainiketta ei ole määritetty oikein: ”${product}” ei ole ostettavissa täällä.`,
  configApiBase: 'Ostolomaketta ei ole määritetty oikein: maksupalvelun osoite puuttuu tai se ei ole suojattu (https).',
  configAuth: 'Ostolomaketta ei ole määritetty oikein: kirjautumisasetukset puuttuvat.',
  configPayment: 'Ostolomaketta ei ole määritetty oikein: maksuasetukset puuttuvat.',
  configClientReferenceId:
    'Ostolomaketta ei ole määritetty oikein: asiakasviitteen tunnus ei kelpaa (enintään 200 kirjainta, numeroa, yhdysmerkkiä tai alaviivaa).',
  configTitle: 'Osto ei ole käytettävissä',
  errorNetwork: 'Maksupalveluun ei saatu yhteyttä. Tarkista yhteys ja yritä uudelleen.',
  emailTitle: (product: string) => `Osta ${product}`,
  emailIntro: 'Anna työ- tai koulusähköpostiosoitteesi. Tarkistamme, saatko organisaatiosi luvalla ostaa itse.',
  emailLabel: 'Työ- tai koulusähköposti',
  emailHint: 'Esimerkiksi nimi@yritys.fi',
  emailSubmit: 'Jatka',
  emailChecking: 'Tarkistetaan…',
  emailErrorEmpty: 'Anna työ- tai koulusähköpostiosoitteesi.',
  emailErrorFormat: 'Anna sähköpostiosoite muodossa nimi@yritys.fi.',
  emailErrorTooLong: 'Sähköpostiosoite on liian pitkä. Käytä enintään 254 merkkiä.',
  emailErrorHidden: 'Sähköpostiosoitteessa on piilomerkkejä (usein kopioinnin jäljiltä). Kirjoita se uudelleen.',
} satisfies StartCatalog;
