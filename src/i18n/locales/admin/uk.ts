import type { AdminCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "не більше N символів", "5 з N символів" (genitive). */
const characters = (n: number) =>
  plural('uk', n, { one: `${n} символу`, few: `${n} символів`, many: `${n} символів`, other: `${n} символу` });

export const uk = {
  // Signing in, shared by the three elements
  adminConfigTitle: 'Це подання адміністрування недоступне',
  adminConfigApiBase: 'Адреса служби оформлення замовлення відсутня або незахищена (https).',
  adminConfigAuth: 'Відсутні параметри входу.',
  adminSignInTitle: 'Увійдіть як адміністратор',
  adminSignInIntro:
    'Увійдіть із робочим обліковим записом. Доступно глобальним адміністраторам, адміністраторам виставлення рахунків і партнерам із делегованими правами адміністрування.',
  adminLoading: 'Завантаження…',
  adminNotAdmin:
    'Ваш обліковий запис не належить адміністраторові організації. Зверніться до глобального адміністратора або адміністратора виставлення рахунків.',
  adminOrganization: (name: string) => `Організація: ${name}`,
  adminOrganizationLabel: 'Організація',
  adminPartnerNote:
    'Як партнер ви можете переглядати покупки й брати їх під керування. Решту роблять адміністратори самої організації.',
  adminTooLong: (max: number) => `Використовуйте не більше ${characters(max)}.`,
  adminCount: (used: number, max: number) => `${used} з ${characters(max)}`,
  adminErrorTenant: 'Ви не адмініструєте цю організацію.',
  adminErrorPartner:
    'Це можуть робити лише глобальні адміністратори або адміністратори виставлення рахунків самої організації.',
  adminErrorNoCentral:
    'У вашій організації немає вільної ліцензії цього продукту. Придбайте ліцензії централізовано або звільніть одну, а потім повторіть спробу.',
  adminErrorNotSelfService: 'Цю передплату придбано централізовано, а не окремою особою.',
  adminErrorPurchaserHere:
    'Покупець досі у вашій організації: попросіть його скасувати передплату (візьміть її під керування, щоб надіслати йому запит).',
  adminErrorRequesterLeft:
    'Ця людина більше не входить до вашої організації, тому не може отримати ліцензію. Натомість відхиліть запит.',
  adminErrorRequestGone: 'Цього запиту більше не існує.',
  adminErrorRequestDecided: 'Інший адміністратор уже ухвалив рішення щодо цього запиту.',
  adminErrorSubscriptionGone: 'Цієї передплати більше немає у вашій організації.',
  adminErrorExpired: 'Термін дії цієї передплати минув.',

  // <ssp-purchase-policy>
  policyTitle: 'Політика самостійного придбання',
  policyIntro:
    'Виберіть для кожного продукту, чи можуть користувачі вашої організації купувати його самі. Зміна діє з їхньої наступної пропозиції.',
  policySettingLabel: 'Самостійне придбання',
  policyEnabled: 'Дозволено',
  policyDisabled: 'Заборонено',
  policyTrialsOnly: 'Лише безкоштовні пробні версії, без оплати',
  policyMessageLabel: 'Повідомлення для тих, хто не може придбати',
  policyMessageHint: 'Звичайний текст: розмітка відображається як є.',
  policyLinkLabel: 'Посилання, де натомість можна надіслати запит',
  policyLinkHint: 'Повна адреса, що починається з https://',
  policyLinkInvalid: 'Введіть повну адресу, що починається з https://',
  policySave: 'Зберегти',
  policySaveLabel: (product: string) => `Зберегти політику для ${product}`,
  policySaving: 'Збереження…',
  policyUnchanged: (product: string) => `Для ${product} нічого не змінилося.`,
  policySaved: (product: string, changes: string) => `Збережено для ${product}: ${changes}.`,
  policyChangedSetting: (from: string, to: string) => `самостійне придбання змінено з «${from}» на «${to}»`,
  policyChangedMessage: 'повідомлення змінено',
  policyRemovedMessage: 'повідомлення видалено',
  policyChangedLink: 'посилання змінено',
  policyRemovedLink: 'посилання видалено',
  policyUpdated: (name: string, date: string) => `Остання зміна: ${name}, ${date}.`,
  policyConflict:
    'Хтось змінив цю політику після того, як ви її відкрили, тому нічого не збережено. Введений текст залишився на місці.',
  policyLoadCurrent: 'Завантажити поточну політику',
  policyCurrentLoaded: (product: string) =>
    `Показано поточну політику для ${product}. Якщо зміна досі потрібна, внесіть її знову.`,
  policyPartner:
    'Змінювати політику можуть лише глобальні адміністратори або адміністратори виставлення рахунків самої організації.',

  // <ssp-license-requests>
  requestsTitle: 'Запити на ліцензії',
  requestsShow: 'Показати',
  requestsWaiting: 'Очікують рішення',
  requestsAll: 'Усі запити',
  requestsCaption: (count: number) =>
    plural('uk', count, {
      one: `${count} запит на ліцензію`,
      few: `${count} запити на ліцензію`,
      many: `${count} запитів на ліцензію`,
      other: `${count} запиту на ліцензію`,
    }),
  requestsEmpty: 'Немає запитів, що очікують.',
  requestsEmptyAll: 'Поки ніхто не просив ліцензію.',
  requestRequester: 'Автор запиту',
  requestProduct: 'Продукт',
  requestDate: 'Дата',
  requestMessage: 'Повідомлення',
  requestStatus: 'Стан',
  requestDecision: 'Рішення',
  requestSent: 'Очікує',
  requestApproved: 'Схвалено',
  requestDeclined: 'Відхилено',
  requestApprove: 'Схвалити',
  requestApproveLabel: (name: string, product: string) => `Схвалити ${product} для ${name}`,
  requestDecline: 'Відхилити',
  requestDeclineLabel: (name: string, product: string) => `Відхилити ${product} для ${name}`,
  requestDeclineTitle: (name: string, product: string) => `Відхилити ${product} для ${name}`,
  requestNoteLabel: 'Примітка для автора запиту (необов’язково)',
  requestDeclineConfirm: 'Відхилити запит',
  requestKeep: 'Не відхиляти',
  requestWorking: 'Збереження…',
  requestApprovedNotice: (name: string, product: string) => `Тепер ${name} має ліцензію на ${product}.`,
  requestDeclinedNotice: (name: string, product: string) => `Запит від ${name} на ${product} відхилено.`,

  // <ssp-admin-purchases>
  purchasesTitle: 'Покупки у вашій організації',
  purchasesShow: 'Показати',
  sourceSelfService: 'Придбано самостійно',
  sourceCentral: 'Придбано централізовано',
  sourceAll: 'Усі',
  purchasesSearch: 'Пошук за продуктом або покупцем',
  purchasesCaption: (count: number) =>
    plural('uk', count, {
      one: `${count} передплата`,
      few: `${count} передплати`,
      many: `${count} передплат`,
      other: `${count} передплати`,
    }),
  purchasesEmpty: 'Немає відповідних передплат.',
  colProduct: 'Продукт',
  colPurchaser: 'Покупець',
  colSource: 'Спосіб придбання',
  colQuantity: 'Придбано ліцензій',
  colAssigned: 'Призначено',
  colPrice: 'Ціна придбання',
  colExpires: 'Діє до',
  colStatus: 'Стан',
  colActions: 'Дії',
  sortedAscending: (column: string) => `Сортування за стовпцем «${column}» за зростанням`,
  sortedDescending: (column: string) => `Сортування за стовпцем «${column}» за спаданням`,
  selfService: 'Самостійно',
  central: 'Централізовано',
  centralPurchaser: 'Ваша організація',
  pricePerMonth: (price: string) => `${price} за ліцензію на місяць`,
  pricePerYear: (price: string) => `${price} за ліцензію на рік`,
  priceAgreement: 'Угода вашої організації',
  purchaserLeft: 'Більше не в організації',
  takeoverPending: (date: string) => `Покупцю надіслано запит на скасування ${date}`,
  purchaseDetails: 'Відомості',
  purchaseDetailsLabel: (product: string, purchaser: string) =>
    `Відомості про покупку ${product} (покупець: ${purchaser})`,
  purchasesBack: 'Усі покупки',
  purchaseBoughtBy: (name: string, email: string, date: string) => `Придбано: ${name} (${email}), ${date}`,
  assignedTitle: 'Призначені користувачі',
  assignedNone: 'Ліцензій ні в кого немає.',
  assignedName: 'Ім’я',
  assignedEmail: 'Електронна пошта',
  assignedSince: 'Дата призначення',
  assignedCentral: 'Централізована ліцензія',
  yes: 'Так',
  no: 'Ні',
  takeoverTitle: 'Взяття під керування',
  takeoverExplain: (product: string, name: string) =>
    `Усі, хто має ліцензію цієї передплати, отримають ліцензію ${product} із власних ліцензій вашої організації, а ${name} отримає запит на скасування передплати. До того часу передплата діє.`,
  takeoverStart: 'Взяти під керування',
  takeoverConfirm: 'Так, взяти під керування',
  takeoverKeep: 'Не зараз',
  takeoverDone: (count: number, name: string) =>
    `${plural('uk', count, {
      one: `${count} особа отримала`,
      few: `${count} особи отримали`,
      many: `${count} осіб отримали`,
      other: `${count} особи отримали`,
    })} ліцензію від вашої організації. Користувачу ${name} надіслано запит на скасування.`,
  cancelOnBehalfTitle: 'Скасування від імені покупця',
  cancelOnBehalfExplain: (name: string, date: string) =>
    `${name} більше не працює у вашій організації. Передплата не поновлюватиметься; ліцензії працюють до ${date}.`,
  cancelOnBehalfStart: 'Скасувати передплату',
  cancelOnBehalfConfirm: 'Так, скасувати',
  cancelOnBehalfKeep: 'Залишити',
  cancelOnBehalfDone: (date: string) => `Скасовано. Ліцензії працюють до ${date}.`,
  purchasesExport: 'Експортувати у CSV',
  purchasesExported: (count: number) =>
    `Завантажено CSV-файл із ${plural('uk', count, {
      one: `${count} передплатою`,
      few: `${count} передплатами`,
      many: `${count} передплатами`,
      other: `${count} передплатами`,
    })}.`,
  csvPurchaserEmail: 'Електронна пошта покупця',
  csvCurrency: 'Валюта',
  csvBilling: 'Частота виставлення рахунків',
  csvBoughtOn: 'Дата придбання',
  billingMonth: 'Щомісяця',
  billingYear: 'Щороку',
  working: 'Збереження…',
} satisfies AdminCatalog;
