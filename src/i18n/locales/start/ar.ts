import type { StartCatalog } from './en.js';

export const ar = {
  buyButtonLabel: (product: string) => `شراء ${product}`,
  buyButtonLabelGeneric: 'شراء تراخيص',
  dialogClose: 'إغلاق',
  loading: 'جارٍ التحميل…',
  configUnknownProduct: (product: string) => `لم يتم إعداد زر الشراء هذا بشكل صحيح: لا يمكن شراء "${product}" هنا.`,
  configApiBase: 'لم يتم إعداد نموذج الشراء بشكل صحيح: عنوان خدمة الدفع مفقود أو غير آمن (https).',
  configAuth: 'لم يتم إعداد نموذج الشراء بشكل صحيح: إعدادات تسجيل الدخول مفقودة.',
  configPayment: 'لم يتم إعداد نموذج الشراء بشكل صحيح: إعدادات الدفع مفقودة.',
  configClientReferenceId:
    'لم يتم إعداد نموذج الشراء بشكل صحيح: معرّف مرجع العميل غير صالح (استخدم حتى 200 حرف أو رقم أو شرطة أو شرطة سفلية).',
  configTitle: 'الشراء غير متاح',
  errorNetwork: 'تعذّر الوصول إلى خدمة الدفع. تحقق من الاتصال وحاول مرة أخرى.',
  emailTitle: (product: string) => `شراء ${product}`,
  emailIntro: 'أدخل بريدك الإلكتروني الخاص بالعمل أو المدرسة. سنتحقق مما إذا كانت مؤسستك تسمح لك بالشراء بنفسك.',
  emailLabel: 'البريد الإلكتروني للعمل أو المدرسة',
  emailHint: 'مثال: name@company.com',
  emailSubmit: 'متابعة',
  emailChecking: 'جارٍ التحقق…',
  emailErrorEmpty: 'أدخل بريدك الإلكتروني الخاص بالعمل أو المدرسة.',
  emailErrorFormat: 'أدخل عنوان بريد إلكتروني بالشكل name@company.com.',
  emailErrorTooLong: 'عنوان البريد الإلكتروني طويل جدًا. استخدم 254 حرفًا على الأكثر.',
  emailErrorHidden: 'يحتوي عنوان البريد الإلكتروني على أحرف مخفية (غالبًا بسبب النسخ واللصق). اكتبه مرة أخرى.',
} satisfies StartCatalog;
