import type { StartCatalog } from './en.js';

export const sv = {
  buyButtonLabel: (product: string) => `Köp ${product}`,
  buyButtonLabelGeneric: 'Köp licenser',
  dialogClose: 'Stäng',
  loading: 'Läser in…',
  configUnknownProduct: (product: string) =>
    `Köpknappen är inte rätt konfigurerad: ”${product}” är inte en produkt som kan köpas här.`,
  configApiBase:
    'Köpformuläret är inte rätt konfigurerat: adressen till kassatjänsten saknas eller är inte säker (https).',
  configAuth: 'Köpformuläret är inte rätt konfigurerat: inställningarna för inloggning saknas.',
  configPayment: 'Köpformuläret är inte rätt konfigurerat: inställningarna för betalning saknas.',
  configClientReferenceId:
    'Köpformuläret är inte rätt konfigurerat: klientreferens-id:t är ogiltigt (använd högst 200 bokstäver, siffror, bindestreck eller understreck).',
  configTitle: 'Köp är inte tillgängligt',
  errorNetwork: 'Vi nådde inte kassatjänsten. Kontrollera anslutningen och försök igen.',
  emailTitle: (product: string) => `Köp ${product}`,
  emailIntro:
    'Ange din e-postadress för arbete eller skola. Vi kontrollerar om din organisation tillåter självbetjäningsköp.',
  emailLabel: 'E-postadress för arbete eller skola',
  emailHint: 'Till exempel namn@foretag.se',
  emailSubmit: 'Fortsätt',
  emailChecking: 'Kontrollerar…',
  emailErrorEmpty: 'Ange din e-postadress för arbete eller skola.',
  emailErrorFormat: 'Ange en e-postadress i formatet namn@foretag.se.',
  emailErrorTooLong: 'E-postadressen är för lång. Använd högst 254 tecken.',
  emailErrorHidden: 'E-postadressen innehåller dolda tecken (ofta efter kopiering). Skriv in den igen.',
} satisfies StartCatalog;
