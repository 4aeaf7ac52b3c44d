import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

// Slovak typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line. The plural form `many` is Slovak's form for decimals (1,5 licencie).
export const sk = {
  manageTitle: 'Vaše predplatné',
  manageLoading: 'Načítavajú sa vaše predplatné…',
  manageEmpty: 'Sami ste si nekúpili žiadne predplatné.',
  manageEmptyProduct: (product: string) => `${product} ste si sami nekúpili.`,
  manageSignInTitle: 'Prihláste sa a\u00a0spravujte svoje predplatné',
  manageSignInIntro: 'Prihláste sa pracovným alebo školským kontom a\u00a0zobrazte a\u00a0spravujte, čo ste kúpili.',
  manageOpen: 'Spravovať',
  manageOpenLabel: (product: string) => `Spravovať ${product}`,
  manageBack: 'Všetky predplatné',
  manageNotice: 'Hotovo',

  statusActive: 'Aktívne',
  statusTrialing: 'Bezplatná skúšobná verzia',
  statusPastDue: 'Platba po splatnosti',
  statusCanceled: 'Zrušené',
  statusExpired: 'Vypršalo',
  renewsOn: (date: string) => `Obnoví sa ${date}`,
  endsOn: (date: string) => `Skončí ${date}`,
  endedOn: (date: string) => `Skončilo ${date}`,
  trialEndsOn: (date: string) => `Bezplatná skúšobná verzia do ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    plural('sk', quantity, {
      one: `Priradené: ${assigned} z\u00a0${quantity} licencie`,
      few: `Priradené: ${assigned} z\u00a0${quantity} licencií`,
      many: `Priradené: ${assigned} z\u00a0${quantity} licencie`,
      other: `Priradené: ${assigned} z\u00a0${quantity} licencií`,
    }),
  pastDueHint: 'Faktúra je po splatnosti. Zaplaťte ju nižšie, aby licencie naďalej fungovali.',

  // Licenses
  licensesTitle: 'Kto má licenciu',
  licensesFree: (free: number) =>
    plural('sk', free, {
      one: `${free} licencia je voľná.`,
      few: `${free} licencie sú voľné.`,
      many: `Voľné licencie: ${free}.`,
      other: `${free} licencií je voľných.`,
    }),
  licensesNone: 'Licenciu zatiaľ nikto nemá.',
  unassign: 'Odobrať',
  unassignLabel: (name: string) => `Odobrať licenciu používateľovi ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Odobrať licenciu používateľovi ${name}? Okamžite stratí prístup k\u00a0${product}.`,
  unassignYes: 'Odobrať licenciu',
  keep: 'Ponechať',
  unassigned: (name: string) => `Licencia používateľa ${name} bola odobratá.`,
  searchLabel: 'Hľadať ľudí vo vašej organizácii',
  searchHint: 'Zadajte meno alebo e-mail. Naraz môžete priradiť licencie až 20 ľuďom.',
  searchTooLong: (max: number) =>
    plural('sk', max, {
      one: `Zadajte najviac ${max} znak.`,
      few: `Zadajte najviac ${max} znaky.`,
      many: `Zadajte najviac ${max} znaku.`,
      other: `Zadajte najviac ${max} znakov.`,
    }),
  searchNone: (search: string) => `Hľadaniu „${search}“ nezodpovedá nikto z\u00a0vašej organizácie.`,
  searching: 'Hľadá sa…',
  resultsLabel: 'Nájdení ľudia',
  hasLicense: 'Má licenciu',
  guestNotAssignable: 'Konto hosťa: nemôže dostať licenciu',
  selectedCount: (count: number) =>
    plural('sk', count, {
      one: `Vybratá ${count} osoba`,
      few: `Vybraté ${count} osoby`,
      many: `Vybraté osoby: ${count}`,
      other: `Vybratých ${count} osôb`,
    }),
  tooManySelected: (max: number) =>
    plural('sk', max, {
      one: `Naraz môžete priradiť licencie najviac ${max} osobe.`,
      few: `Naraz môžete priradiť licencie najviac ${max} osobám.`,
      many: `Naraz môžete priradiť licencie najviac ${max} osoby.`,
      other: `Naraz môžete priradiť licencie najviac ${max} osobám.`,
    }),
  notEnoughFree: (free: number) =>
    plural('sk', free, {
      one: `Voľná je len ${free} licencia. Vyberte menej ľudí alebo najprv pridajte licencie.`,
      few: `Voľné sú len ${free} licencie. Vyberte menej ľudí alebo najprv pridajte licencie.`,
      many: `Voľné licencie: len ${free}. Vyberte menej ľudí alebo najprv pridajte licencie.`,
      other: `Voľných je len ${free} licencií. Vyberte menej ľudí alebo najprv pridajte licencie.`,
    }),
  assignSubmit: (count: number) =>
    plural('sk', count, {
      one: `Priradiť ${count} licenciu`,
      few: `Priradiť ${count} licencie`,
      many: `Priradiť ${count} licencie`,
      other: `Priradiť ${count} licencií`,
    }),
  assigning: 'Priraďuje sa…',
  assignedNotice: (count: number) =>
    plural('sk', count, {
      one: `${count} osoba má teraz licenciu.`,
      few: `${count} osoby majú teraz licenciu.`,
      many: `${count} osoby má teraz licenciu.`,
      other: `${count} osôb má teraz licenciu.`,
    }),
  assignFailedAlready: (name: string) => `${name} už licenciu má.`,
  assignFailedOtherTenant: (name: string) => `${name} nepatrí do vašej organizácie, preto nemôže dostať licenciu.`,
  assignFailedGuest: (name: string) => `${name} má konto hosťa, preto nemôže dostať licenciu.`,
  unassignFailed: (name: string) => `${name} nemá žiadnu licenciu na odobratie.`,

  // Number of licenses
  quantityTitle: 'Počet licencií',
  quantityLabel: 'Celkový počet licencií',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Pridané licencie sa účtujú hneď; odobraté zmiznú pri obnovení.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('sk', assigned, {
      one: `Priradená je ${assigned} licencia. Skôr než pôjdete pod tento počet, odoberte licencie používateľom.`,
      few: `Priradené sú ${assigned} licencie. Skôr než pôjdete pod tento počet, odoberte licencie používateľom.`,
      many: `Priradené licencie: ${assigned}. Skôr než pôjdete pod tento počet, odoberte licencie používateľom.`,
      other: `Priradených je ${assigned} licencií. Skôr než pôjdete pod tento počet, odoberte licencie používateľom.`,
    }),
  quantitySame: 'Tento počet už máte. Zadajte iný.',
  quantityPreview: 'Skontrolovať zmenu',
  quantityPreviewing: 'Počíta sa…',
  previewIncrease: (added: number, amount: string) =>
    plural('sk', added, {
      one: `Pridanie ${added} licencie teraz stojí ${amount} za zvyšok tohto obdobia.`,
      few: `Pridanie ${added} licencií teraz stojí ${amount} za zvyšok tohto obdobia.`,
      many: `Pridanie ${added} licencie teraz stojí ${amount} za zvyšok tohto obdobia.`,
      other: `Pridanie ${added} licencií teraz stojí ${amount} za zvyšok tohto obdobia.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('sk', removed, {
      one: `${removed} licencia sa odoberie ${date}. Teraz sa nič neúčtuje ani nevracia.`,
      few: `${removed} licencie sa odoberú ${date}. Teraz sa nič neúčtuje ani nevracia.`,
      many: `${removed} licencie sa odoberie ${date}. Teraz sa nič neúčtuje ani nevracia.`,
      other: `${removed} licencií sa odoberie ${date}. Teraz sa nič neúčtuje ani nevracia.`,
    }),
  previewRecurring: (amount: string) => `Potom bude každé obnovenie stáť ${amount}.`,
  quantityConfirm: 'Potvrdiť',
  quantityChanging: 'Ukladá sa…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('sk', quantity, {
      one: `Teraz máte ${quantity} licenciu. Z\u00a0vašej karty sa strhlo ${amount}.`,
      few: `Teraz máte ${quantity} licencie. Z\u00a0vašej karty sa strhlo ${amount}.`,
      many: `Teraz máte ${quantity} licencie. Z\u00a0vašej karty sa strhlo ${amount}.`,
      other: `Teraz máte ${quantity} licencií. Z\u00a0vašej karty sa strhlo ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('sk', quantity, {
      one: `Od ${date} budete mať ${quantity} licenciu.`,
      few: `Od ${date} budete mať ${quantity} licencie.`,
      many: `Od ${date} budete mať ${quantity} licencie.`,
      other: `Od ${date} budete mať ${quantity} licencií.`,
    }),

  // Cancel
  cancelTitle: 'Zrušiť predplatné',
  cancelExplain: (date: string) =>
    `Predplatné sa prestane obnovovať. Licencie fungujú do ${date}; potom všetci, ktorí ich majú, stratia prístup.`,
  cancelSubmit: 'Zrušiť predplatné',
  cancelConfirm: 'Áno, zrušiť',
  cancelKeep: 'Ponechať predplatné',
  canceledNotice: (date: string) => `Zrušené. Licencie fungujú do ${date}.`,
  reactivate: 'Vrátiť zrušenie späť',
  reactivatedNotice: (date: string) => `Predplatné sa znova obnoví ${date}.`,

  // Billing
  billingTitle: 'Fakturácia',
  cardLabel: 'Karta',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} končiaca na ${last4}, platnosť do ${expiry}`,
  cardNone: 'Nie je uložená žiadna karta.',
  cardUpdate: 'Aktualizovať kartu',
  cardSave: 'Uložiť kartu',
  cardSaving: 'Ukladá sa…',
  cardCancel: 'Zrušiť',
  cardUpdated: (card: string) => `Karta bola aktualizovaná: ${card}.`,
  invoicesTitle: 'Faktúry',
  invoicesNone: 'Zatiaľ žiadne faktúry.',
  invoiceNumber: 'Faktúra',
  invoiceDate: 'Dátum',
  invoiceAmount: 'Suma',
  invoiceStatus: 'Stav',
  invoicePaid: 'Zaplatená',
  invoiceOpen: 'Na úhradu',
  invoicePastDue: 'Po splatnosti',
  invoiceVoid: 'Stornovaná',
  invoicePay: 'Zaplatiť',
  invoicePayLabel: (number: string, amount: string) => `Zaplatiť faktúru ${number} (${amount})`,
  invoicePaying: 'Prebieha platba…',
  invoicePdf: (number: string) => `Faktúra ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktúra ${number} je zaplatená: ${amount}.`,

  // Order history
  historyTitle: 'História objednávok',
  historyChange: 'Zmena',
  historyLicenses: 'Licencie',
  orderPurchase: 'Nákup',
  orderAdded: (count: number) =>
    plural('sk', count, {
      one: `Pridaná ${count} licencia`,
      few: `Pridané ${count} licencie`,
      many: `Pridané licencie: ${count}`,
      other: `Pridaných ${count} licencií`,
    }),
  orderRemoved: (count: number) =>
    plural('sk', count, {
      one: `Odobratá ${count} licencia`,
      few: `Odobraté ${count} licencie`,
      many: `Odobraté licencie: ${count}`,
      other: `Odobratých ${count} licencií`,
    }),
  orderRenewal: 'Obnovenie',
  orderCanceled: 'Zrušenie',
  orderReactivated: 'Zrušenie vrátené späť',

  // Errors
  errorNotPurchaser: 'Toto predplatné môže spravovať len ten, kto ho kúpil. Obráťte sa na neho alebo na správcu IT.',
  errorSubscriptionNotFound: 'Toto predplatné sme vo vašej organizácii nenašli.',
  errorSubscriptionCanceled: 'Toto predplatné je zrušené. Najprv vráťte zrušenie späť.',
  errorSubscriptionExpired: 'Toto predplatné sa skončilo.',
  errorInvalidSearch: 'Hľadajte podľa mena alebo e-mailu, bez znakov < a\u00a0>.',
  errorDuplicateUser: 'Rovnaká osoba je vybratá dvakrát. Vyberte každú osobu len raz.',
  errorInvoicePaid: 'Táto faktúra je už zaplatená (možno v\u00a0inom okne). Nič ďalšie sa nezaúčtovalo.',
  errorInvoiceNotPayable: 'Túto faktúru tu nemožno zaplatiť.',
  errorNoCard: 'Nie je uložená žiadna karta. Najprv kartu pridajte.',
} satisfies ManageCatalog;
