import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "licence" after a count, as the subject (nominative). */
const licenses = (n: number) => plural('lv', n, { zero: 'licences', one: 'licence', other: 'licences' });
/** "licenci" after a count, as the object of a verb (accusative). */
const licensesHeld = (n: number) => plural('lv', n, { zero: 'licences', one: 'licenci', other: 'licences' });
/** "personai" after a count (dative). */
const toPeople = (n: number) => plural('lv', n, { zero: 'personām', one: 'personai', other: 'personām' });

export const lv = {
  manageTitle: 'Jūsu abonementi',
  manageLoading: 'Notiek abonementu ielāde…',
  manageEmpty: 'Jums nav neviena patstāvīgi iegādāta abonementa.',
  manageEmptyProduct: (product: string) => `Jums nav patstāvīgi iegādāta produkta ${product}.`,
  manageSignInTitle: 'Pierakstieties, lai pārvaldītu abonementus',
  manageSignInIntro: 'Pierakstieties ar darba vai mācību iestādes kontu, lai skatītu un pārvaldītu iegādāto.',
  manageOpen: 'Pārvaldīt',
  manageOpenLabel: (product: string) => `Pārvaldīt ${product}`,
  manageBack: 'Visi abonementi',
  manageNotice: 'Gatavs',

  statusActive: 'Aktīvs',
  statusTrialing: 'Bezmaksas izmēģinājuma versija',
  statusPastDue: 'Maksājums kavējas',
  statusCanceled: 'Atcelts',
  statusExpired: 'Beidzies',
  renewsOn: (date: string) => `Atjaunošanas datums: ${date}`,
  endsOn: (date: string) => `Beigu datums: ${date}`,
  endedOn: (date: string) => `Beidzās: ${date}`,
  trialEndsOn: (date: string) => `Bezmaksas izmēģinājuma versija, beigu datums: ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Piešķirtas licences: ${assigned} no ${quantity}`,
  pastDueHint: 'Ir kavēts rēķins. Apmaksājiet to tālāk, lai licences turpinātu darboties.',

  // Licenses
  licensesTitle: 'Kam ir licence',
  licensesFree: (free: number) =>
    plural('lv', free, {
      zero: `${free} licences ir brīvas.`,
      one: `${free} licence ir brīva.`,
      other: `${free} licences ir brīvas.`,
    }),
  licensesNone: 'Nevienam vēl nav licences.',
  unassign: 'Noņemt',
  unassignLabel: (name: string) => `Noņemt licenci lietotājam ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Vai noņemt licenci lietotājam ${name}? Piekļuve produktam ${product} tiks zaudēta nekavējoties.`,
  unassignYes: 'Noņemt licenci',
  keep: 'Paturēt',
  unassigned: (name: string) => `Licence lietotājam ${name} tika noņemta.`,
  searchLabel: 'Meklēt personas jūsu organizācijā',
  searchHint: 'Ievadiet vārdu vai e-pasta adresi. Vienlaikus varat piešķirt licences līdz 20 personām.',
  searchTooLong: (max: number) => `Maksimālais rakstzīmju skaits: ${max}.`,
  searchNone: (search: string) => `Jūsu organizācijā neviens neatbilst vaicājumam „${search}“.`,
  searching: 'Notiek meklēšana…',
  resultsLabel: 'Atrastās personas',
  hasLicense: 'Ir licence',
  guestNotAssignable: 'Viesa konts: nevar saņemt licenci',
  selectedCount: (count: number) =>
    plural('lv', count, {
      zero: `Atlasītas ${count} personas`,
      one: `Atlasīta ${count} persona`,
      other: `Atlasītas ${count} personas`,
    }),
  tooManySelected: (max: number) => `Vienlaikus varat piešķirt licences līdz ${max} ${toPeople(max)}.`,
  notEnoughFree: (free: number) =>
    `${plural('lv', free, {
      zero: `Brīvas ir tikai ${free} licences`,
      one: `Brīva ir tikai ${free} licence`,
      other: `Brīvas ir tikai ${free} licences`,
    })}. Atlasiet mazāk personu vai vispirms pievienojiet licences.`,
  assignSubmit: (count: number) => `Piešķirt ${count} ${licensesHeld(count)}`,
  assigning: 'Notiek piešķiršana…',
  assignedNotice: (count: number) => `Tagad licence ir ${count} ${toPeople(count)}.`,
  assignFailedAlready: (name: string) => `Lietotājam ${name} jau ir licence.`,
  assignFailedOtherTenant: (name: string) => `Lietotājs ${name} nav jūsu organizācijā, tāpēc nevar saņemt licenci.`,
  assignFailedGuest: (name: string) => `Lietotājam ${name} ir viesa konts, tāpēc nevar saņemt licenci.`,
  unassignFailed: (name: string) => `Lietotājam ${name} nav licences, ko noņemt.`,

  // Number of licenses
  quantityTitle: 'Licenču skaits',
  quantityLabel: 'Kopējais licenču skaits',
  quantityHint: (min: number, max: number) =>
    `No ${min} līdz ${max}. Par pievienotajām licencēm maksa tiek iekasēta uzreiz, noņemtās tiek noņemtas atjaunošanas brīdī.`,
  quantityBelowAssigned: (assigned: number) =>
    `${plural('lv', assigned, {
      zero: `Piešķirtas ${assigned} licences`,
      one: `Piešķirta ${assigned} licence`,
      other: `Piešķirtas ${assigned} licences`,
    })}. Lai samazinātu skaitu zem šī, vispirms noņemiet licences personām.`,
  quantitySame: 'Tas ir jūsu pašreizējais skaits. Ievadiet citu skaitli.',
  quantityPreview: 'Pārskatīt izmaiņas',
  quantityPreviewing: 'Notiek aprēķināšana…',
  previewIncrease: (added: number, amount: string) =>
    `Pievienojot ${added} ${licensesHeld(added)}, tagad būs jāmaksā ${amount} par atlikušo šī perioda daļu.`,
  previewDecrease: (removed: number, date: string) =>
    `${plural('lv', removed, {
      zero: `${removed} licences tiks noņemtas`,
      one: `${removed} licence tiks noņemta`,
      other: `${removed} licences tiks noņemtas`,
    })} (${date}). Tagad nekas netiek ne iekasēts, ne atmaksāts.`,
  previewRecurring: (amount: string) => `Turpmāk katra atjaunošana maksās ${amount}.`,
  quantityConfirm: 'Apstiprināt',
  quantityChanging: 'Notiek saglabāšana…',
  quantityAdded: (quantity: number, amount: string) =>
    `Tagad jums ir ${quantity} ${licenses(quantity)}. No jūsu kartes iekasēta summa: ${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    `Jums būs ${quantity} ${licenses(quantity)}. Spēkā no: ${date}.`,

  // Cancel
  cancelTitle: 'Atcelt abonementu',
  cancelExplain: (date: string) =>
    `Abonements vairs netiks atjaunots. Licences darbosies līdz perioda beigām (${date}); pēc tam visi to lietotāji zaudēs piekļuvi.`,
  cancelSubmit: 'Atcelt abonementu',
  cancelConfirm: 'Jā, atcelt',
  cancelKeep: 'Paturēt abonementu',
  canceledNotice: (date: string) => `Atcelts. Licences darbosies līdz perioda beigām (${date}).`,
  reactivate: 'Atsaukt atcelšanu',
  reactivatedNotice: (date: string) => `Abonements atkal tiks atjaunots (${date}).`,

  // Billing
  billingTitle: 'Norēķini',
  cardLabel: 'Karte',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} karte, kuras numurs beidzas ar ${last4}, derīga līdz ${expiry}`,
  cardNone: 'Nav saglabāta neviena karte.',
  cardUpdate: 'Atjaunināt karti',
  cardSave: 'Saglabāt karti',
  cardSaving: 'Notiek saglabāšana…',
  cardCancel: 'Atcelt',
  cardUpdated: (card: string) => `Jūsu karte ir atjaunināta: ${card}.`,
  invoicesTitle: 'Rēķini',
  invoicesNone: 'Rēķinu vēl nav.',
  invoiceNumber: 'Rēķins',
  invoiceDate: 'Datums',
  invoiceAmount: 'Summa',
  invoiceStatus: 'Statuss',
  invoicePaid: 'Apmaksāts',
  invoiceOpen: 'Neapmaksāts',
  invoicePastDue: 'Kavēts',
  invoiceVoid: 'Anulēts',
  invoicePay: 'Apmaksāt',
  invoicePayLabel: (number: string, amount: string) => `Apmaksāt rēķinu ${number} (${amount})`,
  invoicePaying: 'Notiek apmaksa…',
  invoicePdf: (number: string) => `Rēķins ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Rēķins ${number} ir apmaksāts: ${amount}.`,

  // Order history
  historyTitle: 'Pasūtījumu vēsture',
  historyChange: 'Izmaiņas',
  historyLicenses: 'Licences',
  orderPurchase: 'Iegādāts',
  orderAdded: (count: number) =>
    `${plural('lv', count, { zero: 'Pievienotas', one: 'Pievienota', other: 'Pievienotas' })} ${count} ${licenses(count)}`,
  orderRemoved: (count: number) =>
    `${plural('lv', count, { zero: 'Noņemtas', one: 'Noņemta', other: 'Noņemtas' })} ${count} ${licenses(count)}`,
  orderRenewal: 'Atjaunots',
  orderCanceled: 'Atcelts',
  orderReactivated: 'Atcelšana atsaukta',

  // Errors
  errorNotPurchaser:
    'Šo abonementu var pārvaldīt tikai persona, kas to iegādājās. Sazinieties ar šo personu vai savu IT administratoru.',
  errorSubscriptionNotFound: 'Šo abonementu neizdevās atrast jūsu organizācijā.',
  errorSubscriptionCanceled: 'Šis abonements ir atcelts. Vispirms atsauciet atcelšanu.',
  errorSubscriptionExpired: 'Šī abonementa darbība ir beigusies.',
  errorInvalidSearch: 'Meklējiet pēc vārda vai e-pasta adreses, bez < vai >.',
  errorDuplicateUser: 'Viena un tā pati persona ir atlasīta divreiz. Atlasiet katru personu tikai vienreiz.',
  errorInvoicePaid: 'Šis rēķins jau ir apmaksāts (iespējams, citā logā). Papildu maksa netika iekasēta.',
  errorInvoiceNotPayable: 'Šo rēķinu šeit nevar apmaksāt.',
  errorNoCard: 'Nav saglabāta neviena karte. Vispirms pievienojiet karti.',
} satisfies ManageCatalog;
