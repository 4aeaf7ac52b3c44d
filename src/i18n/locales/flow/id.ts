import type { FlowCatalog } from './en.js';

export const id = {
  // Sign-in step
  signInTitle: 'Masuk untuk melanjutkan',
  signInIntro: (email: string, organization: string) =>
    `Masuk sebagai ${email} dengan akun ${organization} Anda. Jendela masuk Microsoft akan terbuka.`,
  signInButton: 'Masuk',
  signInPreparing: 'Menyiapkan proses masuk…',
  signInBusy: 'Sedang masuk…',
  signInRedirecting: 'Browser Anda memblokir jendela masuk, jadi kami mengarahkan Anda ke halaman masuk…',
  signInCancel: 'Batal',
  signInReopen: 'Buka jendela masuk lagi',
  signInStalled: 'Masih menunggu proses masuk. Jika Anda menutup jendela masuk, buka lagi atau batalkan.',
  useDifferentEmail: 'Gunakan email lain',

  // Checking
  checkingTitle: 'Memeriksa apa yang dapat Anda beli…',

  // Seat step
  seatsTitle: 'Berapa banyak lisensi?',
  seatsTitleAdd: 'Tambahkan lisensi',
  seatsExisting: (count: number, product: string) => `Anda sudah memiliki ${count} lisensi ${product}.`,
  seatsLabel: 'Jumlah lisensi',
  seatsHint: (min: number, max: number) => `Dari ${min} hingga ${max}. Tetapkan lisensi ke rekan kerja setelahnya.`,
  seatsDecrease: 'Kurangi satu lisensi',
  seatsIncrease: 'Tambah satu lisensi',
  planLegend: 'Penagihan',
  planMonthly: (price: string) => `Bulanan: ${price} per lisensi per bulan`,
  planYearly: (price: string) => `Tahunan: ${price} per lisensi per tahun`,
  totalLabel: 'Total',
  totalMonthly: (amount: string) => `${amount} per bulan`,
  totalYearly: (amount: string) => `${amount} per tahun`,
  taxExclusive: 'Belum termasuk pajak yang berlaku.',
  taxInclusive: 'Sudah termasuk pajak.',
  disclosuresTitle: 'Sebelum Anda membayar',
  disclosureBilledToYou:
    'Anda membayar dengan kartu kredit Anda sendiri. Anda, bukan organisasi Anda, yang ditagih dan bertanggung jawab atas pembayaran sesuai ketentuan pembelian.',
  disclosureRenews: 'Langganan diperpanjang secara otomatis hingga Anda membatalkannya.',
  disclosurePrices:
    'Harga dapat berbeda dari yang dibayar organisasi Anda saat membeli secara terpusat atau melalui mitra.',
  disclosureAdminSees:
    'Admin TI Anda dapat melihat pembelian ini. Admin dapat menetapkan lisensi yang dibeli secara terpusat kepada pengguna produk ini, lalu meminta Anda membatalkan langganan.',
  disclosureDataOwner: (product: string) =>
    `Organisasi Anda memiliki dan mengendalikan data yang dibuat di ${product}.`,
  disclosureData:
    'Untuk memproses pembelian, kami menggunakan nama, alamat email, dan alamat IP Anda, serta ID penyewa organisasi Anda dan ID pengguna Anda.',
  seatsSubmit: 'Lanjutkan ke pembayaran',
  seatsSubmitting: 'Menyiapkan pembayaran…',
  seatsErrorEmpty: 'Masukkan jumlah lisensi.',
  seatsErrorWhole: 'Masukkan bilangan bulat, misalnya 3.',
  seatsErrorMin: (min: number) => `Beli minimal ${min}.`,
  seatsErrorMax: (max: number) => `Anda dapat membeli maksimal ${max} di sini.`,

  // Trial
  trialTitle: (product: string) => `Coba ${product} secara gratis`,
  trialIntro: (days: number) =>
    `Organisasi Anda mengizinkan uji coba gratis. Mulai uji coba ${days} hari; kartu kredit tidak diperlukan.`,
  trialSubmit: 'Mulai uji coba gratis',
  trialStarting: 'Memulai uji coba Anda…',

  // Payment step
  paymentTitle: 'Bayar dengan kartu',
  paymentSummary: (count: number, product: string, amount: string) => `${count} lisensi ${product}: ${amount}`,
  paymentCardOnly: 'Kartu kredit adalah satu-satunya metode pembayaran.',
  paymentLoading: 'Memuat formulir pembayaran aman…',
  paymentSubmit: (amount: string) => `Bayar ${amount}`,
  paymentPaying: 'Membayar…',
  paymentBack: 'Ubah lisensi',
  paymentNotTwice: 'Anda tidak akan ditagih dua kali.',

  // Processing
  processingTitle: 'Mengonfirmasi pembayaran Anda…',
  processingSlow:
    'Masih memeriksa status pembayaran. Ini dapat memakan waktu sekitar satu menit. Anda tidak akan ditagih dua kali, dan Anda dapat menutup jendela ini lalu kembali nanti.',

  // Complete
  completeTitle: 'Semua sudah siap',
  completeTrialTitle: 'Uji coba Anda telah dimulai',
  completeSummary: (count: number, product: string, amount: string) =>
    `Anda membeli ${count} lisensi ${product} seharga ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Anda menambahkan ${count} lisensi ${product} seharga ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Anda dapat mencoba ${product} hingga ${date}.`,
  completeStart: (product: string) => `Mulai gunakan ${product}`,
  completeAdmin: 'Tetapkan lisensi di pusat admin',
  completeManage: 'Tetapkan lisensi sekarang',
  completeReceipt: 'Tanda terima sedang dikirim ke email kerja Anda.',
  completeRenews:
    'Langganan diperpanjang secara otomatis hingga Anda membatalkannya. Anda dapat menetapkan lisensi, menambah atau menghapus lisensi, memperbarui kartu, atau membatalkan langganan kapan saja.',
  completeTrialEnds: (product: string, date: string) =>
    `Saat uji coba berakhir pada ${date}, ${product} berhenti berfungsi kecuali Anda membelinya. Tidak ada biaya yang dikenakan.`,
  completeTerms: 'Ketentuan pembelian',
  completeSupport: 'Dukungan standar dari Microsoft',
  completeTraining: (product: string) => `Pelatihan ${product}`,
  completeAdminHint:
    'Di pusat admin Microsoft 365, Anda dapat menetapkan lisensi kepada orang-orang di organisasi Anda (hingga 20 sekaligus), membeli lebih banyak, membatalkan langganan, memperbarui kartu, dan melihat faktur.',

  // Ineligible
  ineligibleTitle: 'Anda tidak dapat membeli ini sendiri',
  reasonPersonalEmail:
    'Gunakan email kerja atau sekolah Anda. Alamat email pribadi tidak dapat digunakan untuk membeli atas nama organisasi.',
  reasonNoTenant: 'Kami tidak menemukan organisasi yang menggunakan domain email ini dengan Microsoft.',
  reasonUnmanagedTenant:
    'Penyewa Microsoft Entra organisasi Anda belum memiliki administrator. Admin harus mengambil alih penyewa tersebut sebelum siapa pun dapat membeli.',
  reasonGovernmentTenant: 'Pembelian layanan mandiri tidak tersedia untuk instansi pemerintah.',
  reasonEducationTenant: 'Pembelian layanan mandiri tidak tersedia untuk institusi pendidikan.',
  reasonGuestUser: 'Anda masuk sebagai tamu di organisasi ini. Hanya anggota organisasi ini yang dapat membeli.',
  reasonMarketUnavailable: (product: string) =>
    `${product} tidak dapat dibeli melalui layanan mandiri di negara atau wilayah organisasi Anda.`,
  reasonDisabledByAdmin: (product: string) =>
    `Admin TI Anda telah menonaktifkan pembelian layanan mandiri untuk ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Admin TI Anda hanya mengizinkan uji coba gratis tanpa metode pembayaran, dan ${product} tidak memilikinya.`,
  ineligibleContact: 'Hubungi admin TI Anda untuk mendapatkannya.',
  ineligibleAdminMessage: (organization: string) => `Pesan dari ${organization}:`,
  ineligibleAdminLink: 'Buka halaman permintaan organisasi Anda',
  licenseRequestLabel: 'Pesan untuk admin Anda (opsional)',
  licenseRequestSubmit: 'Minta lisensi kepada admin saya',
  licenseRequestSending: 'Mengirim…',
  licenseRequestSent: 'Permintaan Anda telah dikirim ke admin Anda.',

  // Errors
  errorTitle: 'Terjadi kesalahan',
  retry: 'Coba lagi',
  startOver: 'Mulai ulang',
  errorOffline: 'Anda sedang offline. Periksa koneksi Anda, lalu coba lagi.',
  errorTimeout: 'Layanan pembayaran terlalu lama merespons. Coba lagi.',
  errorRateLimited: (seconds: number) => `Terlalu banyak percobaan. Coba lagi dalam ${seconds} detik.`,
  errorServer: 'Terjadi kesalahan di pihak kami. Coba lagi.',
  errorUnavailable: 'Layanan pembayaran sedang tidak tersedia. Coba lagi sebentar lagi.',
  errorBadResponse: 'Kami menerima respons yang tidak kami pahami. Coba lagi.',
  errorSession: 'Sesi masuk Anda telah berakhir. Masuk lagi.',
  errorQuantity: 'Jumlah lisensi tersebut tidak dapat dibeli. Ubah jumlahnya, lalu coba lagi.',
  errorNotEligible: 'Akun Anda tidak dapat membeli produk ini.',
  errorUnknown: 'Terjadi kesalahan. Coba lagi.',
  errorPopupBlocked: 'Browser Anda memblokir jendela masuk. Izinkan pop-up untuk halaman ini, atau coba lagi.',
  errorSignInCancelled: 'Proses masuk dibatalkan. Masuk untuk melanjutkan.',
  errorSignInBusy: 'Proses masuk lain sudah terbuka di halaman ini. Selesaikan atau tutup, lalu coba lagi.',
  errorSignInFailed: 'Gagal masuk. Coba lagi.',
  errorAccountMismatch:
    'Anda masuk dengan akun yang berbeda dari email yang Anda masukkan. Masuk dengan email tersebut, atau gunakan email lain.',
  errorCardDeclined: 'Kartu Anda ditolak. Coba kartu lain, atau hubungi bank Anda.',
  errorInsufficientFunds: 'Saldo kartu Anda tidak mencukupi. Coba kartu lain.',
  errorExpiredCard: 'Kartu Anda sudah kedaluwarsa. Periksa tanggal kedaluwarsa, atau gunakan kartu lain.',
  errorIncorrectCvc: 'Kode keamanan salah. Periksa kode di bagian belakang kartu Anda.',
  errorAuthenticationFailed: 'Bank Anda tidak dapat memverifikasi pembayaran. Coba lagi, atau gunakan kartu lain.',
  errorProcessing: 'Kartu Anda tidak dapat diproses. Coba lagi sebentar lagi.',
  errorIncomplete: 'Lengkapi detail kartu Anda.',
  errorPaymentLoad: 'Formulir pembayaran aman tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.',
  errorPaymentExpired: 'Pembayaran kedaluwarsa sebelum selesai. Mulai ulang; Anda belum ditagih.',
  errorPaymentFailed: 'Pembayaran tidak berhasil, dan Anda belum ditagih. Mulai ulang untuk mencoba lagi.',
} satisfies FlowCatalog;
