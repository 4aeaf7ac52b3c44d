import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "licencija" after a count, as the subject (nominative). */
const licenses = (n: number) =>
  plural('lt', n, { one: 'licencija', few: 'licencijos', many: 'licencijos', other: 'licencijų' });
/** "licenciją" after a count, as the object of a verb (accusative). */
const licensesHeld = (n: number) =>
  plural('lt', n, { one: 'licenciją', few: 'licencijas', many: 'licencijos', other: 'licencijų' });
/** "asmuo" after a count (nominative). */
const people = (n: number) => plural('lt', n, { one: 'asmuo', few: 'asmenys', many: 'asmens', other: 'asmenų' });

export const lt = {
  manageTitle: 'Jūsų prenumeratos',
  manageLoading: 'Įkeliamos jūsų prenumeratos…',
  manageEmpty: 'Patys nesate įsigiję jokių prenumeratų.',
  manageEmptyProduct: (product: string) => `Patys nesate įsigiję ${product}.`,
  manageSignInTitle: 'Prisijunkite, kad galėtumėte valdyti prenumeratas',
  manageSignInIntro:
    'Prisijunkite naudodami darbo arba mokymo įstaigos paskyrą, kad matytumėte ir valdytumėte tai, ką įsigijote.',
  manageOpen: 'Valdyti',
  manageOpenLabel: (product: string) => `Valdyti ${product}`,
  manageBack: 'Visos prenumeratos',
  manageNotice: 'Atlikta',

  statusActive: 'Aktyvi',
  statusTrialing: 'Nemokama bandomoji versija',
  statusPastDue: 'Mokėjimas vėluoja',
  statusCanceled: 'Atšaukta',
  statusExpired: 'Nebegalioja',
  renewsOn: (date: string) => `Atnaujinama ${date}`,
  endsOn: (date: string) => `Baigiasi ${date}`,
  endedOn: (date: string) => `Baigėsi ${date}`,
  trialEndsOn: (date: string) => `Nemokama bandomoji versija iki ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Priskirta licencijų: ${assigned} iš ${quantity}`,
  pastDueHint: 'Yra pradelsta sąskaita faktūra. Apmokėkite ją žemiau, kad licencijos veiktų toliau.',

  // Licenses
  licensesTitle: 'Kas turi licenciją',
  licensesFree: (free: number) =>
    plural('lt', free, {
      one: `Laisva ${free} licencija.`,
      few: `Laisvos ${free} licencijos.`,
      many: `Laisva ${free} licencijos.`,
      other: `Laisva ${free} licencijų.`,
    }),
  licensesNone: 'Dar niekas neturi licencijos.',
  unassign: 'Pašalinti',
  unassignLabel: (name: string) => `Pašalinti naudotojo ${name} licenciją`,
  unassignConfirm: (name: string, product: string) =>
    `Pašalinti naudotojo ${name} licenciją? Šis naudotojas iš karto neteks prieigos prie ${product}.`,
  unassignYes: 'Pašalinti licenciją',
  keep: 'Palikti',
  unassigned: (name: string) => `Naudotojo ${name} licencija pašalinta.`,
  searchLabel: 'Ieškoti žmonių savo organizacijoje',
  searchHint: 'Įveskite vardą arba el. pašto adresą. Vienu metu licencijas galite priskirti iki 20 žmonių.',
  searchTooLong: (max: number) => `Simbolių skaičius negali viršyti ${max}.`,
  searchNone: (search: string) => `Jūsų organizacijoje nėra nieko, kas atitiktų „${search}“.`,
  searching: 'Ieškoma…',
  resultsLabel: 'Rasti žmonės',
  hasLicense: 'Turi licenciją',
  guestNotAssignable: 'Svečio paskyra: licencijos gauti negalima',
  selectedCount: (count: number) =>
    plural('lt', count, {
      one: `Pasirinktas ${count} asmuo`,
      few: `Pasirinkti ${count} asmenys`,
      many: `Pasirinkta ${count} asmens`,
      other: `Pasirinkta ${count} asmenų`,
    }),
  tooManySelected: (max: number) =>
    `Vienu metu licencijas galite priskirti iki ${max} ${plural('lt', max, { one: 'asmens', few: 'asmenų', many: 'asmens', other: 'asmenų' })}.`,
  notEnoughFree: (free: number) =>
    `${plural('lt', free, {
      one: `Laisva tik ${free} licencija`,
      few: `Laisvos tik ${free} licencijos`,
      many: `Laisva tik ${free} licencijos`,
      other: `Laisva tik ${free} licencijų`,
    })}. Pasirinkite mažiau žmonių arba pirmiausia pridėkite licencijų.`,
  assignSubmit: (count: number) => `Priskirti ${count} ${licensesHeld(count)}`,
  assigning: 'Priskiriama…',
  assignedNotice: (count: number) => `Dabar licenciją turi ${count} ${people(count)}.`,
  assignFailedAlready: (name: string) => `${name} jau turi licenciją.`,
  assignFailedOtherTenant: (name: string) => `${name} nepriklauso jūsų organizacijai, todėl negali gauti licencijos.`,
  assignFailedGuest: (name: string) => `${name} turi svečio paskyrą, todėl negali gauti licencijos.`,
  unassignFailed: (name: string) => `${name} neturi licencijos, kurią būtų galima pašalinti.`,

  // Number of licenses
  quantityTitle: 'Licencijų skaičius',
  quantityLabel: 'Bendras licencijų skaičius',
  quantityHint: (min: number, max: number) =>
    `Nuo ${min} iki ${max}. Už pridėtas licencijas mokama iš karto, pašalintos panaikinamos atnaujinant prenumeratą.`,
  quantityBelowAssigned: (assigned: number) =>
    `${plural('lt', assigned, {
      one: `Priskirta ${assigned} licencija`,
      few: `Priskirtos ${assigned} licencijos`,
      many: `Priskirta ${assigned} licencijos`,
      other: `Priskirta ${assigned} licencijų`,
    })}. Kad sumažintumėte skaičių žemiau šios ribos, pirmiausia pašalinkite žmonių licencijas.`,
  quantitySame: 'Tiek licencijų jau turite. Įveskite kitą skaičių.',
  quantityPreview: 'Peržiūrėti pakeitimą',
  quantityPreviewing: 'Skaičiuojama…',
  previewIncrease: (added: number, amount: string) =>
    `Pridėjus ${added} ${licensesHeld(added)}, dabar mokėsite ${amount} už likusią šio laikotarpio dalį.`,
  previewDecrease: (removed: number, date: string) =>
    `${plural('lt', removed, {
      one: `${removed} licencija bus pašalinta`,
      few: `${removed} licencijos bus pašalintos`,
      many: `${removed} licencijos bus pašalinta`,
      other: `${removed} licencijų bus pašalinta`,
    })} ${date}. Dabar pinigai nei nuskaičiuojami, nei grąžinami.`,
  previewRecurring: (amount: string) => `Nuo tada kiekvienas atnaujinimas kainuos ${amount}.`,
  quantityConfirm: 'Patvirtinti',
  quantityChanging: 'Įrašoma…',
  quantityAdded: (quantity: number, amount: string) =>
    `Dabar turite ${quantity} ${licensesHeld(quantity)}. ${amount} nuskaičiuota iš jūsų kortelės.`,
  quantityScheduled: (quantity: number, date: string) => `Nuo ${date} turėsite ${quantity} ${licensesHeld(quantity)}.`,

  // Cancel
  cancelTitle: 'Atšaukti prenumeratą',
  cancelExplain: (date: string) =>
    `Prenumerata nebebus atnaujinama. Licencijos veiks iki ${date}, tada visi jas turintys praras prieigą.`,
  cancelSubmit: 'Atšaukti prenumeratą',
  cancelConfirm: 'Taip, atšaukti',
  cancelKeep: 'Palikti prenumeratą',
  canceledNotice: (date: string) => `Atšaukta. Licencijos veiks iki ${date}.`,
  reactivate: 'Anuliuoti atšaukimą',
  reactivatedNotice: (date: string) => `Prenumerata vėl bus atnaujinta ${date}.`,

  // Billing
  billingTitle: 'Atsiskaitymas',
  cardLabel: 'Kortelė',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} kortelė, kurios numeris baigiasi ${last4}, galioja iki ${expiry}`,
  cardNone: 'Kortelė neįrašyta.',
  cardUpdate: 'Atnaujinti kortelę',
  cardSave: 'Įrašyti kortelę',
  cardSaving: 'Įrašoma…',
  cardCancel: 'Atšaukti',
  cardUpdated: (card: string) => `Kortelė atnaujinta: ${card}.`,
  invoicesTitle: 'Sąskaitos faktūros',
  invoicesNone: 'Sąskaitų faktūrų dar nėra.',
  invoiceNumber: 'Sąskaita faktūra',
  invoiceDate: 'Data',
  invoiceAmount: 'Suma',
  invoiceStatus: 'Būsena',
  invoicePaid: 'Apmokėta',
  invoiceOpen: 'Neapmokėta',
  invoicePastDue: 'Pradelsta',
  invoiceVoid: 'Anuliuota',
  invoicePay: 'Apmokėti',
  invoicePayLabel: (number: string, amount: string) => `Apmokėti sąskaitą faktūrą ${number} (${amount})`,
  invoicePaying: 'Mokama…',
  invoicePdf: (number: string) => `Sąskaita faktūra ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Sąskaita faktūra ${number} apmokėta: ${amount}.`,

  // Order history
  historyTitle: 'Užsakymų istorija',
  historyChange: 'Pakeitimas',
  historyLicenses: 'Licencijos',
  orderPurchase: 'Įsigyta',
  orderAdded: (count: number) =>
    `${plural('lt', count, { one: 'Pridėta', few: 'Pridėtos', many: 'Pridėta', other: 'Pridėta' })} ${count} ${licenses(count)}`,
  orderRemoved: (count: number) =>
    `${plural('lt', count, { one: 'Pašalinta', few: 'Pašalintos', many: 'Pašalinta', other: 'Pašalinta' })} ${count} ${licenses(count)}`,
  orderRenewal: 'Atnaujinta',
  orderCanceled: 'Atšaukta',
  orderReactivated: 'Atšaukimas anuliuotas',

  // Errors
  errorNotPurchaser:
    'Šią prenumeratą valdyti gali tik ją įsigijęs asmuo. Kreipkitės į jį arba į savo IT administratorių.',
  errorSubscriptionNotFound: 'Šios prenumeratos jūsų organizacijoje neradome.',
  errorSubscriptionCanceled: 'Ši prenumerata atšaukta. Pirmiausia anuliuokite atšaukimą.',
  errorSubscriptionExpired: 'Šios prenumeratos galiojimas baigėsi.',
  errorInvalidSearch: 'Ieškokite pagal vardą arba el. pašto adresą, be < ar >.',
  errorDuplicateUser: 'Tas pats asmuo pasirinktas du kartus. Kiekvieną asmenį pasirinkite tik kartą.',
  errorInvoicePaid: 'Ši sąskaita faktūra jau apmokėta (galbūt kitame lange). Daugiau nieko nenuskaičiuota.',
  errorInvoiceNotPayable: 'Šios sąskaitos faktūros čia apmokėti negalima.',
  errorNoCard: 'Kortelė neįrašyta. Pirmiausia pridėkite kortelę.',
} satisfies ManageCatalog;
