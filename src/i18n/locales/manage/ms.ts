import type { ManageCatalog } from './en.js';

export const ms = {
  manageTitle: 'Langganan anda',
  manageLoading: 'Memuatkan langganan anda…',
  manageEmpty: 'Anda belum membeli sebarang langganan sendiri.',
  manageEmptyProduct: (product: string) => `Anda belum membeli ${product} sendiri.`,
  manageSignInTitle: 'Daftar masuk untuk mengurus langganan anda',
  manageSignInIntro:
    'Daftar masuk dengan akaun kerja atau sekolah anda untuk melihat dan mengurus perkara yang anda beli.',
  manageOpen: 'Urus',
  manageOpenLabel: (product: string) => `Urus ${product}`,
  manageBack: 'Semua langganan',
  manageNotice: 'Selesai',

  statusActive: 'Aktif',
  statusTrialing: 'Percubaan percuma',
  statusPastDue: 'Pembayaran tertunggak',
  statusCanceled: 'Dibatalkan',
  statusExpired: 'Tamat tempoh',
  renewsOn: (date: string) => `Diperbaharui pada ${date}`,
  endsOn: (date: string) => `Tamat pada ${date}`,
  endedOn: (date: string) => `Telah tamat pada ${date}`,
  trialEndsOn: (date: string) => `Percubaan percuma sehingga ${date}`,
  assignedOf: (assigned: number, quantity: number) => `${assigned} daripada ${quantity} lesen telah ditugaskan`,
  pastDueHint: 'Satu invois telah tertunggak. Bayar di bawah supaya lesen terus berfungsi.',

  // Licenses
  licensesTitle: 'Siapa yang mempunyai lesen',
  licensesFree: (free: number) => `${free} lesen tersedia.`,
  licensesNone: 'Belum ada sesiapa yang mempunyai lesen.',
  unassign: 'Alih keluar',
  unassignLabel: (name: string) => `Alih keluar lesen daripada ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Alih keluar lesen daripada ${name}? Pengguna ini akan serta-merta kehilangan akses kepada ${product}.`,
  unassignYes: 'Alih keluar lesen',
  keep: 'Kekalkan',
  unassigned: (name: string) => `Lesen telah dialih keluar daripada ${name}.`,
  searchLabel: 'Cari orang dalam organisasi anda',
  searchHint: 'Taipkan nama atau e-mel. Anda boleh menugaskan lesen kepada sehingga 20 orang pada satu masa.',
  searchTooLong: (max: number) => `Taipkan maksimum ${max} aksara.`,
  searchNone: (search: string) => `Tiada sesiapa dalam organisasi anda yang sepadan dengan “${search}”.`,
  searching: 'Mencari…',
  resultsLabel: 'Orang yang ditemui',
  hasLicense: 'Mempunyai lesen',
  guestNotAssignable: 'Akaun tetamu: tidak boleh mendapat lesen',
  selectedCount: (count: number) => `${count} orang dipilih`,
  tooManySelected: (max: number) => `Anda boleh menugaskan lesen kepada sehingga ${max} orang pada satu masa.`,
  notEnoughFree: (free: number) => `Hanya ${free} lesen tersedia. Pilih lebih sedikit orang atau tambah lesen dahulu.`,
  assignSubmit: (count: number) => `Tugaskan ${count} lesen`,
  assigning: 'Menugaskan…',
  assignedNotice: (count: number) => `${count} orang kini mempunyai lesen.`,
  assignFailedAlready: (name: string) => `${name} sudah mempunyai lesen.`,
  assignFailedOtherTenant: (name: string) => `${name} bukan ahli organisasi anda, jadi tidak boleh mendapat lesen.`,
  assignFailedGuest: (name: string) => `${name} mempunyai akaun tetamu, jadi tidak boleh mendapat lesen.`,
  unassignFailed: (name: string) => `${name} tiada lesen untuk dialih keluar.`,

  // Number of licenses
  quantityTitle: 'Bilangan lesen',
  quantityLabel: 'Jumlah bilangan lesen',
  quantityHint: (min: number, max: number) =>
    `Daripada ${min} hingga ${max}. Lesen yang ditambah dicaj sekarang; lesen yang dialih keluar tamat semasa pembaharuan.`,
  quantityBelowAssigned: (assigned: number) =>
    `${assigned} lesen telah ditugaskan. Alih keluar lesen daripada pengguna sebelum mengurangkan bilangan di bawah jumlah itu.`,
  quantitySame: 'Itu bilangan yang anda miliki sekarang. Masukkan bilangan lain.',
  quantityPreview: 'Semak perubahan',
  quantityPreviewing: 'Mengira…',
  previewIncrease: (added: number, amount: string) =>
    `Menambah ${added} lesen dikenakan caj ${amount} sekarang, bagi baki tempoh ini.`,
  previewDecrease: (removed: number, date: string) =>
    `${removed} lesen akan dialih keluar pada ${date}. Tiada caj atau bayaran balik sekarang.`,
  previewRecurring: (amount: string) => `Selepas itu, setiap pembaharuan berharga ${amount}.`,
  quantityConfirm: 'Sahkan',
  quantityChanging: 'Menyimpan…',
  quantityAdded: (quantity: number, amount: string) =>
    `Anda kini mempunyai ${quantity} lesen. ${amount} telah dicaj pada kad anda.`,
  quantityScheduled: (quantity: number, date: string) => `Anda akan mempunyai ${quantity} lesen mulai ${date}.`,

  // Cancel
  cancelTitle: 'Batalkan langganan',
  cancelExplain: (date: string) =>
    `Langganan tidak akan diperbaharui lagi. Lesen terus berfungsi sehingga ${date}; selepas itu, semua pemegang lesen kehilangan akses.`,
  cancelSubmit: 'Batalkan langganan',
  cancelConfirm: 'Ya, batalkan',
  cancelKeep: 'Kekalkan langganan',
  canceledNotice: (date: string) => `Dibatalkan. Lesen berfungsi sehingga ${date}.`,
  reactivate: 'Buat asal pembatalan',
  reactivatedNotice: (date: string) => `Langganan akan diperbaharui semula pada ${date}.`,

  // Billing
  billingTitle: 'Pengebilan',
  cardLabel: 'Kad',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} berakhir dengan ${last4}, tamat tempoh ${expiry}`,
  cardNone: 'Tiada kad disimpan.',
  cardUpdate: 'Kemas kini kad',
  cardSave: 'Simpan kad',
  cardSaving: 'Menyimpan…',
  cardCancel: 'Batal',
  cardUpdated: (card: string) => `Kad anda telah dikemas kini: ${card}.`,
  invoicesTitle: 'Invois',
  invoicesNone: 'Belum ada invois.',
  invoiceNumber: 'Invois',
  invoiceDate: 'Tarikh',
  invoiceAmount: 'Amaun',
  invoiceStatus: 'Status',
  invoicePaid: 'Dibayar',
  invoiceOpen: 'Belum dibayar',
  invoicePastDue: 'Tertunggak',
  invoiceVoid: 'Tidak sah',
  invoicePay: 'Bayar',
  invoicePayLabel: (number: string, amount: string) => `Bayar invois ${number} (${amount})`,
  invoicePaying: 'Membayar…',
  invoicePdf: (number: string) => `Invois ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Invois ${number} telah dibayar: ${amount}.`,

  // Order history
  historyTitle: 'Sejarah pesanan',
  historyChange: 'Perubahan',
  historyLicenses: 'Lesen',
  orderPurchase: 'Dibeli',
  orderAdded: (count: number) => `${count} lesen ditambah`,
  orderRemoved: (count: number) => `${count} lesen dialih keluar`,
  orderRenewal: 'Diperbaharui',
  orderCanceled: 'Dibatalkan',
  orderReactivated: 'Pembatalan dibuat asal',

  // Errors
  errorNotPurchaser:
    'Hanya orang yang membeli langganan ini boleh mengurusnya. Hubungi orang itu atau pentadbir IT anda.',
  errorSubscriptionNotFound: 'Kami tidak menemui langganan ini dalam organisasi anda.',
  errorSubscriptionCanceled: 'Langganan ini telah dibatalkan. Buat asal pembatalan dahulu.',
  errorSubscriptionExpired: 'Langganan ini telah tamat.',
  errorInvalidSearch: 'Cari dengan nama atau e-mel, tanpa < atau >.',
  errorDuplicateUser: 'Orang yang sama dipilih dua kali. Pilih setiap orang sekali sahaja.',
  errorInvoicePaid: 'Invois ini sudah dibayar (mungkin dalam tetingkap lain). Tiada caj tambahan dikenakan.',
  errorInvoiceNotPayable: 'Invois ini tidak boleh dibayar di sini.',
  errorNoCard: 'Tiada kad disimpan. Tambah kad dahulu.',
} satisfies ManageCatalog;
