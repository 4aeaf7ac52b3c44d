import type { StartCatalog } from './en.js';

export const nb = {
  buyButtonLabel: (product: string) => `Kjøp ${product}`,
  buyButtonLabelGeneric: 'Kjøp lisenser',
  dialogClose: 'Lukk',
  loading: 'Laster inn…',
  configUnknownProduct: (product: string) =>
    `Kjøpsknappen er ikke riktig konfigurert: «${product}» kan ikke kjøpes her.`,
  configApiBase:
    'Kjøpsskjemaet er ikke riktig konfigurert: adressen til betalingstjenesten mangler eller er ikke sikker (https).',
  configAuth: 'Kjøpsskjemaet er ikke riktig konfigurert: innstillingene for pålogging mangler.',
  configPayment: 'Kjøpsskjemaet er ikke riktig konfigurert: innstillingene for betaling mangler.',
  configClientReferenceId:
    'Kjøpsskjemaet er ikke riktig konfigurert: klientreferanse-ID-en er ugyldig (bruk opptil 200 bokstaver, sifre, bindestreker eller understreker).',
  configTitle: 'Kjøp er ikke tilgjengelig',
  errorNetwork: 'Vi nådde ikke betalingstjenesten. Sjekk tilkoblingen og prøv igjen.',
  emailTitle: (product: string) => `Kjøp ${product}`,
  emailIntro: 'Skriv inn e-postadressen fra jobb eller skole. Vi sjekker om organisasjonen din lar deg kjøpe selv.',
  emailLabel: 'E-postadresse fra jobb eller skole',
  emailHint: 'For eksempel navn@firma.no',
  emailSubmit: 'Fortsett',
  emailChecking: 'Sjekker…',
  emailErrorEmpty: 'Skriv inn e-postadressen fra jobb eller skole.',
  emailErrorFormat: 'Skriv inn en e-postadresse i formatet navn@firma.no.',
  emailErrorTooLong: 'E-postadressen er for lang. Bruk høyst 254 tegn.',
  emailErrorHidden: 'E-postadressen inneholder skjulte tegn (ofte fra kopiering). Skriv den inn på nytt.',
} satisfies StartCatalog;
