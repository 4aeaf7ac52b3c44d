import type { StartCatalog } from './en.js';

export const ru = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Купить ${product}`,
  buyButtonLabelGeneric: 'Купить лицензии',
  dialogClose: 'Закрыть',
  loading: 'Загрузка…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Кнопка покупки настроена неверно: продукт «${product}» здесь купить нельзя.`,
  configApiBase: 'Форма покупки настроена неверно: адрес службы оформления заказа не указан или небезопасен (https).',
  configAuth: 'Форма покупки настроена неверно: отсутствуют параметры входа.',
  configPayment: 'Форма покупки настроена неверно: отсутствуют параметры оплаты.',
  configClientReferenceId:
    'Форма покупки настроена неверно: недопустимый справочный идентификатор клиента (до 200 букв, цифр, дефисов или символов подчеркивания).',
  configTitle: 'Покупка недоступна',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Не удалось связаться со службой оформления заказа. Проверьте подключение и повторите попытку.',

  // Email step
  emailTitle: (product: string) => `Купить ${product}`,
  emailIntro:
    'Введите рабочий или учебный адрес электронной почты. Мы проверим, разрешает ли ваша организация покупать самостоятельно.',
  emailLabel: 'Рабочий или учебный адрес электронной почты',
  emailHint: 'Например, name@company.com',
  emailSubmit: 'Продолжить',
  emailChecking: 'Проверка…',
  emailErrorEmpty: 'Введите рабочий или учебный адрес электронной почты.',
  emailErrorFormat: 'Введите адрес электронной почты в формате name@company.com.',
  emailErrorTooLong: 'Этот адрес электронной почты слишком длинный. Используйте не более 254 символов.',
  emailErrorHidden: 'В адресе есть скрытые символы (часто после копирования). Введите его заново.',
} satisfies StartCatalog;
