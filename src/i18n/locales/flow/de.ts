import type { FlowCatalog } from './en.js';

export const de = {
  signInTitle: 'Zum Fortfahren anmelden',
  signInIntro: (email: string, organization: string) =>
    `Melden Sie sich als ${email} mit Ihrem Konto bei ${organization} an. Ein Microsoft-Anmeldefenster wird geöffnet.`,
  signInButton: 'Anmelden',
  signInPreparing: 'Anmeldung wird vorbereitet…',
  signInBusy: 'Anmeldung läuft…',
  signInRedirecting:
    'Ihr Browser hat das Anmeldefenster blockiert. Sie werden stattdessen zur Anmeldeseite weitergeleitet…',
  signInCancel: 'Abbrechen',
  signInReopen: 'Anmeldefenster erneut öffnen',
  signInStalled:
    'Die Anmeldung läuft noch. Wenn Sie das Anmeldefenster geschlossen haben, öffnen Sie es erneut, oder brechen Sie ab.',
  useDifferentEmail: 'Andere E-Mail-Adresse verwenden',
  checkingTitle: 'Es wird geprüft, was Sie kaufen können…',
  seatsTitle: 'Wie viele Lizenzen?',
  seatsTitleAdd: 'Lizenzen hinzufügen',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Sie haben bereits 1 Lizenz für ${product}.` : `Sie haben bereits ${count} Lizenzen für ${product}.`,
  seatsLabel: 'Anzahl der Lizenzen',
  seatsHint: (min: number, max: number) => `Von ${min} bis ${max}. Sie weisen sie danach Kolleginnen und Kollegen zu.`,
  seatsDecrease: 'Eine Lizenz weniger',
  seatsIncrease: 'Eine Lizenz mehr',
  planLegend: 'Abrechnung',
  planMonthly: (price: string) => `Monatlich: ${price} pro Lizenz und Monat`,
  planYearly: (price: string) => `Jährlich: ${price} pro Lizenz und Jahr`,
  totalLabel: 'Gesamt',
  totalMonthly: (amount: string) => `${amount} pro Monat`,
  totalYearly: (amount: string) => `${amount} pro Jahr`,
  taxExclusive: 'Zuzüglich anfallender Steuern.',
  taxInclusive: 'Inklusive Steuern.',
  disclosuresTitle: 'Bevor Sie bezahlen',
  disclosureBilledToYou:
    'Sie bezahlen mit Ihrer eigenen Kreditkarte. Nicht Ihre Organisation, sondern Sie erhalten die Rechnung und sind gemäß den Kaufbedingungen für die Zahlung verantwortlich.',
  disclosureRenews: 'Das Abonnement verlängert sich automatisch, bis Sie es kündigen.',
  disclosurePrices:
    'Die Preise können von denen abweichen, die Ihre Organisation beim zentralen Einkauf oder über einen Partner zahlt.',
  disclosureAdminSees:
    'Ihre IT-Administration kann diesen Kauf sehen. Sie kann den Personen, die das Abonnement nutzen, zentral gekaufte Lizenzen zuweisen und Sie dann bitten, es zu kündigen.',
  disclosureDataOwner: (product: string) =>
    `Die in ${product} erstellten Daten gehören Ihrer Organisation und unterliegen ihrer Kontrolle.`,
  disclosureData:
    'Für die Abwicklung werden Ihr Name, Ihre E-Mail-Adresse, Ihre IP-Adresse sowie die Mandanten- und Benutzer-IDs Ihrer Organisation verwendet.',
  seatsSubmit: 'Weiter zur Zahlung',
  seatsSubmitting: 'Zahlung wird vorbereitet…',
  seatsErrorEmpty: 'Geben Sie die Anzahl der Lizenzen ein.',
  seatsErrorWhole: 'Geben Sie eine ganze Zahl ein, zum Beispiel 3.',
  seatsErrorMin: (min: number) => `Kaufen Sie mindestens ${min}.`,
  seatsErrorMax: (max: number) => `Sie können hier höchstens ${max} kaufen.`,
  trialTitle: (product: string) => `${product} kostenlos testen`,
  trialIntro: (days: number) =>
    `Ihre Organisation erlaubt kostenlose Testversionen. Starten Sie eine ${days}-tägige Testversion; eine Kreditkarte ist nicht nötig.`,
  trialSubmit: 'Kostenlose Testversion starten',
  trialStarting: 'Ihre Testversion wird gestartet…',
  paymentTitle: 'Mit Karte bezahlen',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 Lizenz für ${product}: ${amount}` : `${count} Lizenzen für ${product}: ${amount}`,
  paymentCardOnly: 'Die Kreditkarte ist die einzige Zahlungsmethode.',
  paymentLoading: 'Das sichere Zahlungsformular wird geladen…',
  paymentSubmit: (amount: string) => `${amount} bezahlen`,
  paymentPaying: 'Zahlung läuft…',
  paymentBack: 'Lizenzen ändern',
  paymentNotTwice: 'Sie werden nicht doppelt belastet.',
  processingTitle: 'Ihre Zahlung wird bestätigt…',
  processingSlow:
    'Der Zahlungsstatus wird noch geprüft. Das kann eine Minute dauern. Sie werden nicht doppelt belastet und können dieses Fenster schließen und später zurückkehren.',
  completeTitle: 'Alles erledigt',
  completeTrialTitle: 'Ihre Testversion hat begonnen',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Sie haben 1 Lizenz für ${product} für ${amount} gekauft.`
      : `Sie haben ${count} Lizenzen für ${product} für ${amount} gekauft.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Sie haben 1 Lizenz für ${product} für ${amount} hinzugefügt.`
      : `Sie haben ${count} Lizenzen für ${product} für ${amount} hinzugefügt.`,
  completeTrialSummary: (product: string, date: string) => `Sie können ${product} bis ${date} testen.`,
  completeStart: (product: string) => `${product} jetzt verwenden`,
  completeAdmin: 'Lizenzen im Admin Center zuweisen',
  completeManage: 'Lizenzen jetzt zuweisen',
  completeReceipt: 'Eine Quittung ist auf dem Weg an Ihre Geschäfts-E-Mail-Adresse.',
  completeRenews:
    'Das Abonnement verlängert sich automatisch, bis Sie es kündigen. Sie können jederzeit Lizenzen zuweisen, Lizenzen hinzufügen oder entfernen, Ihre Karte aktualisieren oder kündigen.',
  completeTrialEnds: (product: string, date: string) =>
    `Wenn die Testversion am ${date} endet, funktioniert ${product} nicht mehr, es sei denn, Sie kaufen es. Es wird nichts berechnet.`,
  completeTerms: 'Kaufbedingungen',
  completeSupport: 'Standardsupport von Microsoft',
  completeTraining: (product: string) => `Schulungen zu ${product}`,
  completeAdminHint:
    'Im Microsoft 365 Admin Center können Sie Personen in Ihrer Organisation Lizenzen zuweisen (bis zu 20 gleichzeitig), weitere kaufen, kündigen, Ihre Karte aktualisieren und Rechnungen ansehen.',
  ineligibleTitle: 'Sie können dies nicht selbst kaufen',
  reasonPersonalEmail:
    'Verwenden Sie Ihre Geschäfts- oder Schul-E-Mail-Adresse. Mit privaten E-Mail-Adressen kann nicht für eine Organisation gekauft werden.',
  reasonNoTenant:
    'Wir haben keine Organisation gefunden, die die Domäne dieser E-Mail-Adresse bei Microsoft verwendet.',
  reasonUnmanagedTenant:
    'Der Microsoft Entra-Mandant Ihrer Organisation hat noch keine Administration. Eine Administratorin oder ein Administrator muss den Mandanten übernehmen, bevor gekauft werden kann.',
  reasonGovernmentTenant: 'Der Self-Service-Kauf ist für Behörden nicht verfügbar.',
  reasonEducationTenant: 'Der Self-Service-Kauf ist für Bildungseinrichtungen nicht verfügbar.',
  reasonGuestUser: 'Sie sind in dieser Organisation als Gast angemeldet. Nur ihre eigenen Mitglieder können kaufen.',
  reasonMarketUnavailable: (product: string) =>
    `${product} kann im Land oder in der Region Ihrer Organisation nicht per Self-Service gekauft werden.`,
  reasonDisabledByAdmin: (product: string) =>
    `Ihre IT-Administration hat den Self-Service-Kauf von ${product} deaktiviert.`,
  reasonTrialsOnly: (product: string) =>
    `Ihre IT-Administration erlaubt nur kostenlose Testversionen ohne Zahlungsmethode, und ${product} bietet keine an.`,
  ineligibleContact: 'Wenden Sie sich an Ihre IT-Administration.',
  ineligibleAdminMessage: (organization: string) => `Eine Nachricht von ${organization}:`,
  ineligibleAdminLink: 'Anfrageseite Ihrer Organisation öffnen',
  licenseRequestLabel: 'Nachricht an Ihre Administration (optional)',
  licenseRequestSubmit: 'Lizenz bei meiner Administration anfragen',
  licenseRequestSending: 'Wird gesendet…',
  licenseRequestSent: 'Ihre Anfrage wurde an Ihre Administration gesendet.',
  errorTitle: 'Etwas ist schiefgelaufen',
  retry: 'Erneut versuchen',
  startOver: 'Von vorn beginnen',
  errorOffline: 'Sie sind offline. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Checkout-Dienst hat zu lange gebraucht. Versuchen Sie es erneut.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'Zu viele Versuche. Versuchen Sie es in 1 Sekunde erneut.'
      : `Zu viele Versuche. Versuchen Sie es in ${seconds} Sekunden erneut.`,
  errorServer: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es erneut.',
  errorUnavailable: 'Der Checkout-Dienst ist gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.',
  errorBadResponse: 'Wir haben eine unverständliche Antwort erhalten. Versuchen Sie es erneut.',
  errorSession: 'Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an.',
  errorQuantity: 'Diese Anzahl an Lizenzen kann nicht gekauft werden. Ändern Sie sie und versuchen Sie es erneut.',
  errorNotEligible: 'Mit Ihrem Konto kann dieses Produkt nicht gekauft werden.',
  errorUnknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  errorPopupBlocked:
    'Ihr Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Seite oder versuchen Sie es erneut.',
  errorSignInCancelled: 'Die Anmeldung wurde abgebrochen. Melden Sie sich an, um fortzufahren.',
  errorSignInBusy:
    'Auf dieser Seite ist bereits eine andere Anmeldung geöffnet. Schließen Sie sie ab oder schließen Sie sie, und versuchen Sie es dann erneut.',
  errorSignInFailed: 'Die Anmeldung hat nicht funktioniert. Versuchen Sie es erneut.',
  errorAccountMismatch:
    'Sie haben sich mit einem anderen Konto angemeldet als der eingegebenen E-Mail-Adresse. Melden Sie sich mit dieser Adresse an oder verwenden Sie eine andere.',
  errorCardDeclined: 'Ihre Karte wurde abgelehnt. Versuchen Sie eine andere Karte oder wenden Sie sich an Ihre Bank.',
  errorInsufficientFunds: 'Ihre Karte ist nicht ausreichend gedeckt. Versuchen Sie eine andere Karte.',
  errorExpiredCard: 'Ihre Karte ist abgelaufen. Prüfen Sie das Ablaufdatum oder verwenden Sie eine andere Karte.',
  errorIncorrectCvc: 'Der Sicherheitscode ist falsch. Prüfen Sie den Code auf der Rückseite Ihrer Karte.',
  errorAuthenticationFailed:
    'Ihre Bank konnte die Zahlung nicht bestätigen. Versuchen Sie es erneut oder verwenden Sie eine andere Karte.',
  errorProcessing: 'Ihre Karte konnte nicht verarbeitet werden. Versuchen Sie es gleich noch einmal.',
  errorIncomplete: 'Vervollständigen Sie Ihre Kartendaten.',
  errorPaymentLoad:
    'Das sichere Zahlungsformular konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorPaymentExpired:
    'Die Zahlung ist abgelaufen, bevor sie abgeschlossen wurde. Beginnen Sie von vorn; Sie wurden nicht belastet.',
  errorPaymentFailed:
    'Die Zahlung ist nicht durchgegangen, und Sie wurden nicht belastet. Beginnen Sie von vorn, um es erneut zu versuchen.',
} satisfies FlowCatalog;
