import type { StartCatalog } from './en.js';

export const he = {
  // Buy button and dialog
  buyButtonLabel: (product: string) => `קנה את ${product}`,
  buyButtonLabelGeneric: 'קנה רשיונות',
  dialogClose: 'סגור',
  loading: 'טוען…',

  // Configuration errors (for the host's developers, but shown on the page)
  configUnknownProduct: (product: string) => `לחצן הרכישה הזה לא הוגדר כראוי: "${product}" אינו מוצר שניתן לקנות כאן.`,
  configApiBase: 'טופס הרכישה הזה לא הוגדר כראוי: הכתובת של שירות התשלום חסרה או אינה מאובטחת (https).',
  configAuth: 'טופס הרכישה הזה לא הוגדר כראוי: הגדרות הכניסה חסרות.',
  configPayment: 'טופס הרכישה הזה לא הוגדר כראוי: הגדרות התשלום חסרות.',
  configClientReferenceId:
    'טופס הרכישה הזה לא הוגדר כראוי: מזהה ההפניה של הלקוח אינו חוקי (עד 200 אותיות, ספרות, מקפים או קווים תחתונים).',
  configTitle: 'הרכישה אינה זמינה',

  // Shown when the flow’s code cannot be loaded, and when the checkout service cannot be reached
  errorNetwork: 'לא הצלחנו להתחבר לשירות התשלום. בדוק את החיבור ונסה שוב.',

  // Email step
  emailTitle: (product: string) => `קנה את ${product}`,
  emailIntro: 'הזן את הדואר האלקטרוני שלך בעבודה או בבית הספר. נבדוק אם הארגון שלך מאפשר לך לקנות בעצמך.',
  emailLabel: 'דואר אלקטרוני בעבודה או בבית הספר',
  emailHint: 'לדוגמה, name@company.com',
  emailSubmit: 'המשך',
  emailChecking: 'בודק…',
  emailErrorEmpty: 'הזן את הדואר האלקטרוני שלך בעבודה או בבית הספר.',
  emailErrorFormat: 'הזן כתובת דואר אלקטרוני בתבנית name@company.com.',
  emailErrorTooLong: 'כתובת הדואר האלקטרוני ארוכה מדי. השתמש ב-254 תווים לכל היותר.',
  emailErrorHidden: 'כתובת הדואר האלקטרוני מכילה תווים מוסתרים (לרוב מהעתקה והדבקה). הקלד אותה שוב.',
} satisfies StartCatalog;
