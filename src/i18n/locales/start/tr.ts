import type { StartCatalog } from './en.js';

export const tr = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `${product} satın al`,
  buyButtonLabelGeneric: 'Lisans satın al',
  dialogClose: 'Kapat',
  loading: 'Yükleniyor…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Bu satın alma düğmesi doğru ayarlanmamış: “${product}” burada satın alınabilecek bir ürün değil.`,
  configApiBase: 'Bu satın alma formu doğru ayarlanmamış: ödeme hizmetinin adresi eksik veya güvenli değil (https).',
  configAuth: 'Bu satın alma formu doğru ayarlanmamış: oturum açma ayarları eksik.',
  configPayment: 'Bu satın alma formu doğru ayarlanmamış: ödeme ayarları eksik.',
  configClientReferenceId:
    'Bu satın alma formu doğru ayarlanmamış: istemci başvuru kimliği geçerli değil (en fazla 200 harf, rakam, kısa çizgi veya alt çizgi kullanın).',
  configTitle: 'Satın alma kullanılamıyor',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Ödeme hizmetine ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',

  // Email step
  emailTitle: (product: string) => `${product} satın al`,
  emailIntro:
    'İş veya okul e-postanızı girin. Kuruluşunuzun bunu kendiniz satın almanıza izin verip vermediğini kontrol edeceğiz.',
  emailLabel: 'İş veya okul e-postası',
  emailHint: 'Örneğin, name@company.com',
  emailSubmit: 'Devam',
  emailChecking: 'Kontrol ediliyor…',
  emailErrorEmpty: 'İş veya okul e-postanızı girin.',
  emailErrorFormat: 'name@company.com biçiminde bir e-posta adresi girin.',
  emailErrorTooLong: 'Bu e-posta adresi çok uzun. En fazla 254 karakter kullanın.',
  emailErrorHidden:
    'Bu e-posta adresinde gizli karakterler var (genellikle kopyalayıp yapıştırmaktan kaynaklanır). Adresi yeniden yazın.',
} satisfies StartCatalog;
