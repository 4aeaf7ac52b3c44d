import type { ManageCatalog } from './en.js';

export const nl = {
  manageTitle: 'Je abonnementen',
  manageLoading: 'Je abonnementen laden…',
  manageEmpty: 'Je hebt zelf geen abonnementen gekocht.',
  manageEmptyProduct: (product: string) => `Je hebt ${product} niet zelf gekocht.`,
  manageSignInTitle: 'Meld je aan om je abonnementen te beheren',
  manageSignInIntro: 'Meld je aan met je werk- of schoolaccount om te zien en te beheren wat je hebt gekocht.',
  manageOpen: 'Beheren',
  manageOpenLabel: (product: string) => `${product} beheren`,
  manageBack: 'Alle abonnementen',
  manageNotice: 'Klaar',

  statusActive: 'Actief',
  statusTrialing: 'Gratis proefversie',
  statusPastDue: 'Betaling achterstallig',
  statusCanceled: 'Opgezegd',
  statusExpired: 'Verlopen',
  renewsOn: (date: string) => `Wordt verlengd op ${date}`,
  endsOn: (date: string) => `Eindigt op ${date}`,
  endedOn: (date: string) => `Geëindigd op ${date}`,
  trialEndsOn: (date: string) => `Gratis proefversie tot ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    quantity === 1 ? `${assigned} van 1 licentie toegewezen` : `${assigned} van ${quantity} licenties toegewezen`,
  pastDueHint: 'Er is een factuur achterstallig. Betaal die hieronder, zodat de licenties blijven werken.',

  // Licenses
  licensesTitle: 'Wie een licentie heeft',
  licensesFree: (free: number) => (free === 1 ? '1 licentie is vrij.' : `${free} licenties zijn vrij.`),
  licensesNone: 'Nog niemand heeft een licentie.',
  unassign: 'Verwijderen',
  unassignLabel: (name: string) => `Licentie van ${name} verwijderen`,
  unassignConfirm: (name: string, product: string) =>
    `Licentie van ${name} verwijderen? Deze persoon verliest meteen de toegang tot ${product}.`,
  unassignYes: 'Licentie verwijderen',
  keep: 'Behouden',
  unassigned: (name: string) => `De licentie van ${name} is verwijderd.`,
  searchLabel: 'Mensen in je organisatie zoeken',
  searchHint: 'Typ een naam of e-mailadres. Je kunt maximaal 20 mensen tegelijk een licentie toewijzen.',
  searchTooLong: (max: number) => `Typ maximaal ${max} tekens.`,
  searchNone: (search: string) => `Niemand in je organisatie komt overeen met ‘${search}’.`,
  searching: 'Zoeken…',
  resultsLabel: 'Gevonden personen',
  hasLicense: 'Heeft een licentie',
  guestNotAssignable: 'Gastaccount: kan geen licentie krijgen',
  selectedCount: (count: number) => (count === 1 ? '1 persoon geselecteerd' : `${count} personen geselecteerd`),
  tooManySelected: (max: number) => `Je kunt maximaal ${max} mensen tegelijk een licentie toewijzen.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Er is maar 1 licentie vrij. Kies minder mensen of voeg eerst licenties toe.'
      : `Er zijn maar ${free} licenties vrij. Kies minder mensen of voeg eerst licenties toe.`,
  assignSubmit: (count: number) => (count === 1 ? '1 licentie toewijzen' : `${count} licenties toewijzen`),
  assigning: 'Toewijzen…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 persoon heeft nu een licentie.' : `${count} personen hebben nu een licentie.`,
  assignFailedAlready: (name: string) => `${name} heeft al een licentie.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} hoort niet bij je organisatie en kan daarom geen licentie krijgen.`,
  assignFailedGuest: (name: string) => `${name} is een gastaccount en kan daarom geen licentie krijgen.`,
  unassignFailed: (name: string) => `${name} heeft geen licentie die kan worden verwijderd.`,

  // Number of licenses
  quantityTitle: 'Aantal licenties',
  quantityLabel: 'Totaal aantal licenties',
  quantityHint: (min: number, max: number) =>
    `Van ${min} tot ${max}. Toegevoegde licenties worden nu in rekening gebracht; verwijderde vervallen bij de verlenging.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 licentie is toegewezen. Verwijder eerst licenties bij mensen voordat je onder dat aantal gaat.'
      : `${assigned} licenties zijn toegewezen. Verwijder eerst licenties bij mensen voordat je onder dat aantal gaat.`,
  quantitySame: 'Dat aantal heb je al. Voer een ander aantal in.',
  quantityPreview: 'Wijziging bekijken',
  quantityPreviewing: 'Berekenen…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `1 licentie toevoegen kost nu ${amount}, voor de rest van deze periode.`
      : `${added} licenties toevoegen kost nu ${amount}, voor de rest van deze periode.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 licentie wordt op ${date} verwijderd. Er wordt nu niets in rekening gebracht of terugbetaald.`
      : `${removed} licenties worden op ${date} verwijderd. Er wordt nu niets in rekening gebracht of terugbetaald.`,
  previewRecurring: (amount: string) => `Daarna kost elke verlenging ${amount}.`,
  quantityConfirm: 'Bevestigen',
  quantityChanging: 'Opslaan…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Je hebt nu 1 licentie. Er is ${amount} van je kaart afgeschreven.`
      : `Je hebt nu ${quantity} licenties. Er is ${amount} van je kaart afgeschreven.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Vanaf ${date} heb je 1 licentie.` : `Vanaf ${date} heb je ${quantity} licenties.`,

  // Cancel
  cancelTitle: 'Abonnement opzeggen',
  cancelExplain: (date: string) =>
    `Het wordt niet meer verlengd. De licenties werken tot ${date}; daarna verliest iedereen met een licentie de toegang.`,
  cancelSubmit: 'Abonnement opzeggen',
  cancelConfirm: 'Ja, opzeggen',
  cancelKeep: 'Abonnement behouden',
  canceledNotice: (date: string) => `Opgezegd. De licenties werken tot ${date}.`,
  reactivate: 'Opzegging ongedaan maken',
  reactivatedNotice: (date: string) => `Het abonnement wordt weer verlengd op ${date}.`,

  // Billing
  billingTitle: 'Facturering',
  cardLabel: 'Kaart',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} eindigend op ${last4}, verloopt ${expiry}`,
  cardNone: 'Er is geen kaart opgeslagen.',
  cardUpdate: 'Kaart bijwerken',
  cardSave: 'Kaart opslaan',
  cardSaving: 'Opslaan…',
  cardCancel: 'Annuleren',
  cardUpdated: (card: string) => `Je kaart is bijgewerkt: ${card}.`,
  invoicesTitle: 'Facturen',
  invoicesNone: 'Nog geen facturen.',
  invoiceNumber: 'Factuur',
  invoiceDate: 'Datum',
  invoiceAmount: 'Bedrag',
  invoiceStatus: 'Status',
  invoicePaid: 'Betaald',
  invoiceOpen: 'Openstaand',
  invoicePastDue: 'Achterstallig',
  invoiceVoid: 'Ongeldig',
  invoicePay: 'Betalen',
  invoicePayLabel: (number: string, amount: string) => `Factuur ${number} betalen (${amount})`,
  invoicePaying: 'Betalen…',
  invoicePdf: (number: string) => `Factuur ${number} (pdf)`,
  invoicePaidNotice: (number: string, amount: string) => `Factuur ${number} is betaald: ${amount}.`,

  // Order history
  historyTitle: 'Bestelgeschiedenis',
  historyChange: 'Wijziging',
  historyLicenses: 'Licenties',
  orderPurchase: 'Gekocht',
  orderAdded: (count: number) => (count === 1 ? '1 licentie toegevoegd' : `${count} licenties toegevoegd`),
  orderRemoved: (count: number) => (count === 1 ? '1 licentie verwijderd' : `${count} licenties verwijderd`),
  orderRenewal: 'Verlengd',
  orderCanceled: 'Opgezegd',
  orderReactivated: 'Opzegging ongedaan gemaakt',

  // Errors
  errorNotPurchaser:
    'Alleen degene die dit abonnement heeft gekocht, kan het beheren. Vraag het aan die persoon of aan je IT-beheerder.',
  errorSubscriptionNotFound: 'We kunnen dit abonnement niet vinden in je organisatie.',
  errorSubscriptionCanceled: 'Dit abonnement is opgezegd. Maak eerst de opzegging ongedaan.',
  errorSubscriptionExpired: 'Dit abonnement is beëindigd.',
  errorInvalidSearch: 'Zoek op een naam of e-mailadres, zonder < of >.',
  errorDuplicateUser: 'Dezelfde persoon is twee keer gekozen. Kies iedereen maar één keer.',
  errorInvoicePaid:
    'Deze factuur is al betaald (misschien in een ander venster). Er is niets extra in rekening gebracht.',
  errorInvoiceNotPayable: 'Deze factuur kan hier niet worden betaald.',
  errorNoCard: 'Er is geen kaart opgeslagen. Werk eerst je kaart bij.',
} satisfies ManageCatalog;
