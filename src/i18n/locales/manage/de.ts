import type { ManageCatalog } from './en.js';

export const de = {
  manageTitle: 'Ihre Abonnements',
  manageLoading: 'Ihre Abonnements werden geladen…',
  manageEmpty: 'Sie haben selbst keine Abonnements gekauft.',
  manageEmptyProduct: (product: string) => `Sie haben ${product} nicht selbst gekauft.`,
  manageSignInTitle: 'Melden Sie sich an, um Ihre Abonnements zu verwalten',
  manageSignInIntro:
    'Melden Sie sich mit Ihrem Geschäfts- oder Schulkonto an, um Ihre Käufe anzuzeigen und zu verwalten.',
  manageOpen: 'Verwalten',
  manageOpenLabel: (product: string) => `${product} verwalten`,
  manageBack: 'Alle Abonnements',
  manageNotice: 'Fertig',

  statusActive: 'Aktiv',
  statusTrialing: 'Kostenlose Testversion',
  statusPastDue: 'Zahlung überfällig',
  statusCanceled: 'Gekündigt',
  statusExpired: 'Abgelaufen',
  renewsOn: (date: string) => `Verlängert sich am ${date}`,
  endsOn: (date: string) => `Endet am ${date}`,
  endedOn: (date: string) => `Beendet am ${date}`,
  trialEndsOn: (date: string) => `Kostenlose Testversion bis ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    quantity === 1 ? `${assigned} von 1 Lizenz zugewiesen` : `${assigned} von ${quantity} Lizenzen zugewiesen`,
  pastDueHint: 'Eine Rechnung ist überfällig. Bezahlen Sie sie unten, damit die Lizenzen weiter funktionieren.',

  // Licenses
  licensesTitle: 'Wer eine Lizenz hat',
  licensesFree: (free: number) => (free === 1 ? '1 Lizenz ist frei.' : `${free} Lizenzen sind frei.`),
  licensesNone: 'Noch hat niemand eine Lizenz.',
  unassign: 'Entfernen',
  unassignLabel: (name: string) => `Lizenz von ${name} entfernen`,
  unassignConfirm: (name: string, product: string) =>
    `Lizenz von ${name} entfernen? Die Person verliert sofort den Zugriff auf ${product}.`,
  unassignYes: 'Lizenz entfernen',
  keep: 'Behalten',
  unassigned: (name: string) => `Die Lizenz von ${name} wurde entfernt.`,
  searchLabel: 'Personen in Ihrer Organisation suchen',
  searchHint:
    'Geben Sie einen Namen oder eine E-Mail-Adresse ein. Sie können bis zu 20 Personen gleichzeitig eine Lizenz zuweisen.',
  searchTooLong: (max: number) => `Geben Sie höchstens ${max} Zeichen ein.`,
  searchNone: (search: string) => `Niemand in Ihrer Organisation entspricht „${search}“.`,
  searching: 'Suche läuft…',
  resultsLabel: 'Gefundene Personen',
  hasLicense: 'Hat eine Lizenz',
  guestNotAssignable: 'Gastkonto: kann keine Lizenz erhalten',
  selectedCount: (count: number) => (count === 1 ? '1 Person ausgewählt' : `${count} Personen ausgewählt`),
  tooManySelected: (max: number) => `Sie können bis zu ${max} Personen gleichzeitig eine Lizenz zuweisen.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Nur 1 Lizenz ist frei. Wählen Sie weniger Personen aus, oder fügen Sie zuerst Lizenzen hinzu.'
      : `Nur ${free} Lizenzen sind frei. Wählen Sie weniger Personen aus, oder fügen Sie zuerst Lizenzen hinzu.`,
  assignSubmit: (count: number) => (count === 1 ? '1 Lizenz zuweisen' : `${count} Lizenzen zuweisen`),
  assigning: 'Wird zugewiesen…',
  assignedNotice: (count: number) =>
    count === 1 ? '1 Person hat jetzt eine Lizenz.' : `${count} Personen haben jetzt eine Lizenz.`,
  assignFailedAlready: (name: string) => `${name} hat bereits eine Lizenz.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} gehört nicht zu Ihrer Organisation und kann daher keine Lizenz erhalten.`,
  assignFailedGuest: (name: string) => `${name} ist ein Gastkonto und kann daher keine Lizenz erhalten.`,
  unassignFailed: (name: string) => `${name} hat keine Lizenz, die entfernt werden kann.`,

  // Number of licenses
  quantityTitle: 'Anzahl der Lizenzen',
  quantityLabel: 'Gesamtzahl der Lizenzen',
  quantityHint: (min: number, max: number) =>
    `Von ${min} bis ${max}. Hinzugefügte Lizenzen werden sofort berechnet; entfernte entfallen bei der Verlängerung.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 Lizenz ist zugewiesen. Entfernen Sie Lizenzen von Personen, bevor Sie diese Zahl unterschreiten.'
      : `${assigned} Lizenzen sind zugewiesen. Entfernen Sie Lizenzen von Personen, bevor Sie diese Zahl unterschreiten.`,
  quantitySame: 'Diese Anzahl haben Sie bereits. Geben Sie eine andere Zahl ein.',
  quantityPreview: 'Änderung prüfen',
  quantityPreviewing: 'Wird berechnet…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `1 zusätzliche Lizenz kostet jetzt ${amount} für den Rest dieses Zeitraums.`
      : `${added} zusätzliche Lizenzen kosten jetzt ${amount} für den Rest dieses Zeitraums.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 Lizenz wird am ${date} entfernt. Jetzt wird nichts berechnet oder erstattet.`
      : `${removed} Lizenzen werden am ${date} entfernt. Jetzt wird nichts berechnet oder erstattet.`,
  previewRecurring: (amount: string) => `Danach kostet jede Verlängerung ${amount}.`,
  quantityConfirm: 'Bestätigen',
  quantityChanging: 'Wird gespeichert…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Sie haben jetzt 1 Lizenz. Ihre Karte wurde mit ${amount} belastet.`
      : `Sie haben jetzt ${quantity} Lizenzen. Ihre Karte wurde mit ${amount} belastet.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Ab dem ${date} haben Sie 1 Lizenz.` : `Ab dem ${date} haben Sie ${quantity} Lizenzen.`,

  // Cancel
  cancelTitle: 'Abonnement kündigen',
  cancelExplain: (date: string) =>
    `Es verlängert sich nicht mehr. Die Lizenzen funktionieren bis zum ${date}; danach verlieren alle mit einer Lizenz den Zugriff.`,
  cancelSubmit: 'Abonnement kündigen',
  cancelConfirm: 'Ja, kündigen',
  cancelKeep: 'Abonnement behalten',
  canceledNotice: (date: string) => `Gekündigt. Die Lizenzen funktionieren bis zum ${date}.`,
  reactivate: 'Kündigung zurücknehmen',
  reactivatedNotice: (date: string) => `Das Abonnement verlängert sich wieder am ${date}.`,

  // Billing
  billingTitle: 'Abrechnung',
  cardLabel: 'Karte',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} mit den Endziffern ${last4}, gültig bis ${expiry}`,
  cardNone: 'Es ist keine Karte gespeichert.',
  cardUpdate: 'Karte aktualisieren',
  cardSave: 'Karte speichern',
  cardSaving: 'Wird gespeichert…',
  cardCancel: 'Abbrechen',
  cardUpdated: (card: string) => `Ihre Karte wurde aktualisiert: ${card}.`,
  invoicesTitle: 'Rechnungen',
  invoicesNone: 'Noch keine Rechnungen.',
  invoiceNumber: 'Rechnung',
  invoiceDate: 'Datum',
  invoiceAmount: 'Betrag',
  invoiceStatus: 'Status',
  invoicePaid: 'Bezahlt',
  invoiceOpen: 'Offen',
  invoicePastDue: 'Überfällig',
  invoiceVoid: 'Storniert',
  invoicePay: 'Bezahlen',
  invoicePayLabel: (number: string, amount: string) => `Rechnung ${number} bezahlen (${amount})`,
  invoicePaying: 'Zahlung läuft…',
  invoicePdf: (number: string) => `Rechnung ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Rechnung ${number} ist bezahlt: ${amount}.`,

  // Order history
  historyTitle: 'Bestellverlauf',
  historyChange: 'Änderung',
  historyLicenses: 'Lizenzen',
  orderPurchase: 'Gekauft',
  orderAdded: (count: number) => (count === 1 ? '1 Lizenz hinzugefügt' : `${count} Lizenzen hinzugefügt`),
  orderRemoved: (count: number) => (count === 1 ? '1 Lizenz entfernt' : `${count} Lizenzen entfernt`),
  orderRenewal: 'Verlängert',
  orderCanceled: 'Gekündigt',
  orderReactivated: 'Kündigung zurückgenommen',

  // Errors
  errorNotPurchaser:
    'Nur die Person, die dieses Abonnement gekauft hat, kann es verwalten. Fragen Sie sie oder Ihre IT-Administration.',
  errorSubscriptionNotFound: 'Dieses Abonnement wurde in Ihrer Organisation nicht gefunden.',
  errorSubscriptionCanceled: 'Dieses Abonnement ist gekündigt. Nehmen Sie zuerst die Kündigung zurück.',
  errorSubscriptionExpired: 'Dieses Abonnement ist abgelaufen.',
  errorInvalidSearch: 'Suchen Sie nach einem Namen oder einer E-Mail-Adresse, ohne < oder >.',
  errorDuplicateUser: 'Dieselbe Person wurde zweimal ausgewählt. Wählen Sie jede Person nur einmal aus.',
  errorInvoicePaid:
    'Diese Rechnung ist bereits bezahlt (vielleicht in einem anderen Fenster). Es wurde nichts weiter berechnet.',
  errorInvoiceNotPayable: 'Diese Rechnung kann hier nicht bezahlt werden.',
  errorNoCard: 'Es ist keine Karte gespeichert. Aktualisieren Sie zuerst Ihre Karte.',
} satisfies ManageCatalog;
