import type { ManageCatalog } from './en.js';

export const id = {
  manageTitle: 'Langganan Anda',
  manageLoading: 'Memuat langganan Anda…',
  manageEmpty: 'Anda belum membeli langganan apa pun sendiri.',
  manageEmptyProduct: (product: string) => `Anda belum membeli ${product} sendiri.`,
  manageSignInTitle: 'Masuk untuk mengelola langganan Anda',
  manageSignInIntro: 'Masuk dengan akun kerja atau sekolah Anda untuk melihat dan mengelola apa yang Anda beli.',
  manageOpen: 'Kelola',
  manageOpenLabel: (product: string) => `Kelola ${product}`,
  manageBack: 'Semua langganan',
  manageNotice: 'Selesai',

  statusActive: 'Aktif',
  statusTrialing: 'Uji coba gratis',
  statusPastDue: 'Pembayaran terlambat',
  statusCanceled: 'Dibatalkan',
  statusExpired: 'Kedaluwarsa',
  renewsOn: (date: string) => `Diperpanjang pada ${date}`,
  endsOn: (date: string) => `Berakhir pada ${date}`,
  endedOn: (date: string) => `Telah berakhir pada ${date}`,
  trialEndsOn: (date: string) => `Uji coba gratis hingga ${date}`,
  assignedOf: (assigned: number, quantity: number) => `${assigned} dari ${quantity} lisensi telah ditetapkan`,
  pastDueHint: 'Ada faktur yang sudah lewat jatuh tempo. Bayar di bawah agar lisensi tetap berfungsi.',

  // Licenses
  licensesTitle: 'Siapa yang memiliki lisensi',
  licensesFree: (free: number) => `${free} lisensi tersedia.`,
  licensesNone: 'Belum ada yang memiliki lisensi.',
  unassign: 'Hapus',
  unassignLabel: (name: string) => `Hapus lisensi dari ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Hapus lisensi dari ${name}? Pengguna ini akan langsung kehilangan akses ke ${product}.`,
  unassignYes: 'Hapus lisensi',
  keep: 'Pertahankan',
  unassigned: (name: string) => `Lisensi telah dihapus dari ${name}.`,
  searchLabel: 'Cari orang di organisasi Anda',
  searchHint: 'Ketik nama atau email. Anda dapat menetapkan lisensi untuk hingga 20 orang sekaligus.',
  searchTooLong: (max: number) => `Ketik maksimal ${max} karakter.`,
  searchNone: (search: string) => `Tidak ada orang di organisasi Anda yang cocok dengan “${search}”.`,
  searching: 'Mencari…',
  resultsLabel: 'Orang yang ditemukan',
  hasLicense: 'Memiliki lisensi',
  guestNotAssignable: 'Akun tamu: tidak bisa mendapatkan lisensi',
  selectedCount: (count: number) => `${count} orang dipilih`,
  tooManySelected: (max: number) => `Anda dapat menetapkan lisensi untuk hingga ${max} orang sekaligus.`,
  notEnoughFree: (free: number) =>
    `Hanya ${free} lisensi yang tersedia. Pilih lebih sedikit orang, atau tambahkan lisensi terlebih dahulu.`,
  assignSubmit: (count: number) => `Tetapkan ${count} lisensi`,
  assigning: 'Menetapkan…',
  assignedNotice: (count: number) => `${count} orang kini memiliki lisensi.`,
  assignFailedAlready: (name: string) => `${name} sudah memiliki lisensi.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} tidak berada di organisasi Anda, jadi tidak bisa mendapatkan lisensi.`,
  assignFailedGuest: (name: string) => `${name} memiliki akun tamu, jadi tidak bisa mendapatkan lisensi.`,
  unassignFailed: (name: string) => `${name} tidak memiliki lisensi untuk dihapus.`,

  // Number of licenses
  quantityTitle: 'Jumlah lisensi',
  quantityLabel: 'Jumlah total lisensi',
  quantityHint: (min: number, max: number) =>
    `Dari ${min} hingga ${max}. Lisensi yang ditambahkan langsung ditagih; lisensi yang dikurangi dihapus saat perpanjangan.`,
  quantityBelowAssigned: (assigned: number) =>
    `${assigned} lisensi sudah ditetapkan. Hapus lisensi dari pengguna sebelum mengurangi jumlahnya di bawah itu.`,
  quantitySame: 'Itu jumlah yang Anda miliki saat ini. Masukkan jumlah lain.',
  quantityPreview: 'Tinjau perubahan',
  quantityPreviewing: 'Menghitung…',
  previewIncrease: (added: number, amount: string) =>
    `Menambahkan ${added} lisensi dikenai biaya ${amount} sekarang, untuk sisa periode ini.`,
  previewDecrease: (removed: number, date: string) =>
    `${removed} lisensi akan dihapus pada ${date}. Tidak ada biaya yang ditagih atau dikembalikan sekarang.`,
  previewRecurring: (amount: string) => `Setelah itu, setiap perpanjangan dikenai biaya ${amount}.`,
  quantityConfirm: 'Konfirmasi',
  quantityChanging: 'Menyimpan…',
  quantityAdded: (quantity: number, amount: string) =>
    `Anda kini memiliki ${quantity} lisensi. ${amount} telah ditagihkan ke kartu Anda.`,
  quantityScheduled: (quantity: number, date: string) => `Anda akan memiliki ${quantity} lisensi mulai ${date}.`,

  // Cancel
  cancelTitle: 'Batalkan langganan',
  cancelExplain: (date: string) =>
    `Langganan tidak akan diperpanjang lagi. Lisensi tetap berfungsi hingga ${date}; setelah itu, semua pemegangnya kehilangan akses.`,
  cancelSubmit: 'Batalkan langganan',
  cancelConfirm: 'Ya, batalkan',
  cancelKeep: 'Pertahankan langganan',
  canceledNotice: (date: string) => `Dibatalkan. Lisensi berfungsi hingga ${date}.`,
  reactivate: 'Urungkan pembatalan',
  reactivatedNotice: (date: string) => `Langganan akan diperpanjang lagi pada ${date}.`,

  // Billing
  billingTitle: 'Penagihan',
  cardLabel: 'Kartu',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} berakhiran ${last4}, kedaluwarsa ${expiry}`,
  cardNone: 'Tidak ada kartu yang disimpan.',
  cardUpdate: 'Perbarui kartu',
  cardSave: 'Simpan kartu',
  cardSaving: 'Menyimpan…',
  cardCancel: 'Batal',
  cardUpdated: (card: string) => `Kartu Anda telah diperbarui: ${card}.`,
  invoicesTitle: 'Faktur',
  invoicesNone: 'Belum ada faktur.',
  invoiceNumber: 'Faktur',
  invoiceDate: 'Tanggal',
  invoiceAmount: 'Jumlah',
  invoiceStatus: 'Status',
  invoicePaid: 'Lunas',
  invoiceOpen: 'Belum dibayar',
  invoicePastDue: 'Lewat jatuh tempo',
  invoiceVoid: 'Tidak berlaku',
  invoicePay: 'Bayar',
  invoicePayLabel: (number: string, amount: string) => `Bayar faktur ${number} (${amount})`,
  invoicePaying: 'Membayar…',
  invoicePdf: (number: string) => `Faktur ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Faktur ${number} telah dibayar: ${amount}.`,

  // Order history
  historyTitle: 'Riwayat pesanan',
  historyChange: 'Perubahan',
  historyLicenses: 'Lisensi',
  orderPurchase: 'Dibeli',
  orderAdded: (count: number) => `${count} lisensi ditambahkan`,
  orderRemoved: (count: number) => `${count} lisensi dihapus`,
  orderRenewal: 'Diperpanjang',
  orderCanceled: 'Dibatalkan',
  orderReactivated: 'Pembatalan diurungkan',

  // Errors
  errorNotPurchaser:
    'Hanya orang yang membeli langganan ini yang dapat mengelolanya. Hubungi orang tersebut atau admin TI Anda.',
  errorSubscriptionNotFound: 'Kami tidak dapat menemukan langganan ini di organisasi Anda.',
  errorSubscriptionCanceled: 'Langganan ini telah dibatalkan. Urungkan pembatalan terlebih dahulu.',
  errorSubscriptionExpired: 'Langganan ini telah berakhir.',
  errorInvalidSearch: 'Cari dengan nama atau email, tanpa < atau >.',
  errorDuplicateUser: 'Orang yang sama dipilih dua kali. Pilih setiap orang satu kali saja.',
  errorInvoicePaid: 'Faktur ini sudah dibayar (mungkin di jendela lain). Tidak ada biaya tambahan yang ditagih.',
  errorInvoiceNotPayable: 'Faktur ini tidak dapat dibayar di sini.',
  errorNoCard: 'Tidak ada kartu yang disimpan. Tambahkan kartu terlebih dahulu.',
} satisfies ManageCatalog;
