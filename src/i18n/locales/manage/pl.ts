import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

// Polish typography: „…” quotes, and a no-break space (\u00a0) after one-letter words (a, i, o, u, w, z),
// so they never end a line.
export const pl = {
  manageTitle: 'Twoje subskrypcje',
  manageLoading: 'Ładowanie subskrypcji…',
  manageEmpty: 'Nie masz subskrypcji kupionych samodzielnie.',
  manageEmptyProduct: (product: string) => `Nie masz samodzielnie kupionej subskrypcji ${product}.`,
  manageSignInTitle: 'Zaloguj się, aby zarządzać subskrypcjami',
  manageSignInIntro: 'Zaloguj się kontem służbowym lub szkolnym, aby zobaczyć swoje zakupy i\u00a0nimi zarządzać.',
  manageOpen: 'Zarządzaj',
  manageOpenLabel: (product: string) => `Zarządzaj subskrypcją ${product}`,
  manageBack: 'Wszystkie subskrypcje',
  manageNotice: 'Gotowe',

  statusActive: 'Aktywna',
  statusTrialing: 'Bezpłatna wersja próbna',
  statusPastDue: 'Zaległa płatność',
  statusCanceled: 'Anulowana',
  statusExpired: 'Wygasła',
  renewsOn: (date: string) => `Odnawia się ${date}`,
  endsOn: (date: string) => `Kończy się ${date}`,
  endedOn: (date: string) => `Zakończona ${date}`,
  trialEndsOn: (date: string) => `Bezpłatna wersja próbna do ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    plural('pl', assigned, {
      one: `Przypisano ${assigned} licencję z\u00a0${quantity}`,
      few: `Przypisano ${assigned} licencje z\u00a0${quantity}`,
      many: `Przypisano ${assigned} licencji z\u00a0${quantity}`,
      other: `Przypisano ${assigned} licencji z\u00a0${quantity}`,
    }),
  pastDueHint: 'Termin płatności faktury minął. Zapłać ją poniżej, aby licencje nadal działały.',

  // Licenses
  licensesTitle: 'Kto ma licencję',
  licensesFree: (free: number) =>
    plural('pl', free, {
      one: `${free} licencja jest wolna.`,
      few: `${free} licencje są wolne.`,
      many: `${free} licencji jest wolnych.`,
      other: `Wolne licencje: ${free}.`,
    }),
  licensesNone: 'Nikt nie ma jeszcze licencji.',
  unassign: 'Usuń',
  unassignLabel: (name: string) => `Usuń licencję użytkownika ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Usunąć licencję użytkownika ${name}? Ta osoba od razu straci dostęp do ${product}.`,
  unassignYes: 'Usuń licencję',
  keep: 'Zachowaj',
  unassigned: (name: string) => `Usunięto licencję użytkownika ${name}.`,
  searchLabel: 'Znajdź osoby w\u00a0swojej organizacji',
  searchHint: 'Wpisz imię i\u00a0nazwisko lub adres e-mail. Licencje możesz przypisać maksymalnie 20 osobom naraz.',
  searchTooLong: (max: number) =>
    plural('pl', max, {
      one: `Wpisz najwyżej ${max} znak.`,
      few: `Wpisz najwyżej ${max} znaki.`,
      many: `Wpisz najwyżej ${max} znaków.`,
      other: `Wpisz najwyżej ${max} znaku.`,
    }),
  searchNone: (search: string) => `Nikt w\u00a0twojej organizacji nie pasuje do wyszukiwania „${search}”.`,
  searching: 'Wyszukiwanie…',
  resultsLabel: 'Znalezione osoby',
  hasLicense: 'Ma licencję',
  guestNotAssignable: 'Konto gościa: nie może otrzymać licencji',
  selectedCount: (count: number) =>
    plural('pl', count, {
      one: `Wybrano ${count} osobę`,
      few: `Wybrano ${count} osoby`,
      many: `Wybrano ${count} osób`,
      other: `Wybrano ${count} osoby`,
    }),
  tooManySelected: (max: number) =>
    plural('pl', max, {
      one: `Licencje możesz przypisać najwyżej ${max} osobie naraz.`,
      few: `Licencje możesz przypisać najwyżej ${max} osobom naraz.`,
      many: `Licencje możesz przypisać najwyżej ${max} osobom naraz.`,
      other: `Licencje możesz przypisać najwyżej ${max} osoby naraz.`,
    }),
  notEnoughFree: (free: number) =>
    plural('pl', free, {
      one: `Wolna jest tylko ${free} licencja. Wybierz mniej osób lub najpierw dodaj licencje.`,
      few: `Wolne są tylko ${free} licencje. Wybierz mniej osób lub najpierw dodaj licencje.`,
      many: `Wolnych jest tylko ${free} licencji. Wybierz mniej osób lub najpierw dodaj licencje.`,
      other: `Wolne licencje: tylko ${free}. Wybierz mniej osób lub najpierw dodaj licencje.`,
    }),
  assignSubmit: (count: number) =>
    plural('pl', count, {
      one: `Przypisz ${count} licencję`,
      few: `Przypisz ${count} licencje`,
      many: `Przypisz ${count} licencji`,
      other: `Przypisz ${count} licencji`,
    }),
  assigning: 'Przypisywanie…',
  assignedNotice: (count: number) =>
    plural('pl', count, {
      one: `${count} osoba ma teraz licencję.`,
      few: `${count} osoby mają teraz licencję.`,
      many: `${count} osób ma teraz licencję.`,
      other: `${count} osoby ma teraz licencję.`,
    }),
  assignFailedAlready: (name: string) => `${name} ma już licencję.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} nie należy do twojej organizacji, więc nie może otrzymać licencji.`,
  assignFailedGuest: (name: string) => `${name} ma konto gościa, więc nie może otrzymać licencji.`,
  unassignFailed: (name: string) => `${name} nie ma licencji do usunięcia.`,

  // Number of licenses
  quantityTitle: 'Liczba licencji',
  quantityLabel: 'Łączna liczba licencji',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Dodane licencje są płatne od razu; usunięte znikają przy odnowieniu.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('pl', assigned, {
      one: `${assigned} licencja jest przypisana. Aby zejść poniżej tej liczby, najpierw usuń licencje użytkownikom.`,
      few: `${assigned} licencje są przypisane. Aby zejść poniżej tej liczby, najpierw usuń licencje użytkownikom.`,
      many: `${assigned} licencji jest przypisanych. Aby zejść poniżej tej liczby, najpierw usuń licencje użytkownikom.`,
      other: `Przypisane licencje: ${assigned}. Aby zejść poniżej tej liczby, najpierw usuń licencje użytkownikom.`,
    }),
  quantitySame: 'Tyle licencji już masz. Podaj inną liczbę.',
  quantityPreview: 'Sprawdź zmianę',
  quantityPreviewing: 'Obliczanie…',
  previewIncrease: (added: number, amount: string) =>
    plural('pl', added, {
      one: `Za ${added} dodatkową licencję zapłacisz teraz ${amount} za resztę bieżącego okresu.`,
      few: `Za ${added} dodatkowe licencje zapłacisz teraz ${amount} za resztę bieżącego okresu.`,
      many: `Za ${added} dodatkowych licencji zapłacisz teraz ${amount} za resztę bieżącego okresu.`,
      other: `Za ${added} dodatkowej licencji zapłacisz teraz ${amount} za resztę bieżącego okresu.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('pl', removed, {
      one: `${removed} licencja zostanie usunięta ${date}. Teraz nic nie zostanie pobrane ani zwrócone.`,
      few: `${removed} licencje zostaną usunięte ${date}. Teraz nic nie zostanie pobrane ani zwrócone.`,
      many: `${removed} licencji zostanie usuniętych ${date}. Teraz nic nie zostanie pobrane ani zwrócone.`,
      other: `${removed} licencji zostanie usunięte ${date}. Teraz nic nie zostanie pobrane ani zwrócone.`,
    }),
  previewRecurring: (amount: string) => `Od tej pory każde odnowienie będzie kosztować ${amount}.`,
  quantityConfirm: 'Potwierdź',
  quantityChanging: 'Zapisywanie…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('pl', quantity, {
      one: `Masz teraz ${quantity} licencję. Kwota ${amount} została pobrana z\u00a0twojej karty.`,
      few: `Masz teraz ${quantity} licencje. Kwota ${amount} została pobrana z\u00a0twojej karty.`,
      many: `Masz teraz ${quantity} licencji. Kwota ${amount} została pobrana z\u00a0twojej karty.`,
      other: `Masz teraz ${quantity} licencji. Kwota ${amount} została pobrana z\u00a0twojej karty.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('pl', quantity, {
      one: `Od ${date} będziesz mieć ${quantity} licencję.`,
      few: `Od ${date} będziesz mieć ${quantity} licencje.`,
      many: `Od ${date} będziesz mieć ${quantity} licencji.`,
      other: `Od ${date} będziesz mieć ${quantity} licencji.`,
    }),

  // Cancel
  cancelTitle: 'Anuluj subskrypcję',
  cancelExplain: (date: string) =>
    `Subskrypcja nie będzie już odnawiana. Licencje działają do ${date}; potem wszyscy, którzy je mają, stracą dostęp.`,
  cancelSubmit: 'Anuluj subskrypcję',
  cancelConfirm: 'Tak, anuluj',
  cancelKeep: 'Zachowaj subskrypcję',
  canceledNotice: (date: string) => `Anulowano. Licencje działają do ${date}.`,
  reactivate: 'Cofnij anulowanie',
  reactivatedNotice: (date: string) => `Subskrypcja znów zostanie odnowiona ${date}.`,

  // Billing
  billingTitle: 'Rozliczenia',
  cardLabel: 'Karta',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} z\u00a0końcówką ${last4}, ważna do ${expiry}`,
  cardNone: 'Nie zapisano żadnej karty.',
  cardUpdate: 'Zaktualizuj kartę',
  cardSave: 'Zapisz kartę',
  cardSaving: 'Zapisywanie…',
  cardCancel: 'Anuluj',
  cardUpdated: (card: string) => `Karta została zaktualizowana: ${card}.`,
  invoicesTitle: 'Faktury',
  invoicesNone: 'Nie ma jeszcze faktur.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Data',
  invoiceAmount: 'Kwota',
  invoiceStatus: 'Stan',
  invoicePaid: 'Zapłacona',
  invoiceOpen: 'Do zapłaty',
  invoicePastDue: 'Zaległa',
  invoiceVoid: 'Unieważniona',
  invoicePay: 'Zapłać',
  invoicePayLabel: (number: string, amount: string) => `Zapłać fakturę ${number} (${amount})`,
  invoicePaying: 'Przetwarzanie płatności…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} została zapłacona: ${amount}.`,

  // Order history
  historyTitle: 'Historia zamówień',
  historyChange: 'Zmiana',
  historyLicenses: 'Licencje',
  orderPurchase: 'Zakup',
  orderAdded: (count: number) =>
    plural('pl', count, {
      one: `Dodano ${count} licencję`,
      few: `Dodano ${count} licencje`,
      many: `Dodano ${count} licencji`,
      other: `Dodano ${count} licencji`,
    }),
  orderRemoved: (count: number) =>
    plural('pl', count, {
      one: `Usunięto ${count} licencję`,
      few: `Usunięto ${count} licencje`,
      many: `Usunięto ${count} licencji`,
      other: `Usunięto ${count} licencji`,
    }),
  orderRenewal: 'Odnowienie',
  orderCanceled: 'Anulowanie',
  orderReactivated: 'Cofnięto anulowanie',

  // Errors
  errorNotPurchaser:
    'Tylko osoba, która kupiła tę subskrypcję, może nią zarządzać. Zwróć się do niej lub do administratora IT.',
  errorSubscriptionNotFound: 'Nie znaleźliśmy tej subskrypcji w\u00a0twojej organizacji.',
  errorSubscriptionCanceled: 'Ta subskrypcja jest anulowana. Najpierw cofnij anulowanie.',
  errorSubscriptionExpired: 'Ta subskrypcja się zakończyła.',
  errorInvalidSearch: 'Wyszukaj imię i\u00a0nazwisko lub adres e-mail, bez znaków < i\u00a0>.',
  errorDuplicateUser: 'Ta sama osoba została wybrana dwa razy. Wybierz każdą osobę tylko raz.',
  errorInvoicePaid: 'Ta faktura jest już zapłacona (może w\u00a0innym oknie). Nic więcej nie pobrano.',
  errorInvoiceNotPayable: 'Tej faktury nie można tutaj zapłacić.',
  errorNoCard: 'Nie zapisano żadnej karty. Najpierw dodaj kartę.',
} satisfies ManageCatalog;
