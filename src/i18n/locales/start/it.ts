import type { StartCatalog } from './en.js';

export const it = {
  buyButtonLabel: (product: string) => `Acquista ${product}`,
  buyButtonLabelGeneric: 'Acquista licenze',
  dialogClose: 'Chiudi',
  loading: 'Caricamento…',
  configUnknownProduct: (product: string) =>
    `Questo pulsante di acquisto non è configurato correttamente: «${product}» non si può acquistare qui.`,
  configApiBase:
    'Questo modulo di acquisto non è configurato correttamente: l’indirizzo del servizio di pagamento manca o non è sicuro (https).',
  configAuth: 'Questo modulo di acquisto non è configurato correttamente: mancano le impostazioni di accesso.',
  configPayment: 'Questo modulo di acquisto non è configurato correttamente: mancano le impostazioni di pagamento.',
  configClientReferenceId:
    'Questo modulo di acquisto non è configurato correttamente: l’ID di riferimento del cliente non è valido (usa fino a 200 lettere, cifre, trattini o trattini bassi).',
  configTitle: 'Acquisto non disponibile',
  errorNetwork: 'Impossibile raggiungere il servizio di pagamento. Controlla la connessione e riprova.',
  emailTitle: (product: string) => `Acquista ${product}`,
  emailIntro:
    'Inserisci l’indirizzo email aziendale o dell’istituto. Verificheremo se la tua organizzazione ti consente di acquistare in autonomia.',
  emailLabel: 'Email aziendale o dell’istituto',
  emailHint: 'Ad esempio, nome@azienda.it',
  emailSubmit: 'Continua',
  emailChecking: 'Verifica in corso…',
  emailErrorEmpty: 'Inserisci l’indirizzo email aziendale o dell’istituto.',
  emailErrorFormat: 'Inserisci un indirizzo email nel formato nome@azienda.it.',
  emailErrorTooLong: 'Questo indirizzo email è troppo lungo. Usa al massimo 254 caratteri.',
  emailErrorHidden:
    'Questo indirizzo email contiene caratteri nascosti (spesso dovuti al copia e incolla). Digitalo di nuovo.',
} satisfies StartCatalog;
