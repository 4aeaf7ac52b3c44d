import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

// Polish typography: „…” quotes, and a no-break space (\u00a0) after one-letter words (a, i, o, u, w, z),
// so they never end a line.
export const pl = {
  // Sign-in step
  signInTitle: 'Zaloguj się, aby kontynuować',
  signInIntro: (email: string, organization: string) =>
    `Zaloguj się jako ${email} przy użyciu konta ${organization}. Otworzy się okno logowania Microsoft.`,
  signInButton: 'Zaloguj się',
  signInPreparing: 'Przygotowywanie logowania…',
  signInBusy: 'Logowanie…',
  signInRedirecting: 'Przeglądarka zablokowała okno logowania, więc przekierowujemy cię na stronę logowania…',
  signInCancel: 'Anuluj',
  signInReopen: 'Otwórz ponownie okno logowania',
  signInStalled: 'Nadal czekamy na zalogowanie. Jeśli okno logowania zostało zamknięte, otwórz je ponownie lub anuluj.',
  useDifferentEmail: 'Użyj innego adresu e-mail',

  // Checking
  checkingTitle: 'Sprawdzamy, co możesz kupić…',

  // Seat step
  seatsTitle: 'Ile licencji?',
  seatsTitleAdd: 'Dodaj licencje',
  seatsExisting: (count: number, product: string) =>
    plural('pl', count, {
      one: `Masz już ${count} licencję na ${product}.`,
      few: `Masz już ${count} licencje na ${product}.`,
      many: `Masz już ${count} licencji na ${product}.`,
      other: `Masz już ${count} licencji na ${product}.`,
    }),
  seatsLabel: 'Liczba licencji',
  seatsHint: (min: number, max: number) => `Od ${min} do ${max}. Potem przypiszesz je współpracownikom.`,
  seatsDecrease: 'O\u00a0jedną licencję mniej',
  seatsIncrease: 'O\u00a0jedną licencję więcej',
  planLegend: 'Okres rozliczeniowy',
  planMonthly: (price: string) => `Miesięcznie: ${price} za licencję na miesiąc`,
  planYearly: (price: string) => `Rocznie: ${price} za licencję na rok`,
  totalLabel: 'Razem',
  totalMonthly: (amount: string) => `${amount} miesięcznie`,
  totalYearly: (amount: string) => `${amount} rocznie`,
  taxExclusive: 'Plus należny podatek.',
  taxInclusive: 'Podatek wliczony w\u00a0cenę.',
  disclosuresTitle: 'Zanim zapłacisz',
  disclosureBilledToYou:
    'Płacisz własną kartą kredytową. Rachunek otrzymujesz ty, nie twoja organizacja, i\u00a0to ty odpowiadasz za płatność zgodnie z\u00a0warunkami zakupu.',
  disclosureRenews: 'Subskrypcja odnawia się automatycznie, dopóki jej nie anulujesz.',
  disclosurePrices:
    'Ceny mogą się różnić od tych, które twoja organizacja płaci przy zakupie centralnym lub przez partnera.',
  disclosureAdminSees:
    'Twój administrator IT widzi ten zakup. Administrator może przypisać użytkownikom tej subskrypcji licencje kupione centralnie, a\u00a0potem poprosić cię o\u00a0jej anulowanie.',
  disclosureDataOwner: (product: string) =>
    `Dane utworzone w\u00a0${product} należą do twojej organizacji i\u00a0są przez nią kontrolowane.`,
  disclosureData:
    'Do przetworzenia zakupu używane są twoje imię i\u00a0nazwisko, adres e-mail, adres IP oraz identyfikatory dzierżawy i\u00a0użytkownika twojej organizacji.',
  seatsSubmit: 'Przejdź do płatności',
  seatsSubmitting: 'Przygotowywanie płatności…',
  seatsErrorEmpty: 'Podaj liczbę licencji.',
  seatsErrorWhole: 'Podaj liczbę całkowitą, np. 3.',
  seatsErrorMin: (min: number) => `Kup co najmniej ${min}.`,
  seatsErrorMax: (max: number) => `Tutaj możesz kupić najwyżej ${max}.`,

  // Trial
  trialTitle: (product: string) => `Wypróbuj ${product} bezpłatnie`,
  trialIntro: (days: number) =>
    `Twoja organizacja zezwala na bezpłatne wersje próbne. Rozpocznij ${days}-dniową wersję próbną; karta kredytowa nie jest potrzebna.`,
  trialSubmit: 'Rozpocznij bezpłatną wersję próbną',
  trialStarting: 'Uruchamianie wersji próbnej…',

  // Payment step
  paymentTitle: 'Zapłać kartą',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('pl', count, {
      one: `${count} licencja na ${product}: ${amount}`,
      few: `${count} licencje na ${product}: ${amount}`,
      many: `${count} licencji na ${product}: ${amount}`,
      other: `${count} licencji na ${product}: ${amount}`,
    }),
  paymentCardOnly: 'Jedyną metodą płatności jest karta kredytowa.',
  paymentLoading: 'Ładowanie bezpiecznego formularza płatności…',
  paymentSubmit: (amount: string) => `Zapłać ${amount}`,
  paymentPaying: 'Przetwarzanie płatności…',
  paymentBack: 'Zmień liczbę licencji',
  paymentNotTwice: 'Płatność nie zostanie pobrana dwukrotnie.',

  // Processing
  processingTitle: 'Potwierdzanie płatności…',
  processingSlow:
    'Nadal sprawdzamy stan płatności. Może to potrwać minutę. Płatność nie zostanie pobrana dwukrotnie, a\u00a0to okno możesz zamknąć i\u00a0wrócić później.',

  // Complete
  completeTitle: 'Gotowe',
  completeTrialTitle: 'Wersja próbna została uruchomiona',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('pl', count, {
      one: `Zakupiono ${count} licencję na ${product} za ${amount}.`,
      few: `Zakupiono ${count} licencje na ${product} za ${amount}.`,
      many: `Zakupiono ${count} licencji na ${product} za ${amount}.`,
      other: `Zakupiono ${count} licencji na ${product} za ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('pl', count, {
      one: `Dodano ${count} licencję na ${product} za ${amount}.`,
      few: `Dodano ${count} licencje na ${product} za ${amount}.`,
      many: `Dodano ${count} licencji na ${product} za ${amount}.`,
      other: `Dodano ${count} licencji na ${product} za ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) =>
    `Możesz korzystać z\u00a0wersji próbnej ${product} do ${date}.`,
  completeStart: (product: string) => `Zacznij korzystać z\u00a0${product}`,
  completeAdmin: 'Przypisz licencje w\u00a0centrum administracyjnym',
  completeManage: 'Przypisz licencje teraz',
  completeReceipt: 'Potwierdzenie płatności zostanie wysłane na twój służbowy adres e-mail.',
  completeRenews:
    'Subskrypcja odnawia się automatycznie, dopóki jej nie anulujesz. W\u00a0każdej chwili możesz przypisywać licencje, dodawać lub usuwać licencje, zaktualizować kartę albo anulować subskrypcję.',
  completeTrialEnds: (product: string, date: string) =>
    `Gdy wersja próbna zakończy się ${date}, ${product} przestanie działać, chyba że dokonasz zakupu. Nic nie zostanie pobrane.`,
  completeTerms: 'Warunki zakupu',
  completeSupport: 'Standardowa pomoc techniczna firmy Microsoft',
  completeTraining: (product: string) => `Szkolenia z\u00a0${product}`,
  completeAdminHint:
    'W\u00a0centrum administracyjnym Microsoft 365 możesz przypisywać licencje osobom w\u00a0swojej organizacji (do 20 naraz), kupować więcej, anulować subskrypcję, aktualizować kartę i\u00a0przeglądać faktury.',

  // Ineligible
  ineligibleTitle: 'Nie możesz kupić tego samodzielnie',
  reasonPersonalEmail:
    'Użyj służbowego lub szkolnego adresu e-mail. Z\u00a0prywatnego adresu e-mail nie można kupować dla organizacji.',
  reasonNoTenant: 'Nie znaleźliśmy organizacji, która używa domeny tego adresu e-mail w\u00a0usługach Microsoft.',
  reasonUnmanagedTenant:
    'Dzierżawa Microsoft Entra twojej organizacji nie ma jeszcze administratora. Administrator musi przejąć dzierżawę, zanim ktokolwiek będzie mógł coś kupić.',
  reasonGovernmentTenant: 'Zakup samoobsługowy nie jest dostępny dla instytucji rządowych.',
  reasonEducationTenant: 'Zakup samoobsługowy nie jest dostępny dla instytucji edukacyjnych.',
  reasonGuestUser: 'Zalogowano cię jako gościa w\u00a0tej organizacji. Kupować mogą tylko jej członkowie.',
  reasonMarketUnavailable: (product: string) =>
    `W\u00a0kraju lub regionie twojej organizacji nie można kupić ${product} samoobsługowo.`,
  reasonDisabledByAdmin: (product: string) => `Twój administrator IT wyłączył zakup samoobsługowy produktu ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Twój administrator IT zezwala tylko na bezpłatne wersje próbne bez metody płatności, a\u00a0${product} nie ma wersji próbnej.`,
  ineligibleContact: 'Skontaktuj się w\u00a0tej sprawie z\u00a0administratorem IT.',
  ineligibleAdminMessage: (organization: string) => `Wiadomość od organizacji ${organization}:`,
  ineligibleAdminLink: 'Otwórz stronę zgłoszeń swojej organizacji',
  licenseRequestLabel: 'Wiadomość do administratora (opcjonalnie)',
  licenseRequestSubmit: 'Poproś administratora o\u00a0licencję',
  licenseRequestSending: 'Wysyłanie…',
  licenseRequestSent: 'Prośba została wysłana do administratora.',

  // Errors
  errorTitle: 'Coś poszło nie tak',
  retry: 'Spróbuj ponownie',
  startOver: 'Zacznij od nowa',
  errorOffline: 'Jesteś offline. Sprawdź połączenie i\u00a0spróbuj ponownie.',
  errorTimeout: 'Usługa zakupów zbyt długo nie odpowiadała. Spróbuj ponownie.',
  errorRateLimited: (seconds: number) =>
    plural('pl', seconds, {
      one: `Zbyt wiele prób. Spróbuj ponownie za ${seconds} sekundę.`,
      few: `Zbyt wiele prób. Spróbuj ponownie za ${seconds} sekundy.`,
      many: `Zbyt wiele prób. Spróbuj ponownie za ${seconds} sekund.`,
      other: `Zbyt wiele prób. Spróbuj ponownie za ${seconds} sekundy.`,
    }),
  errorServer: 'Coś poszło nie tak po naszej stronie. Spróbuj ponownie.',
  errorUnavailable: 'Usługa zakupów jest teraz niedostępna. Spróbuj ponownie za chwilę.',
  errorBadResponse: 'Otrzymaliśmy niezrozumiałą odpowiedź. Spróbuj ponownie.',
  errorSession: 'Sesja logowania wygasła. Zaloguj się ponownie.',
  errorQuantity: 'Nie można kupić takiej liczby licencji. Zmień ją i\u00a0spróbuj ponownie.',
  errorNotEligible: 'Za pomocą tego konta nie można kupić tego produktu.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  errorPopupBlocked:
    'Przeglądarka zablokowała okno logowania. Zezwól na wyskakujące okna na tej stronie lub spróbuj ponownie.',
  errorSignInCancelled: 'Logowanie zostało anulowane. Zaloguj się, aby kontynuować.',
  errorSignInBusy: 'Na tej stronie trwa już inne logowanie. Dokończ je lub zamknij, a\u00a0potem spróbuj ponownie.',
  errorSignInFailed: 'Logowanie nie powiodło się. Spróbuj ponownie.',
  errorAccountMismatch:
    'Zalogowano się na inne konto niż to z\u00a0podanym adresem e-mail. Zaloguj się przy użyciu tego adresu lub użyj innego.',
  errorCardDeclined: 'Karta została odrzucona. Użyj innej karty lub skontaktuj się z\u00a0bankiem.',
  errorInsufficientFunds: 'Na karcie brak wystarczających środków. Użyj innej karty.',
  errorExpiredCard: 'Karta straciła ważność. Sprawdź datę ważności lub użyj innej karty.',
  errorIncorrectCvc: 'Kod zabezpieczający jest nieprawidłowy. Sprawdź kod na odwrocie karty.',
  errorAuthenticationFailed: 'Bank nie mógł zweryfikować płatności. Spróbuj ponownie lub użyj innej karty.',
  errorProcessing: 'Nie udało się przetworzyć płatności kartą. Spróbuj ponownie za chwilę.',
  errorIncomplete: 'Uzupełnij dane karty.',
  errorPaymentLoad:
    'Nie udało się załadować bezpiecznego formularza płatności. Sprawdź połączenie i\u00a0spróbuj ponownie.',
  errorPaymentExpired: 'Płatność wygasła przed jej ukończeniem. Zacznij od nowa; żadna kwota nie została pobrana.',
  errorPaymentFailed:
    'Płatność nie powiodła się i\u00a0żadna kwota nie została pobrana. Zacznij od nowa, aby spróbować ponownie.',
} satisfies FlowCatalog;
