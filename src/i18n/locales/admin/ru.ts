import type { AdminCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "не более N символов", "5 из N символов" (genitive). */
const characters = (n: number) =>
  plural('ru', n, { one: `${n} символа`, few: `${n} символов`, many: `${n} символов`, other: `${n} символа` });

export const ru = {
  // Signing in, shared by the three elements
  adminConfigTitle: 'Это представление администрирования недоступно',
  adminConfigApiBase: 'Адрес службы оформления заказа не указан или небезопасен (https).',
  adminConfigAuth: 'Отсутствуют параметры входа.',
  adminSignInTitle: 'Войдите как администратор',
  adminSignInIntro:
    'Войдите с рабочей учетной записью. Доступно глобальным администраторам, администраторам выставления счетов и партнерам с делегированными правами администрирования.',
  adminLoading: 'Загрузка…',
  adminNotAdmin:
    'Ваша учетная запись не принадлежит администратору организации. Обратитесь к глобальному администратору или администратору выставления счетов.',
  adminOrganization: (name: string) => `Организация: ${name}`,
  adminOrganizationLabel: 'Организация',
  adminPartnerNote:
    'Как партнер вы можете просматривать покупки и брать их под управление. Остальное делают администраторы самой организации.',
  adminTooLong: (max: number) => `Используйте не более ${characters(max)}.`,
  adminCount: (used: number, max: number) => `${used} из ${characters(max)}`,
  adminErrorTenant: 'Вы не администрируете эту организацию.',
  adminErrorPartner:
    'Это могут делать только глобальные администраторы или администраторы выставления счетов самой организации.',
  adminErrorNoCentral:
    'В вашей организации нет свободной лицензии этого продукта. Купите лицензии централизованно или освободите одну, затем повторите попытку.',
  adminErrorNotSelfService: 'Эта подписка куплена централизованно, а не отдельным пользователем.',
  adminErrorPurchaserHere:
    'Покупатель все еще в вашей организации: попросите его отменить подписку (возьмите ее под управление, чтобы отправить ему запрос).',
  adminErrorRequesterLeft:
    'Этот человек больше не состоит в вашей организации, поэтому не может получить лицензию. Вместо этого отклоните запрос.',
  adminErrorRequestGone: 'Этот запрос больше не существует.',
  adminErrorRequestDecided: 'Другой администратор уже принял решение по этому запросу.',
  adminErrorSubscriptionGone: 'Этой подписки больше нет в вашей организации.',
  adminErrorExpired: 'Срок действия этой подписки истек.',

  // <ssp-purchase-policy>
  policyTitle: 'Политика самостоятельной покупки',
  policyIntro:
    'Выберите для каждого продукта, могут ли пользователи вашей организации покупать его сами. Изменение действует с их следующего предложения.',
  policySettingLabel: 'Самостоятельная покупка',
  policyEnabled: 'Разрешена',
  policyDisabled: 'Запрещена',
  policyTrialsOnly: 'Только бесплатные пробные версии, без оплаты',
  policyMessageLabel: 'Сообщение для тех, кто не может купить',
  policyMessageHint: 'Обычный текст: разметка отображается как есть.',
  policyLinkLabel: 'Ссылка, где вместо этого можно отправить запрос',
  policyLinkHint: 'Полный адрес, начинающийся с https://',
  policyLinkInvalid: 'Введите полный адрес, начинающийся с https://',
  policySave: 'Сохранить',
  policySaveLabel: (product: string) => `Сохранить политику для ${product}`,
  policySaving: 'Сохранение…',
  policyUnchanged: (product: string) => `Для ${product} ничего не изменилось.`,
  policySaved: (product: string, changes: string) => `Сохранено для ${product}: ${changes}.`,
  policyChangedSetting: (from: string, to: string) => `самостоятельная покупка изменена с «${from}» на «${to}»`,
  policyChangedMessage: 'сообщение изменено',
  policyRemovedMessage: 'сообщение удалено',
  policyChangedLink: 'ссылка изменена',
  policyRemovedLink: 'ссылка удалена',
  policyUpdated: (name: string, date: string) => `Последнее изменение: ${name}, ${date}.`,
  policyConflict:
    'Кто-то изменил эту политику после того, как вы ее открыли, поэтому ничего не сохранено. Введенный текст остался на месте.',
  policyLoadCurrent: 'Загрузить текущую политику',
  policyCurrentLoaded: (product: string) =>
    `Показана текущая политика для ${product}. Если изменение все еще нужно, внесите его снова.`,
  policyPartner:
    'Изменять политику могут только глобальные администраторы или администраторы выставления счетов самой организации.',

  // <ssp-license-requests>
  requestsTitle: 'Запросы на лицензии',
  requestsShow: 'Показать',
  requestsWaiting: 'Ожидают решения',
  requestsAll: 'Все запросы',
  requestsCaption: (count: number) =>
    plural('ru', count, {
      one: `${count} запрос на лицензию`,
      few: `${count} запроса на лицензию`,
      many: `${count} запросов на лицензию`,
      other: `${count} запроса на лицензию`,
    }),
  requestsEmpty: 'Нет ожидающих запросов.',
  requestsEmptyAll: 'Пока никто не запрашивал лицензию.',
  requestRequester: 'Автор запроса',
  requestProduct: 'Продукт',
  requestDate: 'Дата',
  requestMessage: 'Сообщение',
  requestStatus: 'Состояние',
  requestDecision: 'Решение',
  requestSent: 'Ожидает',
  requestApproved: 'Одобрен',
  requestDeclined: 'Отклонен',
  requestApprove: 'Одобрить',
  requestApproveLabel: (name: string, product: string) => `Одобрить ${product} для ${name}`,
  requestDecline: 'Отклонить',
  requestDeclineLabel: (name: string, product: string) => `Отклонить ${product} для ${name}`,
  requestDeclineTitle: (name: string, product: string) => `Отклонить ${product} для ${name}`,
  requestNoteLabel: 'Примечание для автора запроса (необязательно)',
  requestDeclineConfirm: 'Отклонить запрос',
  requestKeep: 'Не отклонять',
  requestWorking: 'Сохранение…',
  requestApprovedNotice: (name: string, product: string) => `Теперь у ${name} есть лицензия на ${product}.`,
  requestDeclinedNotice: (name: string, product: string) => `Запрос от ${name} на ${product} отклонен.`,

  // <ssp-admin-purchases>
  purchasesTitle: 'Покупки в вашей организации',
  purchasesShow: 'Показать',
  sourceSelfService: 'Куплено самостоятельно',
  sourceCentral: 'Куплено централизованно',
  sourceAll: 'Все',
  purchasesSearch: 'Поиск по продукту или покупателю',
  purchasesCaption: (count: number) =>
    plural('ru', count, {
      one: `${count} подписка`,
      few: `${count} подписки`,
      many: `${count} подписок`,
      other: `${count} подписки`,
    }),
  purchasesEmpty: 'Нет подходящих подписок.',
  colProduct: 'Продукт',
  colPurchaser: 'Покупатель',
  colSource: 'Способ покупки',
  colQuantity: 'Куплено лицензий',
  colAssigned: 'Назначено',
  colPrice: 'Цена покупки',
  colExpires: 'Действует до',
  colStatus: 'Состояние',
  colActions: 'Действия',
  sortedAscending: (column: string) => `Сортировка по столбцу «${column}» по возрастанию`,
  sortedDescending: (column: string) => `Сортировка по столбцу «${column}» по убыванию`,
  selfService: 'Самостоятельно',
  central: 'Централизованно',
  centralPurchaser: 'Ваша организация',
  pricePerMonth: (price: string) => `${price} за лицензию в месяц`,
  pricePerYear: (price: string) => `${price} за лицензию в год`,
  priceAgreement: 'Соглашение вашей организации',
  purchaserLeft: 'Больше не в организации',
  takeoverPending: (date: string) => `Покупателю отправлен запрос на отмену ${date}`,
  purchaseDetails: 'Сведения',
  purchaseDetailsLabel: (product: string, purchaser: string) =>
    `Сведения о покупке ${product} (покупатель: ${purchaser})`,
  purchasesBack: 'Все покупки',
  purchaseBoughtBy: (name: string, email: string, date: string) => `Куплено: ${name} (${email}), ${date}`,
  assignedTitle: 'Назначенные пользователи',
  assignedNone: 'Лицензий ни у кого нет.',
  assignedName: 'Имя',
  assignedEmail: 'Электронная почта',
  assignedSince: 'Дата назначения',
  assignedCentral: 'Централизованная лицензия',
  yes: 'Да',
  no: 'Нет',
  takeoverTitle: 'Взятие под управление',
  takeoverExplain: (product: string, name: string) =>
    `Все, у кого есть лицензия этой подписки, получат лицензию ${product} из собственных лицензий вашей организации, а ${name} получит запрос на отмену подписки. До этого подписка продолжает действовать.`,
  takeoverStart: 'Взять под управление',
  takeoverConfirm: 'Да, взять под управление',
  takeoverKeep: 'Не сейчас',
  takeoverDone: (count: number, name: string) =>
    `${plural('ru', count, {
      one: `${count} человек получил`,
      few: `${count} человека получили`,
      many: `${count} человек получили`,
      other: `${count} человека получили`,
    })} лицензию от вашей организации. Пользователю ${name} отправлен запрос на отмену.`,
  cancelOnBehalfTitle: 'Отмена от имени покупателя',
  cancelOnBehalfExplain: (name: string, date: string) =>
    `${name} больше не работает в вашей организации. Подписка не будет продлеваться; лицензии работают до ${date}.`,
  cancelOnBehalfStart: 'Отменить подписку',
  cancelOnBehalfConfirm: 'Да, отменить',
  cancelOnBehalfKeep: 'Оставить',
  cancelOnBehalfDone: (date: string) => `Отменено. Лицензии работают до ${date}.`,
  purchasesExport: 'Экспортировать в CSV',
  purchasesExported: (count: number) =>
    `Скачан CSV-файл с ${plural('ru', count, {
      one: `${count} подпиской`,
      few: `${count} подписками`,
      many: `${count} подписками`,
      other: `${count} подписками`,
    })}.`,
  csvPurchaserEmail: 'Электронная почта покупателя',
  csvCurrency: 'Валюта',
  csvBilling: 'Периодичность выставления счетов',
  csvBoughtOn: 'Дата покупки',
  billingMonth: 'Ежемесячно',
  billingYear: 'Ежегодно',
  working: 'Сохранение…',
} satisfies AdminCatalog;
