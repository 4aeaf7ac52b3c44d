import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const eu = {
  manageTitle: 'Zure harpidetzak',
  manageLoading: 'Zure harpidetzak kargatzen…',
  manageEmpty: 'Ez duzu harpidetzarik erosi zuk zeuk.',
  manageEmptyProduct: (product: string) => `Ez duzu ${product} erosi zuk zeuk.`,
  manageSignInTitle: 'Hasi saioa zure harpidetzak kudeatzeko',
  manageSignInIntro: 'Hasi saioa laneko edo eskolako kontuarekin, erosi duzuna ikusteko eta kudeatzeko.',
  manageOpen: 'Kudeatu',
  manageOpenLabel: (product: string) => `Kudeatu ${product}`,
  manageBack: 'Harpidetza guztiak',
  manageNotice: 'Eginda',

  statusActive: 'Aktibo',
  statusTrialing: 'Doako proba',
  statusPastDue: 'Ordainketa atzeratuta',
  statusCanceled: 'Bertan behera utzita',
  statusExpired: 'Iraungita',
  renewsOn: (date: string) => `Berrituko da: ${date}`,
  endsOn: (date: string) => `Amaituko da: ${date}`,
  endedOn: (date: string) => `Amaitu zen: ${date}`,
  trialEndsOn: (date: string) => `Doako proba ${date} arte`,
  assignedOf: (assigned: number, quantity: number) => `Esleitutako lizentziak: ${assigned} / ${quantity}`,
  pastDueHint: 'Faktura bat epez kanpo dago. Ordaindu behean, lizentziek funtzionatzen jarrai dezaten.',

  // Licenses
  licensesTitle: 'Nork du lizentzia',
  licensesFree: (free: number) =>
    plural('eu', free, { one: 'Lizentzia 1 dago libre.', other: `${free} lizentzia daude libre.` }),
  licensesNone: 'Oraindik inork ez du lizentziarik.',
  unassign: 'Kendu',
  unassignLabel: (name: string) => `Kendu lizentzia ${name} erabiltzaileari`,
  unassignConfirm: (name: string, product: string) =>
    `Lizentzia kendu nahi diozu ${name} erabiltzaileari? Berehala galduko du ${product} produkturako sarbidea.`,
  unassignYes: 'Kendu lizentzia',
  keep: 'Mantendu',
  unassigned: (name: string) => `Lizentzia kendu zaio ${name} erabiltzaileari.`,
  searchLabel: 'Bilatu pertsonak zure erakundean',
  searchHint:
    'Idatzi izen bat edo helbide elektroniko bat. Gehienez 20 pertsonari esleitu diezazkiekezu lizentziak aldi berean.',
  searchTooLong: (max: number) => `Idatzi gehienez ${max} karaktere.`,
  searchNone: (search: string) => `Zure erakundeko inor ez dator bat «${search}» bilaketarekin.`,
  searching: 'Bilatzen…',
  resultsLabel: 'Aurkitutako pertsonak',
  hasLicense: 'Badu lizentzia',
  guestNotAssignable: 'Gonbidatu-kontua: ezin du lizentziarik jaso',
  selectedCount: (count: number) =>
    plural('eu', count, { one: 'Pertsona 1 hautatuta', other: `${count} pertsona hautatuta` }),
  tooManySelected: (max: number) => `Gehienez ${max} pertsonari esleitu diezazkiekezu lizentziak aldi berean.`,
  notEnoughFree: (free: number) =>
    plural('eu', free, {
      one: 'Lizentzia 1 bakarrik dago libre. Hautatu pertsona gutxiago, edo gehitu lizentziak lehenik.',
      other: `${free} lizentzia bakarrik daude libre. Hautatu pertsona gutxiago, edo gehitu lizentziak lehenik.`,
    }),
  assignSubmit: (count: number) =>
    plural('eu', count, { one: 'Esleitu lizentzia 1', other: `Esleitu ${count} lizentzia` }),
  assigning: 'Esleitzen…',
  assignedNotice: (count: number) =>
    plural('eu', count, {
      one: 'Pertsona batek du orain lizentzia.',
      other: `${count} pertsonak dute orain lizentzia.`,
    }),
  assignFailedAlready: (name: string) => `${name} erabiltzaileak badu lizentzia.`,
  assignFailedOtherTenant: (name: string) => `${name} ez dago zure erakundean; beraz, ezin du lizentziarik jaso.`,
  assignFailedGuest: (name: string) => `${name} erabiltzaileak gonbidatu-kontua du; beraz, ezin du lizentziarik jaso.`,
  unassignFailed: (name: string) => `${name} erabiltzaileak ez du kentzeko lizentziarik.`,

  // Number of licenses
  quantityTitle: 'Lizentzia kopurua',
  quantityLabel: 'Lizentzia kopurua guztira',
  quantityHint: (min: number, max: number) =>
    `${min} eta ${max} artean. Gehitutako lizentziak orain kobratzen dira; kendutakoak berritzean kenduko dira.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('eu', assigned, {
      one: 'Lizentzia 1 dago esleituta. Gutxiago izateko, kendu lizentziak pertsona batzuei lehenik.',
      other: `${assigned} lizentzia daude esleituta. Gutxiago izateko, kendu lizentziak pertsona batzuei lehenik.`,
    }),
  quantitySame: 'Hori da daukazun kopurua. Idatzi beste kopuru bat.',
  quantityPreview: 'Berrikusi aldaketa',
  quantityPreviewing: 'Kalkulatzen…',
  previewIncrease: (added: number, amount: string) =>
    plural('eu', added, {
      one: `Lizentzia 1 gehitzeak ${amount} balio du orain, aldi honen gainerakorako.`,
      other: `${added} lizentzia gehitzeak ${amount} balio du orain, aldi honen gainerakorako.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('eu', removed, {
      one: `Lizentzia 1 kenduko da data honetan: ${date}. Orain ez da ezer kobratzen edo itzultzen.`,
      other: `${removed} lizentzia kenduko dira data honetan: ${date}. Orain ez da ezer kobratzen edo itzultzen.`,
    }),
  previewRecurring: (amount: string) => `Handik aurrera, berritze bakoitzak ${amount} balioko du.`,
  quantityConfirm: 'Berretsi',
  quantityChanging: 'Gordetzen…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('eu', quantity, {
      one: `Orain lizentzia 1 duzu. Zure txartelean kobratu da zenbateko hau: ${amount}.`,
      other: `Orain ${quantity} lizentzia dituzu. Zure txartelean kobratu da zenbateko hau: ${amount}.`,
    }),
  quantityScheduled: (quantity: number, date: string) =>
    plural('eu', quantity, {
      one: `Lizentzia 1 izango duzu data honetatik aurrera: ${date}.`,
      other: `${quantity} lizentzia izango dituzu data honetatik aurrera: ${date}.`,
    }),

  // Cancel
  cancelTitle: 'Utzi harpidetza bertan behera',
  cancelExplain: (date: string) =>
    `Ez da berrituko. Lizentziek ${date} arte funtzionatuko dute; ondoren, lizentzia duten guztiek sarbidea galduko dute.`,
  cancelSubmit: 'Utzi harpidetza bertan behera',
  cancelConfirm: 'Bai, utzi bertan behera',
  cancelKeep: 'Mantendu harpidetza',
  canceledNotice: (date: string) => `Bertan behera utzi da. Lizentziek ${date} arte funtzionatuko dute.`,
  reactivate: 'Desegin bertan behera uztea',
  reactivatedNotice: (date: string) => `Harpidetza berriro berrituko da data honetan: ${date}.`,

  // Billing
  billingTitle: 'Fakturazioa',
  cardLabel: 'Txartela',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${last4} zenbakiekin amaitzen den ${brand} txartela; iraungitze-data: ${expiry}`,
  cardNone: 'Ez dago txartelik gordeta.',
  cardUpdate: 'Eguneratu txartela',
  cardSave: 'Gorde txartela',
  cardSaving: 'Gordetzen…',
  cardCancel: 'Utzi',
  cardUpdated: (card: string) => `Txartela eguneratu da: ${card}.`,
  invoicesTitle: 'Fakturak',
  invoicesNone: 'Oraindik ez dago fakturarik.',
  invoiceNumber: 'Faktura',
  invoiceDate: 'Data',
  invoiceAmount: 'Zenbatekoa',
  invoiceStatus: 'Egoera',
  invoicePaid: 'Ordainduta',
  invoiceOpen: 'Ordaintzeke',
  invoicePastDue: 'Epez kanpo',
  invoiceVoid: 'Baliogabetuta',
  invoicePay: 'Ordaindu',
  invoicePayLabel: (number: string, amount: string) => `Ordaindu ${number} faktura (${amount})`,
  invoicePaying: 'Ordaintzen…',
  invoicePdf: (number: string) => `${number} faktura (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `${number} faktura ordainduta dago: ${amount}.`,

  // Order history
  historyTitle: 'Eskaera-historia',
  historyChange: 'Aldaketa',
  historyLicenses: 'Lizentziak',
  orderPurchase: 'Erosketa',
  orderAdded: (count: number) =>
    plural('eu', count, { one: 'Lizentzia 1 gehitu da', other: `${count} lizentzia gehitu dira` }),
  orderRemoved: (count: number) =>
    plural('eu', count, { one: 'Lizentzia 1 kendu da', other: `${count} lizentzia kendu dira` }),
  orderRenewal: 'Berritzea',
  orderCanceled: 'Bertan behera utzita',
  orderReactivated: 'Bertan behera uztea desegin da',

  // Errors
  errorNotPurchaser:
    'Harpidetza hau erosi zuen pertsonak bakarrik kudea dezake. Galdetu pertsona horri edo zure informatika-administratzaileari.',
  errorSubscriptionNotFound: 'Ez dugu harpidetza hau aurkitu zure erakundean.',
  errorSubscriptionCanceled: 'Harpidetza hau bertan behera utzi da. Desegin bertan behera uztea lehenik.',
  errorSubscriptionExpired: 'Harpidetza hau amaitu da.',
  errorInvalidSearch: 'Bilatu izen edo helbide elektroniko baten bidez, < edo > gabe.',
  errorDuplicateUser: 'Pertsona bera bi aldiz hautatu da. Hautatu pertsona bakoitza behin bakarrik.',
  errorInvoicePaid: 'Faktura hau ordainduta dago dagoeneko (agian beste leiho batean). Ez da ezer gehiago kobratu.',
  errorInvoiceNotPayable: 'Faktura hau ezin da hemen ordaindu.',
  errorNoCard: 'Ez dago txartelik gordeta. Gehitu txartel bat lehenik.',
} satisfies ManageCatalog;
