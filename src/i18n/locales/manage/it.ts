import type { ManageCatalog } from './en.js';

export const it = {
  manageTitle: 'I tuoi abbonamenti',
  manageLoading: 'Caricamento degli abbonamenti…',
  manageEmpty: 'Non hai acquistato personalmente alcun abbonamento.',
  manageEmptyProduct: (product: string) => `Non hai acquistato personalmente ${product}.`,
  manageSignInTitle: 'Accedi per gestire i tuoi abbonamenti',
  manageSignInIntro: 'Accedi con l’account aziendale o dell’istituto per vedere e gestire ciò che hai acquistato.',
  manageOpen: 'Gestisci',
  manageOpenLabel: (product: string) => `Gestisci ${product}`,
  manageBack: 'Tutti gli abbonamenti',
  manageNotice: 'Fatto',

  statusActive: 'Attivo',
  statusTrialing: 'Prova gratuita',
  statusPastDue: 'Pagamento scaduto',
  statusCanceled: 'Annullato',
  statusExpired: 'Scaduto',
  renewsOn: (date: string) => `Si rinnova il ${date}`,
  endsOn: (date: string) => `Termina il ${date}`,
  endedOn: (date: string) => `Terminato il ${date}`,
  trialEndsOn: (date: string) => `Prova gratuita fino al ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licenze assegnate: ${assigned} di ${quantity}`,
  pastDueHint: 'Una fattura è scaduta. Pagala qui sotto perché le licenze continuino a funzionare.',

  // Licenses
  licensesTitle: 'Chi ha una licenza',
  licensesFree: (free: number) => (free === 1 ? '1 licenza è libera.' : `${free} licenze sono libere.`),
  licensesNone: 'Nessuno ha ancora una licenza.',
  unassign: 'Rimuovi',
  unassignLabel: (name: string) => `Rimuovi la licenza di ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Rimuovere la licenza di ${name}? Perderà subito l’accesso a ${product}.`,
  unassignYes: 'Rimuovi licenza',
  keep: 'Mantieni',
  unassigned: (name: string) => `La licenza di ${name} è stata rimossa.`,
  searchLabel: 'Trova persone della tua organizzazione',
  searchHint: 'Digita un nome o un indirizzo email. Puoi assegnare licenze a un massimo di 20 persone alla volta.',
  searchTooLong: (max: number) => `Digita al massimo ${max} caratteri.`,
  searchNone: (search: string) => `Nessuno nella tua organizzazione corrisponde a «${search}».`,
  searching: 'Ricerca in corso…',
  resultsLabel: 'Persone trovate',
  hasLicense: 'Ha una licenza',
  guestNotAssignable: 'Account ospite: non può ricevere una licenza',
  selectedCount: (count: number) => (count === 1 ? '1 persona selezionata' : `${count} persone selezionate`),
  tooManySelected: (max: number) => `Puoi assegnare licenze a un massimo di ${max} persone alla volta.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'È libera solo 1 licenza. Scegli meno persone o aggiungi prima altre licenze.'
      : `Sono libere solo ${free} licenze. Scegli meno persone o aggiungi prima altre licenze.`,
  assignSubmit: (count: number) => (count === 1 ? 'Assegna 1 licenza' : `Assegna ${count} licenze`),
  assigning: 'Assegnazione in corso…',
  assignedNotice: (count: number) =>
    count === 1 ? 'Ora 1 persona ha una licenza.' : `Ora ${count} persone hanno una licenza.`,
  assignFailedAlready: (name: string) => `${name} ha già una licenza.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} non fa parte della tua organizzazione, quindi non può ricevere una licenza.`,
  assignFailedGuest: (name: string) => `${name} è un account ospite, quindi non può ricevere una licenza.`,
  unassignFailed: (name: string) => `${name} non ha una licenza da rimuovere.`,

  // Number of licenses
  quantityTitle: 'Numero di licenze',
  quantityLabel: 'Numero totale di licenze',
  quantityHint: (min: number, max: number) =>
    `Da ${min} a ${max}. Le licenze aggiunte vengono addebitate subito; quelle rimosse scompaiono al rinnovo.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? '1 licenza è assegnata. Rimuovi le licenze ad alcune persone prima di scendere sotto questo numero.'
      : `${assigned} licenze sono assegnate. Rimuovi le licenze ad alcune persone prima di scendere sotto questo numero.`,
  quantitySame: 'Hai già questo numero di licenze. Immetti un numero diverso.',
  quantityPreview: 'Rivedi la modifica',
  quantityPreviewing: 'Calcolo in corso…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Aggiungere 1 licenza costa ${amount} ora, per il resto di questo periodo.`
      : `Aggiungere ${added} licenze costa ${amount} ora, per il resto di questo periodo.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `1 licenza verrà rimossa il ${date}. Ora non viene addebitato né rimborsato nulla.`
      : `${removed} licenze verranno rimosse il ${date}. Ora non viene addebitato né rimborsato nulla.`,
  previewRecurring: (amount: string) => `Da quel momento, ogni rinnovo costerà ${amount}.`,
  quantityConfirm: 'Conferma',
  quantityChanging: 'Salvataggio in corso…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Ora hai 1 licenza. Sulla carta è stato addebitato un importo di ${amount}.`
      : `Ora hai ${quantity} licenze. Sulla carta è stato addebitato un importo di ${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Dal ${date} avrai 1 licenza.` : `Dal ${date} avrai ${quantity} licenze.`,

  // Cancel
  cancelTitle: 'Annulla l’abbonamento',
  cancelExplain: (date: string) =>
    `Non verrà più rinnovato. Le licenze funzionano fino al ${date}; dopo, chi ne ha una perde l’accesso.`,
  cancelSubmit: 'Annulla l’abbonamento',
  cancelConfirm: 'Sì, annullalo',
  cancelKeep: 'Mantieni l’abbonamento',
  canceledNotice: (date: string) => `Annullato. Le licenze funzionano fino al ${date}.`,
  reactivate: 'Revoca l’annullamento',
  reactivatedNotice: (date: string) => `L’abbonamento si rinnoverà di nuovo il ${date}.`,

  // Billing
  billingTitle: 'Fatturazione',
  cardLabel: 'Carta',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} che termina con ${last4}, scadenza ${expiry}`,
  cardNone: 'Nessuna carta salvata.',
  cardUpdate: 'Aggiorna carta',
  cardSave: 'Salva carta',
  cardSaving: 'Salvataggio in corso…',
  cardCancel: 'Annulla',
  cardUpdated: (card: string) => `La carta è stata aggiornata: ${card}.`,
  invoicesTitle: 'Fatture',
  invoicesNone: 'Ancora nessuna fattura.',
  invoiceNumber: 'Fattura',
  invoiceDate: 'Data',
  invoiceAmount: 'Importo',
  invoiceStatus: 'Stato',
  invoicePaid: 'Pagata',
  invoiceOpen: 'Da pagare',
  invoicePastDue: 'Scaduta',
  invoiceVoid: 'Annullata',
  invoicePay: 'Paga',
  invoicePayLabel: (number: string, amount: string) => `Paga la fattura ${number} (${amount})`,
  invoicePaying: 'Pagamento in corso…',
  invoicePdf: (number: string) => `Fattura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `La fattura ${number} è stata pagata: ${amount}.`,

  // Order history
  historyTitle: 'Cronologia ordini',
  historyChange: 'Modifica',
  historyLicenses: 'Licenze',
  orderPurchase: 'Acquisto',
  orderAdded: (count: number) => (count === 1 ? '1 licenza aggiunta' : `${count} licenze aggiunte`),
  orderRemoved: (count: number) => (count === 1 ? '1 licenza rimossa' : `${count} licenze rimosse`),
  orderRenewal: 'Rinnovo',
  orderCanceled: 'Annullamento',
  orderReactivated: 'Annullamento revocato',

  // Errors
  errorNotPurchaser:
    'Solo chi ha acquistato questo abbonamento può gestirlo. Chiedi a questa persona o all’amministratore IT.',
  errorSubscriptionNotFound: 'Non abbiamo trovato questo abbonamento nella tua organizzazione.',
  errorSubscriptionCanceled: 'Questo abbonamento è annullato. Prima revoca l’annullamento.',
  errorSubscriptionExpired: 'Questo abbonamento è terminato.',
  errorInvalidSearch: 'Cerca per nome o indirizzo email, senza < o >.',
  errorDuplicateUser: 'La stessa persona è stata scelta due volte. Scegli ogni persona una sola volta.',
  errorInvoicePaid:
    'Questa fattura è già stata pagata (forse in un’altra finestra). Non è stato addebitato nient’altro.',
  errorInvoiceNotPayable: 'Questa fattura non può essere pagata qui.',
  errorNoCard: 'Nessuna carta salvata. Aggiorna prima la carta.',
} satisfies ManageCatalog;
