import type { ManageCatalog } from './en.js';

export const es = {
  manageTitle: 'Tus suscripciones',
  manageLoading: 'Cargando tus suscripciones…',
  manageEmpty: 'No has comprado ninguna suscripción por tu cuenta.',
  manageEmptyProduct: (product: string) => `No has comprado ${product} por tu cuenta.`,
  manageSignInTitle: 'Inicia sesión para administrar tus suscripciones',
  manageSignInIntro: 'Inicia sesión con tu cuenta profesional o educativa para ver y administrar lo que has comprado.',
  manageOpen: 'Administrar',
  manageOpenLabel: (product: string) => `Administrar ${product}`,
  manageBack: 'Todas las suscripciones',
  manageNotice: 'Listo',

  statusActive: 'Activa',
  statusTrialing: 'Prueba gratuita',
  statusPastDue: 'Pago vencido',
  statusCanceled: 'Cancelada',
  statusExpired: 'Expirada',
  renewsOn: (date: string) => `Se renueva el ${date}`,
  endsOn: (date: string) => `Finaliza el ${date}`,
  endedOn: (date: string) => `Finalizó el ${date}`,
  trialEndsOn: (date: string) => `Prueba gratuita hasta el ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licencias asignadas: ${assigned} de ${quantity}`,
  pastDueHint: 'Hay una factura vencida. Págala a continuación para que las licencias sigan funcionando.',

  // Licenses
  licensesTitle: 'Quién tiene licencia',
  licensesFree: (free: number) => (free === 1 ? 'Hay 1 licencia libre.' : `Hay ${free} licencias libres.`),
  licensesNone: 'Nadie tiene licencia todavía.',
  unassign: 'Quitar',
  unassignLabel: (name: string) => `Quitar la licencia a ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `¿Quieres quitar la licencia a ${name}? Perderá el acceso a ${product} de inmediato.`,
  unassignYes: 'Quitar licencia',
  keep: 'Conservar',
  unassigned: (name: string) => `Se ha quitado la licencia a ${name}.`,
  searchLabel: 'Buscar personas de tu organización',
  searchHint:
    'Escribe un nombre o un correo electrónico. Puedes asignar licencias a un máximo de 20 personas a la vez.',
  searchTooLong: (max: number) => `Escribe ${max} caracteres como máximo.`,
  searchNone: (search: string) => `Nadie de tu organización coincide con «${search}».`,
  searching: 'Buscando…',
  resultsLabel: 'Personas encontradas',
  hasLicense: 'Tiene licencia',
  guestNotAssignable: 'Cuenta de invitado: no puede tener licencia',
  selectedCount: (count: number) => (count === 1 ? '1 persona seleccionada' : `${count} personas seleccionadas`),
  tooManySelected: (max: number) => `Puedes asignar licencias a un máximo de ${max} personas a la vez.`,
  notEnoughFree: (free: number) =>
    free === 1
      ? 'Solo hay 1 licencia libre. Elige menos personas o añade licencias primero.'
      : `Solo hay ${free} licencias libres. Elige menos personas o añade licencias primero.`,
  assignSubmit: (count: number) => (count === 1 ? 'Asignar 1 licencia' : `Asignar ${count} licencias`),
  assigning: 'Asignando…',
  assignedNotice: (count: number) =>
    count === 1 ? 'Ahora 1 persona tiene licencia.' : `Ahora ${count} personas tienen licencia.`,
  assignFailedAlready: (name: string) => `${name} ya tiene una licencia.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} no pertenece a tu organización, así que no puede tener una licencia.`,
  assignFailedGuest: (name: string) => `${name} es una cuenta de invitado, así que no puede tener una licencia.`,
  unassignFailed: (name: string) => `${name} no tiene ninguna licencia que quitar.`,

  // Number of licenses
  quantityTitle: 'Número de licencias',
  quantityLabel: 'Número total de licencias',
  quantityHint: (min: number, max: number) =>
    `De ${min} a ${max}. Las licencias añadidas se cobran ahora; las que quites desaparecen en la renovación.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned === 1
      ? 'Hay 1 licencia asignada. Quita licencias a algunas personas antes de bajar de ese número.'
      : `Hay ${assigned} licencias asignadas. Quita licencias a algunas personas antes de bajar de ese número.`,
  quantitySame: 'Ya tienes ese número de licencias. Escribe otro número.',
  quantityPreview: 'Revisar el cambio',
  quantityPreviewing: 'Calculando…',
  previewIncrease: (added: number, amount: string) =>
    added === 1
      ? `Añadir 1 licencia cuesta ${amount} ahora, por el resto de este período.`
      : `Añadir ${added} licencias cuesta ${amount} ahora, por el resto de este período.`,
  previewDecrease: (removed: number, date: string) =>
    removed === 1
      ? `Se quitará 1 licencia el ${date}. Ahora no se cobra ni se reembolsa nada.`
      : `Se quitarán ${removed} licencias el ${date}. Ahora no se cobra ni se reembolsa nada.`,
  previewRecurring: (amount: string) => `A partir de entonces, cada renovación cuesta ${amount}.`,
  quantityConfirm: 'Confirmar',
  quantityChanging: 'Guardando…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity === 1
      ? `Ahora tienes 1 licencia. Se ha cargado un importe de ${amount} en tu tarjeta.`
      : `Ahora tienes ${quantity} licencias. Se ha cargado un importe de ${amount} en tu tarjeta.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity === 1 ? `Tendrás 1 licencia a partir del ${date}.` : `Tendrás ${quantity} licencias a partir del ${date}.`,

  // Cancel
  cancelTitle: 'Cancelar la suscripción',
  cancelExplain: (date: string) =>
    `Dejará de renovarse. Las licencias funcionan hasta el ${date}; después, todas las personas que tengan una perderán el acceso.`,
  cancelSubmit: 'Cancelar la suscripción',
  cancelConfirm: 'Sí, cancelarla',
  cancelKeep: 'Mantener la suscripción',
  canceledNotice: (date: string) => `Cancelada. Las licencias funcionan hasta el ${date}.`,
  reactivate: 'Deshacer la cancelación',
  reactivatedNotice: (date: string) => `La suscripción se renovará de nuevo el ${date}.`,

  // Billing
  billingTitle: 'Facturación',
  cardLabel: 'Tarjeta',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} terminada en ${last4}, caduca: ${expiry}`,
  cardNone: 'No hay ninguna tarjeta guardada.',
  cardUpdate: 'Actualizar tarjeta',
  cardSave: 'Guardar tarjeta',
  cardSaving: 'Guardando…',
  cardCancel: 'Cancelar',
  cardUpdated: (card: string) => `Se ha actualizado tu tarjeta: ${card}.`,
  invoicesTitle: 'Facturas',
  invoicesNone: 'Todavía no hay facturas.',
  invoiceNumber: 'Factura',
  invoiceDate: 'Fecha',
  invoiceAmount: 'Importe',
  invoiceStatus: 'Estado',
  invoicePaid: 'Pagada',
  invoiceOpen: 'Pendiente',
  invoicePastDue: 'Vencida',
  invoiceVoid: 'Anulada',
  invoicePay: 'Pagar',
  invoicePayLabel: (number: string, amount: string) => `Pagar la factura ${number} (${amount})`,
  invoicePaying: 'Pagando…',
  invoicePdf: (number: string) => `Factura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `La factura ${number} está pagada: ${amount}.`,

  // Order history
  historyTitle: 'Historial de pedidos',
  historyChange: 'Cambio',
  historyLicenses: 'Licencias',
  orderPurchase: 'Compra',
  orderAdded: (count: number) => (count === 1 ? '1 licencia añadida' : `${count} licencias añadidas`),
  orderRemoved: (count: number) => (count === 1 ? '1 licencia quitada' : `${count} licencias quitadas`),
  orderRenewal: 'Renovación',
  orderCanceled: 'Cancelación',
  orderReactivated: 'Cancelación deshecha',

  // Errors
  errorNotPurchaser:
    'Solo la persona que compró esta suscripción puede administrarla. Pídeselo a esa persona o a tu administrador de TI.',
  errorSubscriptionNotFound: 'No hemos encontrado esta suscripción en tu organización.',
  errorSubscriptionCanceled: 'Esta suscripción está cancelada. Deshaz primero la cancelación.',
  errorSubscriptionExpired: 'Esta suscripción ha finalizado.',
  errorInvalidSearch: 'Busca por nombre o correo electrónico, sin < ni >.',
  errorDuplicateUser: 'Has elegido a la misma persona dos veces. Elige a cada persona una sola vez.',
  errorInvoicePaid: 'Esta factura ya está pagada (quizá en otra ventana). No se ha cobrado nada más.',
  errorInvoiceNotPayable: 'Esta factura no se puede pagar aquí.',
  errorNoCard: 'No hay ninguna tarjeta guardada. Actualiza primero tu tarjeta.',
} satisfies ManageCatalog;
