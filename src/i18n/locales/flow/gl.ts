import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const gl = {
  // Sign-in step
  signInTitle: 'Inicia sesión para continuar',
  signInIntro: (email: string, organization: string) =>
    `Inicia sesión como ${email} coa túa conta de ${organization}. Abrirase unha xanela de inicio de sesión de Microsoft.`,
  signInButton: 'Iniciar sesión',
  signInPreparing: 'Preparando o inicio de sesión…',
  signInBusy: 'Iniciando sesión…',
  signInRedirecting:
    'O navegador bloqueou a xanela de inicio de sesión, así que te levamos á páxina de inicio de sesión…',
  signInCancel: 'Cancelar',
  signInReopen: 'Abrir de novo a xanela de inicio de sesión',
  signInStalled:
    'Aínda agardamos o inicio de sesión. Se pechaches a xanela de inicio de sesión, ábrea de novo ou cancela.',
  useDifferentEmail: 'Usar outro correo electrónico',

  // Checking
  checkingTitle: 'Comprobando o que podes comprar…',

  // Seat step
  seatsTitle: 'Cantas licenzas?',
  seatsTitleAdd: 'Engadir licenzas',
  seatsExisting: (count: number, product: string) =>
    plural('gl', count, {
      one: `Xa tes 1 licenza de ${product}.`,
      other: `Xa tes ${count} licenzas de ${product}.`,
    }),
  seatsLabel: 'Número de licenzas',
  seatsHint: (min: number, max: number) => `De ${min} a ${max}. Despois, asígnallas aos teus compañeiros.`,
  seatsDecrease: 'Unha licenza menos',
  seatsIncrease: 'Unha licenza máis',
  planLegend: 'Facturación',
  planMonthly: (price: string) => `Mensual: ${price} por licenza e mes`,
  planYearly: (price: string) => `Anual: ${price} por licenza e ano`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} ao mes`,
  totalYearly: (amount: string) => `${amount} ao ano`,
  taxExclusive: 'Máis os impostos aplicables.',
  taxInclusive: 'Impostos incluídos.',
  disclosuresTitle: 'Antes de pagar',
  disclosureBilledToYou:
    'Pagas coa túa propia tarxeta de crédito. A factura e a responsabilidade do pagamento, segundo as condicións de compra, son túas, non da túa organización.',
  disclosureRenews: 'A subscrición renóvase automaticamente ata que a canceles.',
  disclosurePrices:
    'Os prezos poden ser distintos dos que paga a túa organización cando compra de forma centralizada ou a través dun socio.',
  disclosureAdminSees:
    'O teu administrador de TI pode ver esta compra. Un administrador pode asignar licenzas compradas de forma centralizada ás persoas que a usan e despois pedirche que a canceles.',
  disclosureDataOwner: (product: string) =>
    `A túa organización é a propietaria dos datos creados en ${product} e contrólaos.`,
  disclosureData:
    'Para procesar a compra úsanse o teu nome, o teu enderezo de correo electrónico, o teu enderezo IP e os identificadores de inquilino e de usuario da túa organización.',
  seatsSubmit: 'Continuar ao pagamento',
  seatsSubmitting: 'Preparando o pagamento…',
  seatsErrorEmpty: 'Escribe o número de licenzas.',
  seatsErrorWhole: 'Escribe un número enteiro, como 3.',
  seatsErrorMin: (min: number) => `Compra polo menos ${min}.`,
  seatsErrorMax: (max: number) => `Aquí podes comprar como máximo ${max}.`,

  // Trial
  trialTitle: (product: string) => `Proba ${product} de balde`,
  trialIntro: (days: number) =>
    `A túa organización permite probas gratuítas. Comeza unha proba de ${days} días; non necesitas tarxeta de crédito.`,
  trialSubmit: 'Comezar a proba gratuíta',
  trialStarting: 'Comezando a proba…',

  // Payment step
  paymentTitle: 'Pagar con tarxeta',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('gl', count, {
      one: `1 licenza de ${product}: ${amount}`,
      other: `${count} licenzas de ${product}: ${amount}`,
    }),
  paymentCardOnly: 'A tarxeta de crédito é o único método de pagamento.',
  paymentLoading: 'Cargando o formulario de pagamento seguro…',
  paymentSubmit: (amount: string) => `Pagar ${amount}`,
  paymentPaying: 'Pagando…',
  paymentBack: 'Cambiar as licenzas',
  paymentNotTwice: 'Non se che cobrará dúas veces.',

  // Processing
  processingTitle: 'Confirmando o pagamento…',
  processingSlow:
    'Aínda estamos comprobando o estado do pagamento. Pode levar un minuto. Non se che cobrará dúas veces, e podes pechar esta xanela e volver máis tarde.',

  // Complete
  completeTitle: 'Todo listo',
  completeTrialTitle: 'A proba comezou',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('gl', count, {
      one: `Compraches 1 licenza de ${product} por ${amount}.`,
      other: `Compraches ${count} licenzas de ${product} por ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('gl', count, {
      one: `Engadiches 1 licenza de ${product} por ${amount}.`,
      other: `Engadiches ${count} licenzas de ${product} por ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Podes probar ${product} ata o ${date}.`,
  completeStart: (product: string) => `Comezar a usar ${product}`,
  completeAdmin: 'Asignar licenzas no centro de administración',
  completeManage: 'Asignar licenzas agora',
  completeReceipt: 'Vas recibir un recibo no teu correo electrónico profesional.',
  completeRenews:
    'A subscrición renóvase automaticamente ata que a canceles. Podes asignar licenzas, engadir ou quitar licenzas, actualizar a tarxeta ou cancelala en calquera momento.',
  completeTrialEnds: (product: string, date: string) =>
    `Cando remate a proba, o ${date}, ${product} deixará de funcionar se non o compras. Non se cobra nada.`,
  completeTerms: 'Condicións de compra',
  completeSupport: 'Asistencia estándar de Microsoft',
  completeTraining: (product: string) => `Formación sobre ${product}`,
  completeAdminHint:
    'No centro de administración de Microsoft 365 podes asignar licenzas a persoas da túa organización (ata 20 á vez), comprar máis, cancelar a subscrición, actualizar a tarxeta e ver as facturas.',

  // Ineligible
  ineligibleTitle: 'Non podes compralo pola túa conta',
  reasonPersonalEmail:
    'Usa o teu correo electrónico profesional ou educativo. Cos enderezos de correo persoais non se pode comprar para unha organización.',
  reasonNoTenant: 'Non atopamos ningunha organización que use o dominio deste correo electrónico con Microsoft.',
  reasonUnmanagedTenant:
    'O inquilino de Microsoft Entra da túa organización aínda non ten administrador. Un administrador ten que asumir o control do inquilino antes de que ninguén poida comprar.',
  reasonGovernmentTenant: 'A compra de autoservizo non está dispoñible para organizacións gobernamentais.',
  reasonEducationTenant: 'A compra de autoservizo non está dispoñible para centros educativos.',
  reasonGuestUser: 'Iniciaches sesión como convidado nesta organización. Só poden comprar os seus propios membros.',
  reasonMarketUnavailable: (product: string) =>
    `${product} non se pode comprar mediante autoservizo no país ou rexión da túa organización.`,
  reasonDisabledByAdmin: (product: string) =>
    `O teu administrador de TI desactivou a compra de autoservizo de ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `O teu administrador de TI só permite probas gratuítas sen método de pagamento, e ${product} non ten ningunha.`,
  ineligibleContact: 'Ponte en contacto co teu administrador de TI para obtelo.',
  ineligibleAdminMessage: (organization: string) => `Unha mensaxe de ${organization}:`,
  ineligibleAdminLink: 'Abrir a páxina de solicitudes da túa organización',
  licenseRequestLabel: 'Mensaxe para o teu administrador (opcional)',
  licenseRequestSubmit: 'Pedirlle unha licenza ao meu administrador',
  licenseRequestSending: 'Enviando…',
  licenseRequestSent: 'A túa solicitude enviouse ao teu administrador.',

  // Errors
  errorTitle: 'Produciuse un erro',
  retry: 'Tentar de novo',
  startOver: 'Comezar de novo',
  errorOffline: 'Non tes conexión. Compróbaa e téntao de novo.',
  errorTimeout: 'O servizo de pagamento tardou demasiado en responder. Téntao de novo.',
  errorRateLimited: (seconds: number) =>
    plural('gl', seconds, {
      one: 'Demasiados intentos. Téntao de novo dentro de 1 segundo.',
      other: `Demasiados intentos. Téntao de novo dentro de ${seconds} segundos.`,
    }),
  errorServer: 'Produciuse un erro pola nosa parte. Téntao de novo.',
  errorUnavailable: 'O servizo de pagamento non está dispoñible neste momento. Téntao de novo nun intre.',
  errorBadResponse: 'Recibimos unha resposta que non entendemos. Téntao de novo.',
  errorSession: 'A túa sesión caducou. Inicia sesión de novo.',
  errorQuantity: 'Non se pode comprar ese número de licenzas. Cámbiao e téntao de novo.',
  errorNotEligible: 'A túa conta non pode comprar este produto.',
  errorUnknown: 'Produciuse un erro. Téntao de novo.',
  errorPopupBlocked:
    'O navegador bloqueou a xanela de inicio de sesión. Permite as xanelas emerxentes nesta páxina ou téntao de novo.',
  errorSignInCancelled: 'Cancelouse o inicio de sesión. Inicia sesión para continuar.',
  errorSignInBusy: 'Xa hai outro inicio de sesión aberto nesta páxina. Remátao ou péchao e téntao de novo.',
  errorSignInFailed: 'Non se puido iniciar sesión. Téntao de novo.',
  errorAccountMismatch:
    'Iniciaches sesión cunha conta distinta do correo electrónico que escribiches. Inicia sesión con ese correo ou usa outro.',
  errorCardDeclined: 'Rexeitouse a túa tarxeta. Proba con outra tarxeta ou ponte en contacto co teu banco.',
  errorInsufficientFunds: 'A túa tarxeta non ten fondos suficientes. Proba con outra tarxeta.',
  errorExpiredCard: 'A túa tarxeta caducou. Comproba a data de caducidade ou usa outra tarxeta.',
  errorIncorrectCvc: 'O código de seguranza non é correcto. Comproba o código do dorso da tarxeta.',
  errorAuthenticationFailed: 'O teu banco non puido verificar o pagamento. Téntao de novo ou usa outra tarxeta.',
  errorProcessing: 'Non se puido procesar a túa tarxeta. Téntao de novo nun intre.',
  errorIncomplete: 'Completa os datos da tarxeta.',
  errorPaymentLoad: 'Non se puido cargar o formulario de pagamento seguro. Comproba a conexión e téntao de novo.',
  errorPaymentExpired: 'O pagamento caducou antes de completarse. Comeza de novo; non se che cobrou nada.',
  errorPaymentFailed: 'O pagamento non se realizou e non se che cobrou nada. Comeza de novo para tentalo outra vez.',
} satisfies FlowCatalog;
