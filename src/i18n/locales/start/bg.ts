import type { StartCatalog } from './en.js';

export const bg = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `Купете ${product}`,
  buyButtonLabelGeneric: 'Купете лицензи',
  dialogClose: 'Затваряне',
  loading: 'Зареждане…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) =>
    `Бутонът за покупка не е настроен правилно: „${product}“ не е продукт, който може да се купи тук.`,
  configApiBase:
    'Формулярът за покупка не е настроен правилно: адресът на услугата за покупки липсва или не е защитен (https).',
  configAuth: 'Формулярът за покупка не е настроен правилно: липсват настройките за влизане.',
  configPayment: 'Формулярът за покупка не е настроен правилно: липсват настройките за плащане.',
  configClientReferenceId:
    'Формулярът за покупка не е настроен правилно: референтният ИД на клиента е невалиден (до 200 букви, цифри, тирета или долни черти).',
  configTitle: 'Покупката не е налична',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'Не успяхме да се свържем с услугата за покупки. Проверете връзката си и опитайте отново.',

  // Email step
  emailTitle: (product: string) => `Купете ${product}`,
  emailIntro: 'Въведете служебния или учебния си имейл. Ще проверим дали организацията ви позволява да купувате сами.',
  emailLabel: 'Служебен или учебен имейл',
  emailHint: 'Например name@company.com',
  emailSubmit: 'Продължи',
  emailChecking: 'Проверка…',
  emailErrorEmpty: 'Въведете служебния или учебния си имейл.',
  emailErrorFormat: 'Въведете имейл адрес във формата name@company.com.',
  emailErrorTooLong: 'Този имейл адрес е твърде дълъг. Използвайте най-много 254 знака.',
  emailErrorHidden: 'Имейл адресът съдържа скрити знаци (често от копиране). Въведете го отново.',
} satisfies StartCatalog;
