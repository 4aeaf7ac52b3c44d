import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const ca = {
  manageTitle: 'Les teves subscripcions',
  manageLoading: 'S’estan carregant les subscripcions…',
  manageEmpty: 'No has comprat cap subscripció pel teu compte.',
  manageEmptyProduct: (product: string) => `No has comprat ${product} pel teu compte.`,
  manageSignInTitle: 'Inicia la sessió per gestionar les subscripcions',
  manageSignInIntro:
    'Inicia la sessió amb el compte de la feina o de l’escola per veure i gestionar el que has comprat.',
  manageOpen: 'Gestiona',
  manageOpenLabel: (product: string) => `Gestiona ${product}`,
  manageBack: 'Totes les subscripcions',
  manageNotice: 'Fet',

  statusActive: 'Activa',
  statusTrialing: 'Prova gratuïta',
  statusPastDue: 'Pagament endarrerit',
  statusCanceled: 'Cancel·lada',
  statusExpired: 'Caducada',
  renewsOn: (date: string) => `Es renova el dia ${date}`,
  endsOn: (date: string) => `Acaba el dia ${date}`,
  endedOn: (date: string) => `Va acabar el dia ${date}`,
  trialEndsOn: (date: string) => `Prova gratuïta fins al dia ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Llicències assignades: ${assigned} de ${quantity}`,
  pastDueHint: 'Hi ha una factura endarrerida. Paga-la a continuació perquè les llicències continuïn funcionant.',

  // Licenses
  licensesTitle: 'Qui té llicència',
  licensesFree: (free: number) =>
    plural('ca', free, {
      one: 'Hi ha 1 llicència disponible.',
      many: `Hi ha ${free} de llicències disponibles.`,
      other: `Hi ha ${free} llicències disponibles.`,
    }),
  licensesNone: 'Encara ningú no té llicència.',
  unassign: 'Treu',
  unassignLabel: (name: string) => `Treu la llicència a ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Vols treure la llicència a ${name}? Perdrà l’accés a ${product} immediatament.`,
  unassignYes: 'Treu la llicència',
  keep: 'Conserva-la',
  unassigned: (name: string) => `S’ha tret la llicència a ${name}.`,
  searchLabel: 'Cerca persones de la teva organització',
  searchHint: 'Escriu un nom o un correu electrònic. Pots assignar llicències a 20 persones com a màxim alhora.',
  searchTooLong: (max: number) => `Escriu com a màxim ${max} caràcters.`,
  searchNone: (search: string) => `Ningú de la teva organització no coincideix amb «${search}».`,
  searching: 'S’està cercant…',
  resultsLabel: 'Persones trobades',
  hasLicense: 'Té llicència',
  guestNotAssignable: 'Compte de convidat: no pot rebre cap llicència',
  selectedCount: (count: number) =>
    plural('ca', count, {
      one: '1 persona seleccionada',
      many: `${count} de persones seleccionades`,
      other: `${count} persones seleccionades`,
    }),
  tooManySelected: (max: number) => `Pots assignar llicències a ${max} persones com a màxim alhora.`,
  notEnoughFree: (free: number) =>
    plural('ca', free, {
      one: 'Només hi ha 1 llicència disponible. Tria menys persones o primer afegeix llicències.',
      many: `Només hi ha ${free} de llicències disponibles. Tria menys persones o primer afegeix llicències.`,
      other: `Només hi ha ${free} llicències disponibles. Tria menys persones o primer afegeix llicències.`,
    }),
  assignSubmit: (count: number) =>
    plural('ca', count, {
      one: 'Assigna 1 llicència',
      many: `Assigna ${count} de llicències`,
      other: `Assigna ${count} llicències`,
    }),
  assigning: 'S’està assignant…',
  assignedNotice: (count: number) =>
    plural('ca', count, {
      one: '1 persona ja té llicència.',
      many: `${count} de persones ja tenen llicència.`,
      other: `${count} persones ja tenen llicència.`,
    }),
  assignFailedAlready: (name: string) => `${name} ja té una llicència.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} no és de la teva organització, així que no pot rebre cap llicència.`,
  assignFailedGuest: (name: string) => `${name} té un compte de convidat, així que no pot rebre cap llicència.`,
  unassignFailed: (name: string) => `${name} no té cap llicència per treure.`,

  // Number of licenses
  quantityTitle: 'Nombre de llicències',
  quantityLabel: 'Nombre total de llicències',
  quantityHint: (min: number, max: number) =>
    `De ${min} a ${max}. Les llicències afegides es cobren ara; les que treguis es retiren en la renovació.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('ca', assigned, {
      one: 'Hi ha 1 llicència assignada. Per tenir-ne menys, primer treu llicències a algunes persones.',
      many: `Hi ha ${assigned} de llicències assignades. Per tenir-ne menys, primer treu llicències a algunes persones.`,
      other: `Hi ha ${assigned} llicències assignades. Per tenir-ne menys, primer treu llicències a algunes persones.`,
    }),
  quantitySame: 'Aquest és el nombre que ja tens. Introdueix-ne un altre.',
  quantityPreview: 'Revisa el canvi',
  quantityPreviewing: 'S’està calculant…',
  previewIncrease: (added: number, amount: string) =>
    plural('ca', added, {
      one: `Afegir 1 llicència costa ${amount} ara, per la resta d’aquest període.`,
      many: `Afegir ${added} de llicències costa ${amount} ara, per la resta d’aquest període.`,
      other: `Afegir ${added} llicències costa ${amount} ara, per la resta d’aquest període.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('ca', removed, {
      one: `Es retirarà 1 llicència el dia ${date}. Ara no es cobra ni es reemborsa res.`,
      many: `Es retiraran ${removed} de llicències el dia ${date}. Ara no es cobra ni es reemborsa res.`,
      other: `Es retiraran ${removed} llicències el dia ${date}. Ara no es cobra ni es reemborsa res.`,
    }),
  previewRecurring: (amount: string) => `A partir d’aleshores, cada renovació costa ${amount}.`,
  quantityConfirm: 'Confirma',
  quantityChanging: 'S’està desant…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('ca', quantity, {
      one: `Ara tens 1 llicència. S’ha cobrat l’import de ${amount} a la targeta.`,
      many: `Ara tens ${quantity} de llicències. S’ha cobrat l’import de ${amount} a la targeta.`,
      other: `Ara tens ${quantity} llicències. S’ha cobrat l’import de ${amount} a la targeta.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('ca', quantity, {
      one: `Tindràs 1 llicència a partir del dia ${date}.`,
      many: `Tindràs ${quantity} de llicències a partir del dia ${date}.`,
      other: `Tindràs ${quantity} llicències a partir del dia ${date}.`,
    }),

  // Cancel
  cancelTitle: 'Cancel·la la subscripció',
  cancelExplain: (date: string) =>
    `Deixarà de renovar-se. Les llicències funcionen fins al dia ${date}; després, tothom que en tingui una en perdrà l’accés.`,
  cancelSubmit: 'Cancel·la la subscripció',
  cancelConfirm: 'Sí, cancel·la-la',
  cancelKeep: 'Conserva la subscripció',
  canceledNotice: (date: string) => `S’ha cancel·lat. Les llicències funcionen fins al dia ${date}.`,
  reactivate: 'Desfés la cancel·lació',
  reactivatedNotice: (date: string) => `La subscripció es tornarà a renovar el dia ${date}.`,

  // Billing
  billingTitle: 'Facturació',
  cardLabel: 'Targeta',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} acabada en ${last4}, caduca el ${expiry}`,
  cardNone: 'No hi ha cap targeta desada.',
  cardUpdate: 'Actualitza la targeta',
  cardSave: 'Desa la targeta',
  cardSaving: 'S’està desant…',
  cardCancel: 'Cancel·la',
  cardUpdated: (card: string) => `S’ha actualitzat la targeta: ${card}.`,
  invoicesTitle: 'Factures',
  invoicesNone: 'Encara no hi ha cap factura.',
  invoiceNumber: 'Factura',
  invoiceDate: 'Data',
  invoiceAmount: 'Import',
  invoiceStatus: 'Estat',
  invoicePaid: 'Pagada',
  invoiceOpen: 'Pendent',
  invoicePastDue: 'Vençuda',
  invoiceVoid: 'Anul·lada',
  invoicePay: 'Paga',
  invoicePayLabel: (number: string, amount: string) => `Paga la factura ${number} (${amount})`,
  invoicePaying: 'S’està pagant…',
  invoicePdf: (number: string) => `Factura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `La factura ${number} està pagada: ${amount}.`,

  // Order history
  historyTitle: 'Historial de comandes',
  historyChange: 'Canvi',
  historyLicenses: 'Llicències',
  orderPurchase: 'Compra',
  orderAdded: (count: number) =>
    plural('ca', count, {
      one: '1 llicència afegida',
      many: `${count} de llicències afegides`,
      other: `${count} llicències afegides`,
    }),
  orderRemoved: (count: number) =>
    plural('ca', count, {
      one: '1 llicència retirada',
      many: `${count} de llicències retirades`,
      other: `${count} llicències retirades`,
    }),
  orderRenewal: 'Renovació',
  orderCanceled: 'Cancel·lació',
  orderReactivated: 'Cancel·lació desfeta',

  // Errors
  errorNotPurchaser:
    'Només la persona que ha comprat aquesta subscripció la pot gestionar. Demana-ho a aquesta persona o a l’administrador de TI.',
  errorSubscriptionNotFound: 'No hem trobat aquesta subscripció a la teva organització.',
  errorSubscriptionCanceled: 'Aquesta subscripció està cancel·lada. Primer desfés la cancel·lació.',
  errorSubscriptionExpired: 'Aquesta subscripció ha acabat.',
  errorInvalidSearch: 'Cerca per nom o correu electrònic, sense < ni >.',
  errorDuplicateUser: 'S’ha triat la mateixa persona dues vegades. Tria cada persona només una vegada.',
  errorInvoicePaid: 'Aquesta factura ja està pagada (potser en una altra finestra). No s’ha cobrat res més.',
  errorInvoiceNotPayable: 'Aquesta factura no es pot pagar aquí.',
  errorNoCard: 'No hi ha cap targeta desada. Primer afegeix-ne una.',
} satisfies ManageCatalog;
