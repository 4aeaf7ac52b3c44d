import type { ManageCatalog } from './en.js';

// French typography: a no-break space (\u00a0) before : ; ? and inside « », so they never start a line.
export const fr = {
  manageTitle: 'Vos abonnements',
  manageLoading: 'Chargement de vos abonnements…',
  manageEmpty: 'Vous n’avez acheté aucun abonnement vous-même.',
  manageEmptyProduct: (product: string) => `Vous n’avez pas acheté ${product} vous-même.`,
  manageSignInTitle: 'Connectez-vous pour gérer vos abonnements',
  manageSignInIntro: 'Connectez-vous avec votre compte professionnel ou scolaire pour voir et gérer vos achats.',
  manageOpen: 'Gérer',
  manageOpenLabel: (product: string) => `Gérer ${product}`,
  manageBack: 'Tous les abonnements',
  manageNotice: 'Terminé',

  statusActive: 'Actif',
  statusTrialing: 'Essai gratuit',
  statusPastDue: 'Paiement en retard',
  statusCanceled: 'Annulé',
  statusExpired: 'Expiré',
  renewsOn: (date: string) => `Renouvellement le ${date}`,
  endsOn: (date: string) => `Prend fin le ${date}`,
  endedOn: (date: string) => `A pris fin le ${date}`,
  trialEndsOn: (date: string) => `Essai gratuit jusqu’au ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licences attribuées\u00a0: ${assigned} sur ${quantity}`,
  pastDueHint: 'Une facture est en retard. Payez-la ci-dessous pour que les licences continuent de fonctionner.',

  // Licenses
  licensesTitle: 'Qui a une licence',
  licensesFree: (free: number) =>
    free === 0 ? 'Aucune licence n’est libre.' : free === 1 ? '1 licence est libre.' : `${free} licences sont libres.`,
  licensesNone: 'Personne n’a encore de licence.',
  unassign: 'Retirer',
  unassignLabel: (name: string) => `Retirer la licence de ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Retirer la licence de ${name}\u00a0? Cette personne perdra immédiatement l’accès à ${product}.`,
  unassignYes: 'Retirer la licence',
  keep: 'Conserver',
  unassigned: (name: string) => `La licence de ${name} a été retirée.`,
  searchLabel: 'Rechercher des personnes dans votre organisation',
  searchHint:
    'Entrez un nom ou une adresse e-mail. Vous pouvez attribuer une licence à 20\u00a0personnes au maximum à la fois.',
  searchTooLong: (max: number) => `Entrez ${max}\u00a0caractères au maximum.`,
  searchNone: (search: string) => `Personne dans votre organisation ne correspond à «\u00a0${search}\u00a0».`,
  searching: 'Recherche…',
  resultsLabel: 'Personnes trouvées',
  hasLicense: 'A une licence',
  guestNotAssignable: 'Compte invité\u00a0: ne peut pas recevoir de licence',
  selectedCount: (count: number) =>
    count < 2 ? `${count}\u00a0personne sélectionnée` : `${count}\u00a0personnes sélectionnées`,
  tooManySelected: (max: number) => `Vous pouvez attribuer une licence à ${max}\u00a0personnes au maximum à la fois.`,
  notEnoughFree: (free: number) =>
    free === 0
      ? 'Aucune licence n’est libre. Choisissez moins de personnes ou ajoutez d’abord des licences.'
      : free === 1
        ? 'Une seule licence est libre. Choisissez moins de personnes ou ajoutez d’abord des licences.'
        : `Seules ${free}\u00a0licences sont libres. Choisissez moins de personnes ou ajoutez d’abord des licences.`,
  assignSubmit: (count: number) => (count < 2 ? `Attribuer ${count}\u00a0licence` : `Attribuer ${count}\u00a0licences`),
  assigning: 'Attribution…',
  assignedNotice: (count: number) =>
    count < 2
      ? `${count}\u00a0personne a maintenant une licence.`
      : `${count}\u00a0personnes ont maintenant une licence.`,
  assignFailedAlready: (name: string) => `${name} a déjà une licence.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} ne fait pas partie de votre organisation et ne peut donc pas recevoir de licence.`,
  assignFailedGuest: (name: string) => `${name} est un compte invité et ne peut donc pas recevoir de licence.`,
  unassignFailed: (name: string) => `${name} n’a aucune licence à retirer.`,

  // Number of licenses
  quantityTitle: 'Nombre de licences',
  quantityLabel: 'Nombre total de licences',
  quantityHint: (min: number, max: number) =>
    `De ${min} à ${max}. Les licences ajoutées sont facturées maintenant\u00a0; les licences retirées disparaissent au renouvellement.`,
  quantityBelowAssigned: (assigned: number) =>
    assigned < 2
      ? `${assigned}\u00a0licence est attribuée. Retirez des licences à des personnes avant de descendre en dessous.`
      : `${assigned}\u00a0licences sont attribuées. Retirez des licences à des personnes avant de descendre en dessous.`,
  quantitySame: 'C’est déjà votre nombre de licences. Entrez un autre nombre.',
  quantityPreview: 'Vérifier la modification',
  quantityPreviewing: 'Calcul…',
  previewIncrease: (added: number, amount: string) =>
    added < 2
      ? `L’ajout de ${added}\u00a0licence coûte ${amount} maintenant, pour le reste de cette période.`
      : `L’ajout de ${added}\u00a0licences coûte ${amount} maintenant, pour le reste de cette période.`,
  previewDecrease: (removed: number, date: string) =>
    removed < 2
      ? `${removed}\u00a0licence sera retirée le ${date}. Rien n’est facturé ni remboursé maintenant.`
      : `${removed}\u00a0licences seront retirées le ${date}. Rien n’est facturé ni remboursé maintenant.`,
  previewRecurring: (amount: string) => `Ensuite, chaque renouvellement coûtera ${amount}.`,
  quantityConfirm: 'Confirmer',
  quantityChanging: 'Enregistrement…',
  quantityAdded: (quantity: number, amount: string) =>
    quantity < 2
      ? `Vous avez maintenant ${quantity}\u00a0licence. Un montant de ${amount} a été débité de votre carte.`
      : `Vous avez maintenant ${quantity}\u00a0licences. Un montant de ${amount} a été débité de votre carte.`,
  quantityScheduled: (quantity: number, date: string) =>
    quantity < 2
      ? `Vous aurez ${quantity}\u00a0licence à partir du ${date}.`
      : `Vous aurez ${quantity}\u00a0licences à partir du ${date}.`,

  // Cancel
  cancelTitle: 'Annuler l’abonnement',
  cancelExplain: (date: string) =>
    `Il ne sera plus renouvelé. Les licences fonctionnent jusqu’au ${date}\u00a0; ensuite, toutes les personnes qui en ont une perdent l’accès.`,
  cancelSubmit: 'Annuler l’abonnement',
  cancelConfirm: 'Oui, l’annuler',
  cancelKeep: 'Conserver l’abonnement',
  canceledNotice: (date: string) => `Annulé. Les licences fonctionnent jusqu’au ${date}.`,
  reactivate: 'Revenir sur l’annulation',
  reactivatedNotice: (date: string) => `L’abonnement sera de nouveau renouvelé le ${date}.`,

  // Billing
  billingTitle: 'Facturation',
  cardLabel: 'Carte',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} se terminant par ${last4}, expiration\u00a0: ${expiry}`,
  cardNone: 'Aucune carte n’est enregistrée.',
  cardUpdate: 'Mettre à jour la carte',
  cardSave: 'Enregistrer la carte',
  cardSaving: 'Enregistrement…',
  cardCancel: 'Annuler',
  cardUpdated: (card: string) => `Votre carte a été mise à jour\u00a0: ${card}.`,
  invoicesTitle: 'Factures',
  invoicesNone: 'Aucune facture pour l’instant.',
  invoiceNumber: 'Facture',
  invoiceDate: 'Date',
  invoiceAmount: 'Montant',
  invoiceStatus: 'État',
  invoicePaid: 'Payée',
  invoiceOpen: 'À payer',
  invoicePastDue: 'En retard',
  invoiceVoid: 'Annulée',
  invoicePay: 'Payer',
  invoicePayLabel: (number: string, amount: string) => `Payer la facture ${number} (${amount})`,
  invoicePaying: 'Paiement…',
  invoicePdf: (number: string) => `Facture ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `La facture ${number} est payée\u00a0: ${amount}.`,

  // Order history
  historyTitle: 'Historique des commandes',
  historyChange: 'Modification',
  historyLicenses: 'Licences',
  orderPurchase: 'Achat',
  orderAdded: (count: number) => (count < 2 ? `${count}\u00a0licence ajoutée` : `${count}\u00a0licences ajoutées`),
  orderRemoved: (count: number) => (count < 2 ? `${count}\u00a0licence retirée` : `${count}\u00a0licences retirées`),
  orderRenewal: 'Renouvellement',
  orderCanceled: 'Annulation',
  orderReactivated: 'Annulation retirée',

  // Errors
  errorNotPurchaser:
    'Seule la personne qui a acheté cet abonnement peut le gérer. Demandez-lui, ou adressez-vous à votre administrateur informatique.',
  errorSubscriptionNotFound: 'Nous n’avons pas trouvé cet abonnement dans votre organisation.',
  errorSubscriptionCanceled: 'Cet abonnement est annulé. Revenez d’abord sur l’annulation.',
  errorSubscriptionExpired: 'Cet abonnement a pris fin.',
  errorInvalidSearch: 'Recherchez un nom ou une adresse e-mail, sans < ni >.',
  errorDuplicateUser: 'La même personne a été choisie deux fois. Choisissez chaque personne une seule fois.',
  errorInvoicePaid:
    'Cette facture est déjà payée (peut-être dans une autre fenêtre). Aucun montant supplémentaire n’a été débité.',
  errorInvoiceNotPayable: 'Cette facture ne peut pas être payée ici.',
  errorNoCard: 'Aucune carte n’est enregistrée. Mettez d’abord votre carte à jour.',
} satisfies ManageCatalog;
