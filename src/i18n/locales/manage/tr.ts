import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const tr = {
  manageTitle: 'Abonelikleriniz',
  manageLoading: 'Abonelikleriniz yükleniyor…',
  manageEmpty: 'Kendiniz hiç abonelik satın almadınız.',
  manageEmptyProduct: (product: string) => `${product} ürününü kendiniz satın almadınız.`,
  manageSignInTitle: 'Aboneliklerinizi yönetmek için oturum açın',
  manageSignInIntro: 'Satın aldıklarınızı görmek ve yönetmek için iş veya okul hesabınızla oturum açın.',
  manageOpen: 'Yönet',
  manageOpenLabel: (product: string) => `${product} ürününü yönet`,
  manageBack: 'Tüm abonelikler',
  manageNotice: 'Tamamlandı',

  statusActive: 'Etkin',
  statusTrialing: 'Ücretsiz deneme',
  statusPastDue: 'Ödeme gecikti',
  statusCanceled: 'İptal edildi',
  statusExpired: 'Süresi doldu',
  renewsOn: (date: string) => `${date} tarihinde yenilenir`,
  endsOn: (date: string) => `${date} tarihinde sona erer`,
  endedOn: (date: string) => `${date} tarihinde sona erdi`,
  trialEndsOn: (date: string) => `${date} tarihine kadar ücretsiz deneme`,
  assignedOf: (assigned: number, quantity: number) => `${quantity} lisanstan ${assigned} tanesi atandı`,
  pastDueHint: 'Gecikmiş bir fatura var. Lisansların çalışmaya devam etmesi için faturayı aşağıdan ödeyin.',

  // Licenses
  licensesTitle: 'Kimlerin lisansı var',
  licensesFree: (free: number) =>
    plural('tr', free, { one: '1 lisans kullanılabilir.', other: `${free} lisans kullanılabilir.` }),
  licensesNone: 'Henüz kimsenin lisansı yok.',
  unassign: 'Kaldır',
  unassignLabel: (name: string) => `${name} adlı kullanıcının lisansını kaldır`,
  unassignConfirm: (name: string, product: string) =>
    `${name} adlı kullanıcının lisansı kaldırılsın mı? Kullanıcı ${product} erişimini hemen kaybeder.`,
  unassignYes: 'Lisansı kaldır',
  keep: 'Koru',
  unassigned: (name: string) => `${name} adlı kullanıcının lisansı kaldırıldı.`,
  searchLabel: 'Kuruluşunuzda kişi arayın',
  searchHint: 'Bir ad veya e-posta yazın. Tek seferde en fazla 20 kişiye lisans atayabilirsiniz.',
  searchTooLong: (max: number) => `En fazla ${max} karakter yazın.`,
  searchNone: (search: string) => `Kuruluşunuzda “${search}” ile eşleşen kimse yok.`,
  searching: 'Aranıyor…',
  resultsLabel: 'Bulunan kişiler',
  hasLicense: 'Lisansı var',
  guestNotAssignable: 'Konuk hesabı: lisans alamaz',
  selectedCount: (count: number) => plural('tr', count, { one: '1 kişi seçildi', other: `${count} kişi seçildi` }),
  tooManySelected: (max: number) => `Tek seferde en fazla ${max} kişiye lisans atayabilirsiniz.`,
  notEnoughFree: (free: number) =>
    plural('tr', free, {
      one: 'Yalnızca 1 lisans kullanılabilir.',
      other: `Yalnızca ${free} lisans kullanılabilir.`,
    }) + ' Daha az kişi seçin veya önce lisans ekleyin.',
  assignSubmit: (count: number) => plural('tr', count, { one: '1 lisans ata', other: `${count} lisans ata` }),
  assigning: 'Atanıyor…',
  assignedNotice: (count: number) =>
    plural('tr', count, { one: '1 kişinin artık lisansı var.', other: `${count} kişinin artık lisansı var.` }),
  assignFailedAlready: (name: string) => `${name} adlı kullanıcının zaten lisansı var.`,
  assignFailedOtherTenant: (name: string) => `${name} kuruluşunuzda değil, bu nedenle lisans alamaz.`,
  assignFailedGuest: (name: string) => `${name} konuk hesabı kullanıyor, bu nedenle lisans alamaz.`,
  unassignFailed: (name: string) => `${name} adlı kullanıcının kaldırılacak lisansı yok.`,

  // Number of licenses
  quantityTitle: 'Lisans sayısı',
  quantityLabel: 'Toplam lisans sayısı',
  quantityHint: (min: number, max: number) =>
    `${min} ile ${max} arası. Eklenen lisanslar hemen ücretlendirilir; kaldırılanlar yenilemede düşer.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('tr', assigned, { one: '1 lisans atanmış.', other: `${assigned} lisans atanmış.` }) +
    ' Bu sayının altına inmeden önce kişilerden lisans kaldırın.',
  quantitySame: 'Şu anki sayınız bu. Başka bir sayı girin.',
  quantityPreview: 'Değişikliği gözden geçir',
  quantityPreviewing: 'Hesaplanıyor…',
  previewIncrease: (added: number, amount: string) =>
    plural('tr', added, {
      one: `Bu dönemin kalanı için 1 lisans eklemenin bedeli şimdi ${amount}.`,
      other: `Bu dönemin kalanı için ${added} lisans eklemenin bedeli şimdi ${amount}.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('tr', removed, {
      one: `1 lisans ${date} tarihinde kaldırılacak.`,
      other: `${removed} lisans ${date} tarihinde kaldırılacak.`,
    }) + ' Şimdi ücret alınmaz veya iade yapılmaz.',
  previewRecurring: (amount: string) => `Bundan sonra her yenileme ${amount} tutar.`,
  quantityConfirm: 'Onayla',
  quantityChanging: 'Kaydediliyor…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('tr', quantity, { one: 'Artık 1 lisansınız var.', other: `Artık ${quantity} lisansınız var.` }) +
    ` Kartınızdan ${amount} tahsil edildi.`,
  quantityScheduled: (quantity: number, date: string) =>
    plural('tr', quantity, {
      one: `${date} tarihinden itibaren 1 lisansınız olacak.`,
      other: `${date} tarihinden itibaren ${quantity} lisansınız olacak.`,
    }),

  // Cancel
  cancelTitle: 'Aboneliği iptal et',
  cancelExplain: (date: string) =>
    `Abonelik artık yenilenmez. Lisanslar ${date} tarihine kadar çalışır; ardından lisansı olan herkes erişimini kaybeder.`,
  cancelSubmit: 'Aboneliği iptal et',
  cancelConfirm: 'Evet, iptal et',
  cancelKeep: 'Aboneliği koru',
  canceledNotice: (date: string) => `İptal edildi. Lisanslar ${date} tarihine kadar çalışır.`,
  reactivate: 'İptali geri al',
  reactivatedNotice: (date: string) => `Abonelik ${date} tarihinde yine yenilenecek.`,

  // Billing
  billingTitle: 'Faturalama',
  cardLabel: 'Kart',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `Sonu ${last4} ile biten ${brand}, son kullanma tarihi ${expiry}`,
  cardNone: 'Kayıtlı kart yok.',
  cardUpdate: 'Kartı güncelle',
  cardSave: 'Kartı kaydet',
  cardSaving: 'Kaydediliyor…',
  cardCancel: 'İptal',
  cardUpdated: (card: string) => `Kartınız güncellendi: ${card}.`,
  invoicesTitle: 'Faturalar',
  invoicesNone: 'Henüz fatura yok.',
  invoiceNumber: 'Fatura',
  invoiceDate: 'Tarih',
  invoiceAmount: 'Tutar',
  invoiceStatus: 'Durum',
  invoicePaid: 'Ödendi',
  invoiceOpen: 'Açık',
  invoicePastDue: 'Gecikmiş',
  invoiceVoid: 'Geçersiz',
  invoicePay: 'Öde',
  invoicePayLabel: (number: string, amount: string) => `${number} numaralı faturayı öde (${amount})`,
  invoicePaying: 'Ödeniyor…',
  invoicePdf: (number: string) => `Fatura ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `${number} numaralı fatura ödendi: ${amount}.`,

  // Order history
  historyTitle: 'Sipariş geçmişi',
  historyChange: 'Değişiklik',
  historyLicenses: 'Lisanslar',
  orderPurchase: 'Satın alındı',
  orderAdded: (count: number) => plural('tr', count, { one: '1 lisans eklendi', other: `${count} lisans eklendi` }),
  orderRemoved: (count: number) =>
    plural('tr', count, { one: '1 lisans kaldırıldı', other: `${count} lisans kaldırıldı` }),
  orderRenewal: 'Yenilendi',
  orderCanceled: 'İptal edildi',
  orderReactivated: 'İptal geri alındı',

  // Errors
  errorNotPurchaser: 'Bu aboneliği yalnızca onu satın alan kişi yönetebilir. O kişiye veya BT yöneticinize başvurun.',
  errorSubscriptionNotFound: 'Bu abonelik kuruluşunuzda bulunamadı.',
  errorSubscriptionCanceled: 'Bu abonelik iptal edildi. Önce iptali geri alın.',
  errorSubscriptionExpired: 'Bu abonelik sona erdi.',
  errorInvalidSearch: '< veya > kullanmadan bir ad veya e-posta ile arayın.',
  errorDuplicateUser: 'Aynı kişi iki kez seçildi. Her kişiyi bir kez seçin.',
  errorInvoicePaid: 'Bu fatura zaten ödenmiş (belki başka bir pencerede). Ek ücret alınmadı.',
  errorInvoiceNotPayable: 'Bu fatura burada ödenemez.',
  errorNoCard: 'Kayıtlı kart yok. Önce bir kart ekleyin.',
} satisfies ManageCatalog;
