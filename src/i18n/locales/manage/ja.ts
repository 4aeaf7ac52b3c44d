import type { ManageCatalog } from './en.js';

export const ja = {
  manageTitle: 'サブスクリプション',
  manageLoading: 'サブスクリプションを読み込んでいます…',
  manageEmpty: 'ご自身で購入したサブスクリプションはありません。',
  manageEmptyProduct: (product: string) => `${product} はご自身で購入していません。`,
  manageSignInTitle: 'サブスクリプションを管理するにはサインインしてください',
  manageSignInIntro: '職場または学校のアカウントでサインインすると、購入したものを確認して管理できます。',
  manageOpen: '管理',
  manageOpenLabel: (product: string) => `${product} を管理`,
  manageBack: 'すべてのサブスクリプション',
  manageNotice: '完了',

  statusActive: 'アクティブ',
  statusTrialing: '無料試用版',
  statusPastDue: '支払い期限超過',
  statusCanceled: '解約済み',
  statusExpired: '期限切れ',
  renewsOn: (date: string) => `${date} に更新`,
  endsOn: (date: string) => `${date} に終了`,
  endedOn: (date: string) => `${date} に終了しました`,
  trialEndsOn: (date: string) => `無料試用版 (${date} まで)`,
  assignedOf: (assigned: number, quantity: number) => `${quantity} 個中 ${assigned} 個のライセンスを割り当て済み`,
  pastDueHint: '支払い期限を過ぎた請求書があります。ライセンスを引き続き使用できるように、下で支払ってください。',

  // Licenses
  licensesTitle: 'ライセンスを持っているユーザー',
  licensesFree: (free: number) => `空きライセンスは ${free} 個です。`,
  licensesNone: 'まだだれもライセンスを持っていません。',
  unassign: '削除',
  unassignLabel: (name: string) => `${name} のライセンスを削除`,
  unassignConfirm: (name: string, product: string) =>
    `${name} のライセンスを削除しますか? このユーザーはすぐに ${product} にアクセスできなくなります。`,
  unassignYes: 'ライセンスを削除',
  keep: '削除しない',
  unassigned: (name: string) => `${name} のライセンスを削除しました。`,
  searchLabel: '組織内のユーザーを検索',
  searchHint: '名前またはメール アドレスを入力してください。一度に最大 20 人に割り当てることができます。',
  searchTooLong: (max: number) => `${max} 文字以内で入力してください。`,
  searchNone: (search: string) => `「${search}」に一致するユーザーは組織内に見つかりません。`,
  searching: '検索しています…',
  resultsLabel: '見つかったユーザー',
  hasLicense: 'ライセンスあり',
  guestNotAssignable: 'ゲスト アカウント: ライセンスを割り当てられません',
  selectedCount: (count: number) => `${count} 人を選択済み`,
  tooManySelected: (max: number) => `一度に割り当てられるのは最大 ${max} 人です。`,
  notEnoughFree: (free: number) =>
    `空きライセンスは ${free} 個だけです。選択するユーザーを減らすか、先にライセンスを追加してください。`,
  assignSubmit: (count: number) => `ライセンスを ${count} 個割り当てる`,
  assigning: '割り当てています…',
  assignedNotice: (count: number) => `${count} 人にライセンスを割り当てました。`,
  assignFailedAlready: (name: string) => `${name} には既にライセンスがあります。`,
  assignFailedOtherTenant: (name: string) =>
    `${name} はこの組織のユーザーではないため、ライセンスを割り当てられません。`,
  assignFailedGuest: (name: string) => `${name} はゲスト アカウントのため、ライセンスを割り当てられません。`,
  unassignFailed: (name: string) => `${name} には削除できるライセンスがありません。`,

  // Number of licenses
  quantityTitle: 'ライセンス数',
  quantityLabel: 'ライセンスの合計数',
  quantityHint: (min: number, max: number) =>
    `${min}～${max}。追加したライセンスは今すぐ請求され、減らしたライセンスは次回の更新時に削除されます。`,
  quantityBelowAssigned: (assigned: number) =>
    `${assigned} 個のライセンスが割り当てられています。これより少なくするには、先にユーザーからライセンスを削除してください。`,
  quantitySame: '現在と同じ数です。別の数を入力してください。',
  quantityPreview: '変更内容を確認',
  quantityPreviewing: '計算しています…',
  previewIncrease: (added: number, amount: string) =>
    `ライセンスを ${added} 個追加すると、今期の残りの期間分として今すぐ ${amount} が請求されます。`,
  previewDecrease: (removed: number, date: string) =>
    `${date} にライセンスが ${removed} 個削除されます。現時点での請求や返金はありません。`,
  previewRecurring: (amount: string) => `以降、更新ごとに ${amount} が請求されます。`,
  quantityConfirm: '確定',
  quantityChanging: '保存しています…',
  quantityAdded: (quantity: number, amount: string) =>
    `ライセンスが ${quantity} 個になりました。カードに ${amount} が請求されました。`,
  quantityScheduled: (quantity: number, date: string) => `${date} からライセンスは ${quantity} 個になります。`,

  // Cancel
  cancelTitle: 'サブスクリプションの解約',
  cancelExplain: (date: string) =>
    `今後は更新されません。ライセンスは ${date} まで使用でき、その後はライセンスを持つすべてのユーザーがアクセスできなくなります。`,
  cancelSubmit: 'サブスクリプションを解約',
  cancelConfirm: 'はい、解約します',
  cancelKeep: 'サブスクリプションを継続',
  canceledNotice: (date: string) => `解約しました。ライセンスは ${date} まで使用できます。`,
  reactivate: '解約を取り消す',
  reactivatedNotice: (date: string) => `サブスクリプションは ${date} に再び更新されます。`,

  // Billing
  billingTitle: '請求',
  cardLabel: 'カード',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} (末尾 ${last4})、有効期限 ${expiry}`,
  cardNone: '保存されているカードはありません。',
  cardUpdate: 'カードを更新',
  cardSave: 'カードを保存',
  cardSaving: '保存しています…',
  cardCancel: 'キャンセル',
  cardUpdated: (card: string) => `カードを更新しました: ${card}`,
  invoicesTitle: '請求書',
  invoicesNone: '請求書はまだありません。',
  invoiceNumber: '請求書',
  invoiceDate: '日付',
  invoiceAmount: '金額',
  invoiceStatus: '状態',
  invoicePaid: '支払い済み',
  invoiceOpen: '未払い',
  invoicePastDue: '期限超過',
  invoiceVoid: '無効',
  invoicePay: '支払う',
  invoicePayLabel: (number: string, amount: string) => `請求書 ${number} を支払う (${amount})`,
  invoicePaying: '支払っています…',
  invoicePdf: (number: string) => `請求書 ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `請求書 ${number} の支払いが完了しました: ${amount}`,

  // Order history
  historyTitle: '注文履歴',
  historyChange: '変更内容',
  historyLicenses: 'ライセンス数',
  orderPurchase: '購入',
  orderAdded: (count: number) => `ライセンスを ${count} 個追加`,
  orderRemoved: (count: number) => `ライセンスを ${count} 個削除`,
  orderRenewal: '更新',
  orderCanceled: '解約',
  orderReactivated: '解約の取り消し',

  // Errors
  errorNotPurchaser:
    'このサブスクリプションを管理できるのは、購入したユーザーのみです。購入したユーザーまたは IT 管理者にお問い合わせください。',
  errorSubscriptionNotFound: 'このサブスクリプションは組織内に見つかりませんでした。',
  errorSubscriptionCanceled: 'このサブスクリプションは解約されています。先に解約を取り消してください。',
  errorSubscriptionExpired: 'このサブスクリプションは終了しています。',
  errorInvalidSearch: '名前またはメール アドレスで検索してください。< と > は使用できません。',
  errorDuplicateUser: '同じユーザーが 2 回選択されています。各ユーザーは 1 回だけ選択してください。',
  errorInvoicePaid:
    'この請求書は既に支払われています (別のウィンドウで支払われた可能性があります)。追加の請求はありません。',
  errorInvoiceNotPayable: 'この請求書はここでは支払えません。',
  errorNoCard: '保存されているカードはありません。先にカードを更新してください。',
} satisfies ManageCatalog;
