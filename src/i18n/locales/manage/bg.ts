import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "1 лиценз", "3 лиценза" (the counted form after a number). */
const licenses = (n: number) => plural('bg', n, { one: `${n} лиценз`, other: `${n} лиценза` });
/** "1 човек", "3 души". */
const people = (n: number) => plural('bg', n, { one: `${n} човек`, other: `${n} души` });

export const bg = {
  manageTitle: 'Вашите абонаменти',
  manageLoading: 'Зареждане на абонаментите ви…',
  manageEmpty: 'Не сте купували абонаменти сами.',
  manageEmptyProduct: (product: string) => `Не сте купували ${product} сами.`,
  manageSignInTitle: 'Влезте, за да управлявате абонаментите си',
  manageSignInIntro: 'Влезте със служебния или учебния си акаунт, за да преглеждате и управлявате закупеното.',
  manageOpen: 'Управление',
  manageOpenLabel: (product: string) => `Управление на ${product}`,
  manageBack: 'Всички абонаменти',
  manageNotice: 'Готово',

  statusActive: 'Активен',
  statusTrialing: 'Безплатна пробна версия',
  statusPastDue: 'Просрочено плащане',
  statusCanceled: 'Отменен',
  statusExpired: 'Изтекъл',
  renewsOn: (date: string) => `Подновява се на ${date}`,
  endsOn: (date: string) => `Изтича на ${date}`,
  endedOn: (date: string) => `Изтекъл на ${date}`,
  trialEndsOn: (date: string) => `Безплатна пробна версия до ${date}`,
  assignedOf: (assigned: number, quantity: number) => `Присвоени лицензи: ${assigned} от ${quantity}`,
  pastDueHint: 'Има просрочена фактура. Платете я по-долу, за да продължат да работят лицензите.',

  // Licenses
  licensesTitle: 'Кой има лиценз',
  licensesFree: (free: number) =>
    plural('bg', free, { one: `${free} лиценз е свободен.`, other: `${free} лиценза са свободни.` }),
  licensesNone: 'Все още никой няма лиценз.',
  unassign: 'Премахване',
  unassignLabel: (name: string) => `Премахване на лиценза от ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `Да се премахне ли лицензът от ${name}? Достъпът до ${product} се губи веднага.`,
  unassignYes: 'Премахване на лиценза',
  keep: 'Запазване',
  unassigned: (name: string) => `Лицензът е премахнат от ${name}.`,
  searchLabel: 'Търсене на хора в организацията ви',
  searchHint: 'Въведете име или имейл. Можете да присвоявате лицензи на до 20 души наведнъж.',
  searchTooLong: (max: number) =>
    `Въведете най-много ${plural('bg', max, { one: `${max} знак`, other: `${max} знака` })}.`,
  searchNone: (search: string) => `Никой в организацията ви не отговаря на „${search}“.`,
  searching: 'Търсене…',
  resultsLabel: 'Намерени хора',
  hasLicense: 'Има лиценз',
  guestNotAssignable: 'Акаунт на гост: не може да получи лиценз',
  selectedCount: (count: number) =>
    plural('bg', count, { one: `Избран е ${count} човек`, other: `Избрани са ${count} души` }),
  tooManySelected: (max: number) => `Можете да присвоявате лицензи на до ${people(max)} наведнъж.`,
  notEnoughFree: (free: number) =>
    `${plural('bg', free, {
      one: `Свободен е само ${free} лиценз.`,
      other: `Свободни са само ${free} лиценза.`,
    })} Изберете по-малко хора или първо добавете лицензи.`,
  assignSubmit: (count: number) => `Присвояване на ${licenses(count)}`,
  assigning: 'Присвояване…',
  assignedNotice: (count: number) =>
    plural('bg', count, { one: `${count} човек вече има лиценз.`, other: `${count} души вече имат лиценз.` }),
  assignFailedAlready: (name: string) => `${name} вече има лиценз.`,
  assignFailedOtherTenant: (name: string) => `${name} не е от организацията ви, затова не може да получи лиценз.`,
  assignFailedGuest: (name: string) => `${name} има акаунт на гост, затова не може да получи лиценз.`,
  unassignFailed: (name: string) => `${name} няма лиценз за премахване.`,

  // Number of licenses
  quantityTitle: 'Брой лицензи',
  quantityLabel: 'Общ брой лицензи',
  quantityHint: (min: number, max: number) =>
    `От ${min} до ${max}. Добавените лицензи се таксуват веднага, а премахнатите отпадат при подновяването.`,
  quantityBelowAssigned: (assigned: number) =>
    `${plural('bg', assigned, {
      one: `${assigned} лиценз е присвоен.`,
      other: `${assigned} лиценза са присвоени.`,
    })} Премахнете лицензи от хора, преди да слезете под този брой.`,
  quantitySame: 'Това е броят, който имате. Въведете друг брой.',
  quantityPreview: 'Преглед на промяната',
  quantityPreviewing: 'Изчисляване…',
  previewIncrease: (added: number, amount: string) =>
    `Добавянето на ${licenses(added)} струва ${amount} сега, за остатъка от този период.`,
  previewDecrease: (removed: number, date: string) =>
    `${plural('bg', removed, {
      one: `${removed} лиценз ще бъде премахнат`,
      other: `${removed} лиценза ще бъдат премахнати`,
    })} на ${date}. Сега нищо не се таксува и не се възстановява.`,
  previewRecurring: (amount: string) => `След това всяко подновяване струва ${amount}.`,
  quantityConfirm: 'Потвърждаване',
  quantityChanging: 'Записване…',
  quantityAdded: (quantity: number, amount: string) =>
    `Вече имате ${licenses(quantity)}. Картата ви е таксувана с ${amount}.`,
  quantityScheduled: (quantity: number, date: string) => `От ${date} ще имате ${licenses(quantity)}.`,

  // Cancel
  cancelTitle: 'Отмяна на абонамента',
  cancelExplain: (date: string) =>
    `Абонаментът спира да се подновява. Лицензите работят до ${date}; след това всички, които имат лиценз, губят достъп.`,
  cancelSubmit: 'Отмяна на абонамента',
  cancelConfirm: 'Да, отменете го',
  cancelKeep: 'Запазване на абонамента',
  canceledNotice: (date: string) => `Отменен. Лицензите работят до ${date}.`,
  reactivate: 'Оттегляне на отмяната',
  reactivatedNotice: (date: string) => `Абонаментът отново ще се поднови на ${date}.`,

  // Billing
  billingTitle: 'Фактуриране',
  cardLabel: 'Карта',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand}, завършваща на ${last4}, валидна до ${expiry}`,
  cardNone: 'Няма записана карта.',
  cardUpdate: 'Актуализиране на картата',
  cardSave: 'Записване на картата',
  cardSaving: 'Записване…',
  cardCancel: 'Отказ',
  cardUpdated: (card: string) => `Картата ви е актуализирана: ${card}.`,
  invoicesTitle: 'Фактури',
  invoicesNone: 'Все още няма фактури.',
  invoiceNumber: 'Фактура',
  invoiceDate: 'Дата',
  invoiceAmount: 'Сума',
  invoiceStatus: 'Състояние',
  invoicePaid: 'Платена',
  invoiceOpen: 'Отворена',
  invoicePastDue: 'Просрочена',
  invoiceVoid: 'Анулирана',
  invoicePay: 'Плащане',
  invoicePayLabel: (number: string, amount: string) => `Плащане на фактура ${number} (${amount})`,
  invoicePaying: 'Плащане…',
  invoicePdf: (number: string) => `Фактура ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `Фактура ${number} е платена: ${amount}.`,

  // Order history
  historyTitle: 'Хронология на поръчките',
  historyChange: 'Промяна',
  historyLicenses: 'Лицензи',
  orderPurchase: 'Покупка',
  orderAdded: (count: number) =>
    plural('bg', count, { one: `Добавен ${count} лиценз`, other: `Добавени ${count} лиценза` }),
  orderRemoved: (count: number) =>
    plural('bg', count, { one: `Премахнат ${count} лиценз`, other: `Премахнати ${count} лиценза` }),
  orderRenewal: 'Подновяване',
  orderCanceled: 'Отмяна',
  orderReactivated: 'Отмяната е оттеглена',

  // Errors
  errorNotPurchaser:
    'Само човекът, който е купил този абонамент, може да го управлява. Обърнете се към него или към ИТ администратора си.',
  errorSubscriptionNotFound: 'Не намерихме този абонамент в организацията ви.',
  errorSubscriptionCanceled: 'Този абонамент е отменен. Първо оттеглете отмяната.',
  errorSubscriptionExpired: 'Този абонамент е изтекъл.',
  errorInvalidSearch: 'Търсете по име или имейл, без < или >.',
  errorDuplicateUser: 'Един и същ човек е избран два пъти. Изберете всеки само веднъж.',
  errorInvoicePaid: 'Тази фактура вече е платена (може би в друг прозорец). Не е таксувано нищо повече.',
  errorInvoiceNotPayable: 'Тази фактура не може да бъде платена тук.',
  errorNoCard: 'Няма записана карта. Първо добавете карта.',
} satisfies ManageCatalog;
