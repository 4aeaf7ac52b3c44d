import type { ManageCatalog } from './en.js';
import { plural } from '../../plural.js';

export const he = {
  manageTitle: 'המנויים שלך',
  manageLoading: 'טוען את המנויים שלך…',
  manageEmpty: 'לא קנית בעצמך אף מנוי.',
  manageEmptyProduct: (product: string) => `לא קנית את ${product} בעצמך.`,
  manageSignInTitle: 'היכנס כדי לנהל את המנויים שלך',
  manageSignInIntro: 'היכנס עם חשבון העבודה או בית הספר שלך כדי לראות ולנהל את מה שקנית.',
  manageOpen: 'ניהול',
  manageOpenLabel: (product: string) => `ניהול ${product}`,
  manageBack: 'כל המנויים',
  manageNotice: 'בוצע',

  statusActive: 'פעיל',
  statusTrialing: 'גרסת ניסיון חינם',
  statusPastDue: 'התשלום באיחור',
  statusCanceled: 'בוטל',
  statusExpired: 'פג תוקף',
  renewsOn: (date: string) => `מתחדש ב-${date}`,
  endsOn: (date: string) => `מסתיים ב-${date}`,
  endedOn: (date: string) => `הסתיים ב-${date}`,
  trialEndsOn: (date: string) => `גרסת ניסיון חינם עד ${date}`,
  assignedOf: (assigned: number, quantity: number) => `הוקצו ${assigned} מתוך ${quantity} רשיונות`,
  pastDueHint: 'יש חשבונית באיחור. שלם אותה למטה כדי שהרשיונות ימשיכו לפעול.',

  // Licenses
  licensesTitle: 'למי יש רשיון',
  licensesFree: (free: number) =>
    plural('he', free, { one: 'רשיון אחד פנוי.', two: 'שני רשיונות פנויים.', other: `${free} רשיונות פנויים.` }),
  licensesNone: 'לאף אחד עדיין אין רשיון.',
  unassign: 'הסר',
  unassignLabel: (name: string) => `הסר את הרשיון של ${name}`,
  unassignConfirm: (name: string, product: string) => `להסיר את הרשיון של ${name}? הגישה ל-${product} תיפסק מיד.`,
  unassignYes: 'הסר רשיון',
  keep: 'השאר',
  unassigned: (name: string) => `הרשיון של ${name} הוסר.`,
  searchLabel: 'חפש אנשים בארגון שלך',
  searchHint: 'הקלד שם או כתובת דואר אלקטרוני. ניתן להקצות עד 20 אנשים בכל פעם.',
  searchTooLong: (max: number) => `הקלד ${max} תווים לכל היותר.`,
  searchNone: (search: string) => `אף אחד בארגון שלך אינו תואם את "${search}".`,
  searching: 'מחפש…',
  resultsLabel: 'אנשים שנמצאו',
  hasLicense: 'יש רשיון',
  guestNotAssignable: 'חשבון אורח: לא ניתן לקבל רשיון',
  selectedCount: (count: number) =>
    plural('he', count, { one: 'נבחר אדם אחד', two: 'נבחרו שני אנשים', other: `נבחרו ${count} אנשים` }),
  tooManySelected: (max: number) => `ניתן להקצות ל-${max} אנשים לכל היותר בכל פעם.`,
  notEnoughFree: (free: number) =>
    plural('he', free, {
      one: 'רק רשיון אחד פנוי.',
      two: 'רק שני רשיונות פנויים.',
      other: `רק ${free} רשיונות פנויים.`,
    }) + ' בחר פחות אנשים, או הוסף קודם רשיונות.',
  assignSubmit: (count: number) =>
    plural('he', count, { one: 'הקצה רשיון אחד', two: 'הקצה שני רשיונות', other: `הקצה ${count} רשיונות` }),
  assigning: 'מבצע הקצאה…',
  assignedNotice: (count: number) =>
    plural('he', count, {
      one: 'לאדם אחד יש עכשיו רשיון.',
      two: 'לשני אנשים יש עכשיו רשיון.',
      other: `ל-${count} אנשים יש עכשיו רשיון.`,
    }),
  assignFailedAlready: (name: string) => `ל-${name} כבר יש רשיון.`,
  assignFailedOtherTenant: (name: string) => `לא ניתן להקצות רשיון ל-${name}: החשבון אינו בארגון שלך.`,
  assignFailedGuest: (name: string) => `לא ניתן להקצות רשיון ל-${name}: זהו חשבון אורח.`,
  unassignFailed: (name: string) => `ל-${name} אין רשיון להסרה.`,

  // Number of licenses
  quantityTitle: 'מספר רשיונות',
  quantityLabel: 'מספר הרשיונות הכולל',
  quantityHint: (min: number, max: number) =>
    `בין ${min} ל-${max}. רשיונות שנוספו מחויבים עכשיו; רשיונות שהוסרו יוסרו בחידוש.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('he', assigned, {
      one: 'רשיון אחד מוקצה.',
      two: 'שני רשיונות מוקצים.',
      other: `${assigned} רשיונות מוקצים.`,
    }) + ' הסר רשיונות מאנשים לפני שתרד מתחת למספר זה.',
  quantitySame: 'זה המספר שכבר יש לך. הזן מספר אחר.',
  quantityPreview: 'סקור את השינוי',
  quantityPreviewing: 'מחשב…',
  previewIncrease: (added: number, amount: string) =>
    plural('he', added, {
      one: 'הוספת רשיון אחד',
      two: 'הוספת שני רשיונות',
      other: `הוספת ${added} רשיונות`,
    }) + ` עולה ${amount} עכשיו, עבור יתרת התקופה הנוכחית.`,
  previewDecrease: (removed: number, date: string) =>
    plural('he', removed, {
      one: `רשיון אחד יוסר ב-${date}.`,
      two: `שני רשיונות יוסרו ב-${date}.`,
      other: `${removed} רשיונות יוסרו ב-${date}.`,
    }) + ' שום דבר לא מחויב או מוחזר עכשיו.',
  previewRecurring: (amount: string) => `מאותו מועד ואילך, כל חידוש יעלה ${amount}.`,
  quantityConfirm: 'אשר',
  quantityChanging: 'שומר…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('he', quantity, {
      one: 'יש לך עכשיו רשיון אחד.',
      two: 'יש לך עכשיו שני רשיונות.',
      other: `יש לך עכשיו ${quantity} רשיונות.`,
    }) + ` הכרטיס שלך חויב ב-${amount}.`,
  quantityScheduled: (quantity: number, date: string) =>
    plural('he', quantity, {
      one: `החל מ-${date} יהיה לך רשיון אחד.`,
      two: `החל מ-${date} יהיו לך שני רשיונות.`,
      other: `החל מ-${date} יהיו לך ${quantity} רשיונות.`,
    }),

  // Cancel
  cancelTitle: 'ביטול המנוי',
  cancelExplain: (date: string) =>
    `המנוי לא יתחדש עוד. הרשיונות ימשיכו לפעול עד ${date}; לאחר מכן כל מי שיש לו רשיון יאבד את הגישה.`,
  cancelSubmit: 'בטל את המנוי',
  cancelConfirm: 'כן, בטל אותו',
  cancelKeep: 'השאר את המנוי',
  canceledNotice: (date: string) => `בוטל. הרשיונות פועלים עד ${date}.`,
  reactivate: 'בטל את הביטול',
  reactivatedNotice: (date: string) => `המנוי יתחדש שוב ב-${date}.`,

  // Billing
  billingTitle: 'חיוב',
  cardLabel: 'כרטיס',
  cardSummary: (brand: string, last4: string, expiry: string) => `${brand} המסתיים ב-${last4}, בתוקף עד ${expiry}`,
  cardNone: 'אין כרטיס שמור.',
  cardUpdate: 'עדכן כרטיס',
  cardSave: 'שמור כרטיס',
  cardSaving: 'שומר…',
  cardCancel: 'ביטול',
  cardUpdated: (card: string) => `הכרטיס שלך עודכן: ${card}.`,
  invoicesTitle: 'חשבוניות',
  invoicesNone: 'אין עדיין חשבוניות.',
  invoiceNumber: 'חשבונית',
  invoiceDate: 'תאריך',
  invoiceAmount: 'סכום',
  invoiceStatus: 'מצב',
  invoicePaid: 'שולמה',
  invoiceOpen: 'פתוחה',
  invoicePastDue: 'באיחור',
  invoiceVoid: 'מבוטלת',
  invoicePay: 'שלם',
  invoicePayLabel: (number: string, amount: string) => `שלם את חשבונית ${number} (${amount})`,
  invoicePaying: 'מבצע תשלום…',
  invoicePdf: (number: string) => `חשבונית ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `חשבונית ${number} שולמה: ${amount}.`,

  // Order history
  historyTitle: 'היסטוריית הזמנות',
  historyChange: 'שינוי',
  historyLicenses: 'רשיונות',
  orderPurchase: 'רכישה',
  orderAdded: (count: number) =>
    plural('he', count, { one: 'נוסף רשיון אחד', two: 'נוספו שני רשיונות', other: `נוספו ${count} רשיונות` }),
  orderRemoved: (count: number) =>
    plural('he', count, { one: 'הוסר רשיון אחד', two: 'הוסרו שני רשיונות', other: `הוסרו ${count} רשיונות` }),
  orderRenewal: 'חידוש',
  orderCanceled: 'בוטל',
  orderReactivated: 'הביטול בוטל',

  // Errors
  errorNotPurchaser: 'רק מי שקנה מנוי זה יכול לנהל אותו. פנה אליו או למנהל ה-IT שלך.',
  errorSubscriptionNotFound: 'לא מצאנו מנוי זה בארגון שלך.',
  errorSubscriptionCanceled: 'מנוי זה בוטל. בטל קודם את הביטול.',
  errorSubscriptionExpired: 'מנוי זה הסתיים.',
  errorInvalidSearch: 'חפש לפי שם או כתובת דואר אלקטרוני, ללא < או >.',
  errorDuplicateUser: 'אותו אדם נבחר פעמיים. בחר כל אדם פעם אחת.',
  errorInvoicePaid: 'חשבונית זו כבר שולמה (אולי בחלון אחר). לא בוצע חיוב נוסף.',
  errorInvoiceNotPayable: 'לא ניתן לשלם חשבונית זו כאן.',
  errorNoCard: 'אין כרטיס שמור. הוסף קודם כרטיס.',
} satisfies ManageCatalog;
