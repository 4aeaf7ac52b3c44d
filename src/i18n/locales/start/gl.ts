import type { StartCatalog } from './en.js';

export const gl = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Comprar ${product}`,
  buyButtonLabelGeneric: 'Comprar licenzas',
  dialogClose: 'Pechar',
  loading: 'Cargando…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Este botón de compra non está ben configurado: «${product}» non é un produto que se poida comprar aquí.`,
  configApiBase:
    'Este formulario de compra non está ben configurado: falta o enderezo do servizo de pagamento ou non é seguro (https).',
  configAuth: 'Este formulario de compra non está ben configurado: falta a configuración de inicio de sesión.',
  configPayment: 'Este formulario de compra non está ben configurado: falta a configuración de pagamento.',
  configClientReferenceId:
    'Este formulario de compra non está ben configurado: o identificador de referencia do cliente non é válido (usa ata 200 letras, díxitos, guións ou guións baixos).',
  configTitle: 'A compra non está dispoñible',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Non puidemos conectar co servizo de pagamento. Comproba a conexión e téntao de novo.',

  // Email step
  emailTitle: (product: string) => `Comprar ${product}`,
  emailIntro:
    'Escribe o teu correo electrónico profesional ou educativo. Comprobaremos se a túa organización che permite compralo pola túa conta.',
  emailLabel: 'Correo electrónico profesional ou educativo',
  emailHint: 'Por exemplo, nome@empresa.gal',
  emailSubmit: 'Continuar',
  emailChecking: 'Comprobando…',
  emailErrorEmpty: 'Escribe o teu correo electrónico profesional ou educativo.',
  emailErrorFormat: 'Escribe un enderezo de correo electrónico co formato nome@empresa.gal.',
  emailErrorTooLong: 'Ese enderezo de correo electrónico é demasiado longo. Usa como máximo 254 caracteres.',
  emailErrorHidden:
    'Ese enderezo de correo electrónico contén caracteres ocultos (a miúdo ao copiar e pegar). Volve escribilo.',
} satisfies StartCatalog;
