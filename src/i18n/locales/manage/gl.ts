import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const gl = {
  manageTitle: 'As túas subscricións',
  manageLoading: 'Cargando as túas subscricións…',
  manageEmpty: 'Non compraches ningunha subscrición pola túa conta.',
  manageEmptyProduct: (product: string) => `Non compraches ${product} pola túa conta.`,
  manageSignInTitle: 'Inicia sesión para xestionar as túas subscricións',
  manageSignInIntro: 'Inicia sesión coa túa conta profesional ou educativa para ver e xestionar o que compraches.',
  manageOpen: 'Xestionar',
  manageOpenLabel: (product: string) => `Xestionar ${product}`,
  manageBack: 'Todas as subscricións',
  manageNotice: 'Feito',

  statusActive: 'Activa',
  statusTrialing: 'Proba gratuíta',
  statusPastDue: 'Pagamento atrasado',
  statusCanceled: 'Cancelada',
  statusExpired: 'Caducada',
  renewsOn: (date: string) => `Renóvase o ${date}`,
  endsOn: (date: string) => `Remata o ${date}`,
  endedOn: (date: string) => `Rematou o ${date}`,
  trialEndsOn: (date: string) => `Proba gratuíta ata o ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licenzas asignadas: ${assigned} de ${quantity}`,
  pastDueHint: 'Hai unha factura vencida. Págaa a continuación para que as licenzas sigan funcionando.',

  // Licenses
  licensesTitle: 'Quen ten licenza',
  licensesFree: (free: number) =>
    plural('gl', free, { one: 'Hai 1 licenza dispoñible.', other: `Hai ${free} licenzas dispoñibles.` }),
  licensesNone: 'Aínda ninguén ten licenza.',
  unassign: 'Quitar',
  unassignLabel: (name: string) => `Quitarlle a licenza a ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Queres quitarlle a licenza a ${name}? Perderá o acceso a ${product} de inmediato.`,
  unassignYes: 'Quitar a licenza',
  keep: 'Conservala',
  unassigned: (name: string) => `Quitóuselle a licenza a ${name}.`,
  searchLabel: 'Buscar persoas na túa organización',
  searchHint: 'Escribe un nome ou un correo electrónico. Podes asignar licenzas a 20 persoas como máximo á vez.',
  searchTooLong: (max: number) => `Escribe como máximo ${max} caracteres.`,
  searchNone: (search: string) => `Ninguén da túa organización coincide con «${search}».`,
  searching: 'Buscando…',
  resultsLabel: 'Persoas atopadas',
  hasLicense: 'Ten licenza',
  guestNotAssignable: 'Conta de convidado: non pode recibir licenza',
  selectedCount: (count: number) =>
    plural('gl', count, { one: '1 persoa seleccionada', other: `${count} persoas seleccionadas` }),
  tooManySelected: (max: number) => `Podes asignar licenzas a ${max} persoas como máximo á vez.`,
  notEnoughFree: (free: number) =>
    plural('gl', free, {
      one: 'Só hai 1 licenza dispoñible. Escolle menos persoas ou engade licenzas primeiro.',
      other: `Só hai ${free} licenzas dispoñibles. Escolle menos persoas ou engade licenzas primeiro.`,
    }),
  assignSubmit: (count: number) =>
    plural('gl', count, { one: 'Asignar 1 licenza', other: `Asignar ${count} licenzas` }),
  assigning: 'Asignando…',
  assignedNotice: (count: number) =>
    plural('gl', count, { one: '1 persoa xa ten licenza.', other: `${count} persoas xa teñen licenza.` }),
  assignFailedAlready: (name: string) => `${name} xa ten unha licenza.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} non está na túa organización, así que non pode recibir unha licenza.`,
  assignFailedGuest: (name: string) => `${name} ten unha conta de convidado, así que non pode recibir unha licenza.`,
  unassignFailed: (name: string) => `${name} non ten ningunha licenza que quitar.`,

  // Number of licenses
  quantityTitle: 'Número de licenzas',
  quantityLabel: 'Número total de licenzas',
  quantityHint: (min: number, max: number) =>
    `De ${min} a ${max}. As licenzas engadidas cóbranse agora; as que quites retíranse na renovación.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('gl', assigned, {
      one: 'Hai 1 licenza asignada. Para ter menos, primeiro quítalles licenzas a algunhas persoas.',
      other: `Hai ${assigned} licenzas asignadas. Para ter menos, primeiro quítalles licenzas a algunhas persoas.`,
    }),
  quantitySame: 'Ese é o número que xa tes. Escribe outro.',
  quantityPreview: 'Revisar o cambio',
  quantityPreviewing: 'Calculando…',
  previewIncrease: (added: number, amount: string) =>
    plural('gl', added, {
      one: `Engadir 1 licenza custa ${amount} agora, polo que resta deste período.`,
      other: `Engadir ${added} licenzas custa ${amount} agora, polo que resta deste período.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('gl', removed, {
      one: `Retirarase 1 licenza o ${date}. Agora non se cobra nin se reembolsa nada.`,
      other: `Retiraranse ${removed} licenzas o ${date}. Agora non se cobra nin se reembolsa nada.`,
    }),
  previewRecurring: (amount: string) => `A partir de entón, cada renovación custa ${amount}.`,
  quantityConfirm: 'Confirmar',
  quantityChanging: 'Gardando…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('gl', quantity, {
      one: `Agora tes 1 licenza. Cobrouse o importe de ${amount} na túa tarxeta.`,
      other: `Agora tes ${quantity} licenzas. Cobrouse o importe de ${amount} na túa tarxeta.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('gl', quantity, {
      one: `Terás 1 licenza a partir do ${date}.`,
      other: `Terás ${quantity} licenzas a partir do ${date}.`,
    }),

  // Cancel
  cancelTitle: 'Cancelar a subscrición',
  cancelExplain: (date: string) =>
    `Deixará de renovarse. As licenzas funcionan ata o ${date}; despois, todas as persoas que teñan unha perderán o acceso.`,
  cancelSubmit: 'Cancelar a subscrición',
  cancelConfirm: 'Si, cancelala',
  cancelKeep: 'Conservar a subscrición',
  canceledNotice: (date: string) => `Cancelouse. As licenzas funcionan ata o ${date}.`,
  reactivate: 'Desfacer a cancelación',
  reactivatedNotice: (date: string) => `A subscrición volverá renovarse o ${date}.`,

  // Billing
  billingTitle: 'Facturación',
  cardLabel: 'Tarxeta',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} rematada en ${last4}, caduca o ${expiry}`,
  cardNone: 'Non hai ningunha tarxeta gardada.',
  cardUpdate: 'Actualizar a tarxeta',
  cardSave: 'Gardar a tarxeta',
  cardSaving: 'Gardando…',
  cardCancel: 'Cancelar',
  cardUpdated: (card: string) => `Actualizouse a túa tarxeta: ${card}.`,
  invoicesTitle: 'Facturas',
  invoicesNone: 'Aínda non hai facturas.',
  invoiceNumber: 'Factura',
  invoiceDate: 'Data',
  invoiceAmount: 'Importe',
  invoiceStatus: 'Estado',
  invoicePaid: 'Pagada',
  invoiceOpen: 'Pendente',
  invoicePastDue: 'Vencida',
  invoiceVoid: 'Anulada',
  invoicePay: 'Pagar',
  invoicePayLabel: (number: string, amount: string) => `Pagar a factura ${number} (${amount})`,
  invoicePaying: 'Pagando…',
  invoicePdf: (number: string) => `Factura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `A factura ${number} está pagada: ${amount}.`,

  // Order history
  historyTitle: 'Historial de pedidos',
  historyChange: 'Cambio',
  historyLicenses: 'Licenzas',
  orderPurchase: 'Compra',
  orderAdded: (count: number) =>
    plural('gl', count, { one: '1 licenza engadida', other: `${count} licenzas engadidas` }),
  orderRemoved: (count: number) =>
    plural('gl', count, { one: '1 licenza retirada', other: `${count} licenzas retiradas` }),
  orderRenewal: 'Renovación',
  orderCanceled: 'Cancelación',
  orderReactivated: 'Cancelación desfeita',

  // Errors
  errorNotPurchaser:
    'Só a persoa que comprou esta subscrición pode xestionala. Pídello a esa persoa ou ao teu administrador de TI.',
  errorSubscriptionNotFound: 'Non atopamos esta subscrición na túa organización.',
  errorSubscriptionCanceled: 'Esta subscrición está cancelada. Desfai primeiro a cancelación.',
  errorSubscriptionExpired: 'Esta subscrición rematou.',
  errorInvalidSearch: 'Busca por nome ou correo electrónico, sen < nin >.',
  errorDuplicateUser: 'Escolleuse a mesma persoa dúas veces. Escolle cada persoa só unha vez.',
  errorInvoicePaid: 'Esta factura xa está pagada (quizais noutra xanela). Non se cobrou nada máis.',
  errorInvoiceNotPayable: 'Esta factura non se pode pagar aquí.',
  errorNoCard: 'Non hai ningunha tarxeta gardada. Engade unha tarxeta primeiro.',
} satisfies ManageCatalog;
