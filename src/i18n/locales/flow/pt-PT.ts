import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const ptPT = {
  // Sign-in step
  signInTitle: 'Inicie sessão para continuar',
  signInIntro: (email: string, organization: string) =>
    `Inicie sessão como ${email} com a sua conta de ${organization}. Será aberta uma janela de início de sessão da Microsoft.`,
  signInButton: 'Iniciar sessão',
  signInPreparing: 'A preparar o início de sessão…',
  signInBusy: 'A iniciar sessão…',
  signInRedirecting:
    'O browser bloqueou a janela de início de sessão, por isso vamos abrir a página de início de sessão nesta janela…',
  signInCancel: 'Cancelar',
  signInReopen: 'Abrir novamente a janela de início de sessão',
  signInStalled:
    'Ainda a aguardar o início de sessão. Se fechou a janela de início de sessão, abra-a novamente ou cancele.',
  useDifferentEmail: 'Utilizar outro e-mail',

  // Checking
  checkingTitle: 'A verificar o que pode comprar…',

  // Seat step
  seatsTitle: 'Quantas licenças?',
  seatsTitleAdd: 'Adicionar licenças',
  seatsExisting: (count: number, product: string) =>
    plural('pt-PT', count, {
      one: `Já tem 1 licença do ${product}.`,
      many: `Já tem ${count} de licenças do ${product}.`,
      other: `Já tem ${count} licenças do ${product}.`,
    }),
  seatsLabel: 'Número de licenças',
  seatsHint: (min: number, max: number) => `De ${min} a ${max}. Depois, atribua-as a colegas.`,
  seatsDecrease: 'Menos uma licença',
  seatsIncrease: 'Mais uma licença',
  planLegend: 'Faturação',
  planMonthly: (price: string) => `Mensal: ${price} por licença por mês`,
  planYearly: (price: string) => `Anual: ${price} por licença por ano`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} por mês`,
  totalYearly: (amount: string) => `${amount} por ano`,
  taxExclusive: 'Acrescem os impostos aplicáveis.',
  taxInclusive: 'Impostos incluídos.',
  disclosuresTitle: 'Antes de pagar',
  disclosureBilledToYou:
    'Paga com o seu próprio cartão de crédito. A fatura e a responsabilidade pelo pagamento, nos termos de compra, são suas e não da sua organização.',
  disclosureRenews: 'A subscrição é renovada automaticamente até a cancelar.',
  disclosurePrices:
    'Os preços podem ser diferentes dos que a sua organização paga quando compra de forma centralizada ou através de um parceiro.',
  disclosureAdminSees:
    'O seu administrador de TI pode ver esta compra. Um administrador pode atribuir licenças compradas de forma centralizada às pessoas que a utilizam e, depois, pedir-lhe que a cancele.',
  disclosureDataOwner: (product: string) =>
    `A sua organização é proprietária dos dados criados no ${product} e controla-os.`,
  disclosureData:
    'Para processar a compra, são utilizados o seu nome, endereço de e-mail e endereço IP, bem como os IDs de inquilino e de utilizador da sua organização.',
  seatsSubmit: 'Continuar para o pagamento',
  seatsSubmitting: 'A preparar o pagamento…',
  seatsErrorEmpty: 'Introduza o número de licenças.',
  seatsErrorWhole: 'Introduza um número inteiro, como 3.',
  seatsErrorMin: (min: number) => `Compre pelo menos ${min}.`,
  seatsErrorMax: (max: number) => `Aqui pode comprar no máximo ${max}.`,

  // Trial
  trialTitle: (product: string) => `Experimente o ${product} gratuitamente`,
  trialIntro: (days: number) =>
    `A sua organização permite avaliações gratuitas. Inicie uma avaliação de ${days} dias; não é necessário cartão de crédito.`,
  trialSubmit: 'Iniciar avaliação gratuita',
  trialStarting: 'A iniciar a sua avaliação…',

  // Payment step
  paymentTitle: 'Pagar com cartão',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('pt-PT', count, {
      one: `1 licença do ${product}: ${amount}`,
      many: `${count} de licenças do ${product}: ${amount}`,
      other: `${count} licenças do ${product}: ${amount}`,
    }),
  paymentCardOnly: 'O cartão de crédito é o único método de pagamento.',
  paymentLoading: 'A carregar o formulário de pagamento seguro…',
  paymentSubmit: (amount: string) => `Pagar ${amount}`,
  paymentPaying: 'A pagar…',
  paymentBack: 'Alterar licenças',
  paymentNotTwice: 'Não pagará duas vezes.',

  // Processing
  processingTitle: 'A confirmar o seu pagamento…',
  processingSlow:
    'Ainda estamos a verificar o estado do pagamento. Isto pode demorar um minuto. Não pagará duas vezes e pode fechar esta janela e voltar mais tarde.',

  // Complete
  completeTitle: 'Está tudo pronto',
  completeTrialTitle: 'A sua avaliação começou',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('pt-PT', count, {
      one: `Comprou 1 licença do ${product} por ${amount}.`,
      many: `Comprou ${count} de licenças do ${product} por ${amount}.`,
      other: `Comprou ${count} licenças do ${product} por ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('pt-PT', count, {
      one: `Adicionou 1 licença do ${product} por ${amount}.`,
      many: `Adicionou ${count} de licenças do ${product} por ${amount}.`,
      other: `Adicionou ${count} licenças do ${product} por ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `Pode experimentar o ${product} até ${date}.`,
  completeStart: (product: string) => `Começar a utilizar o ${product}`,
  completeAdmin: 'Atribuir licenças no centro de administração',
  completeManage: 'Atribuir licenças agora',
  completeReceipt: 'Vai receber um recibo no seu e-mail profissional.',
  completeRenews:
    'A subscrição é renovada automaticamente até a cancelar. Pode atribuir licenças, adicionar ou remover licenças, atualizar o cartão ou cancelar a qualquer momento.',
  completeTrialEnds: (product: string, date: string) =>
    `Quando a avaliação terminar, a ${date}, o ${product} deixará de funcionar, a menos que o compre. Não é cobrado nada.`,
  completeTerms: 'Termos de compra',
  completeSupport: 'Suporte padrão da Microsoft',
  completeTraining: (product: string) => `Formação sobre o ${product}`,
  completeAdminHint:
    'No centro de administração do Microsoft 365, pode atribuir licenças a pessoas da sua organização (até 20 de cada vez), comprar mais, cancelar, atualizar o cartão e ver as faturas.',

  // Ineligible
  ineligibleTitle: 'Não pode comprar isto por conta própria',
  reasonPersonalEmail:
    'Utilize o seu e-mail escolar ou profissional. Os endereços de e-mail pessoais não podem ser utilizados para comprar para uma organização.',
  reasonNoTenant: 'Não encontrámos nenhuma organização que utilize o domínio deste e-mail com a Microsoft.',
  reasonUnmanagedTenant:
    'O inquilino do Microsoft Entra da sua organização ainda não tem administrador. Um administrador tem de assumir o controlo do inquilino antes de alguém poder comprar.',
  reasonGovernmentTenant: 'A compra self-service não está disponível para organizações governamentais.',
  reasonEducationTenant: 'A compra self-service não está disponível para instituições de ensino.',
  reasonGuestUser:
    'Tem sessão iniciada como convidado nesta organização. Só os membros da própria organização podem comprar.',
  reasonMarketUnavailable: (product: string) =>
    `O ${product} não pode ser comprado em regime self-service no país ou região da sua organização.`,
  reasonDisabledByAdmin: (product: string) =>
    `O seu administrador de TI desativou a compra self-service do ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `O seu administrador de TI só permite avaliações gratuitas sem método de pagamento e o ${product} não tem nenhuma.`,
  ineligibleContact: 'Contacte o seu administrador de TI para o obter.',
  ineligibleAdminMessage: (organization: string) => `Uma mensagem de ${organization}:`,
  ineligibleAdminLink: 'Abrir a página de pedidos da sua organização',
  licenseRequestLabel: 'Mensagem para o administrador (opcional)',
  licenseRequestSubmit: 'Pedir uma licença ao meu administrador',
  licenseRequestSending: 'A enviar…',
  licenseRequestSent: 'O seu pedido foi enviado ao administrador.',

  // Errors
  errorTitle: 'Algo correu mal',
  retry: 'Tentar novamente',
  startOver: 'Recomeçar',
  errorOffline: 'Está offline. Verifique a ligação e tente novamente.',
  errorTimeout: 'O serviço de pagamento demorou demasiado a responder. Tente novamente.',
  errorRateLimited: (seconds: number) =>
    plural('pt-PT', seconds, {
      one: 'Demasiadas tentativas. Tente novamente dentro de 1 segundo.',
      many: `Demasiadas tentativas. Tente novamente dentro de ${seconds} de segundos.`,
      other: `Demasiadas tentativas. Tente novamente dentro de ${seconds} segundos.`,
    }),
  errorServer: 'Algo correu mal do nosso lado. Tente novamente.',
  errorUnavailable: 'O serviço de pagamento não está disponível de momento. Tente novamente daqui a pouco.',
  errorBadResponse: 'Recebemos uma resposta que não compreendemos. Tente novamente.',
  errorSession: 'A sua sessão expirou. Inicie sessão novamente.',
  errorQuantity: 'Não é possível comprar esse número de licenças. Altere-o e tente novamente.',
  errorNotEligible: 'A sua conta não pode comprar este produto.',
  errorUnknown: 'Algo correu mal. Tente novamente.',
  errorPopupBlocked:
    'O browser bloqueou a janela de início de sessão. Permita pop-ups nesta página ou tente novamente.',
  errorSignInCancelled: 'O início de sessão foi cancelado. Inicie sessão para continuar.',
  errorSignInBusy: 'Já existe outro início de sessão aberto nesta página. Conclua-o ou feche-o e tente novamente.',
  errorSignInFailed: 'Não foi possível iniciar sessão. Tente novamente.',
  errorAccountMismatch:
    'Iniciou sessão com uma conta diferente do e-mail que introduziu. Inicie sessão com esse e-mail ou utilize outro.',
  errorCardDeclined: 'O seu cartão foi recusado. Experimente outro cartão ou contacte o seu banco.',
  errorInsufficientFunds: 'O seu cartão não tem saldo suficiente. Experimente outro cartão.',
  errorExpiredCard: 'O seu cartão expirou. Verifique a data de validade ou utilize outro cartão.',
  errorIncorrectCvc: 'O código de segurança está incorreto. Verifique o código no verso do cartão.',
  errorAuthenticationFailed:
    'O seu banco não conseguiu verificar o pagamento. Tente novamente ou utilize outro cartão.',
  errorProcessing: 'Não foi possível processar o seu cartão. Tente novamente daqui a pouco.',
  errorIncomplete: 'Preencha os dados do cartão.',
  errorPaymentLoad:
    'Não foi possível carregar o formulário de pagamento seguro. Verifique a ligação e tente novamente.',
  errorPaymentExpired: 'O pagamento expirou antes de ser concluído. Recomece; não foi cobrado nada.',
  errorPaymentFailed: 'O pagamento não foi efetuado e não foi cobrado nada. Recomece para tentar novamente.',
} satisfies FlowCatalog;
