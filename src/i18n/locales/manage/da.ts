import type { ManageCatalog } from './en.js';

export const da = {
  manageTitle: 'Dine abonnementer',
  manageLoading: 'Indlæser dine abonnementer…',
  manageEmpty: 'Du har ikke selv købt nogen abonnementer.',
  manageEmptyProduct: (product: string) => `Du har ikke selv købt ${product}.`,
  manageSignInTitle: 'Log på for at administrere dine abonnementer',
  manageSignInIntro: 'Log på med din arbejds- eller skolekonto for at se og administrere det, du har købt.',
  manageOpen: 'Administrer',
  manageOpenLabel: (product: string) => `Administrer ${product}`,
  manageBack: 'Alle abonnementer',
  manageNotice: 'Udført',

  statusActive: 'Aktivt',
  statusTrialing: 'Gratis prøveperiode',
  statusPastDue: 'Betalingen er forfalden',
  statusCanceled: 'Opsagt',
  statusExpired: 'Udløbet',
  renewsOn: (date: string) => `Fornyes den ${date}`,
  endsOn: (date: string) => `Slutter den ${date}`,
  endedOn: (date: string) => `Sluttede den ${date}`,
  trialEndsOn: (date: string) => `Gratis prøveperiode indtil ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Tildelte licenser: ${assigned} af ${quantity}`,
  pastDueHint: 'En faktura er forfalden. Betal den nedenfor, så licenserne bliver ved med at virke.',

  // Licenses
  licensesTitle: 'Hvem har en licens',
  licensesFree: (free: number) => (free === 1 ? '1 licens er ledig.' : `${free} licenser er ledige.`),
  licensesNone: 'Ingen har en licens endnu.',
  unassign: 'Fjern',
  unassignLabel: (name: string) => `Fjern licensen fra ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Vil du fjerne licensen fra ${name}? Personen mister straks adgangen til ${product}.`,
  unassignYes: 'Fjern licens',
  keep: 'Behold',
  unassigned: (name: string) => `Licensen blev fjernet fra ${name}.`,
  searchLabel: 'Find personer i din organisation',
  searchHint: 'Skriv et navn eller en mailadresse. Du kan tildele op til 20 personer ad gangen.',
  searchTooLong: (max: number) => `Skriv højst ${max} tegn.`,
  searchNone: (search: string) => `Ingen i din organisation matcher “${search}”.`,
  searching: 'Søger…',
  resultsLabel: 'Fundne personer',
  hasLicense: 'Har en licens',
  guestNotAssignable: 'Gæstekonto: kan ikke få en licens',
  selectedCount: (count: number) => (count === 1 ? '1 person valgt' : `${count} personer valgt`),
  tooManySelected: (max: number) => `Du kan tildele op til ${max} personer ad gangen.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Kun 1 licens er ledig. Vælg færre personer, eller tilføj licenser først.'
      : `Kun ${free} licenser er ledige. Vælg færre personer, eller tilføj licenser først.`,
  assignSubmit: (count: number) => (count === 1 ? 'Tildel 1 licens' : `Tildel ${count} licenser`),
  assigning: 'Tildeler…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 person har nu en licens.' : `${count} personer har nu en licens.`,
  assignFailedAlready: (name: string) => `${name} har allerede en licens.`,
  assignFailedOtherTenant: (name: string) => `${name} er ikke i din organisation og kan derfor ikke få en licens.`,
  assignFailedGuest: (name: string) => `${name} er en gæstekonto og kan derfor ikke få en licens.`,
  unassignFailed: (name: string) => `${name} har ingen licens, der kan fjernes.`,

  // Number of licenses
  quantityTitle: 'Antal licenser',
  quantityLabel: 'Samlet antal licenser',
  quantityHint: (min: number, max: number) =>
    `Fra ${min} til ${max}. Tilføjede licenser opkræves nu; fjernede licenser forsvinder ved fornyelsen.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 licens er tildelt. Fjern licenser fra personer, før du går under det antal.'
      : `${assigned} licenser er tildelt. Fjern licenser fra personer, før du går under det antal.`,
  quantitySame: 'Det er det antal, du allerede har. Angiv et andet antal.',
  quantityPreview: 'Gennemse ændringen',
  quantityPreviewing: 'Beregner…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Det koster ${amount} nu at tilføje 1 licens for resten af denne periode.`
      : `Det koster ${amount} nu at tilføje ${added} licenser for resten af denne periode.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 licens fjernes den ${date}. Intet opkræves eller refunderes nu.`
      : `${removed} licenser fjernes den ${date}. Intet opkræves eller refunderes nu.`,
  previewRecurring: (amount: string) => `Derefter koster hver fornyelse ${amount}.`,
  quantityConfirm: 'Bekræft',
  quantityChanging: 'Gemmer…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Du har nu 1 licens. Der er trukket ${amount} på dit kort.`
      : `Du har nu ${quantity} licenser. Der er trukket ${amount} på dit kort.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Du har 1 licens fra den ${date}.` : `Du har ${quantity} licenser fra den ${date}.`,

  // Cancel
  cancelTitle: 'Opsig abonnementet',
  cancelExplain: (date: string) =>
    `Det fornyes ikke længere. Licenserne virker indtil den ${date}; derefter mister alle, der har en licens, adgangen.`,
  cancelSubmit: 'Opsig abonnementet',
  cancelConfirm: 'Ja, opsig det',
  cancelKeep: 'Behold abonnementet',
  canceledNotice: (date: string) => `Opsagt. Licenserne virker indtil den ${date}.`,
  reactivate: 'Fortryd opsigelsen',
  reactivatedNotice: (date: string) => `Abonnementet fornyes igen den ${date}.`,

  // Billing
  billingTitle: 'Fakturering',
  cardLabel: 'Kort',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand}, der ender på ${last4}, udløber ${expiry}`,
  cardNone: 'Der er ikke gemt noget kort.',
  cardUpdate: 'Opdater kort',
  cardSave: 'Gem kort',
  cardSaving: 'Gemmer…',
  cardCancel: 'Annuller',
  cardUpdated: (card: string) => `Dit kort er opdateret: ${card}.`,
  invoicesTitle: 'Fakturaer',
  invoicesNone: 'Ingen fakturaer endnu.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Dato',
  invoiceAmount: 'Beløb',
  invoiceStatus: 'Status',
  invoicePaid: 'Betalt',
  invoiceOpen: 'Åben',
  invoicePastDue: 'Forfalden',
  invoiceVoid: 'Annulleret',
  invoicePay: 'Betal',
  invoicePayLabel: (number: string, amount: string) => `Betal faktura ${number} (${amount})`,
  invoicePaying: 'Betaler…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} er betalt: ${amount}.`,

  // Order history
  historyTitle: 'Ordrehistorik',
  historyChange: 'Ændring',
  historyLicenses: 'Licenser',
  orderPurchase: 'Købt',
  orderAdded: (count: number) => (count === 1 ? '1 licens tilføjet' : `${count} licenser tilføjet`),
  orderRemoved: (count: number) => (count === 1 ? '1 licens fjernet' : `${count} licenser fjernet`),
  orderRenewal: 'Fornyet',
  orderCanceled: 'Opsagt',
  orderReactivated: 'Opsigelsen fortrudt',

  // Errors
  errorNotPurchaser:
    'Kun den person, der købte abonnementet, kan administrere det. Spørg vedkommende eller din it-administrator.',
  errorSubscriptionNotFound: 'Vi kunne ikke finde abonnementet i din organisation.',
  errorSubscriptionCanceled: 'Abonnementet er opsagt. Fortryd opsigelsen først.',
  errorSubscriptionExpired: 'Abonnementet er udløbet.',
  errorInvalidSearch: 'Søg efter et navn eller en mailadresse uden < eller >.',
  errorDuplicateUser: 'Den samme person blev valgt to gange. Vælg hver person én gang.',
  errorInvoicePaid: 'Fakturaen er allerede betalt (måske i et andet vindue). Der er ikke trukket mere.',
  errorInvoiceNotPayable: 'Fakturaen kan ikke betales her.',
  errorNoCard: 'Der er ikke gemt noget kort. Opdater dit kort først.',
} satisfies ManageCatalog;
