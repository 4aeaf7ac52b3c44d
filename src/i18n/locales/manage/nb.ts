import type { ManageCatalog } from './en.js';

export const nb = {
  manageTitle: 'Abonnementene dine',
  manageLoading: 'Laster inn abonnementene dine…',
  manageEmpty: 'Du har ikke kjøpt noen abonnementer selv.',
  manageEmptyProduct: (product: string) => `Du har ikke kjøpt ${product} selv.`,
  manageSignInTitle: 'Logg på for å administrere abonnementene dine',
  manageSignInIntro: 'Logg på med jobb- eller skolekontoen din for å se og administrere det du har kjøpt.',
  manageOpen: 'Administrer',
  manageOpenLabel: (product: string) => `Administrer ${product}`,
  manageBack: 'Alle abonnementer',
  manageNotice: 'Ferdig',

  statusActive: 'Aktivt',
  statusTrialing: 'Gratis prøveperiode',
  statusPastDue: 'Betalingen er forfalt',
  statusCanceled: 'Sagt opp',
  statusExpired: 'Utløpt',
  renewsOn: (date: string) => `Fornyes ${date}`,
  endsOn: (date: string) => `Avsluttes ${date}`,
  endedOn: (date: string) => `Ble avsluttet ${date}`,
  trialEndsOn: (date: string) => `Gratis prøveperiode til og med ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Tildelte lisenser: ${assigned} av ${quantity}`,
  pastDueHint: 'En faktura er forfalt. Betal den nedenfor, så lisensene fortsetter å virke.',

  // Licenses
  licensesTitle: 'Hvem som har lisens',
  licensesFree: (free: number) => (free === 1 ? '1 lisens er ledig.' : `${free} lisenser er ledige.`),
  licensesNone: 'Ingen har lisens ennå.',
  unassign: 'Fjern',
  unassignLabel: (name: string) => `Fjern lisensen fra ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Vil du fjerne lisensen fra ${name}? Personen mister tilgangen til ${product} med en gang.`,
  unassignYes: 'Fjern lisens',
  keep: 'Behold',
  unassigned: (name: string) => `Lisensen ble fjernet fra ${name}.`,
  searchLabel: 'Finn personer i organisasjonen din',
  searchHint: 'Skriv inn et navn eller en e-postadresse. Du kan tildele opptil 20 personer om gangen.',
  searchTooLong: (max: number) => `Skriv inn høyst ${max} tegn.`,
  searchNone: (search: string) => `Ingen i organisasjonen din samsvarer med «${search}».`,
  searching: 'Søker…',
  resultsLabel: 'Personer som ble funnet',
  hasLicense: 'Har lisens',
  guestNotAssignable: 'Gjestekonto: kan ikke få lisens',
  selectedCount: (count: number) => (count === 1 ? '1 person valgt' : `${count} personer valgt`),
  tooManySelected: (max: number) => `Du kan tildele opptil ${max} personer om gangen.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Bare 1 lisens er ledig. Velg færre personer, eller legg til lisenser først.'
      : `Bare ${free} lisenser er ledige. Velg færre personer, eller legg til lisenser først.`,
  assignSubmit: (count: number) => (count === 1 ? 'Tildel 1 lisens' : `Tildel ${count} lisenser`),
  assigning: 'Tildeler…',
  assignedNotice: (count: number) => (count === 1 ? '1 person har nå lisens.' : `${count} personer har nå lisens.`),
  assignFailedAlready: (name: string) => `${name} har allerede lisens.`,
  assignFailedOtherTenant: (name: string) => `${name} er ikke i organisasjonen din og kan derfor ikke få lisens.`,
  assignFailedGuest: (name: string) => `${name} er en gjestekonto og kan derfor ikke få lisens.`,
  unassignFailed: (name: string) => `${name} har ingen lisens som kan fjernes.`,

  // Number of licenses
  quantityTitle: 'Antall lisenser',
  quantityLabel: 'Totalt antall lisenser',
  quantityHint: (min: number, max: number) =>
    `Fra ${min} til ${max}. Lisenser du legger til, belastes nå; lisenser du fjerner, forsvinner ved fornyelsen.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 lisens er tildelt. Fjern lisenser fra personer før du går under det antallet.'
      : `${assigned} lisenser er tildelt. Fjern lisenser fra personer før du går under det antallet.`,
  quantitySame: 'Det er antallet du allerede har. Skriv inn et annet antall.',
  quantityPreview: 'Se gjennom endringen',
  quantityPreviewing: 'Beregner…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Å legge til 1 lisens koster ${amount} nå, for resten av denne perioden.`
      : `Å legge til ${added} lisenser koster ${amount} nå, for resten av denne perioden.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 lisens fjernes ${date}. Ingenting belastes eller refunderes nå.`
      : `${removed} lisenser fjernes ${date}. Ingenting belastes eller refunderes nå.`,
  previewRecurring: (amount: string) => `Deretter koster hver fornyelse ${amount}.`,
  quantityConfirm: 'Bekreft',
  quantityChanging: 'Lagrer…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Du har nå 1 lisens. Kortet ditt er belastet med ${amount}.`
      : `Du har nå ${quantity} lisenser. Kortet ditt er belastet med ${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Du har 1 lisens fra og med ${date}.` : `Du har ${quantity} lisenser fra og med ${date}.`,

  // Cancel
  cancelTitle: 'Si opp abonnementet',
  cancelExplain: (date: string) =>
    `Det fornyes ikke lenger. Lisensene virker til ${date}; deretter mister alle som har lisens, tilgangen.`,
  cancelSubmit: 'Si opp abonnementet',
  cancelConfirm: 'Ja, si det opp',
  cancelKeep: 'Behold abonnementet',
  canceledNotice: (date: string) => `Sagt opp. Lisensene virker til ${date}.`,
  reactivate: 'Angre oppsigelsen',
  reactivatedNotice: (date: string) => `Abonnementet fornyes igjen ${date}.`,

  // Billing
  billingTitle: 'Fakturering',
  cardLabel: 'Kort',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} som slutter på ${last4}, utløper ${expiry}`,
  cardNone: 'Ingen kort er lagret.',
  cardUpdate: 'Oppdater kort',
  cardSave: 'Lagre kort',
  cardSaving: 'Lagrer…',
  cardCancel: 'Avbryt',
  cardUpdated: (card: string) => `Kortet ditt er oppdatert: ${card}.`,
  invoicesTitle: 'Fakturaer',
  invoicesNone: 'Ingen fakturaer ennå.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Dato',
  invoiceAmount: 'Beløp',
  invoiceStatus: 'Status',
  invoicePaid: 'Betalt',
  invoiceOpen: 'Åpen',
  invoicePastDue: 'Forfalt',
  invoiceVoid: 'Annullert',
  invoicePay: 'Betal',
  invoicePayLabel: (number: string, amount: string) => `Betal faktura ${number} (${amount})`,
  invoicePaying: 'Betaler…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} er betalt: ${amount}.`,

  // Order history
  historyTitle: 'Ordrehistorikk',
  historyChange: 'Endring',
  historyLicenses: 'Lisenser',
  orderPurchase: 'Kjøpt',
  orderAdded: (count: number) => (count === 1 ? '1 lisens lagt til' : `${count} lisenser lagt til`),
  orderRemoved: (count: number) => (count === 1 ? '1 lisens fjernet' : `${count} lisenser fjernet`),
  orderRenewal: 'Fornyet',
  orderCanceled: 'Sagt opp',
  orderReactivated: 'Oppsigelsen angret',

  // Errors
  errorNotPurchaser:
    'Bare personen som kjøpte dette abonnementet, kan administrere det. Spør vedkommende eller IT-administratoren din.',
  errorSubscriptionNotFound: 'Vi fant ikke dette abonnementet i organisasjonen din.',
  errorSubscriptionCanceled: 'Dette abonnementet er sagt opp. Angre oppsigelsen først.',
  errorSubscriptionExpired: 'Dette abonnementet er avsluttet.',
  errorInvalidSearch: 'Søk etter et navn eller en e-postadresse, uten < eller >.',
  errorDuplicateUser: 'Samme person ble valgt to ganger. Velg hver person bare én gang.',
  errorInvoicePaid: 'Denne fakturaen er allerede betalt (kanskje i et annet vindu). Ingenting mer ble belastet.',
  errorInvoiceNotPayable: 'Denne fakturaen kan ikke betales her.',
  errorNoCard: 'Ingen kort er lagret. Oppdater kortet ditt først.',
} satisfies ManageCatalog;
