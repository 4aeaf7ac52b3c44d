import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N лицензия" as the subject of a sentence (nominative). */
const licenses = (n: number) =>
  plural('ru', n, { one: `${n} лицензия`, few: `${n} лицензии`, many: `${n} лицензий`, other: `${n} лицензии` });
/** "N лицензию" as the object of a verb (accusative). */
const licensesBought = (n: number) =>
  plural('ru', n, { one: `${n} лицензию`, few: `${n} лицензии`, many: `${n} лицензий`, other: `${n} лицензии` });
/** "не более N лицензий" (genitive). */
const licensesOf = (n: number) =>
  plural('ru', n, { one: `${n} лицензии`, few: `${n} лицензий`, many: `${n} лицензий`, other: `${n} лицензии` });

export const ru = {
  // Sign-in step
  signInTitle: 'Войдите, чтобы продолжить',
  signInIntro: (email: string, organization: string) =>
    `Войдите как ${email} с учетной записью ${organization}. Откроется окно входа Microsoft.`,
  signInButton: 'Войти',
  signInPreparing: 'Подготовка входа…',
  signInBusy: 'Выполняется вход…',
  signInRedirecting: 'Браузер заблокировал окно входа, поэтому перенаправляем вас на страницу входа…',
  signInCancel: 'Отмена',
  signInReopen: 'Снова открыть окно входа',
  signInStalled: 'Все еще ждем входа. Если вы закрыли окно входа, откройте его снова или отмените вход.',
  useDifferentEmail: 'Использовать другой адрес',

  // Checking
  checkingTitle: 'Проверяем, что вы можете купить…',

  // Seat step
  seatsTitle: 'Сколько нужно лицензий?',
  seatsTitleAdd: 'Добавить лицензии',
  seatsExisting: (count: number, product: string) => `У вас уже есть ${licenses(count)} на ${product}.`,
  seatsLabel: 'Количество лицензий',
  seatsHint: (min: number, max: number) => `От ${min} до ${max}. Назначить их коллегам можно позже.`,
  seatsDecrease: 'На одну лицензию меньше',
  seatsIncrease: 'На одну лицензию больше',
  planLegend: 'Оплата',
  planMonthly: (price: string) => `Ежемесячно: ${price} за лицензию в месяц`,
  planYearly: (price: string) => `Ежегодно: ${price} за лицензию в год`,
  totalLabel: 'Итого',
  totalMonthly: (amount: string) => `${amount} в месяц`,
  totalYearly: (amount: string) => `${amount} в год`,
  taxExclusive: 'Налоги взимаются дополнительно.',
  taxInclusive: 'Налоги включены.',
  disclosuresTitle: 'Перед оплатой',
  disclosureBilledToYou:
    'Вы платите своей кредитной картой. Счет выставляется вам, а не организации, и вы отвечаете за оплату по условиям покупки.',
  disclosureRenews: 'Подписка продлевается автоматически, пока вы ее не отмените.',
  disclosurePrices:
    'Цены могут отличаться от тех, что платит ваша организация при централизованной покупке или через партнера.',
  disclosureAdminSees:
    'ИТ-администратор видит эту покупку. Он может назначить тем, кто пользуется подпиской, централизованно купленные лицензии и попросить вас отменить ее.',
  disclosureDataOwner: (product: string) =>
    `Данные, созданные в ${product}, принадлежат вашей организации и контролируются ею.`,
  disclosureData:
    'Для обработки покупки используются ваше имя, адрес электронной почты, IP-адрес и идентификаторы клиента и пользователя вашей организации.',
  seatsSubmit: 'Перейти к оплате',
  seatsSubmitting: 'Подготовка оплаты…',
  seatsErrorEmpty: 'Введите количество лицензий.',
  seatsErrorWhole: 'Введите целое число, например 3.',
  seatsErrorMin: (min: number) => `Купите не менее ${licensesOf(min)}.`,
  seatsErrorMax: (max: number) => `Здесь можно купить не более ${licensesOf(max)}.`,

  // Trial
  trialTitle: (product: string) => `Попробуйте ${product} бесплатно`,
  trialIntro: (days: number) =>
    `Ваша организация разрешает бесплатные пробные версии. Начните пробный период на ${plural('ru', days, {
      one: `${days} день`,
      few: `${days} дня`,
      many: `${days} дней`,
      other: `${days} дня`,
    })}; кредитная карта не нужна.`,
  trialSubmit: 'Начать бесплатный пробный период',
  trialStarting: 'Запуск пробного периода…',

  // Payment step
  paymentTitle: 'Оплата картой',
  paymentSummary: (count: number, product: string, amount: string) => `${licenses(count)} на ${product}: ${amount}`,
  paymentCardOnly: 'Кредитная карта — единственный способ оплаты.',
  paymentLoading: 'Загрузка защищенной формы оплаты…',
  paymentSubmit: (amount: string) => `Оплатить ${amount}`,
  paymentPaying: 'Оплата…',
  paymentBack: 'Изменить количество лицензий',
  paymentNotTwice: 'Деньги не будут списаны дважды.',

  // Processing
  processingTitle: 'Подтверждаем оплату…',
  processingSlow:
    'Статус оплаты еще проверяется, это может занять минуту. Деньги не будут списаны дважды; окно можно закрыть и вернуться позже.',

  // Complete
  completeTitle: 'Все готово',
  completeTrialTitle: 'Пробный период начался',
  completeSummary: (count: number, product: string, amount: string) =>
    `Вы купили ${licensesBought(count)} на ${product} за ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Вы добавили ${licensesBought(count)} на ${product} за ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Пробный период ${product} действует до ${date}.`,
  completeStart: (product: string) => `Начать работу с ${product}`,
  completeAdmin: 'Назначить лицензии в центре администрирования',
  completeManage: 'Назначить лицензии сейчас',
  completeReceipt: 'Квитанция будет отправлена на вашу рабочую почту.',
  completeRenews:
    'Подписка продлевается автоматически, пока вы ее не отмените. В любое время можно назначать, добавлять и удалять лицензии, обновить карту или отменить подписку.',
  completeTrialEnds: (product: string, date: string) =>
    `Когда пробный период закончится ${date}, ${product} перестанет работать, если вы его не купите. Плата не взимается.`,
  completeTerms: 'Условия покупки',
  completeSupport: 'Стандартная поддержка Microsoft',
  completeTraining: (product: string) => `Обучение по ${product}`,
  completeAdminHint:
    'В Центре администрирования Microsoft 365 можно назначать лицензии пользователям организации (до 20 одновременно), докупать их, отменить подписку, обновить карту и смотреть счета.',

  // Ineligible
  ineligibleTitle: 'Вы не можете купить это самостоятельно',
  reasonPersonalEmail:
    'Используйте рабочий или учебный адрес электронной почты. С личного адреса нельзя покупать для организации.',
  reasonNoTenant: 'Не найдена организация, использующая домен этого адреса в Microsoft.',
  reasonUnmanagedTenant:
    'У клиента Microsoft Entra вашей организации еще нет администратора. Пока администратор не возьмет клиент под управление, покупки недоступны.',
  reasonGovernmentTenant: 'Самостоятельная покупка недоступна для государственных учреждений.',
  reasonEducationTenant: 'Самостоятельная покупка недоступна для учебных заведений.',
  reasonGuestUser: 'Вы вошли в эту организацию как гость. Покупать могут только ее участники.',
  reasonMarketUnavailable: (product: string) =>
    `${product} нельзя купить самостоятельно в стране или регионе вашей организации.`,
  reasonDisabledByAdmin: (product: string) => `Ваш ИТ-администратор отключил самостоятельную покупку ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Ваш ИТ-администратор разрешает только бесплатные пробные версии без способа оплаты, а у ${product} такой версии нет.`,
  ineligibleContact: 'Чтобы получить его, обратитесь к ИТ-администратору.',
  ineligibleAdminMessage: (organization: string) => `Сообщение от ${organization}:`,
  ineligibleAdminLink: 'Открыть страницу запросов вашей организации',
  licenseRequestLabel: 'Сообщение администратору (необязательно)',
  licenseRequestSubmit: 'Запросить лицензию у администратора',
  licenseRequestSending: 'Отправка…',
  licenseRequestSent: 'Ваш запрос отправлен администратору.',

  // Errors
  errorTitle: 'Что-то пошло не так',
  retry: 'Повторить попытку',
  startOver: 'Начать заново',
  errorOffline: 'Вы не в сети. Проверьте подключение и повторите попытку.',
  errorTimeout: 'Служба оформления заказа не ответила вовремя. Повторите попытку.',
  errorRateLimited: (seconds: number) =>
    `Слишком много попыток. Повторите через ${plural('ru', seconds, {
      one: `${seconds} секунду`,
      few: `${seconds} секунды`,
      many: `${seconds} секунд`,
      other: `${seconds} секунды`,
    })}.`,
  errorServer: 'Что-то пошло не так на нашей стороне. Повторите попытку.',
  errorUnavailable: 'Служба оформления заказа сейчас недоступна. Повторите попытку чуть позже.',
  errorBadResponse: 'Мы получили непонятный ответ. Повторите попытку.',
  errorSession: 'Срок действия входа истек. Войдите снова.',
  errorQuantity: 'Такое количество лицензий купить нельзя. Измените его и повторите попытку.',
  errorNotEligible: 'С вашей учетной записью этот продукт купить нельзя.',
  errorUnknown: 'Что-то пошло не так. Повторите попытку.',
  errorPopupBlocked:
    'Браузер заблокировал окно входа. Разрешите всплывающие окна для этой страницы или повторите попытку.',
  errorSignInCancelled: 'Вход отменен. Войдите, чтобы продолжить.',
  errorSignInBusy: 'На этой странице уже выполняется другой вход. Завершите или закройте его и повторите попытку.',
  errorSignInFailed: 'Не удалось войти. Повторите попытку.',
  errorAccountMismatch:
    'Вы вошли с учетной записью, не соответствующей введенному адресу. Войдите с этим адресом или укажите другой.',
  errorCardDeclined: 'Карта отклонена. Попробуйте другую карту или обратитесь в банк.',
  errorInsufficientFunds: 'На карте недостаточно средств. Попробуйте другую карту.',
  errorExpiredCard: 'Срок действия карты истек. Проверьте срок действия или используйте другую карту.',
  errorIncorrectCvc: 'Неверный код безопасности. Проверьте код на обороте карты.',
  errorAuthenticationFailed: 'Банку не удалось подтвердить платеж. Повторите попытку или используйте другую карту.',
  errorProcessing: 'Не удалось обработать платеж по карте. Повторите попытку чуть позже.',
  errorIncomplete: 'Введите все данные карты.',
  errorPaymentLoad: 'Не удалось загрузить защищенную форму оплаты. Проверьте подключение и повторите попытку.',
  errorPaymentExpired: 'Срок платежа истек до его завершения. Начните заново; деньги не списаны.',
  errorPaymentFailed: 'Платеж не прошел, деньги не списаны. Начните заново, чтобы повторить попытку.',
} satisfies FlowCatalog;
