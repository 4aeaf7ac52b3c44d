import type { StartCatalog } from './en.js';

export const de = {
  buyButtonLabel: (product: string) => `${product} kaufen`,
  buyButtonLabelGeneric: 'Lizenzen kaufen',
  dialogClose: 'Schließen',
  loading: 'Wird geladen…',
  configUnknownProduct: (product: string) =>
    `Diese Kaufschaltfläche ist nicht richtig eingerichtet: „${product}“ kann hier nicht gekauft werden.`,
  configApiBase:
    'Dieses Kaufformular ist nicht richtig eingerichtet: Die Adresse des Checkout-Dienstes fehlt oder ist nicht sicher (https).',
  configAuth: 'Dieses Kaufformular ist nicht richtig eingerichtet: Die Anmeldeeinstellungen fehlen.',
  configPayment: 'Dieses Kaufformular ist nicht richtig eingerichtet: Die Zahlungseinstellungen fehlen.',
  configClientReferenceId:
    'Dieses Kaufformular ist nicht richtig eingerichtet: Die Client-Referenz-ID ist ungültig (höchstens 200 Buchstaben, Ziffern, Binde- oder Unterstriche).',
  configTitle: 'Kauf nicht verfügbar',
  errorNetwork: 'Der Checkout-Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  emailTitle: (product: string) => `${product} kaufen`,
  emailIntro:
    'Geben Sie Ihre Geschäfts- oder Schul-E-Mail-Adresse ein. Wir prüfen, ob Ihre Organisation Ihnen den Kauf selbst erlaubt.',
  emailLabel: 'Geschäfts- oder Schul-E-Mail-Adresse',
  emailHint: 'Zum Beispiel name@firma.de',
  emailSubmit: 'Weiter',
  emailChecking: 'Wird geprüft…',
  emailErrorEmpty: 'Geben Sie Ihre Geschäfts- oder Schul-E-Mail-Adresse ein.',
  emailErrorFormat: 'Geben Sie eine E-Mail-Adresse im Format name@firma.de ein.',
  emailErrorTooLong: 'Diese E-Mail-Adresse ist zu lang. Verwenden Sie höchstens 254 Zeichen.',
  emailErrorHidden: 'Diese E-Mail-Adresse enthält unsichtbare Zeichen (oft durch Kopieren). Geben Sie sie erneut ein.',
} satisfies StartCatalog;
