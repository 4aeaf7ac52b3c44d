import type { ManageCatalog } from './en.js';

export const sv = {
  manageTitle: 'Dina prenumerationer',
  manageLoading: 'Läser in dina prenumerationer…',
  manageEmpty: 'Du har inte köpt några prenumerationer själv.',
  manageEmptyProduct: (product: string) => `Du har inte köpt ${product} själv.`,
  manageSignInTitle: 'Logga in för att hantera dina prenumerationer',
  manageSignInIntro: 'Logga in med ditt arbets- eller skolkonto för att se och hantera det du har köpt.',
  manageOpen: 'Hantera',
  manageOpenLabel: (product: string) => `Hantera ${product}`,
  manageBack: 'Alla prenumerationer',
  manageNotice: 'Klart',

  statusActive: 'Aktiv',
  statusTrialing: 'Kostnadsfri utvärderingsversion',
  statusPastDue: 'Betalningen är försenad',
  statusCanceled: 'Uppsagd',
  statusExpired: 'Har upphört',
  renewsOn: (date: string) => `Förnyas den ${date}`,
  endsOn: (date: string) => `Upphör den ${date}`,
  endedOn: (date: string) => `Upphörde den ${date}`,
  trialEndsOn: (date: string) => `Kostnadsfri utvärderingsversion till och med ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Tilldelade licenser: ${assigned} av ${quantity}`,
  pastDueHint: 'En faktura är förfallen. Betala den nedan så att licenserna fortsätter att fungera.',

  // Licenses
  licensesTitle: 'Vilka som har en licens',
  licensesFree: (free: number) => (free === 1 ? '1 licens är ledig.' : `${free} licenser är lediga.`),
  licensesNone: 'Ingen har en licens än.',
  unassign: 'Ta bort',
  unassignLabel: (name: string) => `Ta bort licensen från ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Vill du ta bort licensen från ${name}? Personen förlorar åtkomsten till ${product} direkt.`,
  unassignYes: 'Ta bort licensen',
  keep: 'Behåll',
  unassigned: (name: string) => `Licensen togs bort från ${name}.`,
  searchLabel: 'Hitta personer i din organisation',
  searchHint: 'Skriv ett namn eller en e-postadress. Du kan tilldela upp till 20 personer åt gången.',
  searchTooLong: (max: number) => `Skriv högst ${max} tecken.`,
  searchNone: (search: string) => `Ingen i din organisation matchar ”${search}”.`,
  searching: 'Söker…',
  resultsLabel: 'Personer som hittades',
  hasLicense: 'Har en licens',
  guestNotAssignable: 'Gästanvändare: kan inte få en licens',
  selectedCount: (count: number) => (count === 1 ? '1 person vald' : `${count} personer valda`),
  tooManySelected: (max: number) => `Du kan tilldela upp till ${max} personer åt gången.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Bara 1 licens är ledig. Välj färre personer eller lägg till licenser först.'
      : `Bara ${free} licenser är lediga. Välj färre personer eller lägg till licenser först.`,
  assignSubmit: (count: number) => (count === 1 ? 'Tilldela 1 licens' : `Tilldela ${count} licenser`),
  assigning: 'Tilldelar…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 person har nu en licens.' : `${count} personer har nu en licens.`,
  assignFailedAlready: (name: string) => `${name} har redan en licens.`,
  assignFailedOtherTenant: (name: string) => `${name} finns inte i din organisation och kan därför inte få en licens.`,
  assignFailedGuest: (name: string) => `${name} är gästanvändare och kan därför inte få en licens.`,
  unassignFailed: (name: string) => `${name} har ingen licens att ta bort.`,

  // Number of licenses
  quantityTitle: 'Antal licenser',
  quantityLabel: 'Totalt antal licenser',
  quantityHint: (min: number, max: number) =>
    `Från ${min} till ${max}. Tillagda licenser debiteras nu; borttagna försvinner vid förnyelsen.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 licens är tilldelad. Ta bort licenser från personer innan du sänker antalet under det.'
      : `${assigned} licenser är tilldelade. Ta bort licenser från personer innan du sänker antalet under det.`,
  quantitySame: 'Det är det antal du redan har. Ange ett annat antal.',
  quantityPreview: 'Granska ändringen',
  quantityPreviewing: 'Beräknar…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Att lägga till 1 licens kostar ${amount} nu, för resten av den här perioden.`
      : `Att lägga till ${added} licenser kostar ${amount} nu, för resten av den här perioden.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 licens tas bort den ${date}. Inget debiteras eller återbetalas nu.`
      : `${removed} licenser tas bort den ${date}. Inget debiteras eller återbetalas nu.`,
  previewRecurring: (amount: string) => `Därefter kostar varje förnyelse ${amount}.`,
  quantityConfirm: 'Bekräfta',
  quantityChanging: 'Sparar…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Du har nu 1 licens. ${amount} har debiterats ditt kort.`
      : `Du har nu ${quantity} licenser. ${amount} har debiterats ditt kort.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1
      ? `Du har 1 licens från och med den ${date}.`
      : `Du har ${quantity} licenser från och med den ${date}.`,

  // Cancel
  cancelTitle: 'Säg upp prenumerationen',
  cancelExplain: (date: string) =>
    `Den förnyas inte längre. Licenserna fungerar fram till den ${date}; därefter förlorar alla som har en licens åtkomsten.`,
  cancelSubmit: 'Säg upp prenumerationen',
  cancelConfirm: 'Ja, säg upp den',
  cancelKeep: 'Behåll prenumerationen',
  canceledNotice: (date: string) => `Uppsagd. Licenserna fungerar fram till den ${date}.`,
  reactivate: 'Ångra uppsägningen',
  reactivatedNotice: (date: string) => `Prenumerationen förnyas igen den ${date}.`,

  // Billing
  billingTitle: 'Fakturering',
  cardLabel: 'Kreditkort',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} som slutar på ${last4}, går ut ${expiry}`,
  cardNone: 'Inget kreditkort är sparat.',
  cardUpdate: 'Uppdatera betalningsmetod',
  cardSave: 'Spara kort',
  cardSaving: 'Sparar…',
  cardCancel: 'Avbryt',
  cardUpdated: (card: string) => `Betalningsmetoden har uppdaterats: ${card}.`,
  invoicesTitle: 'Fakturor',
  invoicesNone: 'Inga fakturor än.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Datum',
  invoiceAmount: 'Belopp',
  invoiceStatus: 'Status',
  invoicePaid: 'Betald',
  invoiceOpen: 'Öppen',
  invoicePastDue: 'Förfallen',
  invoiceVoid: 'Makulerad',
  invoicePay: 'Betala',
  invoicePayLabel: (number: string, amount: string) => `Betala faktura ${number} (${amount})`,
  invoicePaying: 'Betalar…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} är betald: ${amount}.`,

  // Order history
  historyTitle: 'Orderhistorik',
  historyChange: 'Ändring',
  historyLicenses: 'Licenser',
  orderPurchase: 'Köpt',
  orderAdded: (count: number) => (count === 1 ? '1 licens tillagd' : `${count} licenser tillagda`),
  orderRemoved: (count: number) => (count === 1 ? '1 licens borttagen' : `${count} licenser borttagna`),
  orderRenewal: 'Förnyad',
  orderCanceled: 'Uppsagd',
  orderReactivated: 'Uppsägningen ångrad',

  // Errors
  errorNotPurchaser:
    'Bara den som köpte prenumerationen kan hantera den. Fråga den personen eller din IT-administratör.',
  errorSubscriptionNotFound: 'Vi hittade inte prenumerationen i din organisation.',
  errorSubscriptionCanceled: 'Prenumerationen är uppsagd. Ångra uppsägningen först.',
  errorSubscriptionExpired: 'Prenumerationen har upphört.',
  errorInvalidSearch: 'Sök på ett namn eller en e-postadress, utan < eller >.',
  errorDuplicateUser: 'Samma person valdes två gånger. Välj varje person en gång.',
  errorInvoicePaid: 'Fakturan är redan betald (kanske i ett annat fönster). Inget mer har debiterats.',
  errorInvoiceNotPayable: 'Fakturan kan inte betalas här.',
  errorNoCard: 'Inget kreditkort är sparat. Lägg till ett kreditkort först.',
} satisfies ManageCatalog;
