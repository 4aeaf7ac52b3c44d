import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const tr = {
  // Sign-in step
  signInTitle: 'Devam etmek için oturum açın',
  signInIntro: (email: string, organization: string) =>
    `${organization} hesabınızla ${email} olarak oturum açın. Bir Microsoft oturum açma penceresi açılır.`,
  signInButton: 'Oturum aç',
  signInPreparing: 'Oturum açma hazırlanıyor…',
  signInBusy: 'Oturum açılıyor…',
  signInRedirecting:
    'Tarayıcınız oturum açma penceresini engelledi; bunun yerine sizi oturum açma sayfasına yönlendiriyoruz…',
  signInCancel: 'İptal',
  signInReopen: 'Oturum açma penceresini yeniden aç',
  signInStalled: 'Hâlâ oturum açmanız bekleniyor. Oturum açma penceresini kapattıysanız yeniden açın veya iptal edin.',
  useDifferentEmail: 'Farklı bir e-posta kullan',

  // Checking
  checkingTitle: 'Neler satın alabileceğiniz kontrol ediliyor…',

  // Seat step
  seatsTitle: 'Kaç lisans?',
  seatsTitleAdd: 'Lisans ekle',
  seatsExisting: (count: number, product: string) =>
    plural('tr', count, {
      one: `${product} için zaten 1 lisansınız var.`,
      other: `${product} için zaten ${count} lisansınız var.`,
    }),
  seatsLabel: 'Lisans sayısı',
  seatsHint: (min: number, max: number) =>
    `${min} ile ${max} arası. Lisansları daha sonra iş arkadaşlarınıza atayabilirsiniz.`,
  seatsDecrease: 'Bir lisans daha az',
  seatsIncrease: 'Bir lisans daha fazla',
  planLegend: 'Faturalama sıklığı',
  planMonthly: (price: string) => `Aylık: lisans başına aylık ${price}`,
  planYearly: (price: string) => `Yıllık: lisans başına yıllık ${price}`,
  totalLabel: 'Toplam',
  totalMonthly: (amount: string) => `Aylık ${amount}`,
  totalYearly: (amount: string) => `Yıllık ${amount}`,
  taxExclusive: 'Geçerli vergiler eklenir.',
  taxInclusive: 'Vergiler dahil.',
  disclosuresTitle: 'Ödemeden önce',
  disclosureBilledToYou:
    'Kendi kredi kartınızla ödersiniz. Faturalandırılan ve satın alma koşullarına göre ödemeden sorumlu olan kuruluşunuz değil, sizsiniz.',
  disclosureRenews: 'Abonelik, siz iptal edene kadar otomatik olarak yenilenir.',
  disclosurePrices:
    'Fiyatlar, kuruluşunuzun merkezi olarak veya bir iş ortağı aracılığıyla satın alırken ödediğinden farklı olabilir.',
  disclosureAdminSees:
    'BT yöneticiniz bu satın alma işlemini görebilir. Bir yönetici, ürünü kullananlara merkezi olarak satın alınmış lisanslar atayıp ardından sizden aboneliği iptal etmenizi isteyebilir.',
  disclosureDataOwner: (product: string) =>
    `${product} içinde oluşturulan verilerin sahibi ve denetleyicisi kuruluşunuzdur.`,
  disclosureData:
    'Satın alma işlemi için adınız, e-posta adresiniz, IP adresiniz ve kuruluşunuzun kiracı ve kullanıcı kimlikleri kullanılır.',
  seatsSubmit: 'Ödemeye devam et',
  seatsSubmitting: 'Ödeme hazırlanıyor…',
  seatsErrorEmpty: 'Lisans sayısını girin.',
  seatsErrorWhole: 'Tam sayı girin, örneğin 3.',
  seatsErrorMin: (min: number) => `En az ${min} satın alın.`,
  seatsErrorMax: (max: number) => `Burada en fazla ${max} satın alabilirsiniz.`,

  // Trial
  trialTitle: (product: string) => `${product} ürününü ücretsiz deneyin`,
  trialIntro: (days: number) =>
    `Kuruluşunuz ücretsiz denemelere izin veriyor. ${days} günlük bir deneme başlatın; kredi kartı gerekmez.`,
  trialSubmit: 'Ücretsiz denemeyi başlat',
  trialStarting: 'Denemeniz başlatılıyor…',

  // Payment step
  paymentTitle: 'Kartla öde',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('tr', count, {
      one: `${product} için 1 lisans: ${amount}`,
      other: `${product} için ${count} lisans: ${amount}`,
    }),
  paymentCardOnly: 'Tek ödeme yöntemi kredi kartıdır.',
  paymentLoading: 'Güvenli ödeme formu yükleniyor…',
  paymentSubmit: (amount: string) => `${amount} öde`,
  paymentPaying: 'Ödeniyor…',
  paymentBack: 'Lisansları değiştir',
  paymentNotTwice: 'Sizden iki kez ücret alınmaz.',

  // Processing
  processingTitle: 'Ödemeniz onaylanıyor…',
  processingSlow:
    'Ödeme durumu hâlâ kontrol ediliyor. Bu bir dakika sürebilir. Sizden iki kez ücret alınmaz; bu pencereyi kapatıp daha sonra geri dönebilirsiniz.',

  // Complete
  completeTitle: 'Her şey hazır',
  completeTrialTitle: 'Denemeniz başladı',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('tr', count, {
      one: `${product} için ${amount} karşılığında 1 lisans satın aldınız.`,
      other: `${product} için ${amount} karşılığında ${count} lisans satın aldınız.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('tr', count, {
      one: `${product} için ${amount} karşılığında 1 lisans eklediniz.`,
      other: `${product} için ${amount} karşılığında ${count} lisans eklediniz.`,
    }),
  completeTrialSummary: (product: string, date: string) =>
    `${product} ürününü ${date} tarihine kadar deneyebilirsiniz.`,
  completeStart: (product: string) => `${product} ürününü kullanmaya başla`,
  completeAdmin: 'Lisansları yönetim merkezinde ata',
  completeManage: 'Lisansları şimdi ata',
  completeReceipt: 'Makbuz iş e-postanıza gönderiliyor.',
  completeRenews:
    'Abonelik, siz iptal edene kadar otomatik olarak yenilenir. İstediğiniz zaman lisans atayabilir, lisans ekleyip kaldırabilir, kartınızı güncelleyebilir veya iptal edebilirsiniz.',
  completeTrialEnds: (product: string, date: string) =>
    `Deneme ${date} tarihinde sona erdiğinde, satın almazsanız ${product} çalışmayı durdurur. Sizden ücret alınmaz.`,
  completeTerms: 'Satın alma koşulları',
  completeSupport: 'Microsoft standart desteği',
  completeTraining: (product: string) => `${product} eğitimi`,
  completeAdminHint:
    'Microsoft 365 yönetim merkezinde kuruluşunuzdaki kişilere lisans atayabilir (tek seferde en fazla 20), daha fazla satın alabilir, iptal edebilir, kartınızı güncelleyebilir ve faturaları görebilirsiniz.',

  // Ineligible
  ineligibleTitle: 'Bunu kendiniz satın alamazsınız',
  reasonPersonalEmail:
    'İş veya okul e-postanızı kullanın. Kişisel e-posta adresleriyle bir kuruluş adına satın alma yapılamaz.',
  reasonNoTenant: 'Bu e-postanın etki alanını Microsoft ile kullanan bir kuruluş bulamadık.',
  reasonUnmanagedTenant:
    'Kuruluşunuzun Microsoft Entra kiracısının henüz bir yöneticisi yok. Herhangi birinin satın alabilmesi için önce bir yöneticinin kiracıyı devralması gerekir.',
  reasonGovernmentTenant: 'Self servis satın alma, kamu kurumları için kullanılamaz.',
  reasonEducationTenant: 'Self servis satın alma, eğitim kurumları için kullanılamaz.',
  reasonGuestUser: 'Bu kuruluşta konuk olarak oturum açtınız. Yalnızca kuruluşun kendi üyeleri satın alabilir.',
  reasonMarketUnavailable: (product: string) =>
    `${product}, kuruluşunuzun ülkesinde veya bölgesinde self servis olarak satın alınamaz.`,
  reasonDisabledByAdmin: (product: string) => `BT yöneticiniz ${product} için self servis satın almayı kapattı.`,
  reasonTrialsOnly: (product: string) =>
    `BT yöneticiniz yalnızca ödeme yöntemi gerektirmeyen ücretsiz denemelere izin veriyor ve ${product} için böyle bir deneme yok.`,
  ineligibleContact: 'Edinmek için BT yöneticinize başvurun.',
  ineligibleAdminMessage: (organization: string) => `${organization} kuruluşundan bir ileti:`,
  ineligibleAdminLink: 'Kuruluşunuzun istek sayfasını aç',
  licenseRequestLabel: 'Yöneticinize ileti (isteğe bağlı)',
  licenseRequestSubmit: 'Yöneticimden lisans iste',
  licenseRequestSending: 'Gönderiliyor…',
  licenseRequestSent: 'İsteğiniz yöneticinize gönderildi.',

  // Errors
  errorTitle: 'Bir sorun oluştu',
  retry: 'Yeniden dene',
  startOver: 'Baştan başla',
  errorOffline: 'Çevrimdışısınız. Bağlantınızı kontrol edip yeniden deneyin.',
  errorTimeout: 'Ödeme hizmetinin yanıtı çok uzun sürdü. Yeniden deneyin.',
  errorRateLimited: (seconds: number) =>
    plural('tr', seconds, {
      one: 'Çok fazla deneme yapıldı. 1 saniye sonra yeniden deneyin.',
      other: `Çok fazla deneme yapıldı. ${seconds} saniye sonra yeniden deneyin.`,
    }),
  errorServer: 'Bizim tarafımızda bir sorun oluştu. Yeniden deneyin.',
  errorUnavailable: 'Ödeme hizmeti şu anda kullanılamıyor. Biraz sonra yeniden deneyin.',
  errorBadResponse: 'Anlayamadığımız bir yanıt aldık. Yeniden deneyin.',
  errorSession: 'Oturumunuzun süresi doldu. Yeniden oturum açın.',
  errorQuantity: 'Bu sayıda lisans satın alınamaz. Sayıyı değiştirip yeniden deneyin.',
  errorNotEligible: 'Hesabınız bu ürünü satın alamaz.',
  errorUnknown: 'Bir sorun oluştu. Yeniden deneyin.',
  errorPopupBlocked:
    'Tarayıcınız oturum açma penceresini engelledi. Bu sayfa için açılır pencerelere izin verin veya yeniden deneyin.',
  errorSignInCancelled: 'Oturum açma iptal edildi. Devam etmek için oturum açın.',
  errorSignInBusy:
    'Bu sayfada zaten başka bir oturum açma işlemi açık. Tamamlayın veya kapatın, ardından yeniden deneyin.',
  errorSignInFailed: 'Oturum açılamadı. Yeniden deneyin.',
  errorAccountMismatch:
    'Girdiğiniz e-postadan farklı bir hesapla oturum açtınız. O e-postayla oturum açın veya farklı bir e-posta kullanın.',
  errorCardDeclined: 'Kartınız reddedildi. Başka bir kart deneyin veya bankanıza başvurun.',
  errorInsufficientFunds: 'Kartınızda yeterli bakiye yok. Başka bir kart deneyin.',
  errorExpiredCard: 'Kartınızın süresi dolmuş. Son kullanma tarihini kontrol edin veya başka bir kart kullanın.',
  errorIncorrectCvc: 'Güvenlik kodu yanlış. Kartınızın arkasındaki kodu kontrol edin.',
  errorAuthenticationFailed: 'Bankanız ödemeyi doğrulayamadı. Yeniden deneyin veya başka bir kart kullanın.',
  errorProcessing: 'Kartınız işlenemedi. Biraz sonra yeniden deneyin.',
  errorIncomplete: 'Kart bilgilerinizi tamamlayın.',
  errorPaymentLoad: 'Güvenli ödeme formu yüklenemedi. Bağlantınızı kontrol edip yeniden deneyin.',
  errorPaymentExpired: 'Ödemenin süresi, ödeme tamamlanmadan doldu. Baştan başlayın; sizden ücret alınmadı.',
  errorPaymentFailed: 'Ödeme gerçekleşmedi ve sizden ücret alınmadı. Yeniden denemek için baştan başlayın.',
} satisfies FlowCatalog;
