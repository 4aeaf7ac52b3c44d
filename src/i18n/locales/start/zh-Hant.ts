import type { StartCatalog } from './en.js';

export const zhHant = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `購買 ${product}`,
  buyButtonLabelGeneric: '購買授權',
  dialogClose: '關閉',
  loading: '正在載入…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) => `此購買按鈕的設定不正確：「${product}」不是可在此購買的產品。`,
  configApiBase: '此購買表單的設定不正確：結帳服務位址遺失或不安全（需要 https）。',
  configAuth: '此購買表單的設定不正確：缺少登入設定。',
  configPayment: '此購買表單的設定不正確：缺少付款設定。',
  configClientReferenceId: '此購買表單的設定不正確：用戶端參考 ID 無效（最多 200 個字母、數字、連字號或底線）。',
  configTitle: '無法購買',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: '無法連線到結帳服務。請檢查您的網路連線，然後再試一次。',

  // Email step
  emailTitle: (product: string) => `購買 ${product}`,
  emailIntro: '請輸入您的公司或學校電子郵件地址。我們會檢查您的組織是否允許您自行購買。',
  emailLabel: '公司或學校電子郵件地址',
  emailHint: '例如 name@company.com',
  emailSubmit: '繼續',
  emailChecking: '正在檢查…',
  emailErrorEmpty: '請輸入您的公司或學校電子郵件地址。',
  emailErrorFormat: '請依照 name@company.com 的格式輸入電子郵件地址。',
  emailErrorTooLong: '此電子郵件地址太長。最多只能有 254 個字元。',
  emailErrorHidden: '此電子郵件地址含有隱藏字元（通常是複製貼上所造成）。請重新輸入。',
} satisfies StartCatalog;
