import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N ліцензія" as the subject of a sentence (nominative). */
const licenses = (n: number) =>
  plural('uk', n, { one: `${n} ліцензія`, few: `${n} ліцензії`, many: `${n} ліцензій`, other: `${n} ліцензії` });
/** "N ліцензію" as the object of a verb (accusative). */
const licensesBought = (n: number) =>
  plural('uk', n, { one: `${n} ліцензію`, few: `${n} ліцензії`, many: `${n} ліцензій`, other: `${n} ліцензії` });

export const uk = {
  // Sign-in step
  signInTitle: 'Увійдіть, щоб продовжити',
  signInIntro: (email: string, organization: string) =>
    `Увійдіть як ${email} з обліковим записом ${organization}. Відкриється вікно входу Microsoft.`,
  signInButton: 'Увійти',
  signInPreparing: 'Підготовка до входу…',
  signInBusy: 'Виконується вхід…',
  signInRedirecting: 'Браузер заблокував вікно входу, тому ми переспрямовуємо вас на сторінку входу…',
  signInCancel: 'Скасувати',
  signInReopen: 'Знову відкрити вікно входу',
  signInStalled: 'Досі очікуємо на вхід. Якщо ви закрили вікно входу, відкрийте його знову або скасуйте вхід.',
  useDifferentEmail: 'Використати іншу адресу',

  // Checking
  checkingTitle: 'Перевіряємо, що ви можете придбати…',

  // Seat step
  seatsTitle: 'Скільки потрібно ліцензій?',
  seatsTitleAdd: 'Додати ліцензії',
  seatsExisting: (count: number, product: string) => `У вас уже є ${licenses(count)} на ${product}.`,
  seatsLabel: 'Кількість ліцензій',
  seatsHint: (min: number, max: number) => `Від ${min} до ${max}. Призначити їх колегам можна пізніше.`,
  seatsDecrease: 'На одну ліцензію менше',
  seatsIncrease: 'На одну ліцензію більше',
  planLegend: 'Оплата',
  planMonthly: (price: string) => `Щомісяця: ${price} за ліцензію на місяць`,
  planYearly: (price: string) => `Щороку: ${price} за ліцензію на рік`,
  totalLabel: 'Разом',
  totalMonthly: (amount: string) => `${amount} на місяць`,
  totalYearly: (amount: string) => `${amount} на рік`,
  taxExclusive: 'Податки сплачуються додатково.',
  taxInclusive: 'Податки включено.',
  disclosuresTitle: 'Перед оплатою',
  disclosureBilledToYou:
    'Ви платите власною кредитною карткою. Рахунок виставляється вам, а не організації, і ви відповідаєте за оплату згідно з умовами придбання.',
  disclosureRenews: 'Передплата поновлюється автоматично, доки ви її не скасуєте.',
  disclosurePrices:
    'Ціни можуть відрізнятися від тих, що платить ваша організація під час централізованої покупки або через партнера.',
  disclosureAdminSees:
    'ІТ-адміністратор бачить цю покупку. Він може призначити тим, хто користується передплатою, централізовано придбані ліцензії й попросити вас скасувати її.',
  disclosureDataOwner: (product: string) =>
    `Дані, створені в ${product}, належать вашій організації та контролюються нею.`,
  disclosureData:
    'Для обробки покупки використовуються ваше ім’я, адреса електронної пошти, IP-адреса й ідентифікатори клієнта та користувача вашої організації.',
  seatsSubmit: 'Перейти до оплати',
  seatsSubmitting: 'Підготовка оплати…',
  seatsErrorEmpty: 'Введіть кількість ліцензій.',
  seatsErrorWhole: 'Введіть ціле число, наприклад 3.',
  seatsErrorMin: (min: number) => `Придбайте щонайменше ${licensesBought(min)}.`,
  seatsErrorMax: (max: number) => `Тут можна придбати щонайбільше ${licensesBought(max)}.`,

  // Trial
  trialTitle: (product: string) => `Спробуйте ${product} безкоштовно`,
  trialIntro: (days: number) =>
    `Ваша організація дозволяє безкоштовні пробні версії. Почніть пробний період на ${plural('uk', days, {
      one: `${days} день`,
      few: `${days} дні`,
      many: `${days} днів`,
      other: `${days} дня`,
    })}; кредитна картка не потрібна.`,
  trialSubmit: 'Почати безкоштовний пробний період',
  trialStarting: 'Запуск пробного періоду…',

  // Payment step
  paymentTitle: 'Оплата карткою',
  paymentSummary: (count: number, product: string, amount: string) => `${licenses(count)} на ${product}: ${amount}`,
  paymentCardOnly: 'Кредитна картка — єдиний спосіб оплати.',
  paymentLoading: 'Завантаження захищеної форми оплати…',
  paymentSubmit: (amount: string) => `Сплатити ${amount}`,
  paymentPaying: 'Оплата…',
  paymentBack: 'Змінити кількість ліцензій',
  paymentNotTwice: 'Кошти не буде списано двічі.',

  // Processing
  processingTitle: 'Підтверджуємо оплату…',
  processingSlow:
    'Статус оплати ще перевіряється, це може тривати хвилину. Кошти не буде списано двічі; вікно можна закрити й повернутися пізніше.',

  // Complete
  completeTitle: 'Усе готово',
  completeTrialTitle: 'Пробний період розпочався',
  completeSummary: (count: number, product: string, amount: string) =>
    `Ви придбали ${licensesBought(count)} на ${product} за ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Ви додали ${licensesBought(count)} на ${product} за ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Пробний період ${product} діє до ${date}.`,
  completeStart: (product: string) => `Почати роботу з ${product}`,
  completeAdmin: 'Призначити ліцензії в центрі адміністрування',
  completeManage: 'Призначити ліцензії зараз',
  completeReceipt: 'Квитанцію буде надіслано на вашу робочу пошту.',
  completeRenews:
    'Передплата поновлюється автоматично, доки ви її не скасуєте. Будь-коли можна призначати, додавати й видаляти ліцензії, оновити картку або скасувати передплату.',
  completeTrialEnds: (product: string, date: string) =>
    `Коли пробний період завершиться ${date}, ${product} перестане працювати, якщо ви його не придбаєте. Кошти не стягуються.`,
  completeTerms: 'Умови придбання',
  completeSupport: 'Стандартна підтримка Microsoft',
  completeTraining: (product: string) => `Навчання з ${product}`,
  completeAdminHint:
    'У Центрі адміністрування Microsoft 365 можна призначати ліцензії користувачам організації (до 20 одночасно), докуповувати їх, скасувати передплату, оновити картку й переглядати рахунки.',

  // Ineligible
  ineligibleTitle: 'Ви не можете придбати це самостійно',
  reasonPersonalEmail:
    'Використовуйте робочу або навчальну адресу електронної пошти. З особистої адреси не можна купувати для організації.',
  reasonNoTenant: 'Не знайдено організації, яка використовує домен цієї адреси в Microsoft.',
  reasonUnmanagedTenant:
    'Клієнт Microsoft Entra вашої організації ще не має адміністратора. Доки адміністратор не візьме клієнт під керування, покупки недоступні.',
  reasonGovernmentTenant: 'Самостійне придбання недоступне для державних установ.',
  reasonEducationTenant: 'Самостійне придбання недоступне для навчальних закладів.',
  reasonGuestUser: 'Ви ввійшли в цю організацію як гість. Купувати можуть лише її учасники.',
  reasonMarketUnavailable: (product: string) =>
    `${product} не можна придбати самостійно в країні або регіоні вашої організації.`,
  reasonDisabledByAdmin: (product: string) => `Ваш ІТ-адміністратор вимкнув самостійне придбання ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `Ваш ІТ-адміністратор дозволяє лише безкоштовні пробні версії без способу оплати, а для ${product} такої версії немає.`,
  ineligibleContact: 'Щоб отримати його, зверніться до ІТ-адміністратора.',
  ineligibleAdminMessage: (organization: string) => `Повідомлення від ${organization}:`,
  ineligibleAdminLink: 'Відкрити сторінку запитів вашої організації',
  licenseRequestLabel: 'Повідомлення адміністраторові (необов’язково)',
  licenseRequestSubmit: 'Попросити ліцензію в адміністратора',
  licenseRequestSending: 'Надсилання…',
  licenseRequestSent: 'Ваш запит надіслано адміністраторові.',

  // Errors
  errorTitle: 'Щось пішло не так',
  retry: 'Повторити спробу',
  startOver: 'Почати знову',
  errorOffline: 'Ви не в мережі. Перевірте підключення та повторіть спробу.',
  errorTimeout: 'Служба оформлення замовлення не відповіла вчасно. Повторіть спробу.',
  errorRateLimited: (seconds: number) =>
    `Забагато спроб. Повторіть через ${plural('uk', seconds, {
      one: `${seconds} секунду`,
      few: `${seconds} секунди`,
      many: `${seconds} секунд`,
      other: `${seconds} секунди`,
    })}.`,
  errorServer: 'Щось пішло не так на нашому боці. Повторіть спробу.',
  errorUnavailable: 'Служба оформлення замовлення зараз недоступна. Повторіть спробу трохи згодом.',
  errorBadResponse: 'Ми отримали незрозумілу відповідь. Повторіть спробу.',
  errorSession: 'Термін дії входу минув. Увійдіть знову.',
  errorQuantity: 'Таку кількість ліцензій придбати не можна. Змініть її та повторіть спробу.',
  errorNotEligible: 'З вашим обліковим записом цей продукт придбати не можна.',
  errorUnknown: 'Щось пішло не так. Повторіть спробу.',
  errorPopupBlocked:
    'Браузер заблокував вікно входу. Дозвольте спливаючі вікна для цієї сторінки або повторіть спробу.',
  errorSignInCancelled: 'Вхід скасовано. Увійдіть, щоб продовжити.',
  errorSignInBusy: 'На цій сторінці вже виконується інший вхід. Завершіть або закрийте його й повторіть спробу.',
  errorSignInFailed: 'Не вдалося ввійти. Повторіть спробу.',
  errorAccountMismatch:
    'Ви ввійшли з обліковим записом, що не відповідає введеній адресі. Увійдіть із цією адресою або вкажіть іншу.',
  errorCardDeclined: 'Картку відхилено. Спробуйте іншу картку або зверніться до банку.',
  errorInsufficientFunds: 'На картці недостатньо коштів. Спробуйте іншу картку.',
  errorExpiredCard: 'Термін дії картки минув. Перевірте термін дії або використайте іншу картку.',
  errorIncorrectCvc: 'Неправильний код безпеки. Перевірте код на звороті картки.',
  errorAuthenticationFailed: 'Банку не вдалося підтвердити платіж. Повторіть спробу або використайте іншу картку.',
  errorProcessing: 'Не вдалося обробити платіж карткою. Повторіть спробу трохи згодом.',
  errorIncomplete: 'Введіть усі дані картки.',
  errorPaymentLoad: 'Не вдалося завантажити захищену форму оплати. Перевірте підключення та повторіть спробу.',
  errorPaymentExpired: 'Термін дії платежу минув до його завершення. Почніть знову; кошти не списано.',
  errorPaymentFailed: 'Платіж не пройшов, кошти не списано. Почніть знову, щоб повторити спробу.',
} satisfies FlowCatalog;
