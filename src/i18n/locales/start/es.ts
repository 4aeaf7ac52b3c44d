import type { StartCatalog } from './en.js';

export const es = {
  buyButtonLabel: (product: string) => `Comprar ${product}`,
  buyButtonLabelGeneric: 'Comprar licencias',
  dialogClose: 'Cerrar',
  loading: 'Cargando…',
  configUnknownProduct: (product: string) =>
    `Este botón de compra no está bien configurado: «${product}» no se puede comprar aquí.`,
  configApiBase:
    'Este formulario de compra no está bien configurado: falta la dirección del servicio de pago o no es segura (https).',
  configAuth: 'Este formulario de compra no está bien configurado: falta la configuración de inicio de sesión.',
  configPayment: 'Este formulario de compra no está bien configurado: falta la configuración de pago.',
  configClientReferenceId:
    'Este formulario de compra no está bien configurado: el ID de referencia del cliente no es válido (usa hasta 200 letras, dígitos, guiones o guiones bajos).',
  configTitle: 'Compra no disponible',
  errorNetwork: 'No pudimos conectar con el servicio de pago. Comprueba la conexión e inténtalo de nuevo.',
  emailTitle: (product: string) => `Comprar ${product}`,
  emailIntro:
    'Escribe tu correo electrónico profesional o educativo. Comprobaremos si tu organización te permite comprarlo por tu cuenta.',
  emailLabel: 'Correo electrónico profesional o educativo',
  emailHint: 'Por ejemplo, nombre@empresa.es',
  emailSubmit: 'Continuar',
  emailChecking: 'Comprobando…',
  emailErrorEmpty: 'Escribe tu correo electrónico profesional o educativo.',
  emailErrorFormat: 'Escribe una dirección de correo con el formato nombre@empresa.es.',
  emailErrorTooLong: 'Esa dirección de correo es demasiado larga. Usa 254 caracteres como máximo.',
  emailErrorHidden:
    'Esa dirección de correo contiene caracteres ocultos (a menudo al copiar y pegar). Vuelve a escribirla.',
} satisfies StartCatalog;
