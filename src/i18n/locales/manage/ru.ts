import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "N лицензия" as the subject of a sentence (nominative). */
const licenses = (n: number) =>
  plural('ru', n, { one: `${n} лицензия`, few: `${n} лицензии`, many: `${n} лицензий`, other: `${n} лицензии` });
/** "из N лицензий", "добавление N лицензий" (genitive). */
const licensesOf = (n: number) =>
  plural('ru', n, { one: `${n} лицензии`, few: `${n} лицензий`, many: `${n} лицензий`, other: `${n} лицензии` });

export const ru = {
  manageTitle: 'Ваши подписки',
  manageLoading: 'Загрузка подписок…',
  manageEmpty: 'Вы еще не покупали подписки самостоятельно.',
  manageEmptyProduct: (product: string) => `Вы не покупали ${product} самостоятельно.`,
  manageSignInTitle: 'Войдите, чтобы управлять подписками',
  manageSignInIntro: 'Войдите с рабочей или учебной учетной записью, чтобы просматривать покупки и управлять ими.',
  manageOpen: 'Управление',
  manageOpenLabel: (product: string) => `Управление подпиской ${product}`,
  manageBack: 'Все подписки',
  manageNotice: 'Готово',

  statusActive: 'Активна',
  statusTrialing: 'Бесплатный пробный период',
  statusPastDue: 'Оплата просрочена',
  statusCanceled: 'Отменена',
  statusExpired: 'Срок действия истек',
  renewsOn: (date: string) => `Продлевается ${date}`,
  endsOn: (date: string) => `Заканчивается ${date}`,
  endedOn: (date: string) => `Закончилась ${date}`,
  trialEndsOn: (date: string) => `Бесплатный пробный период до ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Назначено ${assigned} из ${licensesOf(quantity)}`,
  pastDueHint: 'Счет просрочен. Оплатите его ниже, чтобы лицензии продолжали работать.',

  // Licenses
  licensesTitle: 'У кого есть лицензия',
  licensesFree: (free: number) =>
    plural('ru', free, {
      one: `Свободна ${free} лицензия.`,
      few: `Свободны ${free} лицензии.`,
      many: `Свободно ${free} лицензий.`,
      other: `Свободно ${free} лицензии.`,
    }),
  licensesNone: 'Лицензий пока ни у кого нет.',
  unassign: 'Отозвать',
  unassignLabel: (name: string) => `Отозвать лицензию у ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Отозвать лицензию у ${name}? Доступ к ${product} будет сразу потерян.`,
  unassignYes: 'Отозвать лицензию',
  keep: 'Оставить',
  unassigned: (name: string) => `Лицензия отозвана у ${name}.`,
  searchLabel: 'Поиск людей в вашей организации',
  searchHint: 'Введите имя или адрес электронной почты. Лицензии можно назначить одновременно не более чем 20 людям.',
  searchTooLong: (max: number) =>
    `Введите не более ${plural('ru', max, {
      one: `${max} символа`,
      few: `${max} символов`,
      many: `${max} символов`,
      other: `${max} символа`,
    })}.`,
  searchNone: (search: string) => `В вашей организации никто не соответствует запросу «${search}».`,
  searching: 'Поиск…',
  resultsLabel: 'Найденные люди',
  hasLicense: 'Есть лицензия',
  guestNotAssignable: 'Гостевая учетная запись: лицензию получить нельзя',
  selectedCount: (count: number) =>
    plural('ru', count, {
      one: `Выбран ${count} человек`,
      few: `Выбрано ${count} человека`,
      many: `Выбрано ${count} человек`,
      other: `Выбрано ${count} человека`,
    }),
  tooManySelected: (max: number) =>
    `Лицензии можно назначить одновременно не более чем ${plural('ru', max, {
      one: `${max} человеку`,
      few: `${max} людям`,
      many: `${max} людям`,
      other: `${max} людям`,
    })}.`,
  notEnoughFree: (free: number) =>
    `${plural('ru', free, {
      one: `Свободна только ${free} лицензия`,
      few: `Свободны только ${free} лицензии`,
      many: `Свободно только ${free} лицензий`,
      other: `Свободно только ${free} лицензии`,
    })}. Выберите меньше людей или сначала добавьте лицензии.`,
  assignSubmit: (count: number) =>
    `Назначить ${plural('ru', count, {
      one: `${count} лицензию`,
      few: `${count} лицензии`,
      many: `${count} лицензий`,
      other: `${count} лицензии`,
    })}`,
  assigning: 'Назначение…',
  assignedNotice: (count: number) =>
    `Теперь лицензия есть у ${plural('ru', count, {
      one: `${count} человека`,
      few: `${count} человек`,
      many: `${count} человек`,
      other: `${count} человека`,
    })}.`,
  assignFailedAlready: (name: string) => `У ${name} уже есть лицензия.`,
  assignFailedOtherTenant: (name: string) =>
    `${name} не входит в вашу организацию, поэтому не может получить лицензию.`,
  assignFailedGuest: (name: string) => `У ${name} гостевая учетная запись, поэтому лицензию получить нельзя.`,
  unassignFailed: (name: string) => `У ${name} нет лицензии, которую можно отозвать.`,

  // Number of licenses
  quantityTitle: 'Количество лицензий',
  quantityLabel: 'Общее количество лицензий',
  quantityHint: (min: number, max: number) =>
    `От ${min} до ${max}. Добавленные лицензии оплачиваются сразу, а удаленные снимаются при продлении.`,
  quantityBelowAssigned: (assigned: number) =>
    `${plural('ru', assigned, {
      one: `Назначена ${assigned} лицензия`,
      few: `Назначены ${assigned} лицензии`,
      many: `Назначено ${assigned} лицензий`,
      other: `Назначено ${assigned} лицензии`,
    })}. Чтобы уменьшить количество ниже, сначала отзовите лицензии у пользователей.`,
  quantitySame: 'У вас уже столько лицензий. Введите другое число.',
  quantityPreview: 'Просмотреть изменение',
  quantityPreviewing: 'Расчет…',
  previewIncrease: (added: number, amount: string) =>
    `За добавление ${licensesOf(added)} сейчас будет списано ${amount} (за остаток текущего периода).`,
  previewDecrease: (removed: number, date: string) =>
    `${plural('ru', removed, {
      one: `${removed} лицензия будет удалена`,
      few: `${removed} лицензии будут удалены`,
      many: `${removed} лицензий будет удалено`,
      other: `${removed} лицензии будет удалено`,
    })} ${date}. Сейчас ничего не списывается и не возвращается.`,
  previewRecurring: (amount: string) => `Затем каждое продление будет стоить ${amount}.`,
  quantityConfirm: 'Подтвердить',
  quantityChanging: 'Сохранение…',
  quantityAdded: (quantity: number, amount: string) => `Теперь у вас ${licenses(quantity)}. С карты списано ${amount}.`,
  quantityScheduled: (quantity: number, date: string) => `С ${date} у вас будет ${licenses(quantity)}.`,

  // Cancel
  cancelTitle: 'Отмена подписки',
  cancelExplain: (date: string) =>
    `Подписка больше не будет продлеваться. Лицензии работают до ${date}, затем все их владельцы потеряют доступ.`,
  cancelSubmit: 'Отменить подписку',
  cancelConfirm: 'Да, отменить',
  cancelKeep: 'Оставить подписку',
  canceledNotice: (date: string) => `Отменено. Лицензии работают до ${date}.`,
  reactivate: 'Отозвать отмену',
  reactivatedNotice: (date: string) => `Подписка снова будет продлена ${date}.`,

  // Billing
  billingTitle: 'Выставление счетов',
  cardLabel: 'Карта',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand}, номер заканчивается на ${last4}, срок действия ${expiry}`,
  cardNone: 'Сохраненной карты нет.',
  cardUpdate: 'Обновить карту',
  cardSave: 'Сохранить карту',
  cardSaving: 'Сохранение…',
  cardCancel: 'Отмена',
  cardUpdated: (card: string) => `Карта обновлена: ${card}.`,
  invoicesTitle: 'Счета',
  invoicesNone: 'Счетов пока нет.',
  invoiceNumber: 'Счет',
  invoiceDate: 'Дата',
  invoiceAmount: 'Сумма',
  invoiceStatus: 'Состояние',
  invoicePaid: 'Оплачен',
  invoiceOpen: 'Открыт',
  invoicePastDue: 'Просрочен',
  invoiceVoid: 'Аннулирован',
  invoicePay: 'Оплатить',
  invoicePayLabel: (number: string, amount: string) => `Оплатить счет ${number} (${amount})`,
  invoicePaying: 'Оплата…',
  invoicePdf: (number: string) => `Счет ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Счет ${number} оплачен: ${amount}.`,

  // Order history
  historyTitle: 'История заказов',
  historyChange: 'Изменение',
  historyLicenses: 'Лицензии',
  orderPurchase: 'Покупка',
  orderAdded: (count: number) =>
    plural('ru', count, {
      one: `Добавлена ${count} лицензия`,
      few: `Добавлены ${count} лицензии`,
      many: `Добавлено ${count} лицензий`,
      other: `Добавлено ${count} лицензии`,
    }),
  orderRemoved: (count: number) =>
    plural('ru', count, {
      one: `Удалена ${count} лицензия`,
      few: `Удалены ${count} лицензии`,
      many: `Удалено ${count} лицензий`,
      other: `Удалено ${count} лицензии`,
    }),
  orderRenewal: 'Продление',
  orderCanceled: 'Отмена',
  orderReactivated: 'Отмена отозвана',

  // Errors
  errorNotPurchaser:
    'Управлять этой подпиской может только тот, кто ее купил. Обратитесь к этому человеку или к ИТ-администратору.',
  errorSubscriptionNotFound: 'Эта подписка не найдена в вашей организации.',
  errorSubscriptionCanceled: 'Эта подписка отменена. Сначала отзовите отмену.',
  errorSubscriptionExpired: 'Срок действия этой подписки истек.',
  errorInvalidSearch: 'Ищите по имени или адресу электронной почты, без символов < и >.',
  errorDuplicateUser: 'Один и тот же человек выбран дважды. Выберите каждого только один раз.',
  errorInvoicePaid: 'Этот счет уже оплачен (возможно, в другом окне). Больше ничего не списано.',
  errorInvoiceNotPayable: 'Этот счет нельзя оплатить здесь.',
  errorNoCard: 'Сохраненной карты нет. Сначала добавьте карту.',
} satisfies ManageCatalog;
