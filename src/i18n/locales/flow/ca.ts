import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const ca = {
  // Sign-in step
  signInTitle: 'Inicia la sessió per continuar',
  signInIntro: (email: string, organization: string) =>
    `Inicia la sessió com a ${email} amb el teu compte de ${organization}. S’obrirà una finestra d’inici de sessió de Microsoft.`,
  signInButton: 'Inicia la sessió',
  signInPreparing: 'S’està preparant l’inici de sessió…',
  signInBusy: 'S’està iniciant la sessió…',
  signInRedirecting:
    'El navegador ha bloquejat la finestra d’inici de sessió; per això et portem a la pàgina d’inici de sessió…',
  signInCancel: 'Cancel·la',
  signInReopen: 'Torna a obrir la finestra d’inici de sessió',
  signInStalled:
    'Encara s’espera l’inici de sessió. Si has tancat la finestra d’inici de sessió, torna-la a obrir o cancel·la.',
  useDifferentEmail: 'Fes servir un altre correu electrònic',

  // Checking
  checkingTitle: 'S’està comprovant què pots comprar…',

  // Seat step
  seatsTitle: 'Quantes llicències?',
  seatsTitleAdd: 'Afegeix llicències',
  seatsExisting: (count: number, product: string) =>
    plural('ca', count, {
      one: `Ja tens 1 llicència de ${product}.`,
      many: `Ja tens ${count} de llicències de ${product}.`,
      other: `Ja tens ${count} llicències de ${product}.`,
    }),
  seatsLabel: 'Nombre de llicències',
  seatsHint: (min: number, max: number) => `De ${min} a ${max}. Després, assigna-les als companys.`,
  seatsDecrease: 'Una llicència menys',
  seatsIncrease: 'Una llicència més',
  planLegend: 'Facturació',
  planMonthly: (price: string) => `Mensual: ${price} per llicència i mes`,
  planYearly: (price: string) => `Anual: ${price} per llicència i any`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} al mes`,
  totalYearly: (amount: string) => `${amount} l’any`,
  taxExclusive: 'Més els impostos aplicables.',
  taxInclusive: 'Impostos inclosos.',
  disclosuresTitle: 'Abans de pagar',
  disclosureBilledToYou:
    'Pagues amb la teva targeta de crèdit. La factura i la responsabilitat del pagament, segons les condicions de compra, són teves, no de la teva organització.',
  disclosureRenews: 'La subscripció es renova automàticament fins que la cancel·lis.',
  disclosurePrices:
    'Els preus poden ser diferents dels que paga la teva organització quan compra de manera centralitzada o a través d’un soci.',
  disclosureAdminSees:
    'L’administrador de TI pot veure aquesta compra. Un administrador pot assignar llicències comprades de manera centralitzada a les persones que la fan servir i, després, demanar-te que la cancel·lis.',
  disclosureDataOwner: (product: string) =>
    `La teva organització és propietària de les dades creades a ${product} i les controla.`,
  disclosureData:
    'Per processar la compra, es fan servir el teu nom, l’adreça electrònica, l’adreça IP i els identificadors d’inquilí i d’usuari de la teva organització.',
  seatsSubmit: 'Continua cap al pagament',
  seatsSubmitting: 'S’està preparant el pagament…',
  seatsErrorEmpty: 'Introdueix el nombre de llicències.',
  seatsErrorWhole: 'Introdueix un nombre enter, com ara 3.',
  seatsErrorMin: (min: number) => `Compra’n com a mínim ${min}.`,
  seatsErrorMax: (max: number) => `Aquí en pots comprar ${max} com a màxim.`,

  // Trial
  trialTitle: (product: string) => `Prova ${product} de franc`,
  trialIntro: (days: number) =>
    `La teva organització permet proves gratuïtes. Comença una prova de ${days} dies; no cal cap targeta de crèdit.`,
  trialSubmit: 'Comença la prova gratuïta',
  trialStarting: 'S’està començant la prova…',

  // Payment step
  paymentTitle: 'Paga amb targeta',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('ca', count, {
      one: `1 llicència de ${product}: ${amount}`,
      many: `${count} de llicències de ${product}: ${amount}`,
      other: `${count} llicències de ${product}: ${amount}`,
    }),
  paymentCardOnly: 'La targeta de crèdit és l’únic mètode de pagament.',
  paymentLoading: 'S’està carregant el formulari de pagament segur…',
  paymentSubmit: (amount: string) => `Paga ${amount}`,
  paymentPaying: 'S’està pagant…',
  paymentBack: 'Canvia les llicències',
  paymentNotTwice: 'No se’t cobrarà dues vegades.',

  // Processing
  processingTitle: 'S’està confirmant el pagament…',
  processingSlow:
    'Encara estem comprovant l’estat del pagament. Pot trigar un minut. No se’t cobrarà dues vegades, i pots tancar aquesta finestra i tornar més tard.',

  // Complete
  completeTitle: 'Ja està tot a punt',
  completeTrialTitle: 'La prova ha començat',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('ca', count, {
      one: `Has comprat 1 llicència de ${product} per ${amount}.`,
      many: `Has comprat ${count} de llicències de ${product} per ${amount}.`,
      other: `Has comprat ${count} llicències de ${product} per ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('ca', count, {
      one: `Has afegit 1 llicència de ${product} per ${amount}.`,
      many: `Has afegit ${count} de llicències de ${product} per ${amount}.`,
      other: `Has afegit ${count} llicències de ${product} per ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Pots provar ${product} fins al dia ${date}.`,
  completeStart: (product: string) => `Comença a fer servir ${product}`,
  completeAdmin: 'Assigna llicències al centre d’administració',
  completeManage: 'Assigna llicències ara',
  completeReceipt: 'Rebràs un rebut al correu electrònic de la feina.',
  completeRenews:
    'La subscripció es renova automàticament fins que la cancel·lis. Pots assignar llicències, afegir-ne o treure’n, actualitzar la targeta o cancel·lar-la en qualsevol moment.',
  completeTrialEnds: (product: string, date: string) =>
    `Quan la prova acabi, el dia ${date}, ${product} deixarà de funcionar si no el compres. No es cobra res.`,
  completeTerms: 'Condicions de compra',
  completeSupport: 'Suport estàndard de Microsoft',
  completeTraining: (product: string) => `Formació de ${product}`,
  completeAdminHint:
    'Al centre d’administració de Microsoft 365 pots assignar llicències a persones de la teva organització (fins a 20 alhora), comprar-ne més, cancel·lar la subscripció, actualitzar la targeta i veure les factures.',

  // Ineligible
  ineligibleTitle: 'No pots comprar-ho pel teu compte',
  reasonPersonalEmail:
    'Fes servir el teu correu electrònic de la feina o de l’escola. Les adreces electròniques personals no serveixen per comprar per a una organització.',
  reasonNoTenant: 'No hem trobat cap organització que faci servir el domini d’aquest correu electrònic amb Microsoft.',
  reasonUnmanagedTenant:
    'L’inquilí de Microsoft Entra de la teva organització encara no té cap administrador. Un administrador n’ha d’assumir el control abans que ningú hi pugui comprar.',
  reasonGovernmentTenant: 'La compra d’autoservei no està disponible per a organitzacions governamentals.',
  reasonEducationTenant: 'La compra d’autoservei no està disponible per a centres educatius.',
  reasonGuestUser:
    'Has iniciat la sessió com a convidat en aquesta organització. Només els membres de l’organització hi poden comprar.',
  reasonMarketUnavailable: (product: string) =>
    `${product} no es pot comprar mitjançant l’autoservei al país o la regió de la teva organització.`,
  reasonDisabledByAdmin: (product: string) =>
    `L’administrador de TI ha desactivat la compra d’autoservei de ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `L’administrador de TI només permet proves gratuïtes sense mètode de pagament, i ${product} no en té.`,
  ineligibleContact: 'Contacta amb l’administrador de TI per obtenir-lo.',
  ineligibleAdminMessage: (organization: string) => `Un missatge de ${organization}:`,
  ineligibleAdminLink: 'Obre la pàgina de sol·licituds de la teva organització',
  licenseRequestLabel: 'Missatge per a l’administrador (opcional)',
  licenseRequestSubmit: 'Demana una llicència a l’administrador',
  licenseRequestSending: 'S’està enviant…',
  licenseRequestSent: 'La sol·licitud s’ha enviat a l’administrador.',

  // Errors
  errorTitle: 'Alguna cosa no ha anat bé',
  retry: 'Torna-ho a provar',
  startOver: 'Torna a començar',
  errorOffline: 'No tens connexió. Comprova-la i torna-ho a provar.',
  errorTimeout: 'El servei de pagament ha trigat massa a respondre. Torna-ho a provar.',
  errorRateLimited: (seconds: number) =>
    plural('ca', seconds, {
      one: 'Massa intents. Torna-ho a provar d’aquí a 1 segon.',
      many: `Massa intents. Torna-ho a provar d’aquí a ${seconds} de segons.`,
      other: `Massa intents. Torna-ho a provar d’aquí a ${seconds} segons.`,
    }),
  errorServer: 'Alguna cosa no ha anat bé per part nostra. Torna-ho a provar.',
  errorUnavailable: 'El servei de pagament no està disponible ara mateix. Torna-ho a provar d’aquí a una estona.',
  errorBadResponse: 'Hem rebut una resposta que no entenem. Torna-ho a provar.',
  errorSession: 'La sessió ha caducat. Torna a iniciar la sessió.',
  errorQuantity: 'No es pot comprar aquest nombre de llicències. Canvia’l i torna-ho a provar.',
  errorNotEligible: 'El teu compte no pot comprar aquest producte.',
  errorUnknown: 'Alguna cosa no ha anat bé. Torna-ho a provar.',
  errorPopupBlocked:
    'El navegador ha bloquejat la finestra d’inici de sessió. Permet les finestres emergents en aquesta pàgina o torna-ho a provar.',
  errorSignInCancelled: 'S’ha cancel·lat l’inici de sessió. Inicia la sessió per continuar.',
  errorSignInBusy: 'Ja hi ha un altre inici de sessió obert en aquesta pàgina. Acaba’l o tanca’l i torna-ho a provar.',
  errorSignInFailed: 'No s’ha pogut iniciar la sessió. Torna-ho a provar.',
  errorAccountMismatch:
    'Has iniciat la sessió amb un compte diferent del correu electrònic que has introduït. Inicia la sessió amb aquest correu o fes-ne servir un altre.',
  errorCardDeclined: 'S’ha rebutjat la targeta. Prova-ho amb una altra targeta o contacta amb el teu banc.',
  errorInsufficientFunds: 'La targeta no té prou fons. Prova-ho amb una altra targeta.',
  errorExpiredCard: 'La targeta ha caducat. Comprova la data de caducitat o fes servir una altra targeta.',
  errorIncorrectCvc: 'El codi de seguretat no és correcte. Comprova el codi del dors de la targeta.',
  errorAuthenticationFailed:
    'El banc no ha pogut verificar el pagament. Torna-ho a provar o fes servir una altra targeta.',
  errorProcessing: 'No s’ha pogut processar la targeta. Torna-ho a provar d’aquí a una estona.',
  errorIncomplete: 'Completa les dades de la targeta.',
  errorPaymentLoad: 'No s’ha pogut carregar el formulari de pagament segur. Comprova la connexió i torna-ho a provar.',
  errorPaymentExpired: 'El pagament ha caducat abans de completar-se. Torna a començar; no se t’ha cobrat res.',
  errorPaymentFailed: 'El pagament no s’ha fet i no se t’ha cobrat res. Torna a començar per tornar-ho a provar.',
} satisfies FlowCatalog;
