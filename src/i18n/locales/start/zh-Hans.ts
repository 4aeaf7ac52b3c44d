import type { StartCatalog } from './en.js';

export const zhHans = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `购买 ${product}`,
  buyButtonLabelGeneric: '购买许可证',
  dialogClose: '关闭',
  loading: '正在加载…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) => `此购买按钮的设置不正确：“${product}”不是可在此处购买的产品。`,
  configApiBase: '此购买表单的设置不正确：结账服务地址缺失或不安全（需要 https）。',
  configAuth: '此购买表单的设置不正确：缺少登录设置。',
  configPayment: '此购买表单的设置不正确：缺少付款设置。',
  configClientReferenceId: '此购买表单的设置不正确：客户端引用 ID 无效（最多 200 个字母、数字、连字符或下划线）。',
  configTitle: '无法购买',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: '无法连接到结账服务。请检查网络连接，然后重试。',

  // Email step
  emailTitle: (product: string) => `购买 ${product}`,
  emailIntro: '请输入你的工作或学校电子邮件地址。我们将检查你的组织是否允许你自行购买。',
  emailLabel: '工作或学校电子邮件地址',
  emailHint: '例如 name@company.com',
  emailSubmit: '继续',
  emailChecking: '正在检查…',
  emailErrorEmpty: '请输入你的工作或学校电子邮件地址。',
  emailErrorFormat: '请按 name@company.com 的格式输入电子邮件地址。',
  emailErrorTooLong: '该电子邮件地址太长。最多只能有 254 个字符。',
  emailErrorHidden: '该电子邮件地址中含有隐藏字符（通常是复制粘贴造成的）。请重新键入。',
} satisfies StartCatalog;
