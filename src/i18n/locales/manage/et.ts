import { plural } from '../../plural.js';
import type { ManageCatalog } from './en.js';

export const et = {
  manageTitle: 'Teie tellimused',
  manageLoading: 'Teie tellimuste laadimine…',
  manageEmpty: 'Te pole ise ühtegi tellimust ostnud.',
  manageEmptyProduct: (product: string) => `Te pole toodet ${product} ise ostnud.`,
  manageSignInTitle: 'Tellimuste haldamiseks logige sisse',
  manageSignInIntro: 'Logige sisse oma töö- või koolikontoga, et näha ja hallata oma oste.',
  manageOpen: 'Halda',
  manageOpenLabel: (product: string) => `Halda toodet ${product}`,
  manageBack: 'Kõik tellimused',
  manageNotice: 'Valmis',

  statusActive: 'Aktiivne',
  statusTrialing: 'Tasuta prooviversioon',
  statusPastDue: 'Makse hilineb',
  statusCanceled: 'Tühistatud',
  statusExpired: 'Aegunud',
  renewsOn: (date: string) => `Uueneb ${date}`,
  endsOn: (date: string) => `Lõpeb ${date}`,
  endedOn: (date: string) => `Lõppes ${date}`,
  trialEndsOn: (date: string) => `Tasuta prooviversioon kuni ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Määratud litsentse: ${assigned}/${quantity}`,
  pastDueHint: 'Arve tähtaeg on möödas. Tasuge see allpool, et litsentsid töötaksid edasi.',

  // Licenses
  licensesTitle: 'Kellel on litsents',
  licensesFree: (free: number) =>
    plural('et', free, { one: 'Vaba on 1 litsents.', other: `Vaba on ${free} litsentsi.` }),
  licensesNone: 'Kellelgi pole veel litsentsi.',
  unassign: 'Eemalda',
  unassignLabel: (name: string) => `Eemalda kasutajalt ${name} litsents`,
  unassignConfirm: (name: string, product: string) =>
    `Kas eemaldada kasutajalt ${name} litsents? Ta kaotab kohe juurdepääsu tootele ${product}.`,
  unassignYes: 'Eemalda litsents',
  keep: 'Jäta alles',
  unassigned: (name: string) => `Kasutajalt ${name} eemaldati litsents.`,
  searchLabel: 'Otsige oma organisatsiooni inimesi',
  searchHint: 'Tippige nimi või meiliaadress. Saate litsentsi määrata korraga kuni 20 inimesele.',
  searchTooLong: (max: number) => `Tippige kuni ${max} märki.`,
  searchNone: (search: string) => `Teie organisatsioonis pole kedagi, kes vastaks otsingule „${search}“.`,
  searching: 'Otsimine…',
  resultsLabel: 'Leitud inimesed',
  hasLicense: 'On litsents',
  guestNotAssignable: 'Külaliskonto: litsentsi ei saa määrata',
  selectedCount: (count: number) =>
    plural('et', count, { one: '1 inimene valitud', other: `${count} inimest valitud` }),
  tooManySelected: (max: number) => `Saate litsentsi määrata korraga kuni ${max} inimesele.`,
  notEnoughFree: (free: number) =>
    plural('et', free, {
      one: 'Vaba on ainult 1 litsents. Valige vähem inimesi või lisage esmalt litsentse.',
      other: `Vaba on ainult ${free} litsentsi. Valige vähem inimesi või lisage esmalt litsentse.`,
    }),
  assignSubmit: (count: number) => plural('et', count, { one: 'Määra 1 litsents', other: `Määra ${count} litsentsi` }),
  assigning: 'Määramine…',
  assignedNotice: (count: number) => `${count} inimesel on nüüd litsents.`,
  assignFailedAlready: (name: string) => `Kasutajal ${name} on juba litsents.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} pole teie organisatsioonis, seega ei saa talle litsentsi määrata.`,
  assignFailedGuest: (name: string) => `Kasutajal ${name} on külaliskonto, seega ei saa talle litsentsi määrata.`,
  unassignFailed: (name: string) => `Kasutajal ${name} pole eemaldatavat litsentsi.`,

  // Number of licenses
  quantityTitle: 'Litsentside arv',
  quantityLabel: 'Litsentside koguarv',
  quantityHint: (min: number, max: number) =>
    `${min}–${max}. Lisatud litsentside eest võetakse tasu kohe; eemaldatud kaovad uuendamisel.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('et', assigned, {
      one: '1 litsents on määratud. Enne sellest väiksemaks muutmist eemaldage inimestelt litsentse.',
      other: `${assigned} litsentsi on määratud. Enne sellest väiksemaks muutmist eemaldage inimestelt litsentse.`,
    }),
  quantitySame: 'See on teie praegune arv. Sisestage muu arv.',
  quantityPreview: 'Vaata muudatus üle',
  quantityPreviewing: 'Arvutamine…',
  previewIncrease: (added: number, amount: string) =>
    `${added} litsentsi lisamine maksab nüüd ${amount} selle perioodi lõpuni.`,
  previewDecrease: (removed: number, date: string) =>
    plural('et', removed, {
      one: `1 litsents eemaldatakse ${date}. Praegu tasu ei võeta ega tagastata.`,
      other: `${removed} litsentsi eemaldatakse ${date}. Praegu tasu ei võeta ega tagastata.`,
    }),
  previewRecurring: (amount: string) => `Edaspidi maksab iga uuendamine ${amount}.`,
  quantityConfirm: 'Kinnita',
  quantityChanging: 'Salvestamine…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('et', quantity, {
      one: `Teil on nüüd 1 litsents. Teie kaardilt võeti ${amount}.`,
      other: `Teil on nüüd ${quantity} litsentsi. Teie kaardilt võeti ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('et', quantity, {
      one: `Alates ${date} on teil 1 litsents.`,
      other: `Alates ${date} on teil ${quantity} litsentsi.`,
    }),

  // Cancel
  cancelTitle: 'Tühista tellimus',
  cancelExplain: (date: string) =>
    `Tellimus ei uuene enam. Litsentsid töötavad kuni ${date}; seejärel kaotavad kõik litsentsi omanikud juurdepääsu.`,
  cancelSubmit: 'Tühista tellimus',
  cancelConfirm: 'Jah, tühista',
  cancelKeep: 'Jäta tellimus alles',
  canceledNotice: (date: string) => `Tühistatud. Litsentsid töötavad kuni ${date}.`,
  reactivate: 'Võta tühistamine tagasi',
  reactivatedNotice: (date: string) => `Tellimus uueneb taas ${date}.`,

  // Billing
  billingTitle: 'Arveldus',
  cardLabel: 'Kaart',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand}, lõpeb numbritega ${last4}, kehtib kuni ${expiry}`,
  cardNone: 'Kaarti pole salvestatud.',
  cardUpdate: 'Värskenda kaarti',
  cardSave: 'Salvesta kaart',
  cardSaving: 'Salvestamine…',
  cardCancel: 'Loobu',
  cardUpdated: (card: string) => `Teie kaarti värskendati: ${card}.`,
  invoicesTitle: 'Arved',
  invoicesNone: 'Arveid veel pole.',
  invoiceNumber: 'Arve',
  invoiceDate: 'Kuupäev',
  invoiceAmount: 'Summa',
  invoiceStatus: 'Olek',
  invoicePaid: 'Tasutud',
  invoiceOpen: 'Avatud',
  invoicePastDue: 'Tähtaeg möödas',
  invoiceVoid: 'Tühistatud',
  invoicePay: 'Maksa',
  invoicePayLabel: (number: string, amount: string) => `Maksa arve ${number} (${amount})`,
  invoicePaying: 'Maksmine…',
  invoicePdf: (number: string) => `Arve ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Arve ${number} on tasutud: ${amount}.`,

  // Order history
  historyTitle: 'Tellimuste ajalugu',
  historyChange: 'Muudatus',
  historyLicenses: 'Litsentsid',
  orderPurchase: 'Ostetud',
  orderAdded: (count: number) =>
    plural('et', count, { one: '1 litsents lisatud', other: `${count} litsentsi lisatud` }),
  orderRemoved: (count: number) =>
    plural('et', count, { one: '1 litsents eemaldatud', other: `${count} litsentsi eemaldatud` }),
  orderRenewal: 'Uuendatud',
  orderCanceled: 'Tühistatud',
  orderReactivated: 'Tühistamine võeti tagasi',

  // Errors
  errorNotPurchaser:
    'Seda tellimust saab hallata ainult selle ostnud isik. Pöörduge tema või oma IT-administraatori poole.',
  errorSubscriptionNotFound: 'Me ei leidnud seda tellimust teie organisatsioonist.',
  errorSubscriptionCanceled: 'See tellimus on tühistatud. Võtke esmalt tühistamine tagasi.',
  errorSubscriptionExpired: 'See tellimus on lõppenud.',
  errorInvalidSearch: 'Otsige nime või meiliaadressi järgi, ilma märkideta < ja >.',
  errorDuplicateUser: 'Sama inimene valiti kaks korda. Valige iga inimene ainult üks kord.',
  errorInvoicePaid: 'See arve on juba tasutud (võib-olla teises aknas). Rohkem tasu ei võetud.',
  errorInvoiceNotPayable: 'Seda arvet ei saa siin tasuda.',
  errorNoCard: 'Kaarti pole salvestatud. Lisage esmalt kaart.',
} satisfies ManageCatalog;
