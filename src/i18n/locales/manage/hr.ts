import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

// Croatian typography: „…” quotes. Croatian dates end with a full stop (5. ožujka 2026.), so no
// sentence here ends with a date.
export const hr = {
  manageTitle: 'Vaše pretplate',
  manageLoading: 'Učitavanje pretplata…',
  manageEmpty: 'Niste sami kupili nijednu pretplatu.',
  manageEmptyProduct: (product: string) => `Niste sami kupili ${product}.`,
  manageSignInTitle: 'Prijavite se za upravljanje pretplatama',
  manageSignInIntro: 'Prijavite se poslovnim ili školskim računom da biste vidjeli svoje kupnje i upravljali njima.',
  manageOpen: 'Upravljaj',
  manageOpenLabel: (product: string) => `Upravljaj proizvodom ${product}`,
  manageBack: 'Sve pretplate',
  manageNotice: 'Gotovo',

  statusActive: 'Aktivna',
  statusTrialing: 'Besplatna probna verzija',
  statusPastDue: 'Plaćanje kasni',
  statusCanceled: 'Otkazana',
  statusExpired: 'Istekla',
  renewsOn: (date: string) => `Obnavlja se ${date}`,
  endsOn: (date: string) => `Završava ${date}`,
  endedOn: (date: string) => `Završila ${date}`,
  trialEndsOn: (date: string) => `Besplatna probna verzija do ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    plural('hr', quantity, {
      one: `Dodijeljeno ${assigned} od ${quantity} licence`,
      few: `Dodijeljeno ${assigned} od ${quantity} licence`,
      other: `Dodijeljeno ${assigned} od ${quantity} licenci`,
    }),
  pastDueHint: 'Rok plaćanja računa je prošao. Platite ga u nastavku kako bi licence i dalje radile.',

  // Licenses
  licensesTitle: 'Tko ima licencu',
  licensesFree: (free: number) =>
    plural('hr', free, {
      one: `${free} licenca je slobodna.`,
      few: `${free} licence su slobodne.`,
      other: `${free} licenci je slobodno.`,
    }),
  licensesNone: 'Još nitko nema licencu.',
  unassign: 'Ukloni',
  unassignLabel: (name: string) => `Ukloni licencu korisniku ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Ukloniti licencu korisniku ${name}? Odmah će izgubiti pristup proizvodu ${product}.`,
  unassignYes: 'Ukloni licencu',
  keep: 'Zadrži',
  unassigned: (name: string) => `Licenca korisnika ${name} uklonjena je.`,
  searchLabel: 'Pronađi osobe u svojoj organizaciji',
  searchHint: 'Upišite ime ili adresu e-pošte. Licence možete dodijeliti za najviše 20 osoba odjednom.',
  searchTooLong: (max: number) =>
    plural('hr', max, {
      one: `Upišite najviše ${max} znak.`,
      few: `Upišite najviše ${max} znaka.`,
      other: `Upišite najviše ${max} znakova.`,
    }),
  searchNone: (search: string) => `Nitko u vašoj organizaciji ne odgovara pojmu „${search}”.`,
  searching: 'Pretraživanje…',
  resultsLabel: 'Pronađene osobe',
  hasLicense: 'Ima licencu',
  guestNotAssignable: 'Račun gosta: ne može dobiti licencu',
  selectedCount: (count: number) =>
    plural('hr', count, {
      one: `Odabrana je ${count} osoba`,
      few: `Odabrane su ${count} osobe`,
      other: `Odabrano je ${count} osoba`,
    }),
  tooManySelected: (max: number) =>
    plural('hr', max, {
      one: `Licence možete dodijeliti za najviše ${max} osobu odjednom.`,
      few: `Licence možete dodijeliti za najviše ${max} osobe odjednom.`,
      other: `Licence možete dodijeliti za najviše ${max} osoba odjednom.`,
    }),
  notEnoughFree: (free: number) =>
    plural('hr', free, {
      one: `Slobodna je samo ${free} licenca. Odaberite manje osoba ili najprije dodajte licence.`,
      few: `Slobodne su samo ${free} licence. Odaberite manje osoba ili najprije dodajte licence.`,
      other: `Slobodno je samo ${free} licenci. Odaberite manje osoba ili najprije dodajte licence.`,
    }),
  assignSubmit: (count: number) =>
    plural('hr', count, {
      one: `Dodijeli ${count} licencu`,
      few: `Dodijeli ${count} licence`,
      other: `Dodijeli ${count} licenci`,
    }),
  assigning: 'Dodjeljivanje…',
  assignedNotice: (count: number) =>
    plural('hr', count, {
      one: `${count} osoba sada ima licencu.`,
      few: `${count} osobe sada imaju licencu.`,
      other: `${count} osoba sada ima licencu.`,
    }),
  assignFailedAlready: (name: string) => `${name} već ima licencu.`,
  assignFailedOtherTenant: (name: string) => `${name} nije u vašoj organizaciji pa ne može dobiti licencu.`,
  assignFailedGuest: (name: string) => `${name} ima račun gosta pa ne može dobiti licencu.`,
  unassignFailed: (name: string) => `${name} nema licencu za uklanjanje.`,

  // Number of licenses
  quantityTitle: 'Broj licenci',
  quantityLabel: 'Ukupan broj licenci',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Dodane licence naplaćuju se odmah, a uklonjene nestaju pri obnovi.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('hr', assigned, {
      one: `Dodijeljena je ${assigned} licenca. Prije nego što smanjite broj ispod toga, uklonite licence korisnicima.`,
      few: `Dodijeljene su ${assigned} licence. Prije nego što smanjite broj ispod toga, uklonite licence korisnicima.`,
      other: `Dodijeljeno je ${assigned} licenci. Prije nego što smanjite broj ispod toga, uklonite licence korisnicima.`,
    }),
  quantitySame: 'To je broj koji već imate. Unesite drugi broj.',
  quantityPreview: 'Pregledaj promjenu',
  quantityPreviewing: 'Izračun…',
  previewIncrease: (added: number, amount: string) =>
    plural('hr', added, {
      one: `Dodavanje ${added} licence sada košta ${amount} za ostatak ovog razdoblja.`,
      few: `Dodavanje ${added} licence sada košta ${amount} za ostatak ovog razdoblja.`,
      other: `Dodavanje ${added} licenci sada košta ${amount} za ostatak ovog razdoblja.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('hr', removed, {
      one: `Dana ${date} uklonit će se ${removed} licenca. Ništa se sada ne naplaćuje niti vraća.`,
      few: `Dana ${date} uklonit će se ${removed} licence. Ništa se sada ne naplaćuje niti vraća.`,
      other: `Dana ${date} uklonit će se ${removed} licenci. Ništa se sada ne naplaćuje niti vraća.`,
    }),
  previewRecurring: (amount: string) => `Nakon toga svaka obnova košta ${amount}.`,
  quantityConfirm: 'Potvrdi',
  quantityChanging: 'Spremanje…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('hr', quantity, {
      one: `Sada imate ${quantity} licencu. Vašoj kartici naplaćeno je ${amount}.`,
      few: `Sada imate ${quantity} licence. Vašoj kartici naplaćeno je ${amount}.`,
      other: `Sada imate ${quantity} licenci. Vašoj kartici naplaćeno je ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('hr', quantity, {
      one: `Od ${date} imat ćete ${quantity} licencu.`,
      few: `Od ${date} imat ćete ${quantity} licence.`,
      other: `Od ${date} imat ćete ${quantity} licenci.`,
    }),

  // Cancel
  cancelTitle: 'Otkaži pretplatu',
  cancelExplain: (date: string) =>
    `Pretplata se više neće obnavljati. Do ${date} licence i dalje rade, a zatim svi koji ih imaju gube pristup.`,
  cancelSubmit: 'Otkaži pretplatu',
  cancelConfirm: 'Da, otkaži',
  cancelKeep: 'Zadrži pretplatu',
  canceledNotice: (date: string) => `Otkazano. Do ${date} licence i dalje rade.`,
  reactivate: 'Poništi otkazivanje',
  reactivatedNotice: (date: string) => `Dana ${date} pretplata će se ponovno obnoviti.`,

  // Billing
  billingTitle: 'Naplata',
  cardLabel: 'Kartica',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} koja završava na ${last4}, istječe ${expiry}`,
  cardNone: 'Nema spremljene kartice.',
  cardUpdate: 'Ažuriraj karticu',
  cardSave: 'Spremi karticu',
  cardSaving: 'Spremanje…',
  cardCancel: 'Odustani',
  cardUpdated: (card: string) => `Kartica je ažurirana: ${card}.`,
  invoicesTitle: 'Računi',
  invoicesNone: 'Još nema računa.',
  invoiceNumber: 'Račun',
  invoiceDate: 'Datum',
  invoiceAmount: 'Iznos',
  invoiceStatus: 'Status',
  invoicePaid: 'Plaćen',
  invoiceOpen: 'Otvoren',
  invoicePastDue: 'U kašnjenju',
  invoiceVoid: 'Poništen',
  invoicePay: 'Plati',
  invoicePayLabel: (number: string, amount: string) => `Plati račun ${number} (${amount})`,
  invoicePaying: 'Plaćanje…',
  invoicePdf: (number: string) => `Račun ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Račun ${number} je plaćen: ${amount}.`,

  // Order history
  historyTitle: 'Povijest narudžbi',
  historyChange: 'Promjena',
  historyLicenses: 'Licence',
  orderPurchase: 'Kupnja',
  orderAdded: (count: number) =>
    plural('hr', count, {
      one: `${count} licenca dodana`,
      few: `${count} licence dodane`,
      other: `${count} licenci dodano`,
    }),
  orderRemoved: (count: number) =>
    plural('hr', count, {
      one: `${count} licenca uklonjena`,
      few: `${count} licence uklonjene`,
      other: `${count} licenci uklonjeno`,
    }),
  orderRenewal: 'Obnova',
  orderCanceled: 'Otkazivanje',
  orderReactivated: 'Otkazivanje poništeno',

  // Errors
  errorNotPurchaser:
    'Ovom pretplatom može upravljati samo osoba koja ju je kupila. Obratite se njoj ili svojem IT administratoru.',
  errorSubscriptionNotFound: 'Nismo pronašli ovu pretplatu u vašoj organizaciji.',
  errorSubscriptionCanceled: 'Ova je pretplata otkazana. Najprije poništite otkazivanje.',
  errorSubscriptionExpired: 'Ova je pretplata završila.',
  errorInvalidSearch: 'Pretražujte po imenu ili adresi e-pošte, bez znakova < i >.',
  errorDuplicateUser: 'Ista je osoba odabrana dvaput. Svaku osobu odaberite samo jednom.',
  errorInvoicePaid: 'Ovaj je račun već plaćen (možda u drugom prozoru). Ništa više nije naplaćeno.',
  errorInvoiceNotPayable: 'Ovaj se račun ne može platiti ovdje.',
  errorNoCard: 'Nema spremljene kartice. Najprije dodajte karticu.',
} satisfies ManageCatalog;
