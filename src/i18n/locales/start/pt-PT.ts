import type { StartCatalog } from './en.js';

export const ptPT = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Comprar ${product}`,
  buyButtonLabelGeneric: 'Comprar licenças',
  dialogClose: 'Fechar',
  loading: 'A carregar…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Este botão de compra não está configurado corretamente: «${product}» não é um produto que possa ser comprado aqui.`,
  configApiBase:
    'Este formulário de compra não está configurado corretamente: o endereço do serviço de pagamento está em falta ou não é seguro (https).',
  configAuth: 'Este formulário de compra não está configurado corretamente: faltam as definições de início de sessão.',
  configPayment: 'Este formulário de compra não está configurado corretamente: faltam as definições de pagamento.',
  configClientReferenceId:
    'Este formulário de compra não está configurado corretamente: o ID de referência do cliente não é válido (utilize até 200 letras, algarismos, hífenes ou carateres de sublinhado).',
  configTitle: 'A compra não está disponível',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Não foi possível contactar o serviço de pagamento. Verifique a ligação e tente novamente.',

  // Email step
  emailTitle: (product: string) => `Comprar ${product}`,
  emailIntro:
    'Introduza o seu e-mail escolar ou profissional. Vamos verificar se a sua organização permite que o compre por conta própria.',
  emailLabel: 'E-mail escolar ou profissional',
  emailHint: 'Por exemplo, nome@empresa.pt',
  emailSubmit: 'Continuar',
  emailChecking: 'A verificar…',
  emailErrorEmpty: 'Introduza o seu e-mail escolar ou profissional.',
  emailErrorFormat: 'Introduza um endereço de e-mail no formato nome@empresa.pt.',
  emailErrorTooLong: 'Esse endereço de e-mail é demasiado longo. Utilize no máximo 254 carateres.',
  emailErrorHidden:
    'Esse endereço de e-mail contém carateres ocultos (muitas vezes por ter sido copiado e colado). Escreva-o novamente.',
} satisfies StartCatalog;
