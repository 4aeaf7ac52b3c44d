import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N ліцензія" as the subject of a sentence (nominative). */
const licenses = (n: number) =>
  plural('uk', n, { one: `${n} ліцензія`, few: `${n} ліцензії`, many: `${n} ліцензій`, other: `${n} ліцензії` });
/** "N ліцензію" as the object of a verb (accusative). */
const licensesAcc = (n: number) =>
  plural('uk', n, { one: `${n} ліцензію`, few: `${n} ліцензії`, many: `${n} ліцензій`, other: `${n} ліцензії` });
/** "з N ліцензій", "додавання N ліцензій" (genitive). */
const licensesOf = (n: number) =>
  plural('uk', n, { one: `${n} ліцензії`, few: `${n} ліцензій`, many: `${n} ліцензій`, other: `${n} ліцензії` });

export const uk = {
  manageTitle: 'Ваші передплати',
  manageLoading: 'Завантаження передплат…',
  manageEmpty: 'Ви ще не купували передплати самостійно.',
  manageEmptyProduct: (product: string) => `Ви не купували ${product} самостійно.`,
  manageSignInTitle: 'Увійдіть, щоб керувати передплатами',
  manageSignInIntro: 'Увійдіть із робочим або навчальним обліковим записом, щоб переглядати покупки й керувати ними.',
  manageOpen: 'Керувати',
  manageOpenLabel: (product: string) => `Керувати передплатою ${product}`,
  manageBack: 'Усі передплати',
  manageNotice: 'Готово',

  statusActive: 'Активна',
  statusTrialing: 'Безкоштовний пробний період',
  statusPastDue: 'Оплату прострочено',
  statusCanceled: 'Скасовано',
  statusExpired: 'Термін дії минув',
  renewsOn: (date: string) => `Поновлюється ${date}`,
  endsOn: (date: string) => `Завершується ${date}`,
  endedOn: (date: string) => `Завершилася ${date}`,
  trialEndsOn: (date: string) => `Безкоштовний пробний період до ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Призначено ${assigned} з ${licensesOf(quantity)}`,
  pastDueHint: 'Рахунок прострочено. Оплатіть його нижче, щоб ліцензії продовжували працювати.',

  // Licenses
  licensesTitle: 'У кого є ліцензія',
  licensesFree: (free: number) =>
    plural('uk', free, {
      one: `Вільна ${free} ліцензія.`,
      few: `Вільні ${free} ліцензії.`,
      many: `Вільно ${free} ліцензій.`,
      other: `Вільно ${free} ліцензії.`,
    }),
  licensesNone: 'Ліцензій поки ні в кого немає.',
  unassign: 'Відкликати',
  unassignLabel: (name: string) => `Відкликати ліцензію в ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Відкликати ліцензію в ${name}? Доступ до ${product} буде одразу втрачено.`,
  unassignYes: 'Відкликати ліцензію',
  keep: 'Залишити',
  unassigned: (name: string) => `Ліцензію відкликано в ${name}.`,
  searchLabel: 'Пошук людей у вашій організації',
  searchHint: 'Введіть ім’я або адресу електронної пошти. Ліцензії можна призначити одночасно щонайбільше 20 особам.',
  searchTooLong: (max: number) =>
    `Введіть не більше ${plural('uk', max, {
      one: `${max} символу`,
      few: `${max} символів`,
      many: `${max} символів`,
      other: `${max} символу`,
    })}.`,
  searchNone: (search: string) => `У вашій організації ніхто не відповідає запиту «${search}».`,
  searching: 'Пошук…',
  resultsLabel: 'Знайдені люди',
  hasLicense: 'Має ліцензію',
  guestNotAssignable: 'Гостьовий обліковий запис: ліцензію отримати не можна',
  selectedCount: (count: number) =>
    `Вибрано ${plural('uk', count, {
      one: `${count} особу`,
      few: `${count} особи`,
      many: `${count} осіб`,
      other: `${count} особи`,
    })}`,
  tooManySelected: (max: number) =>
    `Ліцензії можна призначити одночасно щонайбільше ${plural('uk', max, {
      one: `${max} особі`,
      few: `${max} особам`,
      many: `${max} особам`,
      other: `${max} особам`,
    })}.`,
  notEnoughFree: (free: number) =>
    `${plural('uk', free, {
      one: `Вільна лише ${free} ліцензія`,
      few: `Вільні лише ${free} ліцензії`,
      many: `Вільно лише ${free} ліцензій`,
      other: `Вільно лише ${free} ліцензії`,
    })}. Виберіть менше людей або спершу додайте ліцензії.`,
  assignSubmit: (count: number) => `Призначити ${licensesAcc(count)}`,
  assigning: 'Призначення…',
  assignedNotice: (count: number) =>
    plural('uk', count, {
      one: `Тепер ліцензію має ${count} особа.`,
      few: `Тепер ліцензію мають ${count} особи.`,
      many: `Тепер ліцензію мають ${count} осіб.`,
      other: `Тепер ліцензію мають ${count} особи.`,
    }),
  assignFailedAlready: (name: string) => `${name} уже має ліцензію.`,
  assignFailedOtherTenant: (name: string) => `${name} не входить до вашої організації, тому не може отримати ліцензію.`,
  assignFailedGuest: (name: string) => `${name} має гостьовий обліковий запис, тому не може отримати ліцензію.`,
  unassignFailed: (name: string) => `${name} не має ліцензії, яку можна відкликати.`,

  // Number of licenses
  quantityTitle: 'Кількість ліцензій',
  quantityLabel: 'Загальна кількість ліцензій',
  quantityHint: (min: number, max: number) =>
    `Від ${min} до ${max}. Додані ліцензії оплачуються одразу, а видалені знімаються під час поновлення.`,
  quantityBelowAssigned: (assigned: number) =>
    `Призначено ${licensesAcc(assigned)}. Щоб зменшити кількість нижче, спершу відкличте ліцензії в користувачів.`,
  quantitySame: 'У вас уже стільки ліцензій. Введіть інше число.',
  quantityPreview: 'Переглянути зміну',
  quantityPreviewing: 'Обчислення…',
  previewIncrease: (added: number, amount: string) =>
    `За додавання ${licensesOf(added)} зараз буде списано ${amount} (за решту поточного періоду).`,
  previewDecrease: (removed: number, date: string) =>
    `${licensesAcc(removed)} буде видалено ${date}. Зараз нічого не списується й не повертається.`,
  previewRecurring: (amount: string) => `Далі кожне поновлення коштуватиме ${amount}.`,
  quantityConfirm: 'Підтвердити',
  quantityChanging: 'Збереження…',
  quantityAdded: (quantity: number, amount: string) => `Тепер у вас ${licenses(quantity)}. З картки списано ${amount}.`,
  quantityScheduled: (quantity: number, date: string) => `З ${date} у вас буде ${licenses(quantity)}.`,

  // Cancel
  cancelTitle: 'Скасування передплати',
  cancelExplain: (date: string) =>
    `Передплата більше не поновлюватиметься. Ліцензії працюють до ${date}, після чого всі їхні власники втратять доступ.`,
  cancelSubmit: 'Скасувати передплату',
  cancelConfirm: 'Так, скасувати',
  cancelKeep: 'Залишити передплату',
  canceledNotice: (date: string) => `Скасовано. Ліцензії працюють до ${date}.`,
  reactivate: 'Відкликати скасування',
  reactivatedNotice: (date: string) => `Передплата знову поновиться ${date}.`,

  // Billing
  billingTitle: 'Виставлення рахунків',
  cardLabel: 'Картка',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand}, номер закінчується на ${last4}, термін дії ${expiry}`,
  cardNone: 'Збереженої картки немає.',
  cardUpdate: 'Оновити картку',
  cardSave: 'Зберегти картку',
  cardSaving: 'Збереження…',
  cardCancel: 'Скасувати',
  cardUpdated: (card: string) => `Картку оновлено: ${card}.`,
  invoicesTitle: 'Рахунки',
  invoicesNone: 'Рахунків поки немає.',
  invoiceNumber: 'Рахунок',
  invoiceDate: 'Дата',
  invoiceAmount: 'Сума',
  invoiceStatus: 'Стан',
  invoicePaid: 'Оплачено',
  invoiceOpen: 'Відкритий',
  invoicePastDue: 'Прострочений',
  invoiceVoid: 'Анульований',
  invoicePay: 'Оплатити',
  invoicePayLabel: (number: string, amount: string) => `Оплатити рахунок ${number} (${amount})`,
  invoicePaying: 'Оплата…',
  invoicePdf: (number: string) => `Рахунок ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Рахунок ${number} оплачено: ${amount}.`,

  // Order history
  historyTitle: 'Журнал замовлень',
  historyChange: 'Зміна',
  historyLicenses: 'Ліцензії',
  orderPurchase: 'Покупка',
  orderAdded: (count: number) => `Додано ${licensesAcc(count)}`,
  orderRemoved: (count: number) => `Видалено ${licensesAcc(count)}`,
  orderRenewal: 'Поновлення',
  orderCanceled: 'Скасування',
  orderReactivated: 'Скасування відкликано',

  // Errors
  errorNotPurchaser:
    'Керувати цією передплатою може лише той, хто її придбав. Зверніться до цієї особи або до ІТ-адміністратора.',
  errorSubscriptionNotFound: 'Цю передплату не знайдено у вашій організації.',
  errorSubscriptionCanceled: 'Цю передплату скасовано. Спершу відкличте скасування.',
  errorSubscriptionExpired: 'Термін дії цієї передплати минув.',
  errorInvalidSearch: 'Шукайте за ім’ям або адресою електронної пошти, без символів < і >.',
  errorDuplicateUser: 'Одну й ту саму особу вибрано двічі. Виберіть кожну лише один раз.',
  errorInvoicePaid: 'Цей рахунок уже оплачено (можливо, в іншому вікні). Більше нічого не списано.',
  errorInvoiceNotPayable: 'Цей рахунок не можна оплатити тут.',
  errorNoCard: 'Збереженої картки немає. Спершу додайте картку.',
} satisfies ManageCatalog;
