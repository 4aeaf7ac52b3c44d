import type { StartCatalog } from './en.js';

export const da = {
  buyButtonLabel: (product: string) => `Køb ${product}`,
  buyButtonLabelGeneric: 'Køb licenser',
  dialogClose: 'Luk',
  loading: 'Indlæser…',
  configUnknownProduct: (product: string) =>
    `Købsknappen er ikke konfigureret korrekt: “${product}” kan ikke købes her.`,
  configApiBase:
    'Købsformularen er ikke konfigureret korrekt: adressen på betalingstjenesten mangler eller er ikke sikker (https).',
  configAuth: 'Købsformularen er ikke konfigureret korrekt: indstillingerne for logon mangler.',
  configPayment: 'Købsformularen er ikke konfigureret korrekt: indstillingerne for betaling mangler.',
  configClientReferenceId:
    'Købsformularen er ikke konfigureret korrekt: klientreference-id’et er ugyldigt (brug højst 200 bogstaver, cifre, bindestreger eller understregninger).',
  configTitle: 'Køb er ikke tilgængeligt',
  errorNetwork: 'Vi kunne ikke nå betalingstjenesten. Tjek din forbindelse, og prøv igen.',
  emailTitle: (product: string) => `Køb ${product}`,
  emailIntro: 'Angiv din mailadresse fra arbejde eller skole. Vi tjekker, om din organisation lader dig købe selv.',
  emailLabel: 'Mailadresse fra arbejde eller skole',
  emailHint: 'For eksempel navn@firma.dk',
  emailSubmit: 'Fortsæt',
  emailChecking: 'Tjekker…',
  emailErrorEmpty: 'Angiv din mailadresse fra arbejde eller skole.',
  emailErrorFormat: 'Angiv en mailadresse i formatet navn@firma.dk.',
  emailErrorTooLong: 'Mailadressen er for lang. Brug højst 254 tegn.',
  emailErrorHidden: 'Mailadressen indeholder skjulte tegn (ofte fra kopiering). Skriv den igen.',
} satisfies StartCatalog;
