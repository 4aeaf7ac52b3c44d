import type { ManageCatalog } from './en.js';

export const ptBR = {
  manageTitle: 'Suas assinaturas',
  manageLoading: 'Carregando suas assinaturas…',
  manageEmpty: 'Você não comprou nenhuma assinatura por conta própria.',
  manageEmptyProduct: (product: string) => `Você não comprou o ${product} por conta própria.`,
  manageSignInTitle: 'Entre para gerenciar suas assinaturas',
  manageSignInIntro: 'Entre com sua conta corporativa ou educacional para ver e gerenciar o que você comprou.',
  manageOpen: 'Gerenciar',
  manageOpenLabel: (product: string) => `Gerenciar o ${product}`,
  manageBack: 'Todas as assinaturas',
  manageNotice: 'Concluído',

  statusActive: 'Ativa',
  statusTrialing: 'Avaliação gratuita',
  statusPastDue: 'Pagamento em atraso',
  statusCanceled: 'Cancelada',
  statusExpired: 'Expirada',
  renewsOn: (date: string) => `Renova em ${date}`,
  endsOn: (date: string) => `Termina em ${date}`,
  endedOn: (date: string) => `Terminou em ${date}`,
  trialEndsOn: (date: string) => `Avaliação gratuita até ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licenças atribuídas: ${assigned} de ${quantity}`,
  pastDueHint: 'Há uma fatura em atraso. Pague-a abaixo para que as licenças continuem funcionando.',

  // Licenses
  licensesTitle: 'Quem tem licença',
  licensesFree: (free: number) =>
    free === 0
      ? 'Nenhuma licença está livre.'
      : free === 1
        ? '1 licença está livre.'
        : `${free} licenças estão livres.`,
  licensesNone: 'Ninguém tem licença ainda.',
  unassign: 'Remover',
  unassignLabel: (name: string) => `Remover a licença de ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Remover a licença de ${name}? Essa pessoa perderá o acesso ao ${product} imediatamente.`,
  unassignYes: 'Remover licença',
  keep: 'Manter',
  unassigned: (name: string) => `A licença de ${name} foi removida.`,
  searchLabel: 'Encontrar pessoas na sua organização',
  searchHint: 'Digite um nome ou email. Você pode atribuir licenças a até 20 pessoas por vez.',
  searchTooLong: (max: number) => `Digite no máximo ${max} caracteres.`,
  searchNone: (search: string) => `Ninguém na sua organização corresponde a “${search}”.`,
  searching: 'Pesquisando…',
  resultsLabel: 'Pessoas encontradas',
  hasLicense: 'Tem licença',
  guestNotAssignable: 'Conta de convidado: não pode receber licença',
  selectedCount: (count: number) => (count < 2 ? `${count} pessoa selecionada` : `${count} pessoas selecionadas`),
  tooManySelected: (max: number) => `Você pode atribuir licenças a até ${max} pessoas por vez.`,
  notEnoughFree: (free: number) =>
    free === 0
      ? 'Nenhuma licença está livre. Escolha menos pessoas ou adicione licenças primeiro.'
      : free === 1
        ? 'Só 1 licença está livre. Escolha menos pessoas ou adicione licenças primeiro.'
        : `Só ${free} licenças estão livres. Escolha menos pessoas ou adicione licenças primeiro.`,
  assignSubmit: (count: number) => (count < 2 ? `Atribuir ${count} licença` : `Atribuir ${count} licenças`),
  assigning: 'Atribuindo…',
  assignedNotice: (count: number) =>
    count < 2 ? `${count} pessoa agora tem licença.` : `${count} pessoas agora têm licença.`,
  assignFailedAlready: (name: string) => `${name} já tem uma licença.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} não está na sua organização e, por isso, não pode receber uma licença.`,
  assignFailedGuest: (name: string) => `${name} é uma conta de convidado e, por isso, não pode receber uma licença.`,
  unassignFailed: (name: string) => `${name} não tem licença para remover.`,

  // Number of licenses
  quantityTitle: 'Número de licenças',
  quantityLabel: 'Número total de licenças',
  quantityHint: (min: number, max: number) =>
    `De ${min} a ${max}. As licenças adicionadas são cobradas agora; as removidas saem na renovação.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned < 2
      ? `${assigned} licença está atribuída. Remova licenças de pessoas antes de ficar abaixo desse número.`
      : `${assigned} licenças estão atribuídas. Remova licenças de pessoas antes de ficar abaixo desse número.`,
  quantitySame: 'Esse é o número que você já tem. Digite outro número.',
  quantityPreview: 'Revisar a alteração',
  quantityPreviewing: 'Calculando…',
  previewIncrease: (added: number, amount: string) =>
    added < 2
      ? `Adicionar ${added} licença custa ${amount} agora, pelo restante deste período.`
      : `Adicionar ${added} licenças custa ${amount} agora, pelo restante deste período.`,
  previewDecrease: (removed: number, date: string) =>
    removed < 2
      ? `${removed} licença será removida em ${date}. Nada é cobrado nem reembolsado agora.`
      : `${removed} licenças serão removidas em ${date}. Nada é cobrado nem reembolsado agora.`,
  previewRecurring: (amount: string) => `A partir daí, cada renovação custa ${amount}.`,
  quantityConfirm: 'Confirmar',
  quantityChanging: 'Salvando…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity < 2
      ? `Agora você tem ${quantity} licença. O valor de ${amount} foi cobrado no seu cartão.`
      : `Agora você tem ${quantity} licenças. O valor de ${amount} foi cobrado no seu cartão.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity < 2
      ? `Você terá ${quantity} licença a partir de ${date}.`
      : `Você terá ${quantity} licenças a partir de ${date}.`,

  // Cancel
  cancelTitle: 'Cancelar a assinatura',
  cancelExplain: (date: string) =>
    `Ela deixará de ser renovada. As licenças funcionam até ${date}; depois disso, todos que têm uma perdem o acesso.`,
  cancelSubmit: 'Cancelar a assinatura',
  cancelConfirm: 'Sim, cancelar',
  cancelKeep: 'Manter a assinatura',
  canceledNotice: (date: string) => `Cancelada. As licenças funcionam até ${date}.`,
  reactivate: 'Desfazer o cancelamento',
  reactivatedNotice: (date: string) => `A assinatura será renovada novamente em ${date}.`,

  // Billing
  billingTitle: 'Cobrança',
  cardLabel: 'Cartão',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} com final ${last4}, validade ${expiry}`,
  cardNone: 'Nenhum cartão salvo.',
  cardUpdate: 'Atualizar cartão',
  cardSave: 'Salvar cartão',
  cardSaving: 'Salvando…',
  cardCancel: 'Cancelar',
  cardUpdated: (card: string) => `Seu cartão foi atualizado: ${card}.`,
  invoicesTitle: 'Faturas',
  invoicesNone: 'Nenhuma fatura ainda.',
  invoiceNumber: 'Fatura',
  invoiceDate: 'Data',
  invoiceAmount: 'Valor',
  invoiceStatus: 'Status',
  invoicePaid: 'Paga',
  invoiceOpen: 'Em aberto',
  invoicePastDue: 'Vencida',
  invoiceVoid: 'Anulada',
  invoicePay: 'Pagar',
  invoicePayLabel: (number: string, amount: string) => `Pagar a fatura ${number} (${amount})`,
  invoicePaying: 'Pagando…',
  invoicePdf: (number: string) => `Fatura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `A fatura ${number} foi paga: ${amount}.`,

  // Order history
  historyTitle: 'Histórico de pedidos',
  historyChange: 'Alteração',
  historyLicenses: 'Licenças',
  orderPurchase: 'Compra',
  orderAdded: (count: number) => (count < 2 ? `${count} licença adicionada` : `${count} licenças adicionadas`),
  orderRemoved: (count: number) => (count < 2 ? `${count} licença removida` : `${count} licenças removidas`),
  orderRenewal: 'Renovação',
  orderCanceled: 'Cancelamento',
  orderReactivated: 'Cancelamento desfeito',

  // Errors
  errorNotPurchaser:
    'Só quem comprou esta assinatura pode gerenciá-la. Peça a essa pessoa ou ao seu administrador de TI.',
  errorSubscriptionNotFound: 'Não encontramos esta assinatura na sua organização.',
  errorSubscriptionCanceled: 'Esta assinatura está cancelada. Desfaça o cancelamento primeiro.',
  errorSubscriptionExpired: 'Esta assinatura terminou.',
  errorInvalidSearch: 'Pesquise por nome ou email, sem < ou >.',
  errorDuplicateUser: 'A mesma pessoa foi escolhida duas vezes. Escolha cada pessoa só uma vez.',
  errorInvoicePaid: 'Esta fatura já foi paga (talvez em outra janela). Nada mais foi cobrado.',
  errorInvoiceNotPayable: 'Esta fatura não pode ser paga aqui.',
  errorNoCard: 'Nenhum cartão salvo. Atualize seu cartão primeiro.',
} satisfies ManageCatalog;
