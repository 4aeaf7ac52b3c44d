import type { ManageCatalog } from './en.js';

export const hu = {
  manageTitle: 'Az Ön előfizetései',
  manageLoading: 'Előfizetései betöltése…',
  manageEmpty: 'Még nem vásárolt saját maga előfizetést.',
  manageEmptyProduct: (product: string) => `Még nem vásárolta meg saját maga a következőt: ${product}.`,
  manageSignInTitle: 'Jelentkezzen be az előfizetései kezeléséhez',
  manageSignInIntro: 'Jelentkezzen be munkahelyi vagy iskolai fiókjával a vásárlásai megtekintéséhez és kezeléséhez.',
  manageOpen: 'Kezelés',
  manageOpenLabel: (product: string) => `${product} kezelése`,
  manageBack: 'Összes előfizetés',
  manageNotice: 'Kész',

  statusActive: 'Aktív',
  statusTrialing: 'Ingyenes próbaverzió',
  statusPastDue: 'Késedelmes fizetés',
  statusCanceled: 'Lemondva',
  statusExpired: 'Lejárt',
  renewsOn: (date: string) => `Megújul: ${date}`,
  endsOn: (date: string) => `Megszűnik: ${date}`,
  endedOn: (date: string) => `Megszűnt: ${date}`,
  trialEndsOn: (date: string) => `Ingyenes próbaverzió eddig: ${date}`,
  assignedOf: (assigned: number, quantity: number) => `${quantity} licencből ${assigned} hozzárendelve`,
  pastDueHint: 'Egy számla lejárt. Fizesse be alább, hogy a licencek továbbra is működjenek.',

  // Licenses
  licensesTitle: 'Kinek van licence',
  licensesFree: (free: number) => `${free} licenc szabad.`,
  licensesNone: 'Még senkinek nincs licence.',
  unassign: 'Eltávolítás',
  unassignLabel: (name: string) => `${name} licencének eltávolítása`,
  unassignConfirm: (name: string, product: string) =>
    `Eltávolítja ${name} licencét? Azonnal elveszíti a hozzáférést a(z) ${product} termékhez.`,
  unassignYes: 'Licenc eltávolítása',
  keep: 'Megtartás',
  unassigned: (name: string) => `${name} licence eltávolítva.`,
  searchLabel: 'Személyek keresése a szervezetében',
  searchHint: 'Írjon be egy nevet vagy e-mail-címet. Egyszerre legfeljebb 20 személyhez rendelhet hozzá licencet.',
  searchTooLong: (max: number) => `Legfeljebb ${max} karaktert írjon be.`,
  searchNone: (search: string) => `A szervezetében senki sem felel meg a keresésnek: „${search}”.`,
  searching: 'Keresés…',
  resultsLabel: 'Talált személyek',
  hasLicense: 'Van licence',
  guestNotAssignable: 'Vendégfiók: nem kaphat licencet',
  selectedCount: (count: number) => `${count} személy kiválasztva`,
  tooManySelected: (max: number) => `Egyszerre legfeljebb ${max} személyhez rendelhet hozzá licencet.`,
  notEnoughFree: (free: number) =>
    `Csak ${free} licenc szabad. Válasszon kevesebb személyt, vagy előbb adjon hozzá licenceket.`,
  assignSubmit: (count: number) => `${count} licenc hozzárendelése`,
  assigning: 'Hozzárendelés…',
  assignedNotice: (count: number) => `${count} személy kapott licencet.`,
  assignFailedAlready: (name: string) => `${name} már rendelkezik licenccel.`,
  assignFailedOtherTenant: (name: string) => `${name} nem tagja a szervezetének, így nem kaphat licencet.`,
  assignFailedGuest: (name: string) => `${name} vendégfiókkal rendelkezik, így nem kaphat licencet.`,
  unassignFailed: (name: string) => `${name} nem rendelkezik eltávolítható licenccel.`,

  // Number of licenses
  quantityTitle: 'Licencek száma',
  quantityLabel: 'Licencek teljes száma',
  quantityHint: (min: number, max: number) =>
    `${min}–${max}. A hozzáadott licenceket most számoljuk fel, az eltávolítottak a megújításkor szűnnek meg.`,
  quantityBelowAssigned: (assigned: number) =>
    `${assigned} licenc van hozzárendelve. Mielőtt ez alá csökkentené a számot, távolítson el licenceket a felhasználóktól.`,
  quantitySame: 'Jelenleg is ennyi licence van. Adjon meg másik számot.',
  quantityPreview: 'A módosítás áttekintése',
  quantityPreviewing: 'Számítás…',
  previewIncrease: (added: number, amount: string) =>
    `${added} licenc hozzáadásának díja most ${amount} az aktuális időszak hátralévő részére.`,
  previewDecrease: (removed: number, date: string) =>
    `${removed} licenc megszűnésének napja: ${date}. Most semmit nem terhelünk és nem térítünk vissza.`,
  previewRecurring: (amount: string) => `Ezt követően minden megújítás díja ${amount}.`,
  quantityConfirm: 'Megerősítés',
  quantityChanging: 'Mentés…',
  quantityAdded: (quantity: number, amount: string) =>
    `Mostantól ${quantity} licenccel rendelkezik. ${amount} összeget terheltünk a kártyájára.`,
  quantityScheduled: (quantity: number, date: string) =>
    `${quantity} licenccel fog rendelkezni ettől a naptól: ${date}.`,

  // Cancel
  cancelTitle: 'Az előfizetés lemondása',
  cancelExplain: (date: string) =>
    `Az automatikus megújítás leáll. A licencek eddig működnek: ${date}; utána mindenki, akinek van licence, elveszíti a hozzáférést.`,
  cancelSubmit: 'Az előfizetés lemondása',
  cancelConfirm: 'Igen, lemondom',
  cancelKeep: 'Az előfizetés megtartása',
  canceledNotice: (date: string) => `Lemondva. A licencek eddig működnek: ${date}.`,
  reactivate: 'A lemondás visszavonása',
  reactivatedNotice: (date: string) => `Az előfizetés újra megújul: ${date}.`,

  // Billing
  billingTitle: 'Számlázás',
  cardLabel: 'Kártya',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand}, végződés: ${last4}, lejárat: ${expiry}`,
  cardNone: 'Nincs mentett kártya.',
  cardUpdate: 'Kártya frissítése',
  cardSave: 'Kártya mentése',
  cardSaving: 'Mentés…',
  cardCancel: 'Mégse',
  cardUpdated: (card: string) => `Kártyája frissítve: ${card}.`,
  invoicesTitle: 'Számlák',
  invoicesNone: 'Még nincsenek számlák.',
  invoiceNumber: 'Számla',
  invoiceDate: 'Dátum',
  invoiceAmount: 'Összeg',
  invoiceStatus: 'Állapot',
  invoicePaid: 'Kifizetve',
  invoiceOpen: 'Nyitott',
  invoicePastDue: 'Lejárt',
  invoiceVoid: 'Érvénytelenítve',
  invoicePay: 'Fizetés',
  invoicePayLabel: (number: string, amount: string) => `${number} számú számla kifizetése (${amount})`,
  invoicePaying: 'Fizetés…',
  invoicePdf: (number: string) => `${number} számú számla (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `A(z) ${number} számú számla kifizetve: ${amount}.`,

  // Order history
  historyTitle: 'Rendelési előzmények',
  historyChange: 'Változás',
  historyLicenses: 'Licencek',
  orderPurchase: 'Vásárlás',
  orderAdded: (count: number) => `${count} licenc hozzáadva`,
  orderRemoved: (count: number) => `${count} licenc eltávolítva`,
  orderRenewal: 'Megújítva',
  orderCanceled: 'Lemondva',
  orderReactivated: 'Lemondás visszavonva',

  // Errors
  errorNotPurchaser:
    'Ezt az előfizetést csak az kezelheti, aki megvásárolta. Forduljon hozzá vagy az informatikai rendszergazdájához.',
  errorSubscriptionNotFound: 'Ez az előfizetés nem található a szervezetében.',
  errorSubscriptionCanceled: 'Ez az előfizetés le van mondva. Először vonja vissza a lemondást.',
  errorSubscriptionExpired: 'Ez az előfizetés megszűnt.',
  errorInvalidSearch: 'Névvel vagy e-mail-címmel keressen, < és > nélkül.',
  errorDuplicateUser: 'Ugyanazt a személyt kétszer választotta ki. Mindenkit csak egyszer válasszon ki.',
  errorInvoicePaid: 'Ez a számla már ki van fizetve (talán egy másik ablakban). Nem terheltünk meg többet.',
  errorInvoiceNotPayable: 'Ez a számla itt nem fizethető ki.',
  errorNoCard: 'Nincs mentett kártya. Először adjon meg egy kártyát.',
} satisfies ManageCatalog;
