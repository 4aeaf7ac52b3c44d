import { plural } from '../../plural.js';
import type { ManageCatalog } from './en.js';

export const ro = {
  manageTitle: 'Abonamentele dvs.',
  manageLoading: 'Se încarcă abonamentele…',
  manageEmpty: 'Nu ați cumpărat personal niciun abonament.',
  manageEmptyProduct: (product: string) => `Nu ați cumpărat personal ${product}.`,
  manageSignInTitle: 'Conectați-vă pentru a vă gestiona abonamentele',
  manageSignInIntro:
    'Conectați-vă cu contul de la locul de muncă sau de la școală pentru a vedea și gestiona ce ați cumpărat.',
  manageOpen: 'Gestionați',
  manageOpenLabel: (product: string) => `Gestionați ${product}`,
  manageBack: 'Toate abonamentele',
  manageNotice: 'Gata',

  statusActive: 'Activ',
  statusTrialing: 'Versiune de încercare gratuită',
  statusPastDue: 'Plată restantă',
  statusCanceled: 'Anulat',
  statusExpired: 'Expirat',
  renewsOn: (date: string) => `Se reînnoiește pe ${date}`,
  endsOn: (date: string) => `Se încheie pe ${date}`,
  endedOn: (date: string) => `S-a încheiat pe ${date}`,
  trialEndsOn: (date: string) => `Versiune de încercare gratuită până la ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Licențe atribuite: ${assigned} din ${quantity}`,
  pastDueHint: 'O factură este restantă. Plătiți-o mai jos pentru ca licențele să funcționeze în continuare.',

  // Licenses
  licensesTitle: 'Cine are licență',
  licensesFree: (free: number) =>
    plural('ro', free, {
      one: '1 licență este liberă.',
      few: `${free} licențe sunt libere.`,
      other: `${free} de licențe sunt libere.`,
    }),
  licensesNone: 'Nimeni nu are încă o licență.',
  unassign: 'Eliminați',
  unassignLabel: (name: string) => `Eliminați licența pentru ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Eliminați licența pentru ${name}? Persoana pierde imediat accesul la ${product}.`,
  unassignYes: 'Eliminați licența',
  keep: 'Păstrați',
  unassigned: (name: string) => `Licența a fost eliminată pentru ${name}.`,
  searchLabel: 'Găsiți persoane din organizația dvs.',
  searchHint: 'Tastați un nume sau o adresă de e-mail. Puteți atribui licențe pentru cel mult 20 de persoane odată.',
  searchTooLong: (max: number) =>
    plural('ro', max, {
      one: 'Tastați cel mult 1 caracter.',
      few: `Tastați cel mult ${max} caractere.`,
      other: `Tastați cel mult ${max} de caractere.`,
    }),
  searchNone: (search: string) => `Nicio persoană din organizația dvs. nu corespunde cu „${search}”.`,
  searching: 'Se caută…',
  resultsLabel: 'Persoane găsite',
  hasLicense: 'Are licență',
  guestNotAssignable: 'Cont de invitat: nu poate primi licență',
  selectedCount: (count: number) =>
    plural('ro', count, {
      one: '1 persoană selectată',
      few: `${count} persoane selectate`,
      other: `${count} de persoane selectate`,
    }),
  tooManySelected: (max: number) =>
    plural('ro', max, {
      one: 'Puteți atribui licențe pentru cel mult 1 persoană odată.',
      few: `Puteți atribui licențe pentru cel mult ${max} persoane odată.`,
      other: `Puteți atribui licențe pentru cel mult ${max} de persoane odată.`,
    }),
  notEnoughFree: (free: number) =>
    plural('ro', free, {
      one: 'Doar 1 licență este liberă. Alegeți mai puține persoane sau adăugați mai întâi licențe.',
      few: `Doar ${free} licențe sunt libere. Alegeți mai puține persoane sau adăugați mai întâi licențe.`,
      other: `Doar ${free} de licențe sunt libere. Alegeți mai puține persoane sau adăugați mai întâi licențe.`,
    }),
  assignSubmit: (count: number) =>
    plural('ro', count, {
      one: 'Atribuiți 1 licență',
      few: `Atribuiți ${count} licențe`,
      other: `Atribuiți ${count} de licențe`,
    }),
  assigning: 'Se atribuie…',
  assignedNotice: (count: number) =>
    plural('ro', count, {
      one: '1 persoană are acum licență.',
      few: `${count} persoane au acum licență.`,
      other: `${count} de persoane au acum licență.`,
    }),
  assignFailedAlready: (name: string) => `${name} are deja o licență.`,
  assignFailedOtherTenant: (name: string) => `${name} nu face parte din organizația dvs., deci nu poate primi licență.`,
  assignFailedGuest: (name: string) => `${name} are un cont de invitat, deci nu poate primi licență.`,
  unassignFailed: (name: string) => `${name} nu are nicio licență de eliminat.`,

  // Number of licenses
  quantityTitle: 'Număr de licențe',
  quantityLabel: 'Număr total de licențe',
  quantityHint: (min: number, max: number) =>
    `Între ${min} și ${max}. Licențele adăugate se taxează acum; cele eliminate dispar la reînnoire.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('ro', assigned, {
      one: '1 licență este atribuită. Eliminați licențe de la persoane înainte de a coborî sub acest număr.',
      few: `${assigned} licențe sunt atribuite. Eliminați licențe de la persoane înainte de a coborî sub acest număr.`,
      other: `${assigned} de licențe sunt atribuite. Eliminați licențe de la persoane înainte de a coborî sub acest număr.`,
    }),
  quantitySame: 'Acesta este numărul pe care îl aveți. Introduceți alt număr.',
  quantityPreview: 'Examinați modificarea',
  quantityPreviewing: 'Se calculează…',
  previewIncrease: (added: number, amount: string) =>
    plural('ro', added, {
      one: `Adăugarea unei licențe costă acum ${amount}, pentru restul acestei perioade.`,
      few: `Adăugarea a ${added} licențe costă acum ${amount}, pentru restul acestei perioade.`,
      other: `Adăugarea a ${added} de licențe costă acum ${amount}, pentru restul acestei perioade.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('ro', removed, {
      one: `1 licență va fi eliminată pe ${date}. Acum nu se taxează și nu se rambursează nimic.`,
      few: `${removed} licențe vor fi eliminate pe ${date}. Acum nu se taxează și nu se rambursează nimic.`,
      other: `${removed} de licențe vor fi eliminate pe ${date}. Acum nu se taxează și nu se rambursează nimic.`,
    }),
  previewRecurring: (amount: string) => `De atunci, fiecare reînnoire costă ${amount}.`,
  quantityConfirm: 'Confirmați',
  quantityChanging: 'Se salvează…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('ro', quantity, {
      one: `Acum aveți 1 licență. Suma de ${amount} a fost debitată de pe card.`,
      few: `Acum aveți ${quantity} licențe. Suma de ${amount} a fost debitată de pe card.`,
      other: `Acum aveți ${quantity} de licențe. Suma de ${amount} a fost debitată de pe card.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('ro', quantity, {
      one: `Începând cu ${date}, veți avea 1 licență.`,
      few: `Începând cu ${date}, veți avea ${quantity} licențe.`,
      other: `Începând cu ${date}, veți avea ${quantity} de licențe.`,
    }),

  // Cancel
  cancelTitle: 'Anulați abonamentul',
  cancelExplain: (date: string) =>
    `Abonamentul nu se va mai reînnoi. Licențele funcționează până la ${date}; apoi toți cei care au o licență pierd accesul.`,
  cancelSubmit: 'Anulați abonamentul',
  cancelConfirm: 'Da, anulați-l',
  cancelKeep: 'Păstrați abonamentul',
  canceledNotice: (date: string) => `Anulat. Licențele funcționează până la ${date}.`,
  reactivate: 'Renunțați la anulare',
  reactivatedNotice: (date: string) => `Abonamentul se reînnoiește din nou pe ${date}.`,

  // Billing
  billingTitle: 'Facturare',
  cardLabel: 'Card',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} terminat în ${last4}, expiră la ${expiry}`,
  cardNone: 'Niciun card salvat.',
  cardUpdate: 'Actualizați cardul',
  cardSave: 'Salvați cardul',
  cardSaving: 'Se salvează…',
  cardCancel: 'Anulare',
  cardUpdated: (card: string) => `Cardul a fost actualizat: ${card}.`,
  invoicesTitle: 'Facturi',
  invoicesNone: 'Încă nu există facturi.',
  invoiceNumber: 'Factură',
  invoiceDate: 'Dată',
  invoiceAmount: 'Sumă',
  invoiceStatus: 'Stare',
  invoicePaid: 'Plătită',
  invoiceOpen: 'Deschisă',
  invoicePastDue: 'Restantă',
  invoiceVoid: 'Anulată',
  invoicePay: 'Plătiți',
  invoicePayLabel: (number: string, amount: string) => `Plătiți factura ${number} (${amount})`,
  invoicePaying: 'Se plătește…',
  invoicePdf: (number: string) => `Factura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Factura ${number} a fost plătită: ${amount}.`,

  // Order history
  historyTitle: 'Istoricul comenzilor',
  historyChange: 'Modificare',
  historyLicenses: 'Licențe',
  orderPurchase: 'Cumpărat',
  orderAdded: (count: number) =>
    plural('ro', count, {
      one: '1 licență adăugată',
      few: `${count} licențe adăugate`,
      other: `${count} de licențe adăugate`,
    }),
  orderRemoved: (count: number) =>
    plural('ro', count, {
      one: '1 licență eliminată',
      few: `${count} licențe eliminate`,
      other: `${count} de licențe eliminate`,
    }),
  orderRenewal: 'Reînnoit',
  orderCanceled: 'Anulat',
  orderReactivated: 'Anulare revocată',

  // Errors
  errorNotPurchaser:
    'Doar persoana care a cumpărat acest abonament îl poate gestiona. Adresați-vă ei sau administratorului IT.',
  errorSubscriptionNotFound: 'Nu am găsit acest abonament în organizația dvs.',
  errorSubscriptionCanceled: 'Acest abonament este anulat. Mai întâi renunțați la anulare.',
  errorSubscriptionExpired: 'Acest abonament s-a încheiat.',
  errorInvalidSearch: 'Căutați după nume sau adresă de e-mail, fără < sau >.',
  errorDuplicateUser: 'Aceeași persoană a fost aleasă de două ori. Alegeți fiecare persoană o singură dată.',
  errorInvoicePaid: 'Această factură este deja plătită (poate în altă fereastră). Nu s-a mai încasat nimic.',
  errorInvoiceNotPayable: 'Această factură nu poate fi plătită aici.',
  errorNoCard: 'Niciun card salvat. Adăugați mai întâi un card.',
} satisfies ManageCatalog;
