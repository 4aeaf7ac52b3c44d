import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N licencu" as the object of a verb (accusative). */
const licenses = (n: number) =>
  plural('sr-Latn', n, { one: `${n} licencu`, few: `${n} licence`, other: `${n} licenci` });
/** "od N licenci", "dodavanje N licenci" (genitive). */
const licensesOf = (n: number) =>
  plural('sr-Latn', n, { one: `${n} licence`, few: `${n} licence`, other: `${n} licenci` });

export const srLatn = {
  manageTitle: 'Vaše pretplate',
  manageLoading: 'Učitavanje pretplata…',
  manageEmpty: 'Niste sami kupili nijednu pretplatu.',
  manageEmptyProduct: (product: string) => `Niste sami kupili ${product}.`,
  manageSignInTitle: 'Prijavite se da biste upravljali pretplatama',
  manageSignInIntro: 'Prijavite se poslovnim ili školskim nalogom da biste videli kupljeno i upravljali time.',
  manageOpen: 'Upravljaj',
  manageOpenLabel: (product: string) => `Upravljaj pretplatom ${product}`,
  manageBack: 'Sve pretplate',
  manageNotice: 'Gotovo',

  statusActive: 'Aktivna',
  statusTrialing: 'Besplatna probna verzija',
  statusPastDue: 'Plaćanje kasni',
  statusCanceled: 'Otkazana',
  statusExpired: 'Istekla',
  renewsOn: (date: string) => `Obnavlja se ${date}`,
  endsOn: (date: string) => `Ističe ${date}`,
  endedOn: (date: string) => `Istekla ${date}`,
  trialEndsOn: (date: string) => `Besplatna probna verzija do ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Dodeljeno ${assigned} od ${licensesOf(quantity)}`,
  pastDueHint: 'Faktura kasni. Platite je u nastavku da bi licence nastavile da rade.',

  // Licenses
  licensesTitle: 'Ko ima licencu',
  licensesFree: (free: number) =>
    plural('sr-Latn', free, {
      one: `${free} licenca je slobodna.`,
      few: `${free} licence su slobodne.`,
      other: `${free} licenci je slobodno.`,
    }),
  licensesNone: 'Još niko nema licencu.',
  unassign: 'Ukloni',
  unassignLabel: (name: string) => `Ukloni licencu korisniku ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Ukloniti licencu korisniku ${name}? Pristup proizvodu ${product} odmah se gubi.`,
  unassignYes: 'Ukloni licencu',
  keep: 'Zadrži',
  unassigned: (name: string) => `Licenca je uklonjena korisniku ${name}.`,
  searchLabel: 'Pronađite osobe u organizaciji',
  searchHint: 'Unesite ime ili e-adresu. Licence možete da dodelite za najviše 20 osoba odjednom.',
  searchTooLong: (max: number) =>
    `Unesite najviše ${plural('sr-Latn', max, {
      one: `${max} znak`,
      few: `${max} znaka`,
      other: `${max} znakova`,
    })}.`,
  searchNone: (search: string) => `Niko u vašoj organizaciji ne odgovara upitu „${search}“.`,
  searching: 'Pretraga…',
  resultsLabel: 'Pronađene osobe',
  hasLicense: 'Ima licencu',
  guestNotAssignable: 'Nalog gosta: ne može da dobije licencu',
  selectedCount: (count: number) =>
    plural('sr-Latn', count, {
      one: `Izabrana je ${count} osoba`,
      few: `Izabrane su ${count} osobe`,
      other: `Izabrano je ${count} osoba`,
    }),
  tooManySelected: (max: number) =>
    `Licence možete da dodelite za najviše ${plural('sr-Latn', max, {
      one: `${max} osobu`,
      few: `${max} osobe`,
      other: `${max} osoba`,
    })} odjednom.`,
  notEnoughFree: (free: number) =>
    `${plural('sr-Latn', free, {
      one: `Slobodna je samo ${free} licenca.`,
      few: `Slobodne su samo ${free} licence.`,
      other: `Slobodno je samo ${free} licenci.`,
    })} Izaberite manje osoba ili prvo dodajte licence.`,
  assignSubmit: (count: number) => `Dodeli ${licenses(count)}`,
  assigning: 'Dodeljivanje…',
  assignedNotice: (count: number) =>
    plural('sr-Latn', count, {
      one: `${count} osoba sada ima licencu.`,
      few: `${count} osobe sada imaju licencu.`,
      other: `${count} osoba sada ima licencu.`,
    }),
  assignFailedAlready: (name: string) => `${name} već ima licencu.`,
  assignFailedOtherTenant: (name: string) => `${name} nije u vašoj organizaciji, pa ne može da dobije licencu.`,
  assignFailedGuest: (name: string) => `${name} ima nalog gosta, pa ne može da dobije licencu.`,
  unassignFailed: (name: string) => `${name} nema licencu koja bi se uklonila.`,

  // Number of licenses
  quantityTitle: 'Broj licenci',
  quantityLabel: 'Ukupan broj licenci',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Dodate licence se naplaćuju odmah, a uklonjene nestaju pri obnovi.`,
  quantityBelowAssigned: (assigned: number) =>
    `${plural('sr-Latn', assigned, {
      one: `Dodeljena je ${assigned} licenca.`,
      few: `Dodeljene su ${assigned} licence.`,
      other: `Dodeljeno je ${assigned} licenci.`,
    })} Uklonite licence osobama pre nego što smanjite broj ispod toga.`,
  quantitySame: 'To je broj koji već imate. Unesite drugi broj.',
  quantityPreview: 'Pregledaj promenu',
  quantityPreviewing: 'Izračunavanje…',
  previewIncrease: (added: number, amount: string) =>
    `Dodavanje ${licensesOf(added)} sada košta ${amount}, za ostatak ovog perioda.`,
  previewDecrease: (removed: number, date: string) =>
    `${plural('sr-Latn', removed, {
      one: `${removed} licenca će biti uklonjena`,
      few: `${removed} licence će biti uklonjene`,
      other: `${removed} licenci će biti uklonjeno`,
    })} ${date}. Sada se ništa ne naplaćuje niti vraća.`,
  previewRecurring: (amount: string) => `Nakon toga svaka obnova košta ${amount}.`,
  quantityConfirm: 'Potvrdi',
  quantityChanging: 'Čuvanje…',
  quantityAdded: (quantity: number, amount: string) =>
    `Sada imate ${licenses(quantity)}. Sa kartice je naplaćeno ${amount}.`,
  quantityScheduled: (quantity: number, date: string) => `Od ${date} imaćete ${licenses(quantity)}.`,

  // Cancel
  cancelTitle: 'Otkazivanje pretplate',
  cancelExplain: (date: string) =>
    `Pretplata se više neće obnavljati. Licence rade do ${date}; nakon toga svi koji ih imaju gube pristup.`,
  cancelSubmit: 'Otkaži pretplatu',
  cancelConfirm: 'Da, otkaži je',
  cancelKeep: 'Zadrži pretplatu',
  canceledNotice: (date: string) => `Otkazano. Licence rade do ${date}.`,
  reactivate: 'Opozovi otkazivanje',
  reactivatedNotice: (date: string) => `Pretplata će se ponovo obnoviti ${date}.`,

  // Billing
  billingTitle: 'Naplata',
  cardLabel: 'Kartica',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} koja se završava sa ${last4}, ističe ${expiry}`,
  cardNone: 'Nema sačuvane kartice.',
  cardUpdate: 'Ažuriraj karticu',
  cardSave: 'Sačuvaj karticu',
  cardSaving: 'Čuvanje…',
  cardCancel: 'Otkaži',
  cardUpdated: (card: string) => `Kartica je ažurirana: ${card}.`,
  invoicesTitle: 'Fakture',
  invoicesNone: 'Još nema faktura.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Datum',
  invoiceAmount: 'Iznos',
  invoiceStatus: 'Status',
  invoicePaid: 'Plaćena',
  invoiceOpen: 'Otvorena',
  invoicePastDue: 'Kasni',
  invoiceVoid: 'Poništena',
  invoicePay: 'Plati',
  invoicePayLabel: (number: string, amount: string) => `Plati fakturu ${number} (${amount})`,
  invoicePaying: 'Plaćanje…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} je plaćena: ${amount}.`,

  // Order history
  historyTitle: 'Istorija porudžbina',
  historyChange: 'Promena',
  historyLicenses: 'Licence',
  orderPurchase: 'Kupovina',
  orderAdded: (count: number) =>
    plural('sr-Latn', count, {
      one: `Dodata ${count} licenca`,
      few: `Dodate ${count} licence`,
      other: `Dodato ${count} licenci`,
    }),
  orderRemoved: (count: number) =>
    plural('sr-Latn', count, {
      one: `Uklonjena ${count} licenca`,
      few: `Uklonjene ${count} licence`,
      other: `Uklonjeno ${count} licenci`,
    }),
  orderRenewal: 'Obnova',
  orderCanceled: 'Otkazivanje',
  orderReactivated: 'Otkazivanje opozvano',

  // Errors
  errorNotPurchaser:
    'Ovom pretplatom može da upravlja samo osoba koja ju je kupila. Obratite se njoj ili IT administratoru.',
  errorSubscriptionNotFound: 'Nismo pronašli ovu pretplatu u vašoj organizaciji.',
  errorSubscriptionCanceled: 'Ova pretplata je otkazana. Prvo opozovite otkazivanje.',
  errorSubscriptionExpired: 'Ova pretplata je istekla.',
  errorInvalidSearch: 'Pretražujte po imenu ili e-adresi, bez < ili >.',
  errorDuplicateUser: 'Ista osoba je izabrana dvaput. Izaberite svaku osobu samo jednom.',
  errorInvoicePaid: 'Ova faktura je već plaćena (možda u drugom prozoru). Ništa više nije naplaćeno.',
  errorInvoiceNotPayable: 'Ova faktura ne može da se plati ovde.',
  errorNoCard: 'Nema sačuvane kartice. Prvo dodajte karticu.',
} satisfies ManageCatalog;
