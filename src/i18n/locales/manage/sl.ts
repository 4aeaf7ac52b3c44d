import { plural } from '../../plural.js';
import type { ManageCatalog } from './en.js';

export const sl = {
  manageTitle: 'Vaše naročnine',
  manageLoading: 'Nalaganje naročnin…',
  manageEmpty: 'Sami niste kupili še nobene naročnine.',
  manageEmptyProduct: (product: string) => `Izdelka ${product} niste kupili sami.`,
  manageSignInTitle: 'Vpišite se za upravljanje naročnin',
  manageSignInIntro: 'Vpišite se s službenim ali šolskim računom, da si ogledate in upravljate svoje nakupe.',
  manageOpen: 'Upravljaj',
  manageOpenLabel: (product: string) => `Upravljaj ${product}`,
  manageBack: 'Vse naročnine',
  manageNotice: 'Končano',

  statusActive: 'Aktivna',
  statusTrialing: 'Brezplačni preskus',
  statusPastDue: 'Plačilo je zapadlo',
  statusCanceled: 'Preklicana',
  statusExpired: 'Potekla',
  renewsOn: (date: string) => `Podaljša se ${date}`,
  endsOn: (date: string) => `Poteče ${date}`,
  endedOn: (date: string) => `Potekla ${date}`,
  trialEndsOn: (date: string) => `Brezplačni preskus do ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Dodeljene licence: ${assigned} od ${quantity}`,
  pastDueHint: 'Račun je zapadel. Plačajte ga spodaj, da bodo licence še naprej delovale.',

  // Licenses
  licensesTitle: 'Kdo ima licenco',
  licensesFree: (free: number) =>
    plural('sl', free, {
      one: `${free} licenca je prosta.`,
      two: `${free} licenci sta prosti.`,
      few: `${free} licence so proste.`,
      other: `${free} licenc je prostih.`,
    }),
  licensesNone: 'Nihče še nima licence.',
  unassign: 'Odstrani',
  unassignLabel: (name: string) => `Odstrani licenco uporabniku ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Želite odstraniti licenco uporabniku ${name}? Dostop do izdelka ${product} bo takoj izgubljen.`,
  unassignYes: 'Odstrani licenco',
  keep: 'Obdrži',
  unassigned: (name: string) => `Licenca je bila odstranjena uporabniku ${name}.`,
  searchLabel: 'Poiščite osebe v svoji organizaciji',
  searchHint: 'Vnesite ime ali e-poštni naslov. Licence lahko dodelite največ 20 osebam hkrati.',
  searchTooLong: (max: number) =>
    plural('sl', max, {
      one: `Vnesite največ ${max} znak.`,
      two: `Vnesite največ ${max} znaka.`,
      few: `Vnesite največ ${max} znake.`,
      other: `Vnesite največ ${max} znakov.`,
    }),
  searchNone: (search: string) => `Nihče v vaši organizaciji se ne ujema z iskalnim nizom „${search}“.`,
  searching: 'Iskanje…',
  resultsLabel: 'Najdene osebe',
  hasLicense: 'Ima licenco',
  guestNotAssignable: 'Račun gosta: licence ni mogoče dodeliti',
  selectedCount: (count: number) =>
    plural('sl', count, {
      one: `Izbrana je ${count} oseba`,
      two: `Izbrani sta ${count} osebi`,
      few: `Izbrane so ${count} osebe`,
      other: `Izbranih je ${count} oseb`,
    }),
  tooManySelected: (max: number) =>
    plural('sl', max, {
      one: `Licence lahko dodelite največ ${max} osebi hkrati.`,
      two: `Licence lahko dodelite največ ${max} osebama hkrati.`,
      few: `Licence lahko dodelite največ ${max} osebam hkrati.`,
      other: `Licence lahko dodelite največ ${max} osebam hkrati.`,
    }),
  notEnoughFree: (free: number) =>
    plural('sl', free, {
      one: `Prosta je le ${free} licenca. Izberite manj oseb ali najprej dodajte licence.`,
      two: `Prosti sta le ${free} licenci. Izberite manj oseb ali najprej dodajte licence.`,
      few: `Proste so le ${free} licence. Izberite manj oseb ali najprej dodajte licence.`,
      other: `Prostih je le ${free} licenc. Izberite manj oseb ali najprej dodajte licence.`,
    }),
  assignSubmit: (count: number) =>
    plural('sl', count, {
      one: `Dodeli ${count} licenco`,
      two: `Dodeli ${count} licenci`,
      few: `Dodeli ${count} licence`,
      other: `Dodeli ${count} licenc`,
    }),
  assigning: 'Dodeljevanje…',
  assignedNotice: (count: number) =>
    plural('sl', count, {
      one: `${count} oseba ima zdaj licenco.`,
      two: `${count} osebi imata zdaj licenco.`,
      few: `${count} osebe imajo zdaj licenco.`,
      other: `${count} oseb ima zdaj licenco.`,
    }),
  assignFailedAlready: (name: string) => `${name} že ima licenco.`,
  assignFailedOtherTenant: (name: string) => `${name} ni v vaši organizaciji, zato licence ni mogoče dodeliti.`,
  assignFailedGuest: (name: string) => `${name} ima račun gosta, zato licence ni mogoče dodeliti.`,
  unassignFailed: (name: string) => `${name} nima licence, ki bi jo lahko odstranili.`,

  // Number of licenses
  quantityTitle: 'Število licenc',
  quantityLabel: 'Skupno število licenc',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Dodane licence se zaračunajo takoj; odstranjene odpadejo ob podaljšanju.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('sl', assigned, {
      one: `${assigned} licenca je dodeljena. Preden zmanjšate število pod to mejo, osebam odstranite licence.`,
      two: `${assigned} licenci sta dodeljeni. Preden zmanjšate število pod to mejo, osebam odstranite licence.`,
      few: `${assigned} licence so dodeljene. Preden zmanjšate število pod to mejo, osebam odstranite licence.`,
      other: `${assigned} licenc je dodeljenih. Preden zmanjšate število pod to mejo, osebam odstranite licence.`,
    }),
  quantitySame: 'To je število, ki ga že imate. Vnesite drugo število.',
  quantityPreview: 'Preglej spremembo',
  quantityPreviewing: 'Izračunavanje…',
  previewIncrease: (added: number, amount: string) =>
    plural('sl', added, {
      one: `Dodajanje ${added} licence zdaj stane ${amount} za preostanek tega obdobja.`,
      two: `Dodajanje ${added} licenc zdaj stane ${amount} za preostanek tega obdobja.`,
      few: `Dodajanje ${added} licenc zdaj stane ${amount} za preostanek tega obdobja.`,
      other: `Dodajanje ${added} licenc zdaj stane ${amount} za preostanek tega obdobja.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('sl', removed, {
      one: `${removed} licenca bo odstranjena ${date}. Zdaj se nič ne zaračuna ali vrne.`,
      two: `${removed} licenci bosta odstranjeni ${date}. Zdaj se nič ne zaračuna ali vrne.`,
      few: `${removed} licence bodo odstranjene ${date}. Zdaj se nič ne zaračuna ali vrne.`,
      other: `${removed} licenc bo odstranjenih ${date}. Zdaj se nič ne zaračuna ali vrne.`,
    }),
  previewRecurring: (amount: string) => `Od takrat naprej vsako podaljšanje stane ${amount}.`,
  quantityConfirm: 'Potrdi',
  quantityChanging: 'Shranjevanje…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('sl', quantity, {
      one: `Zdaj imate ${quantity} licenco. Vaša kartica je bila bremenjena za ${amount}.`,
      two: `Zdaj imate ${quantity} licenci. Vaša kartica je bila bremenjena za ${amount}.`,
      few: `Zdaj imate ${quantity} licence. Vaša kartica je bila bremenjena za ${amount}.`,
      other: `Zdaj imate ${quantity} licenc. Vaša kartica je bila bremenjena za ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('sl', quantity, {
      one: `Od ${date} boste imeli ${quantity} licenco.`,
      two: `Od ${date} boste imeli ${quantity} licenci.`,
      few: `Od ${date} boste imeli ${quantity} licence.`,
      other: `Od ${date} boste imeli ${quantity} licenc.`,
    }),

  // Cancel
  cancelTitle: 'Preklic naročnine',
  cancelExplain: (date: string) =>
    `Naročnina se ne bo več podaljševala. Licence delujejo do ${date}; nato vsi z licenco izgubijo dostop.`,
  cancelSubmit: 'Prekliči naročnino',
  cancelConfirm: 'Da, prekliči jo',
  cancelKeep: 'Obdrži naročnino',
  canceledNotice: (date: string) => `Preklicano. Licence delujejo do ${date}.`,
  reactivate: 'Razveljavi preklic',
  reactivatedNotice: (date: string) => `Naročnina se bo znova podaljšala ${date}.`,

  // Billing
  billingTitle: 'Obračunavanje',
  cardLabel: 'Kartica',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} s končnico ${last4}, poteče ${expiry}`,
  cardNone: 'Nobena kartica ni shranjena.',
  cardUpdate: 'Posodobi kartico',
  cardSave: 'Shrani kartico',
  cardSaving: 'Shranjevanje…',
  cardCancel: 'Prekliči',
  cardUpdated: (card: string) => `Vaša kartica je bila posodobljena: ${card}.`,
  invoicesTitle: 'Računi',
  invoicesNone: 'Še ni računov.',
  invoiceNumber: 'Račun',
  invoiceDate: 'Datum',
  invoiceAmount: 'Znesek',
  invoiceStatus: 'Stanje',
  invoicePaid: 'Plačan',
  invoiceOpen: 'Odprt',
  invoicePastDue: 'Zapadel',
  invoiceVoid: 'Razveljavljen',
  invoicePay: 'Plačaj',
  invoicePayLabel: (number: string, amount: string) => `Plačaj račun ${number} (${amount})`,
  invoicePaying: 'Plačevanje…',
  invoicePdf: (number: string) => `Račun ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Račun ${number} je plačan: ${amount}.`,

  // Order history
  historyTitle: 'Zgodovina naročil',
  historyChange: 'Sprememba',
  historyLicenses: 'Licence',
  orderPurchase: 'Kupljeno',
  orderAdded: (count: number) =>
    plural('sl', count, {
      one: `Dodana ${count} licenca`,
      two: `Dodani ${count} licenci`,
      few: `Dodane ${count} licence`,
      other: `Dodanih ${count} licenc`,
    }),
  orderRemoved: (count: number) =>
    plural('sl', count, {
      one: `Odstranjena ${count} licenca`,
      two: `Odstranjeni ${count} licenci`,
      few: `Odstranjene ${count} licence`,
      other: `Odstranjenih ${count} licenc`,
    }),
  orderRenewal: 'Podaljšano',
  orderCanceled: 'Preklicano',
  orderReactivated: 'Preklic razveljavljen',

  // Errors
  errorNotPurchaser: 'To naročnino lahko upravlja le oseba, ki jo je kupila. Obrnite se nanjo ali na skrbnika za IT.',
  errorSubscriptionNotFound: 'Te naročnine nismo našli v vaši organizaciji.',
  errorSubscriptionCanceled: 'Ta naročnina je preklicana. Najprej razveljavite preklic.',
  errorSubscriptionExpired: 'Ta naročnina je potekla.',
  errorInvalidSearch: 'Iščite z imenom ali e-poštnim naslovom, brez znakov < in >.',
  errorDuplicateUser: 'Ista oseba je bila izbrana dvakrat. Vsako osebo izberite le enkrat.',
  errorInvoicePaid: 'Ta račun je že plačan (morda v drugem oknu). Nič več ni bilo zaračunano.',
  errorInvoiceNotPayable: 'Tega računa tukaj ni mogoče plačati.',
  errorNoCard: 'Nobena kartica ni shranjena. Najprej dodajte kartico.',
} satisfies ManageCatalog;
