import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const ptPT = {
  manageTitle: 'As suas subscrições',
  manageLoading: 'A carregar as suas subscrições…',
  manageEmpty: 'Não comprou nenhuma subscrição por conta própria.',
  manageEmptyProduct: (product: string) => `Não comprou o ${product} por conta própria.`,
  manageSignInTitle: 'Inicie sessão para gerir as suas subscrições',
  manageSignInIntro: 'Inicie sessão com a sua conta escolar ou profissional para ver e gerir o que comprou.',
  manageOpen: 'Gerir',
  manageOpenLabel: (product: string) => `Gerir o ${product}`,
  manageBack: 'Todas as subscrições',
  manageNotice: 'Concluído',

  statusActive: 'Ativa',
  statusTrialing: 'Avaliação gratuita',
  statusPastDue: 'Pagamento em atraso',
  statusCanceled: 'Cancelada',
  statusExpired: 'Expirada',
  renewsOn: (date: string) => `Renova-se a ${date}`,
  endsOn: (date: string) => `Termina a ${date}`,
  endedOn: (date: string) => `Terminou a ${date}`,
  trialEndsOn: (date: string) => `Avaliação gratuita até ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licenças atribuídas: ${assigned} de ${quantity}`,
  pastDueHint: 'Há uma fatura em atraso. Pague-a abaixo para que as licenças continuem a funcionar.',

  // Licenses
  licensesTitle: 'Quem tem licença',
  licensesFree: (free: number) =>
    plural('pt-PT', free, {
      one: 'Está disponível 1 licença.',
      many: `Estão disponíveis ${free} de licenças.`,
      other: `Estão disponíveis ${free} licenças.`,
    }),
  licensesNone: 'Ainda ninguém tem licença.',
  unassign: 'Remover',
  unassignLabel: (name: string) => `Remover a licença de ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Remover a licença de ${name}? Essa pessoa perde imediatamente o acesso ao ${product}.`,
  unassignYes: 'Remover licença',
  keep: 'Manter',
  unassigned: (name: string) => `A licença de ${name} foi removida.`,
  searchLabel: 'Procurar pessoas na sua organização',
  searchHint: 'Escreva um nome ou e-mail. Pode atribuir licenças a 20 pessoas, no máximo, de cada vez.',
  searchTooLong: (max: number) => `Escreva no máximo ${max} carateres.`,
  searchNone: (search: string) => `Ninguém na sua organização corresponde a «${search}».`,
  searching: 'A procurar…',
  resultsLabel: 'Pessoas encontradas',
  hasLicense: 'Tem licença',
  guestNotAssignable: 'Conta de convidado: não pode receber licença',
  selectedCount: (count: number) =>
    plural('pt-PT', count, {
      one: '1 pessoa selecionada',
      many: `${count} de pessoas selecionadas`,
      other: `${count} pessoas selecionadas`,
    }),
  tooManySelected: (max: number) => `Pode atribuir licenças a ${max} pessoas, no máximo, de cada vez.`,
  notEnoughFree: (free: number) =>
    plural('pt-PT', free, {
      one: 'Só está disponível 1 licença. Escolha menos pessoas ou adicione licenças primeiro.',
      many: `Só estão disponíveis ${free} de licenças. Escolha menos pessoas ou adicione licenças primeiro.`,
      other: `Só estão disponíveis ${free} licenças. Escolha menos pessoas ou adicione licenças primeiro.`,
    }),
  assignSubmit: (count: number) =>
    plural('pt-PT', count, {
      one: 'Atribuir 1 licença',
      many: `Atribuir ${count} de licenças`,
      other: `Atribuir ${count} licenças`,
    }),
  assigning: 'A atribuir…',
  assignedNotice: (count: number) =>
    plural('pt-PT', count, {
      one: '1 pessoa tem agora uma licença.',
      many: `${count} de pessoas têm agora uma licença.`,
      other: `${count} pessoas têm agora uma licença.`,
    }),
  assignFailedAlready: (name: string) => `${name} já tem uma licença.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} não pertence à sua organização, por isso não pode receber uma licença.`,
  assignFailedGuest: (name: string) => `${name} tem uma conta de convidado, por isso não pode receber uma licença.`,
  unassignFailed: (name: string) => `${name} não tem nenhuma licença para remover.`,

  // Number of licenses
  quantityTitle: 'Número de licenças',
  quantityLabel: 'Número total de licenças',
  quantityHint: (min: number, max: number) =>
    `De ${min} a ${max}. As licenças adicionadas são cobradas agora; as removidas saem na renovação.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('pt-PT', assigned, {
      one: 'Está atribuída 1 licença. Para ficar com menos, retire primeiro licenças a algumas pessoas.',
      many: `Estão atribuídas ${assigned} de licenças. Para ficar com menos, retire primeiro licenças a algumas pessoas.`,
      other: `Estão atribuídas ${assigned} licenças. Para ficar com menos, retire primeiro licenças a algumas pessoas.`,
    }),
  quantitySame: 'É o número que já tem. Introduza outro número.',
  quantityPreview: 'Rever a alteração',
  quantityPreviewing: 'A calcular…',
  previewIncrease: (added: number, amount: string) =>
    plural('pt-PT', added, {
      one: `Adicionar 1 licença custa ${amount} agora, pelo resto deste período.`,
      many: `Adicionar ${added} de licenças custa ${amount} agora, pelo resto deste período.`,
      other: `Adicionar ${added} licenças custa ${amount} agora, pelo resto deste período.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('pt-PT', removed, {
      one: `1 licença será removida a ${date}. Nada é cobrado nem reembolsado agora.`,
      many: `${removed} de licenças serão removidas a ${date}. Nada é cobrado nem reembolsado agora.`,
      other: `${removed} licenças serão removidas a ${date}. Nada é cobrado nem reembolsado agora.`,
    }),
  previewRecurring: (amount: string) => `A partir daí, cada renovação custa ${amount}.`,
  quantityConfirm: 'Confirmar',
  quantityChanging: 'A guardar…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('pt-PT', quantity, {
      one: `Tem agora 1 licença. Foi cobrado o valor de ${amount} no seu cartão.`,
      many: `Tem agora ${quantity} de licenças. Foi cobrado o valor de ${amount} no seu cartão.`,
      other: `Tem agora ${quantity} licenças. Foi cobrado o valor de ${amount} no seu cartão.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('pt-PT', quantity, {
      one: `Terá 1 licença a partir de ${date}.`,
      many: `Terá ${quantity} de licenças a partir de ${date}.`,
      other: `Terá ${quantity} licenças a partir de ${date}.`,
    }),

  // Cancel
  cancelTitle: 'Cancelar a subscrição',
  cancelExplain: (date: string) =>
    `Deixa de ser renovada. As licenças continuam a funcionar até ${date}; depois, todas as pessoas que tenham uma perdem o acesso.`,
  cancelSubmit: 'Cancelar a subscrição',
  cancelConfirm: 'Sim, cancelar',
  cancelKeep: 'Manter a subscrição',
  canceledNotice: (date: string) => `Cancelada. As licenças funcionam até ${date}.`,
  reactivate: 'Anular o cancelamento',
  reactivatedNotice: (date: string) => `A subscrição volta a ser renovada a ${date}.`,

  // Billing
  billingTitle: 'Faturação',
  cardLabel: 'Cartão',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} terminado em ${last4}, válido até ${expiry}`,
  cardNone: 'Não há nenhum cartão guardado.',
  cardUpdate: 'Atualizar cartão',
  cardSave: 'Guardar cartão',
  cardSaving: 'A guardar…',
  cardCancel: 'Cancelar',
  cardUpdated: (card: string) => `O seu cartão foi atualizado: ${card}.`,
  invoicesTitle: 'Faturas',
  invoicesNone: 'Ainda não há faturas.',
  invoiceNumber: 'Fatura',
  invoiceDate: 'Data',
  invoiceAmount: 'Montante',
  invoiceStatus: 'Estado',
  invoicePaid: 'Paga',
  invoiceOpen: 'Por pagar',
  invoicePastDue: 'Vencida',
  invoiceVoid: 'Anulada',
  invoicePay: 'Pagar',
  invoicePayLabel: (number: string, amount: string) => `Pagar a fatura ${number} (${amount})`,
  invoicePaying: 'A pagar…',
  invoicePdf: (number: string) => `Fatura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `A fatura ${number} está paga: ${amount}.`,

  // Order history
  historyTitle: 'Histórico de encomendas',
  historyChange: 'Alteração',
  historyLicenses: 'Licenças',
  orderPurchase: 'Compra',
  orderAdded: (count: number) =>
    plural('pt-PT', count, {
      one: '1 licença adicionada',
      many: `${count} de licenças adicionadas`,
      other: `${count} licenças adicionadas`,
    }),
  orderRemoved: (count: number) =>
    plural('pt-PT', count, {
      one: '1 licença removida',
      many: `${count} de licenças removidas`,
      other: `${count} licenças removidas`,
    }),
  orderRenewal: 'Renovação',
  orderCanceled: 'Cancelamento',
  orderReactivated: 'Cancelamento anulado',

  // Errors
  errorNotPurchaser:
    'Só a pessoa que comprou esta subscrição a pode gerir. Fale com essa pessoa ou com o seu administrador de TI.',
  errorSubscriptionNotFound: 'Não encontrámos esta subscrição na sua organização.',
  errorSubscriptionCanceled: 'Esta subscrição está cancelada. Anule primeiro o cancelamento.',
  errorSubscriptionExpired: 'Esta subscrição terminou.',
  errorInvalidSearch: 'Pesquise por nome ou e-mail, sem < nem >.',
  errorDuplicateUser: 'A mesma pessoa foi escolhida duas vezes. Escolha cada pessoa só uma vez.',
  errorInvoicePaid: 'Esta fatura já está paga (talvez noutra janela). Não foi cobrado mais nada.',
  errorInvoiceNotPayable: 'Esta fatura não pode ser paga aqui.',
  errorNoCard: 'Não há nenhum cartão guardado. Adicione primeiro um cartão.',
} satisfies ManageCatalog;
