import type { FlowCatalog } from './en.js';

export const zhHant = {
  // Sign-in step
  signInTitle: '登入以繼續',
  signInIntro: (email: string, organization: string) =>
    `請使用您的 ${organization} 帳戶以 ${email} 身分登入。將會開啟 Microsoft 登入視窗。`,
  signInButton: '登入',
  signInPreparing: '正在準備登入…',
  signInBusy: '正在登入…',
  signInRedirecting: '您的瀏覽器封鎖了登入視窗，因此我們將改為帶您前往登入頁面…',
  signInCancel: '取消',
  signInReopen: '重新開啟登入視窗',
  signInStalled: '仍在等待登入。如果您已關閉登入視窗，請重新開啟或取消。',
  useDifferentEmail: '使用其他電子郵件地址',

  // Checking
  checkingTitle: '正在檢查您可以購買的項目…',

  // Seat step
  seatsTitle: '需要幾個授權？',
  seatsTitleAdd: '新增授權',
  seatsExisting: (count: number, product: string) => `您已擁有 ${count} 個 ${product} 授權。`,
  seatsLabel: '授權數量',
  seatsHint: (min: number, max: number) => `${min} 到 ${max} 個。之後再指派給同事。`,
  seatsDecrease: '減少一個授權',
  seatsIncrease: '增加一個授權',
  planLegend: '計費頻率',
  planMonthly: (price: string) => `按月計費：每個授權每月 ${price}`,
  planYearly: (price: string) => `按年計費：每個授權每年 ${price}`,
  totalLabel: '總計',
  totalMonthly: (amount: string) => `每月 ${amount}`,
  totalYearly: (amount: string) => `每年 ${amount}`,
  taxExclusive: '另加適用稅金。',
  taxInclusive: '已含稅。',
  disclosuresTitle: '付款前須知',
  disclosureBilledToYou: '您使用自己的信用卡付款。根據購買條款，將由您本人（而非您的組織）收到帳單並負責付款。',
  disclosureRenews: '訂閱會自動續訂，直到您將其取消為止。',
  disclosurePrices: '價格可能與您的組織集中購買或透過合作夥伴購買時支付的價格不同。',
  disclosureAdminSees:
    '您的 IT 系統管理員可以看到此次購買。系統管理員可能會將集中購買的授權指派給使用者，然後要求您取消訂閱。',
  disclosureDataOwner: (product: string) => `在 ${product} 中建立的資料歸您的組織所有並由其控制。`,
  disclosureData: '為處理此次購買，將會使用您的姓名、電子郵件地址、IP 位址，以及您組織的租用戶 ID 和使用者 ID。',
  seatsSubmit: '繼續付款',
  seatsSubmitting: '正在準備付款…',
  seatsErrorEmpty: '請輸入授權數量。',
  seatsErrorWhole: '請輸入整數，例如 3。',
  seatsErrorMin: (min: number) => `請至少購買 ${min} 個。`,
  seatsErrorMax: (max: number) => `在此最多可購買 ${max} 個。`,

  // Trial
  trialTitle: (product: string) => `免費試用 ${product}`,
  trialIntro: (days: number) => `您的組織允許免費試用。開始 ${days} 天試用，不需要信用卡。`,
  trialSubmit: '開始免費試用',
  trialStarting: '正在開始試用…',

  // Payment step
  paymentTitle: '以卡片付款',
  paymentSummary: (count: number, product: string, amount: string) => `${count} 個 ${product} 授權：${amount}`,
  paymentCardOnly: '信用卡是唯一的付款方式。',
  paymentLoading: '正在載入安全付款表單…',
  paymentSubmit: (amount: string) => `支付 ${amount}`,
  paymentPaying: '正在付款…',
  paymentBack: '變更授權數量',
  paymentNotTwice: '您不會被重複收費。',

  // Processing
  processingTitle: '正在確認您的付款…',
  processingSlow: '仍在檢查付款狀態，這可能需要一分鐘。您不會被重複收費，您可以關閉此視窗，稍後再回來。',

  // Complete
  completeTitle: '一切就緒',
  completeTrialTitle: '試用已開始',
  completeSummary: (count: number, product: string, amount: string) =>
    `您已購買 ${count} 個 ${product} 授權，金額為 ${amount}。`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `您已新增 ${count} 個 ${product} 授權，金額為 ${amount}。`,
  completeTrialSummary: (product: string, date: string) => `您可以試用 ${product} 至 ${date}。`,
  completeStart: (product: string) => `開始使用 ${product}`,
  completeAdmin: '在系統管理中心指派授權',
  completeManage: '立即指派授權',
  completeReceipt: '收據將寄送到您的公司電子郵件地址。',
  completeRenews: '訂閱會自動續訂，直到您將其取消為止。您可以隨時指派授權、新增或移除授權、更新卡片或取消訂閱。',
  completeTrialEnds: (product: string, date: string) =>
    `試用於 ${date} 結束後，除非您購買，否則 ${product} 將停止運作。不會收取任何費用。`,
  completeTerms: '購買條款',
  completeSupport: 'Microsoft 標準支援',
  completeTraining: (product: string) => `${product} 訓練`,
  completeAdminHint:
    '在 Microsoft 365 系統管理中心，您可以將授權指派給組織中的人員（一次最多 20 人）、購買更多授權、取消訂閱、更新卡片及檢視發票。',

  // Ineligible
  ineligibleTitle: '您無法自行購買此產品',
  reasonPersonalEmail: '請使用您的公司或學校電子郵件地址。個人電子郵件地址無法代表組織購買。',
  reasonNoTenant: '找不到在 Microsoft 中使用此電子郵件網域的組織。',
  reasonUnmanagedTenant:
    '您組織的 Microsoft Entra 租用戶尚無系統管理員。必須先由系統管理員接管該租用戶，才能進行購買。',
  reasonGovernmentTenant: '政府機構無法使用自助購買。',
  reasonEducationTenant: '教育機構無法使用自助購買。',
  reasonGuestUser: '您是以來賓身分登入此組織。只有該組織自己的成員才能購買。',
  reasonMarketUnavailable: (product: string) => `在您組織所在的國家或地區，無法透過自助方式購買 ${product}。`,
  reasonDisabledByAdmin: (product: string) => `您的 IT 系統管理員已關閉 ${product} 的自助購買。`,
  reasonTrialsOnly: (product: string) =>
    `您的 IT 系統管理員只允許不需付款方式的免費試用，而 ${product} 未提供此類試用。`,
  ineligibleContact: '請連絡您的 IT 系統管理員以取得。',
  ineligibleAdminMessage: (organization: string) => `來自 ${organization} 的訊息：`,
  ineligibleAdminLink: '開啟您組織的申請頁面',
  licenseRequestLabel: '給系統管理員的訊息（選用）',
  licenseRequestSubmit: '向系統管理員要求授權',
  licenseRequestSending: '正在傳送…',
  licenseRequestSent: '您的要求已傳送給系統管理員。',

  // Errors
  errorTitle: '發生錯誤',
  retry: '再試一次',
  startOver: '重新開始',
  errorOffline: '您目前離線。請檢查您的網路連線，然後再試一次。',
  errorTimeout: '結帳服務的回應時間過長。請再試一次。',
  errorRateLimited: (seconds: number) => `嘗試次數過多。請在 ${seconds} 秒後再試一次。`,
  errorServer: '我們這邊發生錯誤。請再試一次。',
  errorUnavailable: '結帳服務目前無法使用。請稍後再試一次。',
  errorBadResponse: '收到無法辨識的回應。請再試一次。',
  errorSession: '您的登入已過期。請重新登入。',
  errorQuantity: '無法購買該數量的授權。請變更數量，然後再試一次。',
  errorNotEligible: '您的帳戶無法購買此產品。',
  errorUnknown: '發生錯誤。請再試一次。',
  errorPopupBlocked: '您的瀏覽器封鎖了登入視窗。請允許此頁面顯示快顯視窗，或再試一次。',
  errorSignInCancelled: '登入已取消。請登入以繼續。',
  errorSignInBusy: '此頁面上已有另一個登入正在進行。請完成或關閉它，然後再試一次。',
  errorSignInFailed: '登入失敗。請再試一次。',
  errorAccountMismatch: '您登入時使用的帳戶與您輸入的電子郵件地址不同。請使用該電子郵件地址登入，或改用其他地址。',
  errorCardDeclined: '您的卡片遭到拒絕。請改用其他卡片，或連絡您的銀行。',
  errorInsufficientFunds: '您的卡片額度不足。請改用其他卡片。',
  errorExpiredCard: '您的卡片已過期。請檢查到期日，或改用其他卡片。',
  errorIncorrectCvc: '安全碼不正確。請檢查卡片背面的安全碼。',
  errorAuthenticationFailed: '您的銀行無法驗證此付款。請再試一次，或改用其他卡片。',
  errorProcessing: '無法處理您的卡片。請稍後再試一次。',
  errorIncomplete: '請填寫完整的卡片資訊。',
  errorPaymentLoad: '無法載入安全付款表單。請檢查您的網路連線，然後再試一次。',
  errorPaymentExpired: '付款在完成前已逾期。請重新開始；您尚未被收費。',
  errorPaymentFailed: '付款未成功，您也未被收費。請重新開始以再試一次。',
} satisfies FlowCatalog;
