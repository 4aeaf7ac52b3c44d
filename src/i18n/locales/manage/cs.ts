import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

// Czech typography: „…“ quotes, and a no-break space (\u00a0) after one-letter words (a, i, k, o, s, u, v, z),
// so they never end a line. The plural form `many` is Czech's form for decimals (1,5 licence).
export const cs = {
  manageTitle: 'Vaše předplatná',
  manageLoading: 'Načítání předplatných…',
  manageEmpty: 'Sami jste si nekoupili žádné předplatné.',
  manageEmptyProduct: (product: string) => `${product} jste si sami nekoupili.`,
  manageSignInTitle: 'Přihlaste se a\u00a0spravujte svá předplatná',
  manageSignInIntro: 'Přihlaste se pracovním nebo školním účtem a\u00a0zobrazte a\u00a0spravujte, co jste koupili.',
  manageOpen: 'Spravovat',
  manageOpenLabel: (product: string) => `Spravovat ${product}`,
  manageBack: 'Všechna předplatná',
  manageNotice: 'Hotovo',

  statusActive: 'Aktivní',
  statusTrialing: 'Bezplatná zkušební verze',
  statusPastDue: 'Platba po splatnosti',
  statusCanceled: 'Zrušeno',
  statusExpired: 'Vypršelo',
  renewsOn: (date: string) => `Obnoví se ${date}`,
  endsOn: (date: string) => `Skončí ${date}`,
  endedOn: (date: string) => `Skončilo ${date}`,
  trialEndsOn: (date: string) => `Bezplatná zkušební verze do ${date}`,
  assignedOf: (assigned: number, quantity: number) =>
    plural('cs', quantity, {
      one: `Přiřazeno ${assigned} z\u00a0${quantity} licence`,
      few: `Přiřazeno ${assigned} z\u00a0${quantity} licencí`,
      many: `Přiřazeno ${assigned} z\u00a0${quantity} licence`,
      other: `Přiřazeno ${assigned} z\u00a0${quantity} licencí`,
    }),
  pastDueHint: 'Faktura je po splatnosti. Zaplaťte ji níže, aby licence dál fungovaly.',

  // Licenses
  licensesTitle: 'Kdo má licenci',
  licensesFree: (free: number) =>
    plural('cs', free, {
      one: `${free} licence je volná.`,
      few: `${free} licence jsou volné.`,
      many: `Volné licence: ${free}.`,
      other: `${free} licencí je volných.`,
    }),
  licensesNone: 'Licenci zatím nikdo nemá.',
  unassign: 'Odebrat',
  unassignLabel: (name: string) => `Odebrat licenci uživateli ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Odebrat licenci uživateli ${name}? Okamžitě ztratí přístup k\u00a0${product}.`,
  unassignYes: 'Odebrat licenci',
  keep: 'Ponechat',
  unassigned: (name: string) => `Licence uživatele ${name} byla odebrána.`,
  searchLabel: 'Najít lidi ve vaší organizaci',
  searchHint: 'Zadejte jméno nebo e-mail. Najednou můžete přiřadit licence až 20 lidem.',
  searchTooLong: (max: number) =>
    plural('cs', max, {
      one: `Zadejte nejvýše ${max} znak.`,
      few: `Zadejte nejvýše ${max} znaky.`,
      many: `Zadejte nejvýše ${max} znaku.`,
      other: `Zadejte nejvýše ${max} znaků.`,
    }),
  searchNone: (search: string) => `Hledání „${search}“ neodpovídá nikdo z\u00a0vaší organizace.`,
  searching: 'Hledání…',
  resultsLabel: 'Nalezení lidé',
  hasLicense: 'Má licenci',
  guestNotAssignable: 'Účet hosta: nemůže získat licenci',
  selectedCount: (count: number) =>
    plural('cs', count, {
      one: `Vybrána ${count} osoba`,
      few: `Vybrány ${count} osoby`,
      many: `Vybráno ${count} osoby`,
      other: `Vybráno ${count} osob`,
    }),
  tooManySelected: (max: number) =>
    plural('cs', max, {
      one: `Najednou můžete přiřadit licence nejvýše ${max} osobě.`,
      few: `Najednou můžete přiřadit licence nejvýše ${max} osobám.`,
      many: `Najednou můžete přiřadit licence nejvýše ${max} osoby.`,
      other: `Najednou můžete přiřadit licence nejvýše ${max} osobám.`,
    }),
  notEnoughFree: (free: number) =>
    plural('cs', free, {
      one: `Volná je jen ${free} licence. Vyberte méně lidí nebo nejdřív přidejte licence.`,
      few: `Volné jsou jen ${free} licence. Vyberte méně lidí nebo nejdřív přidejte licence.`,
      many: `Volné licence: jen ${free}. Vyberte méně lidí nebo nejdřív přidejte licence.`,
      other: `Volných je jen ${free} licencí. Vyberte méně lidí nebo nejdřív přidejte licence.`,
    }),
  assignSubmit: (count: number) =>
    plural('cs', count, {
      one: `Přiřadit ${count} licenci`,
      few: `Přiřadit ${count} licence`,
      many: `Přiřadit ${count} licence`,
      other: `Přiřadit ${count} licencí`,
    }),
  assigning: 'Přiřazování…',
  assignedNotice: (count: number) =>
    plural('cs', count, {
      one: `${count} osoba teď má licenci.`,
      few: `${count} osoby teď mají licenci.`,
      many: `${count} osoby teď má licenci.`,
      other: `${count} osob teď má licenci.`,
    }),
  assignFailedAlready: (name: string) => `${name} už licenci má.`,
  assignFailedOtherTenant: (name: string) => `${name} nepatří do vaší organizace, takže nemůže dostat licenci.`,
  assignFailedGuest: (name: string) => `${name} má účet hosta, takže nemůže dostat licenci.`,
  unassignFailed: (name: string) => `${name} nemá žádnou licenci k\u00a0odebrání.`,

  // Number of licenses
  quantityTitle: 'Počet licencí',
  quantityLabel: 'Celkový počet licencí',
  quantityHint: (min: number, max: number) =>
    `Od ${min} do ${max}. Přidané licence se účtují hned; odebrané zmizí při obnovení.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('cs', assigned, {
      one: `Přiřazena je ${assigned} licence. Než půjdete pod tento počet, odeberte licence uživatelům.`,
      few: `Přiřazeny jsou ${assigned} licence. Než půjdete pod tento počet, odeberte licence uživatelům.`,
      many: `Přiřazené licence: ${assigned}. Než půjdete pod tento počet, odeberte licence uživatelům.`,
      other: `Přiřazeno je ${assigned} licencí. Než půjdete pod tento počet, odeberte licence uživatelům.`,
    }),
  quantitySame: 'Tento počet už máte. Zadejte jiný.',
  quantityPreview: 'Zkontrolovat změnu',
  quantityPreviewing: 'Výpočet…',
  previewIncrease: (added: number, amount: string) =>
    plural('cs', added, {
      one: `Přidání ${added} licence teď stojí ${amount} za zbytek tohoto období.`,
      few: `Přidání ${added} licencí teď stojí ${amount} za zbytek tohoto období.`,
      many: `Přidání ${added} licence teď stojí ${amount} za zbytek tohoto období.`,
      other: `Přidání ${added} licencí teď stojí ${amount} za zbytek tohoto období.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('cs', removed, {
      one: `${removed} licence bude odebrána ${date}. Teď se nic neúčtuje ani nevrací.`,
      few: `${removed} licence budou odebrány ${date}. Teď se nic neúčtuje ani nevrací.`,
      many: `${removed} licence bude odebráno ${date}. Teď se nic neúčtuje ani nevrací.`,
      other: `${removed} licencí bude odebráno ${date}. Teď se nic neúčtuje ani nevrací.`,
    }),
  previewRecurring: (amount: string) => `Potom bude každé obnovení stát ${amount}.`,
  quantityConfirm: 'Potvrdit',
  quantityChanging: 'Ukládání…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('cs', quantity, {
      one: `Teď máte ${quantity} licenci. Z\u00a0vaší karty bylo strženo ${amount}.`,
      few: `Teď máte ${quantity} licence. Z\u00a0vaší karty bylo strženo ${amount}.`,
      many: `Teď máte ${quantity} licence. Z\u00a0vaší karty bylo strženo ${amount}.`,
      other: `Teď máte ${quantity} licencí. Z\u00a0vaší karty bylo strženo ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('cs', quantity, {
      one: `Od ${date} budete mít ${quantity} licenci.`,
      few: `Od ${date} budete mít ${quantity} licence.`,
      many: `Od ${date} budete mít ${quantity} licence.`,
      other: `Od ${date} budete mít ${quantity} licencí.`,
    }),

  // Cancel
  cancelTitle: 'Zrušit předplatné',
  cancelExplain: (date: string) =>
    `Předplatné se přestane obnovovat. Licence fungují do ${date}; potom o\u00a0přístup přijdou všichni, kdo je mají.`,
  cancelSubmit: 'Zrušit předplatné',
  cancelConfirm: 'Ano, zrušit',
  cancelKeep: 'Ponechat předplatné',
  canceledNotice: (date: string) => `Zrušeno. Licence fungují do ${date}.`,
  reactivate: 'Vrátit zrušení zpět',
  reactivatedNotice: (date: string) => `Předplatné se znovu obnoví ${date}.`,

  // Billing
  billingTitle: 'Fakturace',
  cardLabel: 'Karta',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} končící na ${last4}, platnost do ${expiry}`,
  cardNone: 'Není uložená žádná karta.',
  cardUpdate: 'Aktualizovat kartu',
  cardSave: 'Uložit kartu',
  cardSaving: 'Ukládání…',
  cardCancel: 'Zrušit',
  cardUpdated: (card: string) => `Karta byla aktualizována: ${card}.`,
  invoicesTitle: 'Faktury',
  invoicesNone: 'Zatím žádné faktury.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Datum',
  invoiceAmount: 'Částka',
  invoiceStatus: 'Stav',
  invoicePaid: 'Zaplaceno',
  invoiceOpen: 'K\u00a0úhradě',
  invoicePastDue: 'Po splatnosti',
  invoiceVoid: 'Stornováno',
  invoicePay: 'Zaplatit',
  invoicePayLabel: (number: string, amount: string) => `Zaplatit fakturu ${number} (${amount})`,
  invoicePaying: 'Probíhá platba…',
  invoicePdf: (number: string) => `Faktura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktura ${number} je zaplacena: ${amount}.`,

  // Order history
  historyTitle: 'Historie objednávek',
  historyChange: 'Změna',
  historyLicenses: 'Licence',
  orderPurchase: 'Nákup',
  orderAdded: (count: number) =>
    plural('cs', count, {
      one: `Přidána ${count} licence`,
      few: `Přidány ${count} licence`,
      many: `Přidáno ${count} licence`,
      other: `Přidáno ${count} licencí`,
    }),
  orderRemoved: (count: number) =>
    plural('cs', count, {
      one: `Odebrána ${count} licence`,
      few: `Odebrány ${count} licence`,
      many: `Odebráno ${count} licence`,
      other: `Odebráno ${count} licencí`,
    }),
  orderRenewal: 'Obnovení',
  orderCanceled: 'Zrušení',
  orderReactivated: 'Zrušení vráceno zpět',

  // Errors
  errorNotPurchaser: 'Toto předplatné může spravovat jen ten, kdo ho koupil. Obraťte se na něj nebo na správce IT.',
  errorSubscriptionNotFound: 'Toto předplatné jsme ve vaší organizaci nenašli.',
  errorSubscriptionCanceled: 'Toto předplatné je zrušené. Nejdřív vraťte zrušení zpět.',
  errorSubscriptionExpired: 'Toto předplatné skončilo.',
  errorInvalidSearch: 'Hledejte podle jména nebo e-mailu, bez znaků < a\u00a0>.',
  errorDuplicateUser: 'Stejná osoba je vybraná dvakrát. Vyberte každou osobu jen jednou.',
  errorInvoicePaid: 'Tato faktura už je zaplacená (možná v\u00a0jiném okně). Nic dalšího nebylo strženo.',
  errorInvoiceNotPayable: 'Tuto fakturu tady nelze zaplatit.',
  errorNoCard: 'Není uložená žádná karta. Nejdřív kartu přidejte.',
} satisfies ManageCatalog;
