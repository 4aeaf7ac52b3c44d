import type { StartCatalog } from './en.js';

export const ptBR = {
  buyButtonLabel: (product: string) => `Comprar ${product}`,
  buyButtonLabelGeneric: 'Comprar licenças',
  dialogClose: 'Fechar',
  loading: 'Carregando…',
  configUnknownProduct: (product: string) =>
    `Este botão de compra não está configurado corretamente: “${product}” não pode ser comprado aqui.`,
  configApiBase:
    'Este formulário de compra não está configurado corretamente: o endereço do serviço de pagamento está ausente ou não é seguro (https).',
  configAuth: 'Este formulário de compra não está configurado corretamente: faltam as configurações de entrada.',
  configPayment: 'Este formulário de compra não está configurado corretamente: faltam as configurações de pagamento.',
  configClientReferenceId:
    'Este formulário de compra não está configurado corretamente: o ID de referência do cliente não é válido (use até 200 letras, números, hifens ou sublinhados).',
  configTitle: 'Compra indisponível',
  errorNetwork: 'Não foi possível acessar o serviço de pagamento. Verifique sua conexão e tente novamente.',
  emailTitle: (product: string) => `Comprar ${product}`,
  emailIntro:
    'Digite seu email corporativo ou educacional. Vamos verificar se sua organização permite que você mesmo compre.',
  emailLabel: 'Email corporativo ou educacional',
  emailHint: 'Por exemplo, nome@empresa.com.br',
  emailSubmit: 'Continuar',
  emailChecking: 'Verificando…',
  emailErrorEmpty: 'Digite seu email corporativo ou educacional.',
  emailErrorFormat: 'Digite um endereço de email no formato nome@empresa.com.br.',
  emailErrorTooLong: 'Esse endereço de email é longo demais. Use no máximo 254 caracteres.',
  emailErrorHidden:
    'Esse endereço de email contém caracteres ocultos (geralmente ao copiar e colar). Digite-o novamente.',
} satisfies StartCatalog;
