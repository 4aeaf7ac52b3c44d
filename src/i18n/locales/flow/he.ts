import type { FlowCatalog } from './en.js';
import { plural } from '../../plural.js';

export const he = {
  // Sign-in step
  signInTitle: 'היכנס כדי להמשיך',
  signInIntro: (email: string, organization: string) =>
    `היכנס בתור ${email} עם החשבון שלך בארגון ${organization}. ייפתח חלון כניסה של Microsoft.`,
  signInButton: 'כניסה',
  signInPreparing: 'מכין את הכניסה…',
  signInBusy: 'מבצע כניסה…',
  signInRedirecting: 'הדפדפן חסם את חלון הכניסה, לכן נעביר אותך לדף הכניסה במקום זאת…',
  signInCancel: 'ביטול',
  signInReopen: 'פתח שוב את חלון הכניסה',
  signInStalled: 'עדיין ממתין לכניסה. אם סגרת את חלון הכניסה, פתח אותו שוב או בטל.',
  useDifferentEmail: 'השתמש בכתובת דואר אלקטרוני אחרת',

  // Checking
  checkingTitle: 'בודק מה באפשרותך לקנות…',

  // Seat step
  seatsTitle: 'כמה רשיונות?',
  seatsTitleAdd: 'הוספת רשיונות',
  seatsExisting: (count: number, product: string) =>
    plural('he', count, {
      one: `כבר יש לך רשיון אחד של ${product}.`,
      two: `כבר יש לך שני רשיונות של ${product}.`,
      other: `כבר יש לך ${count} רשיונות של ${product}.`,
    }),
  seatsLabel: 'מספר רשיונות',
  seatsHint: (min: number, max: number) => `בין ${min} ל-${max}. לאחר מכן תוכל להקצות אותם לעמיתים.`,
  seatsDecrease: 'רשיון אחד פחות',
  seatsIncrease: 'רשיון אחד נוסף',
  planLegend: 'תקופת חיוב',
  planMonthly: (price: string) => `חודשי: ${price} לרשיון לחודש`,
  planYearly: (price: string) => `שנתי: ${price} לרשיון לשנה`,
  totalLabel: 'סך הכול',
  totalMonthly: (amount: string) => `${amount} לחודש`,
  totalYearly: (amount: string) => `${amount} לשנה`,
  taxExclusive: 'בתוספת המסים החלים.',
  taxInclusive: 'כולל מסים.',
  disclosuresTitle: 'לפני התשלום',
  disclosureBilledToYou:
    'אתה משלם בכרטיס האשראי שלך. החיוב הוא עליך, לא על הארגון שלך, ואתה אחראי לתשלום בהתאם לתנאי הרכישה.',
  disclosureRenews: 'המנוי מתחדש אוטומטית עד שתבטל אותו.',
  disclosurePrices: 'המחירים עשויים להיות שונים ממה שהארגון שלך משלם ברכישה מרכזית או דרך שותף.',
  disclosureAdminSees:
    'מנהל ה-IT שלך יכול לראות רכישה זו. מנהל עשוי להקצות רשיונות שנרכשו באופן מרכזי למי שמשתמש במוצר, ואז לבקש ממך לבטל את המנוי.',
  disclosureDataOwner: (product: string) => `הארגון שלך הוא הבעלים של הנתונים שנוצרים ב-${product} והוא השולט בהם.`,
  disclosureData:
    'לצורך עיבוד הרכישה נעשה שימוש בשמך, בכתובת הדואר האלקטרוני שלך, בכתובת ה-IP שלך ובמזהי הדייר והמשתמש של הארגון שלך.',
  seatsSubmit: 'המשך לתשלום',
  seatsSubmitting: 'מכין את התשלום…',
  seatsErrorEmpty: 'הזן את מספר הרשיונות.',
  seatsErrorWhole: 'הזן מספר שלם, למשל 3.',
  seatsErrorMin: (min: number) => `קנה לפחות ${min}.`,
  seatsErrorMax: (max: number) => `ניתן לקנות כאן ${max} לכל היותר.`,

  // Trial
  trialTitle: (product: string) => `נסה את ${product} בחינם`,
  trialIntro: (days: number) =>
    `הארגון שלך מאפשר גרסאות ניסיון חינם. התחל גרסת ניסיון למשך ${days} ימים; אין צורך בכרטיס אשראי.`,
  trialSubmit: 'התחל גרסת ניסיון חינם',
  trialStarting: 'מתחיל את גרסת הניסיון…',

  // Payment step
  paymentTitle: 'תשלום בכרטיס',
  paymentSummary: (count: number, product: string, amount: string) =>
    plural('he', count, {
      one: `רשיון אחד של ${product}: ${amount}`,
      two: `שני רשיונות של ${product}: ${amount}`,
      other: `${count} רשיונות של ${product}: ${amount}`,
    }),
  paymentCardOnly: 'כרטיס אשראי הוא אמצעי התשלום היחיד.',
  paymentLoading: 'טוען את טופס התשלום המאובטח…',
  paymentSubmit: (amount: string) => `שלם ${amount}`,
  paymentPaying: 'מבצע תשלום…',
  paymentBack: 'שינוי מספר הרשיונות',
  paymentNotTwice: 'לא תחויב פעמיים.',

  // Processing
  processingTitle: 'מאשר את התשלום שלך…',
  processingSlow:
    'עדיין בודק את מצב התשלום. הדבר עשוי להימשך כדקה. לא תחויב פעמיים, ותוכל לסגור חלון זה ולחזור מאוחר יותר.',

  // Complete
  completeTitle: 'הכול מוכן',
  completeTrialTitle: 'גרסת הניסיון שלך התחילה',
  completeSummary: (count: number, product: string, amount: string) =>
    plural('he', count, {
      one: `קנית רשיון אחד של ${product} תמורת ${amount}.`,
      two: `קנית שני רשיונות של ${product} תמורת ${amount}.`,
      other: `קנית ${count} רשיונות של ${product} תמורת ${amount}.`,
    }),
  completeAddedSummary: (count: number, product: string, amount: string) =>
    plural('he', count, {
      one: `הוספת רשיון אחד של ${product} תמורת ${amount}.`,
      two: `הוספת שני רשיונות של ${product} תמורת ${amount}.`,
      other: `הוספת ${count} רשיונות של ${product} תמורת ${amount}.`,
    }),
  completeTrialSummary: (product: string, date: string) => `תוכל לנסות את ${product} עד ${date}.`,
  completeStart: (product: string) => `התחל להשתמש ב-${product}`,
  completeAdmin: 'הקצה רשיונות במרכז הניהול',
  completeManage: 'הקצה רשיונות עכשיו',
  completeReceipt: 'קבלה נשלחת לדואר האלקטרוני שלך בעבודה.',
  completeRenews:
    'המנוי מתחדש אוטומטית עד שתבטל אותו. בכל עת תוכל להקצות רשיונות, להוסיף או להסיר רשיונות, לעדכן את הכרטיס שלך או לבטל את המנוי.',
  completeTrialEnds: (product: string, date: string) =>
    `כשגרסת הניסיון תסתיים ב-${date}, ${product} יפסיק לפעול אלא אם תקנה אותו. לא תחויב בדבר.`,
  completeTerms: 'תנאי הרכישה',
  completeSupport: 'תמיכה סטנדרטית של Microsoft',
  completeTraining: (product: string) => `הדרכה על ${product}`,
  completeAdminHint:
    'במרכז הניהול של Microsoft 365 תוכל להקצות רשיונות לאנשים בארגון שלך (עד 20 בכל פעם), לקנות עוד, לבטל, לעדכן את הכרטיס ולראות חשבוניות.',

  // Ineligible
  ineligibleTitle: 'אינך יכול לקנות זאת בעצמך',
  reasonPersonalEmail:
    'השתמש בדואר האלקטרוני שלך בעבודה או בבית הספר. לא ניתן לקנות עבור ארגון עם כתובת דואר אלקטרוני אישית.',
  reasonNoTenant: 'לא מצאנו ארגון שמשתמש בדומיין של כתובת דואר אלקטרוני זו עם Microsoft.',
  reasonUnmanagedTenant:
    'לדייר Microsoft Entra של הארגון שלך עדיין אין מנהל. מנהל צריך להשתלט על הדייר לפני שמישהו יוכל לקנות.',
  reasonGovernmentTenant: 'רכישה בשירות עצמי אינה זמינה לגופים ממשלתיים.',
  reasonEducationTenant: 'רכישה בשירות עצמי אינה זמינה למוסדות חינוך.',
  reasonGuestUser: 'נכנסת כאורח בארגון זה. רק החברים בו יכולים לקנות.',
  reasonMarketUnavailable: (product: string) =>
    `לא ניתן לקנות את ${product} בשירות עצמי במדינה או באזור של הארגון שלך.`,
  reasonDisabledByAdmin: (product: string) => `מנהל ה-IT שלך השבית רכישה בשירות עצמי של ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `מנהל ה-IT שלך מאפשר רק גרסאות ניסיון חינם ללא אמצעי תשלום, ול-${product} אין גרסה כזו.`,
  ineligibleContact: 'פנה למנהל ה-IT שלך כדי לקבל אותו.',
  ineligibleAdminMessage: (organization: string) => `הודעה מ-${organization}:`,
  ineligibleAdminLink: 'פתח את דף הבקשות של הארגון שלך',
  licenseRequestLabel: 'הודעה למנהל שלך (אופציונלי)',
  licenseRequestSubmit: 'בקש רשיון מהמנהל שלי',
  licenseRequestSending: 'שולח…',
  licenseRequestSent: 'הבקשה שלך נשלחה למנהל שלך.',

  // Errors
  errorTitle: 'משהו השתבש',
  retry: 'נסה שוב',
  startOver: 'התחל מחדש',
  errorOffline: 'אינך מחובר. בדוק את החיבור ונסה שוב.',
  errorTimeout: 'שירות התשלום לא השיב בזמן. נסה שוב.',
  errorRateLimited: (seconds: number) =>
    'יותר מדי ניסיונות. נסה שוב בעוד ' +
    plural('he', seconds, { one: 'שנייה.', two: 'שתי שניות.', other: `${seconds} שניות.` }),
  errorServer: 'משהו השתבש אצלנו. נסה שוב.',
  errorUnavailable: 'שירות התשלום אינו זמין כרגע. נסה שוב בעוד רגע.',
  errorBadResponse: 'קיבלנו תשובה שלא הבנו. נסה שוב.',
  errorSession: 'תוקף הכניסה שלך פג. היכנס שוב.',
  errorQuantity: 'לא ניתן לקנות מספר רשיונות זה. שנה אותו ונסה שוב.',
  errorNotEligible: 'החשבון שלך אינו יכול לקנות מוצר זה.',
  errorUnknown: 'משהו השתבש. נסה שוב.',
  errorPopupBlocked: 'הדפדפן חסם את חלון הכניסה. אפשר חלונות מוקפצים עבור דף זה, או נסה שוב.',
  errorSignInCancelled: 'הכניסה בוטלה. היכנס כדי להמשיך.',
  errorSignInBusy: 'כניסה אחרת כבר פתוחה בדף זה. סיים או סגור אותה ונסה שוב.',
  errorSignInFailed: 'הכניסה לא הצליחה. נסה שוב.',
  errorAccountMismatch: 'נכנסת עם חשבון שונה מכתובת הדואר האלקטרוני שהזנת. היכנס עם כתובת זו, או השתמש בכתובת אחרת.',
  errorCardDeclined: 'הכרטיס שלך נדחה. נסה כרטיס אחר או פנה לבנק שלך.',
  errorInsufficientFunds: 'אין מספיק כיסוי בכרטיס שלך. נסה כרטיס אחר.',
  errorExpiredCard: 'תוקף הכרטיס שלך פג. בדוק את תאריך התפוגה או השתמש בכרטיס אחר.',
  errorIncorrectCvc: 'קוד האבטחה שגוי. בדוק את הקוד בגב הכרטיס שלך.',
  errorAuthenticationFailed: 'הבנק שלך לא הצליח לאמת את התשלום. נסה שוב או השתמש בכרטיס אחר.',
  errorProcessing: 'לא ניתן היה לעבד את הכרטיס שלך. נסה שוב בעוד רגע.',
  errorIncomplete: 'השלם את פרטי הכרטיס שלך.',
  errorPaymentLoad: 'לא ניתן היה לטעון את טופס התשלום המאובטח. בדוק את החיבור ונסה שוב.',
  errorPaymentExpired: 'תוקף התשלום פג לפני שהושלם. התחל מחדש; לא חויבת.',
  errorPaymentFailed: 'התשלום לא עבר, ולא חויבת. התחל מחדש כדי לנסות שוב.',
} satisfies FlowCatalog;
