import type { FlowCatalog } from './en.js';

export const ms = {
  // Sign-in step
  signInTitle: 'Daftar masuk untuk meneruskan',
  signInIntro: (email: string, organization: string) =>
    `Daftar masuk sebagai ${email} dengan akaun ${organization} anda. Tetingkap daftar masuk Microsoft akan dibuka.`,
  signInButton: 'Daftar masuk',
  signInPreparing: 'Menyediakan daftar masuk…',
  signInBusy: 'Mendaftar masuk…',
  signInRedirecting: 'Pelayar anda menyekat tetingkap daftar masuk, jadi kami membawa anda ke halaman daftar masuk…',
  signInCancel: 'Batal',
  signInReopen: 'Buka semula tetingkap daftar masuk',
  signInStalled:
    'Masih menunggu daftar masuk. Jika anda telah menutup tetingkap daftar masuk, bukanya semula atau batalkan.',
  useDifferentEmail: 'Gunakan e-mel lain',

  // Checking
  checkingTitle: 'Menyemak perkara yang boleh anda beli…',

  // Seat step
  seatsTitle: 'Berapa banyak lesen?',
  seatsTitleAdd: 'Tambah lesen',
  seatsExisting: (count: number, product: string) => `Anda sudah mempunyai ${count} lesen ${product}.`,
  seatsLabel: 'Bilangan lesen',
  seatsHint: (min: number, max: number) =>
    `Daripada ${min} hingga ${max}. Tugaskan lesen kepada rakan sekerja selepas itu.`,
  seatsDecrease: 'Kurangkan satu lesen',
  seatsIncrease: 'Tambah satu lesen',
  planLegend: 'Pengebilan',
  planMonthly: (price: string) => `Bulanan: ${price} setiap lesen sebulan`,
  planYearly: (price: string) => `Tahunan: ${price} setiap lesen setahun`,
  totalLabel: 'Jumlah',
  totalMonthly: (amount: string) => `${amount} sebulan`,
  totalYearly: (amount: string) => `${amount} setahun`,
  taxExclusive: 'Tidak termasuk cukai yang berkenaan.',
  taxInclusive: 'Termasuk cukai.',
  disclosuresTitle: 'Sebelum anda membayar',
  disclosureBilledToYou:
    'Anda membayar dengan kad kredit anda sendiri. Anda, bukan organisasi anda, yang dibilkan dan bertanggungjawab atas pembayaran mengikut terma pembelian.',
  disclosureRenews: 'Langganan diperbaharui secara automatik sehingga anda membatalkannya.',
  disclosurePrices:
    'Harga mungkin berbeza daripada harga yang dibayar oleh organisasi anda apabila membeli secara berpusat atau melalui rakan kongsi.',
  disclosureAdminSees:
    'Pentadbir IT anda boleh melihat pembelian ini. Pentadbir boleh menugaskan lesen yang dibeli secara berpusat kepada pengguna produk ini, kemudian meminta anda membatalkan langganan.',
  disclosureDataOwner: (product: string) => `Organisasi anda memiliki dan mengawal data yang dicipta dalam ${product}.`,
  disclosureData:
    'Untuk memproses pembelian, nama, alamat e-mel dan alamat IP anda serta ID penyewa organisasi anda dan ID pengguna anda digunakan.',
  seatsSubmit: 'Teruskan ke pembayaran',
  seatsSubmitting: 'Menyediakan pembayaran…',
  seatsErrorEmpty: 'Masukkan bilangan lesen.',
  seatsErrorWhole: 'Masukkan nombor bulat, contohnya 3.',
  seatsErrorMin: (min: number) => `Beli sekurang-kurangnya ${min}.`,
  seatsErrorMax: (max: number) => `Anda boleh membeli maksimum ${max} di sini.`,

  // Trial
  trialTitle: (product: string) => `Cuba ${product} secara percuma`,
  trialIntro: (days: number) =>
    `Organisasi anda membenarkan percubaan percuma. Mulakan percubaan ${days} hari; kad kredit tidak diperlukan.`,
  trialSubmit: 'Mulakan percubaan percuma',
  trialStarting: 'Memulakan percubaan anda…',

  // Payment step
  paymentTitle: 'Bayar dengan kad',
  paymentSummary: (count: number, product: string, amount: string) => `${count} lesen ${product}: ${amount}`,
  paymentCardOnly: 'Kad kredit ialah satu-satunya kaedah pembayaran.',
  paymentLoading: 'Memuatkan borang pembayaran selamat…',
  paymentSubmit: (amount: string) => `Bayar ${amount}`,
  paymentPaying: 'Membayar…',
  paymentBack: 'Tukar lesen',
  paymentNotTwice: 'Anda tidak akan dicaj dua kali.',

  // Processing
  processingTitle: 'Mengesahkan pembayaran anda…',
  processingSlow:
    'Masih menyemak status pembayaran. Ini mungkin mengambil masa seminit. Anda tidak akan dicaj dua kali, dan anda boleh menutup tetingkap ini dan kembali kemudian.',

  // Complete
  completeTitle: 'Semuanya sudah sedia',
  completeTrialTitle: 'Percubaan anda telah bermula',
  completeSummary: (count: number, product: string, amount: string) =>
    `Anda telah membeli ${count} lesen ${product} dengan harga ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Anda telah menambah ${count} lesen ${product} dengan harga ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Anda boleh mencuba ${product} sehingga ${date}.`,
  completeStart: (product: string) => `Mula menggunakan ${product}`,
  completeAdmin: 'Tugaskan lesen dalam pusat pentadbir',
  completeManage: 'Tugaskan lesen sekarang',
  completeReceipt: 'Resit sedang dihantar ke e-mel kerja anda.',
  completeRenews:
    'Langganan diperbaharui secara automatik sehingga anda membatalkannya. Anda boleh menugaskan lesen, menambah atau mengalih keluar lesen, mengemas kini kad atau membatalkan langganan pada bila-bila masa.',
  completeTrialEnds: (product: string, date: string) =>
    `Apabila percubaan tamat pada ${date}, ${product} akan berhenti berfungsi melainkan anda membelinya. Tiada caj dikenakan.`,
  completeTerms: 'Terma pembelian',
  completeSupport: 'Sokongan standard daripada Microsoft',
  completeTraining: (product: string) => `Latihan ${product}`,
  completeAdminHint:
    'Dalam pusat pentadbir Microsoft 365, anda boleh menugaskan lesen kepada orang dalam organisasi anda (sehingga 20 orang pada satu masa), membeli lagi, membatalkan langganan, mengemas kini kad dan melihat invois.',

  // Ineligible
  ineligibleTitle: 'Anda tidak boleh membeli ini sendiri',
  reasonPersonalEmail:
    'Gunakan e-mel kerja atau sekolah anda. Alamat e-mel peribadi tidak boleh digunakan untuk membeli bagi pihak organisasi.',
  reasonNoTenant: 'Kami tidak menemui organisasi yang menggunakan domain e-mel ini dengan Microsoft.',
  reasonUnmanagedTenant:
    'Penyewa Microsoft Entra organisasi anda belum mempunyai pentadbir. Pentadbir mesti mengambil alih penyewa itu sebelum sesiapa boleh membeli.',
  reasonGovernmentTenant: 'Pembelian layan diri tidak tersedia untuk agensi kerajaan.',
  reasonEducationTenant: 'Pembelian layan diri tidak tersedia untuk institusi pendidikan.',
  reasonGuestUser:
    'Anda telah mendaftar masuk sebagai tetamu dalam organisasi ini. Hanya ahli organisasi ini boleh membeli.',
  reasonMarketUnavailable: (product: string) =>
    `${product} tidak boleh dibeli melalui layan diri di negara atau rantau organisasi anda.`,
  reasonDisabledByAdmin: (product: string) =>
    `Pentadbir IT anda telah mematikan pembelian layan diri untuk ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Pentadbir IT anda hanya membenarkan percubaan percuma tanpa kaedah pembayaran, dan ${product} tidak menawarkannya.`,
  ineligibleContact: 'Hubungi pentadbir IT anda untuk mendapatkannya.',
  ineligibleAdminMessage: (organization: string) => `Mesej daripada ${organization}:`,
  ineligibleAdminLink: 'Buka halaman permintaan organisasi anda',
  licenseRequestLabel: 'Mesej kepada pentadbir anda (pilihan)',
  licenseRequestSubmit: 'Minta lesen daripada pentadbir saya',
  licenseRequestSending: 'Menghantar…',
  licenseRequestSent: 'Permintaan anda telah dihantar kepada pentadbir anda.',

  // Errors
  errorTitle: 'Berlaku masalah',
  retry: 'Cuba lagi',
  startOver: 'Mula semula',
  errorOffline: 'Anda di luar talian. Semak sambungan anda dan cuba lagi.',
  errorTimeout: 'Perkhidmatan pembayaran mengambil masa terlalu lama untuk menjawab. Cuba lagi.',
  errorRateLimited: (seconds: number) => `Terlalu banyak cubaan. Cuba lagi dalam ${seconds} saat.`,
  errorServer: 'Berlaku masalah di pihak kami. Cuba lagi.',
  errorUnavailable: 'Perkhidmatan pembayaran tidak tersedia sekarang. Cuba lagi sebentar lagi.',
  errorBadResponse: 'Kami menerima jawapan yang tidak kami fahami. Cuba lagi.',
  errorSession: 'Daftar masuk anda telah tamat tempoh. Daftar masuk semula.',
  errorQuantity: 'Bilangan lesen itu tidak boleh dibeli. Ubah bilangannya dan cuba lagi.',
  errorNotEligible: 'Akaun anda tidak boleh membeli produk ini.',
  errorUnknown: 'Berlaku masalah. Cuba lagi.',
  errorPopupBlocked:
    'Pelayar anda menyekat tetingkap daftar masuk. Benarkan tetingkap timbul untuk halaman ini atau cuba lagi.',
  errorSignInCancelled: 'Daftar masuk telah dibatalkan. Daftar masuk untuk meneruskan.',
  errorSignInBusy:
    'Satu lagi daftar masuk sudah dibuka pada halaman ini. Selesaikan atau tutup daftar masuk itu, kemudian cuba lagi.',
  errorSignInFailed: 'Daftar masuk tidak berjaya. Cuba lagi.',
  errorAccountMismatch:
    'Anda telah mendaftar masuk dengan akaun yang berbeza daripada e-mel yang anda masukkan. Daftar masuk dengan e-mel itu atau gunakan e-mel lain.',
  errorCardDeclined: 'Kad anda ditolak. Cuba kad lain atau hubungi bank anda.',
  errorInsufficientFunds: 'Baki kad anda tidak mencukupi. Cuba kad lain.',
  errorExpiredCard: 'Kad anda telah tamat tempoh. Semak tarikh tamat tempoh atau gunakan kad lain.',
  errorIncorrectCvc: 'Kod keselamatan tidak betul. Semak kod di belakang kad anda.',
  errorAuthenticationFailed: 'Bank anda tidak dapat mengesahkan pembayaran. Cuba lagi atau gunakan kad lain.',
  errorProcessing: 'Kad anda tidak dapat diproses. Cuba lagi sebentar lagi.',
  errorIncomplete: 'Lengkapkan butiran kad anda.',
  errorPaymentLoad: 'Borang pembayaran selamat tidak dapat dimuatkan. Semak sambungan anda dan cuba lagi.',
  errorPaymentExpired: 'Pembayaran tamat tempoh sebelum selesai. Mula semula; anda belum dicaj.',
  errorPaymentFailed: 'Pembayaran tidak berjaya dan anda belum dicaj. Mula semula untuk mencuba lagi.',
} satisfies FlowCatalog;
