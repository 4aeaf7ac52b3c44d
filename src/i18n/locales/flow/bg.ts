import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

/** "1 лиценз", "3 лиценза" (the counted form after a number). */
const licenses = (n: number) => plural('bg', n, { one: `${n} лиценз`, other: `${n} лиценза` });

export const bg = {
  // Sign-in step
  signInTitle: 'Влезте, за да продължите',
  signInIntro: (email: string, organization: string) =>
    `Влезте като ${email} с акаунта си в ${organization}. Ще се отвори прозорец за влизане в Microsoft.`,
  signInButton: 'Влизане',
  signInPreparing: 'Подготовка за влизане…',
  signInBusy: 'Влизане…',
  signInRedirecting: 'Браузърът блокира прозореца за влизане, затова ви пренасочваме към страницата за влизане…',
  signInCancel: 'Отказ',
  signInReopen: 'Отваряне на прозореца за влизане отново',
  signInStalled:
    'Все още чакаме влизането. Ако сте затворили прозореца за влизане, отворете го отново или се откажете.',
  useDifferentEmail: 'Използване на друг имейл',

  // Checking
  checkingTitle: 'Проверяваме какво можете да купите…',

  // Seat step
  seatsTitle: 'Колко лиценза?',
  seatsTitleAdd: 'Добавяне на лицензи',
  seatsExisting: (count: number, product: string) => `Вече имате ${licenses(count)} за ${product}.`,
  seatsLabel: 'Брой лицензи',
  seatsHint: (min: number, max: number) => `От ${min} до ${max}. След това ги присвоете на колеги.`,
  seatsDecrease: 'С един лиценз по-малко',
  seatsIncrease: 'С един лиценз повече',
  planLegend: 'Плащане',
  planMonthly: (price: string) => `Месечно: ${price} на лиценз на месец`,
  planYearly: (price: string) => `Годишно: ${price} на лиценз на година`,
  totalLabel: 'Общо',
  totalMonthly: (amount: string) => `${amount} на месец`,
  totalYearly: (amount: string) => `${amount} на година`,
  taxExclusive: 'Плюс приложимите данъци.',
  taxInclusive: 'С включени данъци.',
  disclosuresTitle: 'Преди да платите',
  disclosureBilledToYou:
    'Плащате със собствената си кредитна карта. Таксувате се вие, а не организацията ви, и вие отговаряте за плащането според условията за покупка.',
  disclosureRenews: 'Абонаментът се подновява автоматично, докато не го отмените.',
  disclosurePrices:
    'Цените може да се различават от тези, които организацията ви плаща при централна покупка или чрез партньор.',
  disclosureAdminSees:
    'ИТ администраторът ви вижда тази покупка. Той може да присвои централно закупени лицензи на хората, които ползват абонамента, и да ви помоли да го отмените.',
  disclosureDataOwner: (product: string) =>
    `Данните, създадени в ${product}, са собственост и под контрола на организацията ви.`,
  disclosureData:
    'За обработката на покупката се използват вашите име, имейл адрес, IP адрес и ИД на клиента и потребителя в организацията ви.',
  seatsSubmit: 'Към плащането',
  seatsSubmitting: 'Подготовка на плащането…',
  seatsErrorEmpty: 'Въведете броя лицензи.',
  seatsErrorWhole: 'Въведете цяло число, например 3.',
  seatsErrorMin: (min: number) => `Купете поне ${licenses(min)}.`,
  seatsErrorMax: (max: number) => `Тук можете да купите най-много ${licenses(max)}.`,

  // Trial
  trialTitle: (product: string) => `Изпробвайте ${product} безплатно`,
  trialIntro: (days: number) =>
    `Организацията ви позволява безплатни пробни версии. Започнете ${days}-дневна пробна версия; не е нужна кредитна карта.`,
  trialSubmit: 'Започване на безплатна пробна версия',
  trialStarting: 'Стартиране на пробната версия…',

  // Payment step
  paymentTitle: 'Плащане с карта',
  paymentSummary: (count: number, product: string, amount: string) => `${licenses(count)} за ${product}: ${amount}`,
  paymentCardOnly: 'Кредитната карта е единственият метод на плащане.',
  paymentLoading: 'Зареждане на защитения формуляр за плащане…',
  paymentSubmit: (amount: string) => `Платете ${amount}`,
  paymentPaying: 'Плащане…',
  paymentBack: 'Промяна на лицензите',
  paymentNotTwice: 'Няма да бъдете таксувани два пъти.',

  // Processing
  processingTitle: 'Потвърждаваме плащането ви…',
  processingSlow:
    'Все още проверяваме състоянието на плащането. Това може да отнеме минута. Няма да бъдете таксувани два пъти и можете да затворите прозореца и да се върнете по-късно.',

  // Complete
  completeTitle: 'Готово',
  completeTrialTitle: 'Пробната версия започна',
  completeSummary: (count: number, product: string, amount: string) =>
    `Купихте ${licenses(count)} за ${product} на стойност ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    `Добавихте ${licenses(count)} за ${product} на стойност ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `Можете да изпробвате ${product} до ${date}.`,
  completeStart: (product: string) => `Започнете да използвате ${product}`,
  completeAdmin: 'Присвояване на лицензи в центъра за администриране',
  completeManage: 'Присвояване на лицензи сега',
  completeReceipt: 'Разписка ще бъде изпратена на служебния ви имейл.',
  completeRenews:
    'Абонаментът се подновява автоматично, докато не го отмените. По всяко време можете да присвоявате, добавяте или премахвате лицензи, да актуализирате картата си или да отмените абонамента.',
  completeTrialEnds: (product: string, date: string) =>
    `Когато пробната версия изтече на ${date}, ${product} спира да работи, освен ако не го купите. Нищо не се таксува.`,
  completeTerms: 'Условия за покупка',
  completeSupport: 'Стандартна поддръжка от Microsoft',
  completeTraining: (product: string) => `Обучение за ${product}`,
  completeAdminHint:
    'В Центъра за администриране на Microsoft 365 можете да присвоявате лицензи на хора от организацията си (до 20 наведнъж), да купувате още, да отмените абонамента, да актуализирате картата си и да преглеждате фактурите.',

  // Ineligible
  ineligibleTitle: 'Не можете да купите това сами',
  reasonPersonalEmail:
    'Използвайте служебния или учебния си имейл. С личен имейл адрес не може да се купува за организация.',
  reasonNoTenant: 'Не намерихме организация, която използва домейна на този имейл в Microsoft.',
  reasonUnmanagedTenant:
    'Клиентът на Microsoft Entra на организацията ви все още няма администратор. Администратор трябва да поеме управлението на клиента, преди някой да може да купува.',
  reasonGovernmentTenant: 'Самостоятелното закупуване не е налично за държавни институции.',
  reasonEducationTenant: 'Самостоятелното закупуване не е налично за образователни институции.',
  reasonGuestUser: 'Влезли сте като гост в тази организация. Само нейните членове могат да купуват.',
  reasonMarketUnavailable: (product: string) =>
    `${product} не може да се купи самостоятелно в държавата или региона на организацията ви.`,
  reasonDisabledByAdmin: (product: string) =>
    `ИТ администраторът ви е изключил самостоятелното закупуване на ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `ИТ администраторът ви позволява само безплатни пробни версии без метод на плащане, а ${product} няма такава.`,
  ineligibleContact: 'Свържете се с ИТ администратора си, за да го получите.',
  ineligibleAdminMessage: (organization: string) => `Съобщение от ${organization}:`,
  ineligibleAdminLink: 'Отваряне на страницата за заявки на организацията ви',
  licenseRequestLabel: 'Съобщение до администратора ви (по избор)',
  licenseRequestSubmit: 'Поискайте лиценз от администратора',
  licenseRequestSending: 'Изпращане…',
  licenseRequestSent: 'Заявката ви е изпратена до администратора.',

  // Errors
  errorTitle: 'Нещо се обърка',
  retry: 'Опитайте отново',
  startOver: 'Започнете отначало',
  errorOffline: 'Нямате връзка с интернет. Проверете връзката си и опитайте отново.',
  errorTimeout: 'Услугата за покупки не отговори навреме. Опитайте отново.',
  errorRateLimited: (seconds: number) =>
    `Твърде много опити. Опитайте отново след ${plural('bg', seconds, {
      one: `${seconds} секунда`,
      other: `${seconds} секунди`,
    })}.`,
  errorServer: 'Нещо се обърка от наша страна. Опитайте отново.',
  errorUnavailable: 'Услугата за покупки в момента не е налична. Опитайте отново след малко.',
  errorBadResponse: 'Получихме отговор, който не разбираме. Опитайте отново.',
  errorSession: 'Влизането ви е изтекло. Влезте отново.',
  errorQuantity: 'Този брой лицензи не може да бъде закупен. Променете го и опитайте отново.',
  errorNotEligible: 'С вашия акаунт не може да се купи този продукт.',
  errorUnknown: 'Нещо се обърка. Опитайте отново.',
  errorPopupBlocked:
    'Браузърът блокира прозореца за влизане. Разрешете изскачащите прозорци за тази страница или опитайте отново.',
  errorSignInCancelled: 'Влизането е отказано. Влезте, за да продължите.',
  errorSignInBusy: 'На тази страница вече е отворено друго влизане. Завършете го или го затворете и опитайте отново.',
  errorSignInFailed: 'Влизането не успя. Опитайте отново.',
  errorAccountMismatch: 'Влязохте с акаунт, различен от въведения имейл. Влезте с този имейл или използвайте друг.',
  errorCardDeclined: 'Картата ви е отхвърлена. Опитайте с друга карта или се свържете с банката си.',
  errorInsufficientFunds: 'Картата ви няма достатъчна наличност. Опитайте с друга карта.',
  errorExpiredCard: 'Картата ви е изтекла. Проверете срока на валидност или използвайте друга карта.',
  errorIncorrectCvc: 'Кодът за сигурност е неправилен. Проверете кода на гърба на картата си.',
  errorAuthenticationFailed: 'Банката ви не успя да потвърди плащането. Опитайте отново или използвайте друга карта.',
  errorProcessing: 'Картата ви не може да бъде обработена. Опитайте отново след малко.',
  errorIncomplete: 'Попълнете данните на картата си.',
  errorPaymentLoad: 'Защитеният формуляр за плащане не може да се зареди. Проверете връзката си и опитайте отново.',
  errorPaymentExpired: 'Плащането изтече, преди да бъде завършено. Започнете отначало; не сте таксувани.',
  errorPaymentFailed: 'Плащането не премина и не сте таксувани. Започнете отначало, за да опитате отново.',
} satisfies FlowCatalog;
