import type { StartCatalog } from './en.js';

export const id = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Beli ${product}`,
  buyButtonLabelGeneric: 'Beli lisensi',
  dialogClose: 'Tutup',
  loading: 'Memuat…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Tombol pembelian ini tidak disiapkan dengan benar: “${product}” bukan produk yang dapat dibeli di sini.`,
  configApiBase:
    'Formulir pembelian ini tidak disiapkan dengan benar: alamat layanan pembayaran tidak ada atau tidak aman (https).',
  configAuth: 'Formulir pembelian ini tidak disiapkan dengan benar: pengaturan masuk tidak ada.',
  configPayment: 'Formulir pembelian ini tidak disiapkan dengan benar: pengaturan pembayaran tidak ada.',
  configClientReferenceId:
    'Formulir pembelian ini tidak disiapkan dengan benar: ID referensi klien tidak valid (gunakan maksimal 200 huruf, angka, tanda hubung, atau garis bawah).',
  configTitle: 'Pembelian tidak tersedia',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Kami tidak dapat menjangkau layanan pembayaran. Periksa koneksi Anda, lalu coba lagi.',

  // Email step
  emailTitle: (product: string) => `Beli ${product}`,
  emailIntro:
    'Masukkan email kerja atau sekolah Anda. Kami akan memeriksa apakah organisasi Anda mengizinkan Anda membelinya sendiri.',
  emailLabel: 'Email kerja atau sekolah',
  emailHint: 'Misalnya, nama@perusahaan.com',
  emailSubmit: 'Lanjutkan',
  emailChecking: 'Memeriksa…',
  emailErrorEmpty: 'Masukkan email kerja atau sekolah Anda.',
  emailErrorFormat: 'Masukkan alamat email dengan format nama@perusahaan.com.',
  emailErrorTooLong: 'Alamat email itu terlalu panjang. Gunakan maksimal 254 karakter.',
  emailErrorHidden:
    'Alamat email itu berisi karakter tersembunyi (sering kali karena disalin dan ditempel). Ketik ulang alamat tersebut.',
} satisfies StartCatalog;
