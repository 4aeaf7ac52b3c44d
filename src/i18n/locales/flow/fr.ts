import type { FlowCatalog } from './en.js';

export const fr = {
  signInTitle: 'Connectez-vous pour continuer',
  signInIntro: (email: string, organization: string) =>
    `Connectez-vous en tant que ${email} avec votre compte ${organization}. Une fenêtre de connexion Microsoft s’ouvre.`,
  signInButton: 'Se connecter',
  signInPreparing: 'Préparation de la connexion…',
  signInBusy: 'Connexion…',
  signInRedirecting:
    'Votre navigateur a bloqué la fenêtre de connexion ; nous vous redirigeons vers la page de connexion…',
  signInCancel: 'Annuler',
  signInReopen: 'Rouvrir la fenêtre de connexion',
  signInStalled: 'Connexion toujours en attente. Si vous avez fermé la fenêtre de connexion, rouvrez-la ou annulez.',
  useDifferentEmail: 'Utiliser une autre adresse e-mail',
  checkingTitle: 'Vérification de ce que vous pouvez acheter…',
  seatsTitle: 'Combien de licences ?',
  seatsTitleAdd: 'Ajouter des licences',
  seatsExisting: (count: number, product: string) =>
    count < 2 ? `Vous avez déjà ${count} licence ${product}.` : `Vous avez déjà ${count} licences ${product}.`,
  seatsLabel: 'Nombre de licences',
  seatsHint: (min: number, max: number) => `De ${min} à ${max}. Vous les attribuerez ensuite à vos collègues.`,
  seatsDecrease: 'Une licence de moins',
  seatsIncrease: 'Une licence de plus',
  planLegend: 'Facturation',
  planMonthly: (price: string) => `Mensuelle : ${price} par licence et par mois`,
  planYearly: (price: string) => `Annuelle : ${price} par licence et par an`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} par mois`,
  totalYearly: (amount: string) => `${amount} par an`,
  taxExclusive: 'Taxes applicables en sus.',
  taxInclusive: 'Taxes comprises.',
  disclosuresTitle: 'Avant de payer',
  disclosureBilledToYou:
    'Vous payez avec votre propre carte de crédit. C’est vous, et non votre organisation, qui êtes facturé et responsable du paiement selon les conditions d’achat.',
  disclosureRenews: 'L’abonnement est renouvelé automatiquement jusqu’à ce que vous l’annuliez.',
  disclosurePrices:
    'Les prix peuvent différer de ceux que paie votre organisation pour ses achats centralisés ou via un partenaire.',
  disclosureAdminSees:
    'Votre administrateur informatique peut voir cet achat. Un administrateur peut attribuer des licences achetées de façon centralisée aux personnes qui l’utilisent, puis vous demander d’annuler l’abonnement.',
  disclosureDataOwner: (product: string) =>
    `Les données créées dans ${product} appartiennent à votre organisation, qui les contrôle.`,
  disclosureData:
    'Pour traiter l’achat, votre nom, votre adresse e-mail, votre adresse IP ainsi que les identifiants de locataire et d’utilisateur de votre organisation sont utilisés.',
  seatsSubmit: 'Continuer vers le paiement',
  seatsSubmitting: 'Préparation du paiement…',
  seatsErrorEmpty: 'Saisissez le nombre de licences.',
  seatsErrorWhole: 'Saisissez un nombre entier, par exemple 3.',
  seatsErrorMin: (min: number) => `Achetez-en au moins ${min}.`,
  seatsErrorMax: (max: number) => `Vous pouvez en acheter ${max} au maximum ici.`,
  trialTitle: (product: string) => `Essayer ${product} gratuitement`,
  trialIntro: (days: number) =>
    `Votre organisation autorise les essais gratuits. Commencez un essai de ${days} jours ; aucune carte de crédit n’est nécessaire.`,
  trialSubmit: 'Commencer l’essai gratuit',
  trialStarting: 'Démarrage de votre essai…',
  paymentTitle: 'Payer par carte',
  paymentSummary: (count: number, product: string, amount: string) =>
    count < 2 ? `${count} licence ${product} : ${amount}` : `${count} licences ${product} : ${amount}`,
  paymentCardOnly: 'La carte de crédit est le seul moyen de paiement.',
  paymentLoading: 'Chargement du formulaire de paiement sécurisé…',
  paymentSubmit: (amount: string) => `Payer ${amount}`,
  paymentPaying: 'Paiement…',
  paymentBack: 'Modifier les licences',
  paymentNotTwice: 'Vous ne serez pas débité deux fois.',
  processingTitle: 'Confirmation de votre paiement…',
  processingSlow:
    'Nous vérifions toujours l’état du paiement. Cela peut prendre une minute. Vous ne serez pas débité deux fois ; vous pouvez fermer cette fenêtre et revenir plus tard.',
  completeTitle: 'C’est fait',
  completeTrialTitle: 'Votre essai a commencé',
  completeSummary: (count: number, product: string, amount: string) =>
    count < 2
      ? `Vous avez acheté ${count} licence ${product} pour ${amount}.`
      : `Vous avez acheté ${count} licences ${product} pour ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count < 2
      ? `Vous avez ajouté ${count} licence ${product} pour ${amount}.`
      : `Vous avez ajouté ${count} licences ${product} pour ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Vous pouvez essayer ${product} jusqu’au ${date}.`,
  completeStart: (product: string) => `Commencer à utiliser ${product}`,
  completeAdmin: 'Attribuer des licences dans le centre d’administration',
  completeManage: 'Attribuer des licences maintenant',
  completeReceipt: 'Un reçu est en route vers votre adresse e-mail professionnelle.',
  completeRenews:
    'L’abonnement est renouvelé automatiquement jusqu’à ce que vous l’annuliez. Vous pouvez à tout moment attribuer des licences, ajouter ou supprimer des licences, mettre à jour votre carte ou annuler.',
  completeTrialEnds: (product: string, date: string) =>
    `À la fin de l’essai, le ${date}, ${product} cesse de fonctionner, sauf si vous l’achetez. Rien n’est débité.`,
  completeTerms: 'Conditions d’achat',
  completeSupport: 'Support standard de Microsoft',
  completeTraining: (product: string) => `Formation ${product}`,
  completeAdminHint:
    'Dans le centre d’administration Microsoft 365, vous pouvez attribuer des licences aux personnes de votre organisation (jusqu’à 20 à la fois), en acheter d’autres, annuler, mettre à jour votre carte et consulter les factures.',
  ineligibleTitle: 'Vous ne pouvez pas acheter ceci vous-même',
  reasonPersonalEmail:
    'Utilisez votre adresse e-mail professionnelle ou scolaire. Les adresses personnelles ne permettent pas d’acheter pour une organisation.',
  reasonNoTenant:
    'Nous n’avons trouvé aucune organisation qui utilise le domaine de cette adresse e-mail chez Microsoft.',
  reasonUnmanagedTenant:
    'Le locataire Microsoft Entra de votre organisation n’a pas encore d’administrateur. Un administrateur doit prendre le contrôle du locataire avant tout achat.',
  reasonGovernmentTenant: 'L’achat en libre-service n’est pas disponible pour les organisations gouvernementales.',
  reasonEducationTenant: 'L’achat en libre-service n’est pas disponible pour les établissements d’enseignement.',
  reasonGuestUser:
    'Vous êtes connecté en tant qu’invité dans cette organisation. Seuls ses propres membres peuvent acheter.',
  reasonMarketUnavailable: (product: string) =>
    `${product} ne peut pas être acheté en libre-service dans le pays ou la région de votre organisation.`,
  reasonDisabledByAdmin: (product: string) =>
    `Votre administrateur informatique a désactivé l’achat en libre-service de ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Votre administrateur informatique n’autorise que les essais gratuits sans moyen de paiement, et ${product} n’en propose pas.`,
  ineligibleContact: 'Contactez votre administrateur informatique pour l’obtenir.',
  ineligibleAdminMessage: (organization: string) => `Un message de ${organization} :`,
  ineligibleAdminLink: 'Ouvrir la page de demande de votre organisation',
  licenseRequestLabel: 'Message à votre administrateur (facultatif)',
  licenseRequestSubmit: 'Demander une licence à mon administrateur',
  licenseRequestSending: 'Envoi…',
  licenseRequestSent: 'Votre demande a été envoyée à votre administrateur.',
  errorTitle: 'Un problème est survenu',
  retry: 'Réessayer',
  startOver: 'Recommencer',
  errorOffline: 'Vous êtes hors connexion. Vérifiez votre connexion et réessayez.',
  errorTimeout: 'Le service de paiement a mis trop de temps à répondre. Réessayez.',
  errorRateLimited: (seconds: number) =>
    seconds < 2
      ? `Trop de tentatives. Réessayez dans ${seconds} seconde.`
      : `Trop de tentatives. Réessayez dans ${seconds} secondes.`,
  errorServer: 'Un problème est survenu de notre côté. Réessayez.',
  errorUnavailable: 'Le service de paiement est indisponible pour le moment. Réessayez dans un instant.',
  errorBadResponse: 'Nous avons reçu une réponse incompréhensible. Réessayez.',
  errorSession: 'Votre connexion a expiré. Reconnectez-vous.',
  errorQuantity: 'Ce nombre de licences ne peut pas être acheté. Modifiez-le et réessayez.',
  errorNotEligible: 'Votre compte ne peut pas acheter ce produit.',
  errorUnknown: 'Un problème est survenu. Réessayez.',
  errorPopupBlocked:
    'Votre navigateur a bloqué la fenêtre de connexion. Autorisez les fenêtres contextuelles pour cette page ou réessayez.',
  errorSignInCancelled: 'La connexion a été annulée. Connectez-vous pour continuer.',
  errorSignInBusy: 'Une autre connexion est déjà ouverte sur cette page. Terminez-la ou fermez-la, puis réessayez.',
  errorSignInFailed: 'La connexion n’a pas fonctionné. Réessayez.',
  errorAccountMismatch:
    'Vous vous êtes connecté avec un autre compte que l’adresse e-mail saisie. Connectez-vous avec cette adresse ou utilisez-en une autre.',
  errorCardDeclined: 'Votre carte a été refusée. Essayez une autre carte ou contactez votre banque.',
  errorInsufficientFunds: 'Les fonds de votre carte sont insuffisants. Essayez une autre carte.',
  errorExpiredCard: 'Votre carte a expiré. Vérifiez la date d’expiration ou utilisez une autre carte.',
  errorIncorrectCvc: 'Le code de sécurité est incorrect. Vérifiez le code au dos de votre carte.',
  errorAuthenticationFailed: 'Votre banque n’a pas pu vérifier le paiement. Réessayez ou utilisez une autre carte.',
  errorProcessing: 'Votre carte n’a pas pu être traitée. Réessayez dans un instant.',
  errorIncomplete: 'Complétez les informations de votre carte.',
  errorPaymentLoad: 'Le formulaire de paiement sécurisé n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  errorPaymentExpired: 'Le paiement a expiré avant d’être finalisé. Recommencez ; vous n’avez pas été débité.',
  errorPaymentFailed: 'Le paiement n’a pas abouti et vous n’avez pas été débité. Recommencez pour réessayer.',
} satisfies FlowCatalog;
