import type { StartCatalog } from './en.js';

export const fr = {
  buyButtonLabel: (product: string) => `Acheter ${product}`,
  buyButtonLabelGeneric: 'Acheter des licences',
  dialogClose: 'Fermer',
  loading: 'Chargement…',
  configUnknownProduct: (product: string) =>
    `Ce bouton d’achat n’est pas configuré correctement : « ${product} » ne peut pas être acheté ici.`,
  configApiBase:
    'Ce formulaire d’achat n’est pas configuré correctement : l’adresse du service de paiement est absente ou non sécurisée (https).',
  configAuth: 'Ce formulaire d’achat n’est pas configuré correctement : les paramètres de connexion sont absents.',
  configPayment: 'Ce formulaire d’achat n’est pas configuré correctement : les paramètres de paiement sont absents.',
  configClientReferenceId:
    'Ce formulaire d’achat n’est pas configuré correctement : l’identifiant de référence client n’est pas valide (jusqu’à 200 lettres, chiffres, tirets ou traits de soulignement).',
  configTitle: 'Achat indisponible',
  errorNetwork: 'Impossible de joindre le service de paiement. Vérifiez votre connexion et réessayez.',
  emailTitle: (product: string) => `Acheter ${product}`,
  emailIntro:
    'Saisissez votre adresse e-mail professionnelle ou scolaire. Nous vérifions si votre organisation vous permet d’acheter vous-même.',
  emailLabel: 'Adresse e-mail professionnelle ou scolaire',
  emailHint: 'Par exemple, nom@entreprise.fr',
  emailSubmit: 'Continuer',
  emailChecking: 'Vérification…',
  emailErrorEmpty: 'Saisissez votre adresse e-mail professionnelle ou scolaire.',
  emailErrorFormat: 'Saisissez une adresse e-mail au format nom@entreprise.fr.',
  emailErrorTooLong: 'Cette adresse e-mail est trop longue. Utilisez 254 caractères au maximum.',
  emailErrorHidden:
    'Cette adresse e-mail contient des caractères invisibles (souvent dus à un copier-coller). Saisissez-la à nouveau.',
} satisfies StartCatalog;
