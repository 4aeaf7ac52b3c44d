import type { StartCatalog } from './en.js';

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
  configClientReferenceId:
    'この購入フォームは正しく設定されていません: クライアント参照 ID が無効です (英数字、ハイフン、アンダースコアで 200 文字以内)。',
  configTitle: '購入できません',
  errorNetwork: 'チェックアウト サービスに接続できませんでした。接続を確認してもう一度お試しください。',
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
  emailErrorHidden:
    'メール アドレスに見えない文字が含まれています (コピーして貼り付けたときによく起こります)。もう一度入力してください。',
} satisfies StartCatalog;
