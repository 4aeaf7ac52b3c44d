import type { StartCatalog } from './en.js';

export const uk = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Придбати ${product}`,
  buyButtonLabelGeneric: 'Придбати ліцензії',
  dialogClose: 'Закрити',
  loading: 'Завантаження…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Кнопку покупки налаштовано неправильно: продукт «${product}» тут придбати не можна.`,
  configApiBase:
    'Форму покупки налаштовано неправильно: адреса служби оформлення замовлення відсутня або незахищена (https).',
  configAuth: 'Форму покупки налаштовано неправильно: відсутні параметри входу.',
  configPayment: 'Форму покупки налаштовано неправильно: відсутні параметри оплати.',
  configClientReferenceId:
    'Форму покупки налаштовано неправильно: недійсний довідковий ідентифікатор клієнта (до 200 літер, цифр, дефісів або символів підкреслення).',
  configTitle: 'Придбання недоступне',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Не вдалося зв’язатися зі службою оформлення замовлення. Перевірте підключення та повторіть спробу.',

  // Email step
  emailTitle: (product: string) => `Придбати ${product}`,
  emailIntro:
    'Введіть робочу або навчальну адресу електронної пошти. Ми перевіримо, чи дозволяє ваша організація купувати самостійно.',
  emailLabel: 'Робоча або навчальна адреса електронної пошти',
  emailHint: 'Наприклад, name@company.com',
  emailSubmit: 'Продовжити',
  emailChecking: 'Перевірка…',
  emailErrorEmpty: 'Введіть робочу або навчальну адресу електронної пошти.',
  emailErrorFormat: 'Введіть адресу електронної пошти у форматі name@company.com.',
  emailErrorTooLong: 'Ця адреса електронної пошти задовга. Використовуйте не більше 254 символів.',
  emailErrorHidden: 'В адресі є приховані символи (часто після копіювання). Введіть її ще раз.',
} satisfies StartCatalog;
