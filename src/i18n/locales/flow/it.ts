import type { FlowCatalog } from './en.js';

export const it = {
  signInTitle: 'Accedi per continuare',
  signInIntro: (email: string, organization: string) =>
    `Accedi come ${email} con il tuo account di ${organization}. Si apre una finestra di accesso Microsoft.`,
  signInButton: 'Accedi',
  signInPreparing: 'Preparazione dell’accesso…',
  signInBusy: 'Accesso in corso…',
  signInRedirecting: 'Il browser ha bloccato la finestra di accesso, quindi ti portiamo alla pagina di accesso…',
  signInCancel: 'Annulla',
  signInReopen: 'Riapri la finestra di accesso',
  signInStalled: 'Accesso ancora in attesa. Se hai chiuso la finestra di accesso, riaprila o annulla.',
  useDifferentEmail: 'Usa un altro indirizzo email',
  checkingTitle: 'Verifica di ciò che puoi acquistare…',
  seatsTitle: 'Quante licenze?',
  seatsTitleAdd: 'Aggiungi licenze',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Hai già 1 licenza di ${product}.` : `Hai già ${count} licenze di ${product}.`,
  seatsLabel: 'Numero di licenze',
  seatsHint: (min: number, max: number) => `Da ${min} a ${max}. Poi le assegni ai colleghi.`,
  seatsDecrease: 'Una licenza in meno',
  seatsIncrease: 'Una licenza in più',
  planLegend: 'Fatturazione',
  planMonthly: (price: string) => `Mensile: ${price} per licenza al mese`,
  planYearly: (price: string) => `Annuale: ${price} per licenza all’anno`,
  totalLabel: 'Totale',
  totalMonthly: (amount: string) => `${amount} al mese`,
  totalYearly: (amount: string) => `${amount} all’anno`,
  taxExclusive: 'Più le imposte applicabili.',
  taxInclusive: 'Imposte incluse.',
  disclosuresTitle: 'Prima di pagare',
  disclosureBilledToYou:
    'Paghi con la tua carta di credito. Sei tu, non la tua organizzazione, a ricevere l’addebito e a rispondere del pagamento secondo le condizioni di acquisto.',
  disclosureRenews: 'L’abbonamento si rinnova automaticamente finché non lo annulli.',
  disclosurePrices:
    'I prezzi possono differire da quelli che la tua organizzazione paga per gli acquisti centralizzati o tramite un partner.',
  disclosureAdminSees:
    'L’amministratore IT può vedere questo acquisto. Un amministratore può assegnare licenze acquistate centralmente a chi lo usa e poi chiederti di annullare l’abbonamento.',
  disclosureDataOwner: (product: string) =>
    `I dati creati in ${product} sono di proprietà della tua organizzazione, che li controlla.`,
  disclosureData:
    'Per elaborare l’acquisto vengono usati il tuo nome, il tuo indirizzo email, il tuo indirizzo IP e gli ID tenant e utente della tua organizzazione.',
  seatsSubmit: 'Continua con il pagamento',
  seatsSubmitting: 'Preparazione del pagamento…',
  seatsErrorEmpty: 'Inserisci il numero di licenze.',
  seatsErrorWhole: 'Inserisci un numero intero, ad esempio 3.',
  seatsErrorMin: (min: number) => `Acquistane almeno ${min}.`,
  seatsErrorMax: (max: number) => `Qui puoi acquistarne al massimo ${max}.`,
  trialTitle: (product: string) => `Prova ${product} gratuitamente`,
  trialIntro: (days: number) =>
    `La tua organizzazione consente le prove gratuite. Avvia una prova di ${days} giorni; non serve una carta di credito.`,
  trialSubmit: 'Avvia la prova gratuita',
  trialStarting: 'Avvio della prova…',
  paymentTitle: 'Paga con carta',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 licenza di ${product}: ${amount}` : `${count} licenze di ${product}: ${amount}`,
  paymentCardOnly: 'La carta di credito è l’unico metodo di pagamento.',
  paymentLoading: 'Caricamento del modulo di pagamento sicuro…',
  paymentSubmit: (amount: string) => `Paga ${amount}`,
  paymentPaying: 'Pagamento in corso…',
  paymentBack: 'Modifica licenze',
  paymentNotTwice: 'Non ti verrà addebitato due volte.',
  processingTitle: 'Conferma del pagamento…',
  processingSlow:
    'Stiamo ancora verificando lo stato del pagamento. Può volerci un minuto. Non ti verrà addebitato due volte e puoi chiudere questa finestra e tornare più tardi.',
  completeTitle: 'Tutto pronto',
  completeTrialTitle: 'La prova è iniziata',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Hai acquistato 1 licenza di ${product} per ${amount}.`
      : `Hai acquistato ${count} licenze di ${product} per ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Hai aggiunto 1 licenza di ${product} per ${amount}.`
      : `Hai aggiunto ${count} licenze di ${product} per ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Puoi provare ${product} fino al ${date}.`,
  completeStart: (product: string) => `Inizia a usare ${product}`,
  completeAdmin: 'Assegna le licenze nell’interfaccia di amministrazione',
  completeManage: 'Assegna le licenze ora',
  completeReceipt: 'Riceverai una ricevuta all’email aziendale.',
  completeRenews:
    'L’abbonamento si rinnova automaticamente finché non lo annulli. Puoi assegnare licenze, aggiungerne o rimuoverne, aggiornare la carta o annullare in qualsiasi momento.',
  completeTrialEnds: (product: string, date: string) =>
    `Quando la prova termina il ${date}, ${product} smette di funzionare a meno che tu non lo acquisti. Non viene addebitato nulla.`,
  completeTerms: 'Condizioni di acquisto',
  completeSupport: 'Supporto standard di Microsoft',
  completeTraining: (product: string) => `Formazione su ${product}`,
  completeAdminHint:
    'Nell’interfaccia di amministrazione di Microsoft 365 puoi assegnare licenze alle persone della tua organizzazione (fino a 20 alla volta), acquistarne altre, annullare, aggiornare la carta e vedere le fatture.',
  ineligibleTitle: 'Non puoi acquistarlo in autonomia',
  reasonPersonalEmail:
    'Usa l’email aziendale o dell’istituto. Con gli indirizzi personali non si può acquistare per un’organizzazione.',
  reasonNoTenant: 'Non abbiamo trovato un’organizzazione che usi il dominio di questa email con Microsoft.',
  reasonUnmanagedTenant:
    'Il tenant Microsoft Entra della tua organizzazione non ha ancora un amministratore. Un amministratore deve prenderne il controllo prima che chiunque possa acquistare.',
  reasonGovernmentTenant: 'L’acquisto self-service non è disponibile per le organizzazioni governative.',
  reasonEducationTenant: 'L’acquisto self-service non è disponibile per gli istituti di istruzione.',
  reasonGuestUser:
    'Hai eseguito l’accesso come ospite in questa organizzazione. Possono acquistare solo i suoi membri.',
  reasonMarketUnavailable: (product: string) =>
    `${product} non si può acquistare in modalità self-service nel paese o nell’area della tua organizzazione.`,
  reasonDisabledByAdmin: (product: string) =>
    `L’amministratore IT ha disattivato l’acquisto self-service di ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `L’amministratore IT consente solo prove gratuite senza metodo di pagamento e ${product} non ne offre.`,
  ineligibleContact: 'Contatta l’amministratore IT per ottenerlo.',
  ineligibleAdminMessage: (organization: string) => `Un messaggio da ${organization}:`,
  ineligibleAdminLink: 'Apri la pagina delle richieste della tua organizzazione',
  licenseRequestLabel: 'Messaggio per l’amministratore (facoltativo)',
  licenseRequestSubmit: 'Chiedi una licenza all’amministratore',
  licenseRequestSending: 'Invio in corso…',
  licenseRequestSent: 'La tua richiesta è stata inviata all’amministratore.',
  errorTitle: 'Si è verificato un problema',
  retry: 'Riprova',
  startOver: 'Ricomincia',
  errorOffline: 'Sei offline. Controlla la connessione e riprova.',
  errorTimeout: 'Il servizio di pagamento ha impiegato troppo tempo a rispondere. Riprova.',
  errorRateLimited: (seconds: number) =>
    seconds === 1 ? 'Troppi tentativi. Riprova tra 1 secondo.' : `Troppi tentativi. Riprova tra ${seconds} secondi.`,
  errorServer: 'Si è verificato un problema da parte nostra. Riprova.',
  errorUnavailable: 'Il servizio di pagamento non è disponibile ora. Riprova tra un momento.',
  errorBadResponse: 'Abbiamo ricevuto una risposta incomprensibile. Riprova.',
  errorSession: 'L’accesso è scaduto. Accedi di nuovo.',
  errorQuantity: 'Non si può acquistare questo numero di licenze. Modificalo e riprova.',
  errorNotEligible: 'Il tuo account non può acquistare questo prodotto.',
  errorUnknown: 'Si è verificato un problema. Riprova.',
  errorPopupBlocked: 'Il browser ha bloccato la finestra di accesso. Consenti i popup per questa pagina o riprova.',
  errorSignInCancelled: 'L’accesso è stato annullato. Accedi per continuare.',
  errorSignInBusy: 'In questa pagina è già aperto un altro accesso. Completalo o chiudilo, poi riprova.',
  errorSignInFailed: 'L’accesso non è riuscito. Riprova.',
  errorAccountMismatch:
    'Hai eseguito l’accesso con un account diverso dall’email inserita. Accedi con quell’indirizzo o usane un altro.',
  errorCardDeclined: 'La carta è stata rifiutata. Prova un’altra carta o contatta la banca.',
  errorInsufficientFunds: 'Fondi insufficienti sulla carta. Prova un’altra carta.',
  errorExpiredCard: 'La carta è scaduta. Controlla la data di scadenza o usa un’altra carta.',
  errorIncorrectCvc: 'Il codice di sicurezza non è corretto. Controlla il codice sul retro della carta.',
  errorAuthenticationFailed: 'La banca non ha potuto verificare il pagamento. Riprova o usa un’altra carta.',
  errorProcessing: 'Non è stato possibile elaborare la carta. Riprova tra un momento.',
  errorIncomplete: 'Completa i dati della carta.',
  errorPaymentLoad: 'Impossibile caricare il modulo di pagamento sicuro. Controlla la connessione e riprova.',
  errorPaymentExpired:
    'Il pagamento è scaduto prima di essere completato. Ricomincia; non ti è stato addebitato nulla.',
  errorPaymentFailed:
    'Il pagamento non è andato a buon fine e non ti è stato addebitato nulla. Ricomincia per riprovare.',
} satisfies FlowCatalog;
