import type { StartCatalog } from './en.js';

export const et = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Osta ${product}`,
  buyButtonLabelGeneric: 'Osta litsentse',
  dialogClose: 'Sule',
  loading: 'Laadimine…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `See ostunupp pole õigesti seadistatud: toodet „${product}“ ei saa siit osta.`,
  configApiBase: 'See ostuvorm pole õigesti seadistatud: makseteenuse aadress puudub või pole turvaline (https).',
  configAuth: 'See ostuvorm pole õigesti seadistatud: sisselogimissätted puuduvad.',
  configPayment: 'See ostuvorm pole õigesti seadistatud: maksesätted puuduvad.',
  configClientReferenceId:
    'See ostuvorm pole õigesti seadistatud: kliendi viite ID ei kehti (kasutage kuni 200 tähte, numbrit, sidekriipsu või allkriipsu).',
  configTitle: 'Ost pole saadaval',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Makseteenusega ei saanud ühendust. Kontrollige ühendust ja proovige uuesti.',

  // Email step
  emailTitle: (product: string) => `Osta ${product}`,
  emailIntro: 'Sisestage oma töö- või koolimeiliaadress. Kontrollime, kas teie organisatsioon lubab teil ise osta.',
  emailLabel: 'Töö- või koolimeiliaadress',
  emailHint: 'Näiteks nimi@ettevote.ee',
  emailSubmit: 'Jätka',
  emailChecking: 'Kontrollimine…',
  emailErrorEmpty: 'Sisestage oma töö- või koolimeiliaadress.',
  emailErrorFormat: 'Sisestage meiliaadress kujul nimi@ettevote.ee.',
  emailErrorTooLong: 'See meiliaadress on liiga pikk. Kasutage kuni 254 märki.',
  emailErrorHidden:
    'Selles meiliaadressis on peidetud märke (sageli kopeerimisest ja kleepimisest). Tippige see uuesti.',
} satisfies StartCatalog;
