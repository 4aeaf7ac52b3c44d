import type { StartCatalog } from './en.js';

// Polish typography: „…” quotes, and a no-break space (\u00a0) after one-letter words (a, i, o, u, w, z),
// so they never end a line.
export const pl = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Kup ${product}`,
  buyButtonLabelGeneric: 'Kup licencje',
  dialogClose: 'Zamknij',
  loading: 'Ładowanie…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Ten przycisk zakupu nie jest poprawnie skonfigurowany: „${product}” nie jest produktem, który można tu kupić.`,
  configApiBase:
    'Ten formularz zakupu nie jest poprawnie skonfigurowany: brak adresu usługi zakupów lub adres nie jest bezpieczny (https).',
  configAuth: 'Ten formularz zakupu nie jest poprawnie skonfigurowany: brak ustawień logowania.',
  configPayment: 'Ten formularz zakupu nie jest poprawnie skonfigurowany: brak ustawień płatności.',
  configClientReferenceId:
    'Ten formularz zakupu nie jest poprawnie skonfigurowany: identyfikator referencyjny klienta jest nieprawidłowy (użyj najwyżej 200 liter, cyfr, łączników lub podkreśleń).',
  configTitle: 'Zakup jest niedostępny',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Nie udało się połączyć z\u00a0usługą zakupów. Sprawdź połączenie i\u00a0spróbuj ponownie.',

  // Email step
  emailTitle: (product: string) => `Kup ${product}`,
  emailIntro:
    'Podaj służbowy lub szkolny adres e-mail. Sprawdzimy, czy twoja organizacja pozwala na samodzielny zakup.',
  emailLabel: 'Służbowy lub szkolny adres e-mail',
  emailHint: 'Na przykład nazwa@firma.pl',
  emailSubmit: 'Dalej',
  emailChecking: 'Sprawdzanie…',
  emailErrorEmpty: 'Podaj służbowy lub szkolny adres e-mail.',
  emailErrorFormat: 'Podaj adres e-mail w\u00a0formacie nazwa@firma.pl.',
  emailErrorTooLong: 'Ten adres e-mail jest za długi. Może mieć najwyżej 254 znaki.',
  emailErrorHidden:
    'Ten adres e-mail zawiera ukryte znaki (często po skopiowaniu i\u00a0wklejeniu). Wpisz go ponownie.',
} satisfies StartCatalog;
