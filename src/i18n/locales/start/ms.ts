import type { StartCatalog } from './en.js';

export const ms = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Beli ${product}`,
  buyButtonLabelGeneric: 'Beli lesen',
  dialogClose: 'Tutup',
  loading: 'Memuatkan…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Butang pembelian ini tidak disediakan dengan betul: “${product}” bukan produk yang boleh dibeli di sini.`,
  configApiBase:
    'Borang pembelian ini tidak disediakan dengan betul: alamat perkhidmatan pembayaran tiada atau tidak selamat (https).',
  configAuth: 'Borang pembelian ini tidak disediakan dengan betul: tetapan daftar masuk tiada.',
  configPayment: 'Borang pembelian ini tidak disediakan dengan betul: tetapan pembayaran tiada.',
  configClientReferenceId:
    'Borang pembelian ini tidak disediakan dengan betul: ID rujukan klien tidak sah (gunakan maksimum 200 huruf, digit, tanda sempang atau garis bawah).',
  configTitle: 'Pembelian tidak tersedia',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Kami tidak dapat menghubungi perkhidmatan pembayaran. Semak sambungan anda dan cuba lagi.',

  // Email step
  emailTitle: (product: string) => `Beli ${product}`,
  emailIntro:
    'Masukkan e-mel kerja atau sekolah anda. Kami akan menyemak sama ada organisasi anda membenarkan anda membelinya sendiri.',
  emailLabel: 'E-mel kerja atau sekolah',
  emailHint: 'Contohnya, nama@syarikat.com',
  emailSubmit: 'Teruskan',
  emailChecking: 'Menyemak…',
  emailErrorEmpty: 'Masukkan e-mel kerja atau sekolah anda.',
  emailErrorFormat: 'Masukkan alamat e-mel dalam bentuk nama@syarikat.com.',
  emailErrorTooLong: 'Alamat e-mel itu terlalu panjang. Gunakan maksimum 254 aksara.',
  emailErrorHidden:
    'Alamat e-mel itu mengandungi aksara tersembunyi (selalunya akibat salin dan tampal). Taipkan alamat itu semula.',
} satisfies StartCatalog;
