import type { StartCatalog } from './en.js';

export const nl = {
  buyButtonLabel: (product: string) => `${product} kopen`,
  buyButtonLabelGeneric: 'Licenties kopen',
  dialogClose: 'Sluiten',
  loading: 'Laden…',
  configUnknownProduct: (product: string) =>
    `Deze koopknop is niet goed ingesteld: ‘${product}’ kan hier niet worden gekocht.`,
  configApiBase:
    'Dit aankoopformulier is niet goed ingesteld: het adres van de betaalservice ontbreekt of is niet veilig (https).',
  configAuth: 'Dit aankoopformulier is niet goed ingesteld: de aanmeldinstellingen ontbreken.',
  configPayment: 'Dit aankoopformulier is niet goed ingesteld: de betaalinstellingen ontbreken.',
  configClientReferenceId:
    'Dit aankoopformulier is niet goed ingesteld: de klantreferentie-id is ongeldig (gebruik maximaal 200 letters, cijfers, koppeltekens of onderstrepingstekens).',
  configTitle: 'Kopen is niet beschikbaar',
  errorNetwork: 'We konden de betaalservice niet bereiken. Controleer je verbinding en probeer het opnieuw.',
  emailTitle: (product: string) => `${product} kopen`,
  emailIntro: 'Voer je e-mailadres van werk of school in. We controleren of je organisatie je toestaat zelf te kopen.',
  emailLabel: 'E-mailadres van werk of school',
  emailHint: 'Bijvoorbeeld naam@bedrijf.nl',
  emailSubmit: 'Doorgaan',
  emailChecking: 'Controleren…',
  emailErrorEmpty: 'Voer je e-mailadres van werk of school in.',
  emailErrorFormat: 'Voer een e-mailadres in de vorm naam@bedrijf.nl in.',
  emailErrorTooLong: 'Dit e-mailadres is te lang. Gebruik maximaal 254 tekens.',
  emailErrorHidden: 'Dit e-mailadres bevat verborgen tekens (vaak door kopiëren en plakken). Typ het opnieuw.',
} satisfies StartCatalog;
