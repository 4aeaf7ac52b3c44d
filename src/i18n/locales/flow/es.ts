import type { FlowCatalog } from './en.js';

export const es = {
  signInTitle: 'Inicia sesión para continuar',
  signInIntro: (email: string, organization: string) =>
    `Inicia sesión como ${email} con tu cuenta de ${organization}. Se abrirá una ventana de inicio de sesión de Microsoft.`,
  signInButton: 'Iniciar sesión',
  signInPreparing: 'Preparando el inicio de sesión…',
  signInBusy: 'Iniciando sesión…',
  signInRedirecting:
    'Tu navegador bloqueó la ventana de inicio de sesión, así que te llevamos a la página de inicio de sesión…',
  signInCancel: 'Cancelar',
  signInReopen: 'Volver a abrir la ventana de inicio de sesión',
  signInStalled:
    'Seguimos esperando el inicio de sesión. Si cerraste la ventana de inicio de sesión, vuelve a abrirla o cancela.',
  useDifferentEmail: 'Usar otro correo electrónico',
  checkingTitle: 'Comprobando lo que puedes comprar…',
  seatsTitle: '¿Cuántas licencias?',
  seatsTitleAdd: 'Añadir licencias',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `Ya tienes 1 licencia de ${product}.` : `Ya tienes ${count} licencias de ${product}.`,
  seatsLabel: 'Número de licencias',
  seatsHint: (min: number, max: number) => `De ${min} a ${max}. Después las asignas a tus compañeros.`,
  seatsDecrease: 'Una licencia menos',
  seatsIncrease: 'Una licencia más',
  planLegend: 'Facturación',
  planMonthly: (price: string) => `Mensual: ${price} por licencia y mes`,
  planYearly: (price: string) => `Anual: ${price} por licencia y año`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} al mes`,
  totalYearly: (amount: string) => `${amount} al año`,
  taxExclusive: 'Más los impuestos aplicables.',
  taxInclusive: 'Impuestos incluidos.',
  disclosuresTitle: 'Antes de pagar',
  disclosureBilledToYou:
    'Pagas con tu propia tarjeta de crédito. Eres tú, no tu organización, quien recibe la factura y es responsable del pago según las condiciones de compra.',
  disclosureRenews: 'La suscripción se renueva automáticamente hasta que la canceles.',
  disclosurePrices:
    'Los precios pueden ser distintos de los que paga tu organización en compras centralizadas o a través de un partner.',
  disclosureAdminSees:
    'Tu administrador de TI puede ver esta compra. Un administrador puede asignar licencias compradas de forma centralizada a quienes la usan y luego pedirte que canceles la suscripción.',
  disclosureDataOwner: (product: string) =>
    `Tu organización es propietaria de los datos creados en ${product} y los controla.`,
  disclosureData:
    'Para procesar la compra se usan tu nombre, tu correo electrónico, tu dirección IP y los identificadores de inquilino y de usuario de tu organización.',
  seatsSubmit: 'Continuar al pago',
  seatsSubmitting: 'Preparando el pago…',
  seatsErrorEmpty: 'Escribe el número de licencias.',
  seatsErrorWhole: 'Escribe un número entero, como 3.',
  seatsErrorMin: (min: number) => `Compra al menos ${min}.`,
  seatsErrorMax: (max: number) => `Aquí puedes comprar ${max} como máximo.`,
  trialTitle: (product: string) => `Prueba ${product} gratis`,
  trialIntro: (days: number) =>
    `Tu organización permite pruebas gratuitas. Empieza una prueba de ${days} días; no necesitas tarjeta de crédito.`,
  trialSubmit: 'Empezar la prueba gratuita',
  trialStarting: 'Empezando tu prueba…',
  paymentTitle: 'Pagar con tarjeta',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `1 licencia de ${product}: ${amount}` : `${count} licencias de ${product}: ${amount}`,
  paymentCardOnly: 'La tarjeta de crédito es el único método de pago.',
  paymentLoading: 'Cargando el formulario de pago seguro…',
  paymentSubmit: (amount: string) => `Pagar ${amount}`,
  paymentPaying: 'Pagando…',
  paymentBack: 'Cambiar licencias',
  paymentNotTwice: 'No se te cobrará dos veces.',
  processingTitle: 'Confirmando tu pago…',
  processingSlow:
    'Seguimos comprobando el estado del pago. Puede tardar un minuto. No se te cobrará dos veces, y puedes cerrar esta ventana y volver más tarde.',
  completeTitle: 'Todo listo',
  completeTrialTitle: 'Tu prueba ha empezado',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Has comprado 1 licencia de ${product} por ${amount}.`
      : `Has comprado ${count} licencias de ${product} por ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `Has añadido 1 licencia de ${product} por ${amount}.`
      : `Has añadido ${count} licencias de ${product} por ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Puedes probar ${product} hasta el ${date}.`,
  completeStart: (product: string) => `Empezar a usar ${product}`,
  completeAdmin: 'Asignar licencias en el centro de administración',
  completeManage: 'Asignar licencias ahora',
  completeReceipt: 'Recibirás un recibo en tu correo profesional.',
  completeRenews:
    'La suscripción se renueva automáticamente hasta que la canceles. Puedes asignar licencias, añadir o quitar licencias, actualizar tu tarjeta o cancelar en cualquier momento.',
  completeTrialEnds: (product: string, date: string) =>
    `Cuando la prueba termine el ${date}, ${product} dejará de funcionar a menos que lo compres. No se cobra nada.`,
  completeTerms: 'Condiciones de compra',
  completeSupport: 'Soporte estándar de Microsoft',
  completeTraining: (product: string) => `Formación sobre ${product}`,
  completeAdminHint:
    'En el centro de administración de Microsoft 365 puedes asignar licencias a personas de tu organización (hasta 20 a la vez), comprar más, cancelar, actualizar tu tarjeta y ver las facturas.',
  ineligibleTitle: 'No puedes comprarlo por tu cuenta',
  reasonPersonalEmail:
    'Usa tu correo profesional o educativo. Con direcciones personales no se puede comprar para una organización.',
  reasonNoTenant: 'No encontramos ninguna organización que use el dominio de este correo con Microsoft.',
  reasonUnmanagedTenant:
    'El inquilino de Microsoft Entra de tu organización aún no tiene administrador. Un administrador debe hacerse cargo del inquilino antes de que nadie pueda comprar.',
  reasonGovernmentTenant: 'La compra de autoservicio no está disponible para organizaciones gubernamentales.',
  reasonEducationTenant: 'La compra de autoservicio no está disponible para organizaciones educativas.',
  reasonGuestUser: 'Has iniciado sesión como invitado en esta organización. Solo sus propios miembros pueden comprar.',
  reasonMarketUnavailable: (product: string) =>
    `${product} no se puede comprar mediante autoservicio en el país o la región de tu organización.`,
  reasonDisabledByAdmin: (product: string) =>
    `Tu administrador de TI ha desactivado la compra de autoservicio de ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Tu administrador de TI solo permite pruebas gratuitas sin método de pago, y ${product} no tiene ninguna.`,
  ineligibleContact: 'Ponte en contacto con tu administrador de TI para conseguirlo.',
  ineligibleAdminMessage: (organization: string) => `Un mensaje de ${organization}:`,
  ineligibleAdminLink: 'Abrir la página de solicitudes de tu organización',
  licenseRequestLabel: 'Mensaje para tu administrador (opcional)',
  licenseRequestSubmit: 'Pedir una licencia a mi administrador',
  licenseRequestSending: 'Enviando…',
  licenseRequestSent: 'Tu solicitud se ha enviado a tu administrador.',
  errorTitle: 'Algo salió mal',
  retry: 'Intentar de nuevo',
  startOver: 'Empezar de nuevo',
  errorOffline: 'No tienes conexión. Comprueba la conexión e inténtalo de nuevo.',
  errorTimeout: 'El servicio de pago tardó demasiado en responder. Inténtalo de nuevo.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'Demasiados intentos. Inténtalo de nuevo dentro de 1 segundo.'
      : `Demasiados intentos. Inténtalo de nuevo dentro de ${seconds} segundos.`,
  errorServer: 'Algo salió mal por nuestra parte. Inténtalo de nuevo.',
  errorUnavailable: 'El servicio de pago no está disponible ahora. Inténtalo de nuevo en un momento.',
  errorBadResponse: 'Recibimos una respuesta que no entendimos. Inténtalo de nuevo.',
  errorSession: 'Tu sesión ha caducado. Vuelve a iniciar sesión.',
  errorQuantity: 'No se puede comprar ese número de licencias. Cámbialo e inténtalo de nuevo.',
  errorNotEligible: 'Tu cuenta no puede comprar este producto.',
  errorUnknown: 'Algo salió mal. Inténtalo de nuevo.',
  errorPopupBlocked:
    'Tu navegador bloqueó la ventana de inicio de sesión. Permite las ventanas emergentes en esta página o inténtalo de nuevo.',
  errorSignInCancelled: 'Se canceló el inicio de sesión. Inicia sesión para continuar.',
  errorSignInBusy: 'Ya hay otro inicio de sesión abierto en esta página. Termínalo o ciérralo y vuelve a intentarlo.',
  errorSignInFailed: 'No se pudo iniciar sesión. Inténtalo de nuevo.',
  errorAccountMismatch:
    'Iniciaste sesión con una cuenta distinta del correo que escribiste. Inicia sesión con ese correo o usa otro.',
  errorCardDeclined: 'Se rechazó tu tarjeta. Prueba con otra tarjeta o ponte en contacto con tu banco.',
  errorInsufficientFunds: 'Tu tarjeta no tiene fondos suficientes. Prueba con otra tarjeta.',
  errorExpiredCard: 'Tu tarjeta ha caducado. Comprueba la fecha de caducidad o usa otra tarjeta.',
  errorIncorrectCvc: 'El código de seguridad no es correcto. Comprueba el código del reverso de tu tarjeta.',
  errorAuthenticationFailed: 'Tu banco no pudo verificar el pago. Inténtalo de nuevo o usa otra tarjeta.',
  errorProcessing: 'No se pudo procesar tu tarjeta. Inténtalo de nuevo en un momento.',
  errorIncomplete: 'Completa los datos de tu tarjeta.',
  errorPaymentLoad: 'No se pudo cargar el formulario de pago seguro. Comprueba la conexión e inténtalo de nuevo.',
  errorPaymentExpired: 'El pago caducó antes de completarse. Empieza de nuevo; no se te ha cobrado nada.',
  errorPaymentFailed: 'El pago no se completó y no se te ha cobrado nada. Empieza de nuevo para volver a intentarlo.',
} satisfies FlowCatalog;
