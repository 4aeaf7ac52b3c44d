import type { Catalog } from './en.js';

export const ja = {
  buyButtonLabel: (product: string) => `${product} を購入`,
  buyButtonLabelGeneric: 'ライセンスを購入',
  dialogClose: '閉じる',
  loading: '読み込んでいます…',

  configUnknownProduct: (product: string) =>
    `この購入ボタンは正しく設定されていません: 「${product}」はここでは購入できません。`,
  configApiBase:
    'この購入フォームは正しく設定されていません: チェックアウト サービスのアドレスがないか、安全 (https) ではありません。',
  configAuth: 'この購入フォームは正しく設定されていません: サインインの設定がありません。',
  configPayment: 'この購入フォームは正しく設定されていません: 支払いの設定がありません。',
  configTitle: '購入できません',

  emailTitle: (product: string) => `${product} を購入`,
  emailIntro:
    '職場または学校のメール アドレスを入力してください。組織があなた自身による購入を許可しているか確認します。',
  emailLabel: '職場または学校のメール アドレス',
  emailHint: '例: name@company.co.jp',
  emailSubmit: '続行',
  emailChecking: '確認しています…',
  emailErrorEmpty: '職場または学校のメール アドレスを入力してください。',
  emailErrorFormat: 'name@company.co.jp の形式でメール アドレスを入力してください。',
  emailErrorTooLong: 'メール アドレスが長すぎます。254 文字以内にしてください。',

  signInTitle: '続行するにはサインインしてください',
  signInIntro: (email: string, organization: string) =>
    `${organization} のアカウント (${email}) でサインインしてください。Microsoft のサインイン ウィンドウが開きます。`,
  signInButton: 'サインイン',
  signInPreparing: 'サインインを準備しています…',
  signInBusy: 'サインインしています…',
  signInRedirecting: 'ブラウザーがサインイン ウィンドウをブロックしたため、サインイン ページに移動します…',
  useDifferentEmail: '別のメール アドレスを使う',

  checkingTitle: '購入できるものを確認しています…',

  seatsTitle: 'ライセンス数',
  seatsTitleAdd: 'ライセンスを追加',
  seatsExisting: (count: number, product: string) => `${product} のライセンスを既に ${count} 個お持ちです。`,
  seatsLabel: 'ライセンス数',
  seatsHint: (min: number, max: number) => `${min}～${max}。購入後に同僚に割り当てます。`,
  seatsDecrease: 'ライセンスを 1 つ減らす',
  seatsIncrease: 'ライセンスを 1 つ増やす',
  planLegend: '請求',
  planMonthly: (price: string) => `月払い: ライセンスあたり月額 ${price}`,
  planYearly: (price: string) => `年払い: ライセンスあたり年額 ${price}`,
  totalLabel: '合計',
  totalMonthly: (amount: string) => `月額 ${amount}`,
  totalYearly: (amount: string) => `年額 ${amount}`,
  taxExclusive: '別途、該当する税金がかかります。',
  taxInclusive: '税込み。',
  disclosuresTitle: 'お支払いの前に',
  disclosureBilledToYou: 'ご自身のクレジット カードで支払います。請求先は組織ではなくあなたです。',
  disclosureRenews: 'サブスクリプションは解約するまで自動的に更新されます。',
  disclosurePrices: '価格は、組織と Microsoft との契約とは異なる場合があります。',
  disclosureAdminSees: 'IT 管理者はこの購入を確認でき、引き継いだり取り消したりできます。',
  disclosureData:
    '購入の処理には、氏名、メール アドレス、IP アドレス、組織のテナント ID とユーザー ID が使用されます。',
  seatsSubmit: '支払いに進む',
  seatsSubmitting: '支払いを準備しています…',
  seatsErrorEmpty: 'ライセンス数を入力してください。',
  seatsErrorWhole: '3 のような整数を入力してください。',
  seatsErrorMin: (min: number) => `${min} 個以上購入してください。`,
  seatsErrorMax: (max: number) => `ここで購入できるのは ${max} 個までです。`,

  trialTitle: (product: string) => `${product} を無料で試す`,
  trialIntro: (days: number) =>
    `組織で無料試用版が許可されています。${days} 日間の試用を開始できます。クレジット カードは不要です。`,
  trialSubmit: '無料試用版を開始',
  trialStarting: '試用版を開始しています…',

  paymentTitle: 'カードで支払う',
  paymentSummary: (count: number, product: string, amount: string) => `${product} のライセンス ${count} 個: ${amount}`,
  paymentCardOnly: '支払い方法はクレジット カードのみです。',
  paymentLoading: '安全な支払いフォームを読み込んでいます…',
  paymentSubmit: (amount: string) => `${amount} を支払う`,
  paymentPaying: '支払っています…',
  paymentBack: 'ライセンス数を変更',
  paymentNotTwice: '二重に請求されることはありません。',

  processingTitle: '支払いを確認しています…',
  processingSlow:
    '支払い状況をまだ確認しています。1 分ほどかかる場合があります。二重に請求されることはありません。このウィンドウを閉じて後で戻ることもできます。',

  completeTitle: '完了しました',
  completeTrialTitle: '試用版が開始されました',
  completeSummary: (count: number, product: string, amount: string) =>
    `${product} のライセンスを ${count} 個、${amount} で購入しました。`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `${product} のライセンスを ${count} 個、${amount} で追加しました。`,
  completeTrialSummary: (product: string, date: string) => `${product} は ${date} まで試用できます。`,
  completeStart: (product: string) => `${product} を使い始める`,
  completeAdmin: '管理センターでライセンスを割り当てる',
  completeAdminHint:
    'Microsoft 365 管理センターでは、組織のユーザーにライセンスを割り当て (一度に最大 20 人)、追加購入、取り消し、カードの更新、請求書の確認ができます。',

  ineligibleTitle: 'ご自身では購入できません',
  reasonPersonalEmail:
    '職場または学校のメール アドレスを使用してください。個人のメール アドレスでは組織のために購入できません。',
  reasonNoTenant: 'このメール アドレスのドメインを Microsoft で使用している組織が見つかりませんでした。',
  reasonUnmanagedTenant:
    '組織の Microsoft アカウントにはまだ管理者がいません。購入するには、まず管理者が組織を引き継ぐ必要があります。',
  reasonGovernmentTenant: 'セルフサービス購入は政府機関ではご利用いただけません。',
  reasonEducationTenant: 'セルフサービス購入は教育機関ではご利用いただけません。',
  reasonGuestUser: 'この組織にゲストとしてサインインしています。購入できるのは組織のメンバーのみです。',
  reasonMarketUnavailable: (product: string) => `組織の国または地域では、${product} をセルフサービスで購入できません。`,
  reasonDisabledByAdmin: (product: string) => `IT 管理者が ${product} のセルフサービス購入を無効にしています。`,
  reasonTrialsOnly: (product: string) =>
    `IT 管理者は支払い方法なしの無料試用版のみを許可していますが、${product} にはありません。`,
  ineligibleContact: '入手するには IT 管理者に連絡してください。',
  ineligibleAdminMessage: (organization: string) => `${organization} からのメッセージ:`,
  ineligibleAdminLink: '組織のリクエスト ページを開く',
  licenseRequestLabel: '管理者へのメッセージ (省略可能)',
  licenseRequestSubmit: '管理者にライセンスを依頼する',
  licenseRequestSending: '送信しています…',
  licenseRequestSent: 'リクエストを管理者に送信しました。',

  errorTitle: '問題が発生しました',
  retry: 'やり直す',
  startOver: '最初からやり直す',
  errorOffline: 'オフラインです。接続を確認してもう一度お試しください。',
  errorNetwork: 'チェックアウト サービスに接続できませんでした。接続を確認してもう一度お試しください。',
  errorTimeout: 'チェックアウト サービスの応答に時間がかかりすぎました。もう一度お試しください。',
  errorRateLimited: (seconds: number) => `試行回数が多すぎます。${seconds} 秒後にもう一度お試しください。`,
  errorServer: 'こちら側で問題が発生しました。もう一度お試しください。',
  errorUnavailable: 'チェックアウト サービスは現在ご利用いただけません。しばらくしてからもう一度お試しください。',
  errorBadResponse: '予期しない応答を受け取りました。もう一度お試しください。',
  errorSession: 'サインインの有効期限が切れました。もう一度サインインしてください。',
  errorQuantity: 'そのライセンス数では購入できません。数を変更してもう一度お試しください。',
  errorNotEligible: 'このアカウントではこの製品を購入できません。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
  errorPopupBlocked:
    'ブラウザーがサインイン ウィンドウをブロックしました。このページのポップアップを許可するか、もう一度お試しください。',
  errorSignInCancelled: 'サインインが取り消されました。続行するにはサインインしてください。',
  errorSignInBusy:
    'このページでは別のサインインが既に開いています。それを完了するか閉じてから、もう一度お試しください。',
  errorSignInFailed: 'サインインできませんでした。もう一度お試しください。',
  errorAccountMismatch:
    '入力したメール アドレスとは別のアカウントでサインインしました。そのアドレスでサインインするか、別のアドレスを使用してください。',
  errorCardDeclined: 'カードが拒否されました。別のカードを使用するか、カード会社にお問い合わせください。',
  errorInsufficientFunds: 'カードの残高が不足しています。別のカードをお試しください。',
  errorExpiredCard: 'カードの有効期限が切れています。有効期限を確認するか、別のカードを使用してください。',
  errorIncorrectCvc: 'セキュリティ コードが正しくありません。カード裏面のコードを確認してください。',
  errorAuthenticationFailed:
    'カード会社が支払いを確認できませんでした。もう一度お試しいただくか、別のカードを使用してください。',
  errorProcessing: 'カードを処理できませんでした。しばらくしてからもう一度お試しください。',
  errorIncomplete: 'カード情報をすべて入力してください。',
  errorPaymentLoad: '安全な支払いフォームを読み込めませんでした。接続を確認してもう一度お試しください。',
  errorPaymentExpired: '支払いが完了する前に期限切れになりました。最初からやり直してください。請求は発生していません。',
  errorPaymentFailed: '支払いは完了せず、請求も発生していません。もう一度試すには最初からやり直してください。',
} satisfies Catalog;
