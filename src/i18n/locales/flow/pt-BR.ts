import type { FlowCatalog } from './en.js';

export const ptBR = {
  signInTitle: 'Entre para continuar',
  signInIntro: (email: string, organization: string) =>
    `Entre como ${email} com sua conta da ${organization}. Uma janela de entrada da Microsoft será aberta.`,
  signInButton: 'Entrar',
  signInPreparing: 'Preparando a entrada…',
  signInBusy: 'Entrando…',
  signInRedirecting: 'Seu navegador bloqueou a janela de entrada, então vamos levar você para a página de entrada…',
  signInCancel: 'Cancelar',
  signInReopen: 'Abrir a janela de entrada novamente',
  signInStalled: 'Ainda aguardando a entrada. Se você fechou a janela de entrada, abra-a novamente ou cancele.',
  useDifferentEmail: 'Usar outro email',
  checkingTitle: 'Verificando o que você pode comprar…',
  seatsTitle: 'Quantas licenças?',
  seatsTitleAdd: 'Adicionar licenças',
  seatsExisting: (count: number, product: string) =>
    count < 2 ? `Você já tem ${count} licença do ${product}.` : `Você já tem ${count} licenças do ${product}.`,
  seatsLabel: 'Número de licenças',
  seatsHint: (min: number, max: number) => `De ${min} a ${max}. Depois você as atribui aos colegas.`,
  seatsDecrease: 'Uma licença a menos',
  seatsIncrease: 'Uma licença a mais',
  planLegend: 'Cobrança',
  planMonthly: (price: string) => `Mensal: ${price} por licença por mês`,
  planYearly: (price: string) => `Anual: ${price} por licença por ano`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} por mês`,
  totalYearly: (amount: string) => `${amount} por ano`,
  taxExclusive: 'Mais os impostos aplicáveis.',
  taxInclusive: 'Impostos incluídos.',
  disclosuresTitle: 'Antes de pagar',
  disclosureBilledToYou:
    'Você paga com seu próprio cartão de crédito. Você, e não sua organização, é cobrado e responsável pelo pagamento conforme os termos de compra.',
  disclosureRenews: 'A assinatura é renovada automaticamente até que você a cancele.',
  disclosurePrices:
    'Os preços podem ser diferentes dos que sua organização paga em compras centralizadas ou por meio de um parceiro.',
  disclosureAdminSees:
    'O administrador de TI pode ver esta compra. Um administrador pode atribuir licenças compradas de forma centralizada a quem a usa e depois pedir que você cancele a assinatura.',
  disclosureDataOwner: (product: string) =>
    `Os dados criados no ${product} pertencem à sua organização, que os controla.`,
  disclosureData:
    'Para processar a compra, são usados seu nome, email, endereço IP e as IDs de locatário e de usuário da sua organização.',
  seatsSubmit: 'Continuar para o pagamento',
  seatsSubmitting: 'Preparando o pagamento…',
  seatsErrorEmpty: 'Digite o número de licenças.',
  seatsErrorWhole: 'Digite um número inteiro, como 3.',
  seatsErrorMin: (min: number) => `Compre pelo menos ${min}.`,
  seatsErrorMax: (max: number) => `Você pode comprar no máximo ${max} aqui.`,
  trialTitle: (product: string) => `Experimente o ${product} gratuitamente`,
  trialIntro: (days: number) =>
    `Sua organização permite avaliações gratuitas. Inicie uma avaliação de ${days} dias; não é preciso cartão de crédito.`,
  trialSubmit: 'Iniciar avaliação gratuita',
  trialStarting: 'Iniciando sua avaliação…',
  paymentTitle: 'Pagar com cartão',
  paymentSummary: (count: number, product: string, amount: string) =>
    count < 2 ? `${count} licença do ${product}: ${amount}` : `${count} licenças do ${product}: ${amount}`,
  paymentCardOnly: 'O cartão de crédito é a única forma de pagamento.',
  paymentLoading: 'Carregando o formulário de pagamento seguro…',
  paymentSubmit: (amount: string) => `Pagar ${amount}`,
  paymentPaying: 'Pagando…',
  paymentBack: 'Alterar licenças',
  paymentNotTwice: 'Você não será cobrado duas vezes.',
  processingTitle: 'Confirmando seu pagamento…',
  processingSlow:
    'Ainda estamos verificando o status do pagamento. Isso pode levar um minuto. Você não será cobrado duas vezes e pode fechar esta janela e voltar depois.',
  completeTitle: 'Tudo pronto',
  completeTrialTitle: 'Sua avaliação começou',
  completeSummary: (count: number, product: string, amount: string) =>
    count < 2
      ? `Você comprou ${count} licença do ${product} por ${amount}.`
      : `Você comprou ${count} licenças do ${product} por ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count < 2
      ? `Você adicionou ${count} licença do ${product} por ${amount}.`
      : `Você adicionou ${count} licenças do ${product} por ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Você pode experimentar o ${product} até ${date}.`,
  completeStart: (product: string) => `Começar a usar o ${product}`,
  completeAdmin: 'Atribuir licenças no centro de administração',
  completeManage: 'Atribuir licenças agora',
  completeReceipt: 'Um recibo está a caminho do seu email corporativo.',
  completeRenews:
    'A assinatura é renovada automaticamente até que você a cancele. Você pode atribuir licenças, adicionar ou remover licenças, atualizar o cartão ou cancelar a qualquer momento.',
  completeTrialEnds: (product: string, date: string) =>
    `Quando a avaliação terminar em ${date}, o ${product} deixará de funcionar, a menos que você o compre. Nada é cobrado.`,
  completeTerms: 'Termos de compra',
  completeSupport: 'Suporte padrão da Microsoft',
  completeTraining: (product: string) => `Treinamento do ${product}`,
  completeAdminHint:
    'No centro de administração do Microsoft 365, você pode atribuir licenças a pessoas da sua organização (até 20 por vez), comprar mais, cancelar, atualizar o cartão e ver as faturas.',
  ineligibleTitle: 'Você não pode comprar isto por conta própria',
  reasonPersonalEmail:
    'Use seu email corporativo ou educacional. Endereços pessoais não podem comprar para uma organização.',
  reasonNoTenant: 'Não encontramos nenhuma organização que use o domínio deste email com a Microsoft.',
  reasonUnmanagedTenant:
    'O locatário do Microsoft Entra da sua organização ainda não tem administrador. Um administrador precisa assumir o locatário antes que alguém possa comprar.',
  reasonGovernmentTenant: 'A compra por autoatendimento não está disponível para organizações governamentais.',
  reasonEducationTenant: 'A compra por autoatendimento não está disponível para instituições de ensino.',
  reasonGuestUser: 'Você entrou como convidado nesta organização. Somente os membros dela podem comprar.',
  reasonMarketUnavailable: (product: string) =>
    `O ${product} não pode ser comprado por autoatendimento no país ou na região da sua organização.`,
  reasonDisabledByAdmin: (product: string) =>
    `Seu administrador de TI desativou a compra por autoatendimento do ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Seu administrador de TI permite apenas avaliações gratuitas sem forma de pagamento, e o ${product} não tem nenhuma.`,
  ineligibleContact: 'Fale com seu administrador de TI para obtê-lo.',
  ineligibleAdminMessage: (organization: string) => `Uma mensagem da ${organization}:`,
  ineligibleAdminLink: 'Abrir a página de solicitações da sua organização',
  licenseRequestLabel: 'Mensagem para o administrador (opcional)',
  licenseRequestSubmit: 'Pedir uma licença ao meu administrador',
  licenseRequestSending: 'Enviando…',
  licenseRequestSent: 'Sua solicitação foi enviada ao administrador.',
  errorTitle: 'Algo deu errado',
  retry: 'Tentar novamente',
  startOver: 'Recomeçar',
  errorOffline: 'Você está offline. Verifique sua conexão e tente novamente.',
  errorTimeout: 'O serviço de pagamento demorou demais para responder. Tente novamente.',
  errorRateLimited: (seconds: number) =>
    seconds < 2
      ? `Tentativas demais. Tente novamente em ${seconds} segundo.`
      : `Tentativas demais. Tente novamente em ${seconds} segundos.`,
  errorServer: 'Algo deu errado do nosso lado. Tente novamente.',
  errorUnavailable: 'O serviço de pagamento está indisponível no momento. Tente novamente em instantes.',
  errorBadResponse: 'Recebemos uma resposta que não entendemos. Tente novamente.',
  errorSession: 'Sua sessão expirou. Entre novamente.',
  errorQuantity: 'Esse número de licenças não pode ser comprado. Altere-o e tente novamente.',
  errorNotEligible: 'Sua conta não pode comprar este produto.',
  errorUnknown: 'Algo deu errado. Tente novamente.',
  errorPopupBlocked: 'Seu navegador bloqueou a janela de entrada. Permita pop-ups para esta página ou tente novamente.',
  errorSignInCancelled: 'A entrada foi cancelada. Entre para continuar.',
  errorSignInBusy: 'Já há outra entrada aberta nesta página. Conclua-a ou feche-a e tente novamente.',
  errorSignInFailed: 'Não foi possível entrar. Tente novamente.',
  errorAccountMismatch: 'Você entrou com uma conta diferente do email digitado. Entre com esse email ou use outro.',
  errorCardDeclined: 'Seu cartão foi recusado. Tente outro cartão ou fale com seu banco.',
  errorInsufficientFunds: 'Seu cartão não tem saldo suficiente. Tente outro cartão.',
  errorExpiredCard: 'Seu cartão está vencido. Verifique a validade ou use outro cartão.',
  errorIncorrectCvc: 'O código de segurança está incorreto. Verifique o código no verso do cartão.',
  errorAuthenticationFailed: 'Seu banco não conseguiu verificar o pagamento. Tente novamente ou use outro cartão.',
  errorProcessing: 'Não foi possível processar seu cartão. Tente novamente em instantes.',
  errorIncomplete: 'Complete os dados do cartão.',
  errorPaymentLoad:
    'Não foi possível carregar o formulário de pagamento seguro. Verifique sua conexão e tente novamente.',
  errorPaymentExpired: 'O pagamento expirou antes de ser concluído. Recomece; você não foi cobrado.',
  errorPaymentFailed: 'O pagamento não foi concluído e você não foi cobrado. Recomece para tentar novamente.',
} satisfies FlowCatalog;
