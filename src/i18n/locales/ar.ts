import type { Catalog } from './en.js';

/** Arabic (right-to-left). Product names stay in Latin script, as Microsoft writes them. */
export const ar = {
  buyButtonLabel: (product: string) => `شراء ${product}`,
  buyButtonLabelGeneric: 'شراء تراخيص',
  dialogClose: 'إغلاق',
  loading: 'جارٍ التحميل…',

  configUnknownProduct: (product: string) => `لم يتم إعداد زر الشراء هذا بشكل صحيح: لا يمكن شراء "${product}" هنا.`,
  configApiBase: 'لم يتم إعداد نموذج الشراء بشكل صحيح: عنوان خدمة الدفع مفقود أو غير آمن (https).',
  configAuth: 'لم يتم إعداد نموذج الشراء بشكل صحيح: إعدادات تسجيل الدخول مفقودة.',
  configPayment: 'لم يتم إعداد نموذج الشراء بشكل صحيح: إعدادات الدفع مفقودة.',
  configTitle: 'الشراء غير متاح',

  emailTitle: (product: string) => `شراء ${product}`,
  emailIntro: 'أدخل بريدك الإلكتروني الخاص بالعمل أو المدرسة. سنتحقق مما إذا كانت مؤسستك تسمح لك بالشراء بنفسك.',
  emailLabel: 'البريد الإلكتروني للعمل أو المدرسة',
  emailHint: 'مثال: name@company.com',
  emailSubmit: 'متابعة',
  emailChecking: 'جارٍ التحقق…',
  emailErrorEmpty: 'أدخل بريدك الإلكتروني الخاص بالعمل أو المدرسة.',
  emailErrorFormat: 'أدخل عنوان بريد إلكتروني بالشكل name@company.com.',
  emailErrorTooLong: 'عنوان البريد الإلكتروني طويل جدًا. استخدم 254 حرفًا على الأكثر.',

  signInTitle: 'سجّل الدخول للمتابعة',
  signInIntro: (email: string, organization: string) =>
    `سجّل الدخول باسم ${email} بحسابك في ${organization}. ستُفتح نافذة تسجيل دخول من Microsoft.`,
  signInButton: 'تسجيل الدخول',
  signInPreparing: 'جارٍ تجهيز تسجيل الدخول…',
  signInBusy: 'جارٍ تسجيل الدخول…',
  signInRedirecting: 'حظر المستعرض نافذة تسجيل الدخول، لذا سننقلك إلى صفحة تسجيل الدخول بدلاً من ذلك…',
  useDifferentEmail: 'استخدام بريد إلكتروني آخر',

  checkingTitle: 'جارٍ التحقق مما يمكنك شراؤه…',

  seatsTitle: 'كم عدد التراخيص؟',
  seatsTitleAdd: 'إضافة تراخيص',
  seatsExisting: (count: number, product: string) =>
    count === 1 ? `لديك بالفعل ترخيص واحد لـ ${product}.` : `لديك بالفعل ${count} تراخيص لـ ${product}.`,
  seatsLabel: 'عدد التراخيص',
  seatsHint: (min: number, max: number) => `من ${min} إلى ${max}. يمكنك تعيينها لزملائك لاحقًا.`,
  seatsDecrease: 'ترخيص واحد أقل',
  seatsIncrease: 'ترخيص واحد إضافي',
  planLegend: 'الفوترة',
  planMonthly: (price: string) => `شهريًا: ${price} لكل ترخيص شهريًا`,
  planYearly: (price: string) => `سنويًا: ${price} لكل ترخيص سنويًا`,
  totalLabel: 'الإجمالي',
  totalMonthly: (amount: string) => `${amount} شهريًا`,
  totalYearly: (amount: string) => `${amount} سنويًا`,
  taxExclusive: 'تُضاف الضرائب المعمول بها.',
  taxInclusive: 'شاملة الضرائب.',
  disclosuresTitle: 'قبل الدفع',
  disclosureBilledToYou: 'تدفع باستخدام بطاقتك الائتمانية الخاصة. تتم فوترة الشراء لك وليس لمؤسستك.',
  disclosureRenews: 'يتجدد الاشتراك تلقائيًا إلى أن تلغيه.',
  disclosurePrices: 'قد تختلف الأسعار عن اتفاقية مؤسستك مع Microsoft.',
  disclosureAdminSees: 'يمكن لمسؤول تكنولوجيا المعلومات رؤية هذا الشراء وتولّيه أو إلغاؤه.',
  disclosureData: 'لمعالجة الشراء، يُستخدم اسمك وبريدك الإلكتروني وعنوان IP ومعرّفا المستأجر والمستخدم في مؤسستك.',
  seatsSubmit: 'المتابعة إلى الدفع',
  seatsSubmitting: 'جارٍ تجهيز الدفع…',
  seatsErrorEmpty: 'أدخل عدد التراخيص.',
  seatsErrorWhole: 'أدخل رقمًا صحيحًا، مثل 3.',
  seatsErrorMin: (min: number) => `اشترِ ${min} على الأقل.`,
  seatsErrorMax: (max: number) => `يمكنك شراء ${max} على الأكثر هنا.`,

  trialTitle: (product: string) => `جرّب ${product} مجانًا`,
  trialIntro: (days: number) =>
    `تسمح مؤسستك بالإصدارات التجريبية المجانية. ابدأ إصدارًا تجريبيًا لمدة ${days} يومًا دون بطاقة ائتمان.`,
  trialSubmit: 'بدء الإصدار التجريبي المجاني',
  trialStarting: 'جارٍ بدء الإصدار التجريبي…',

  paymentTitle: 'الدفع بالبطاقة',
  paymentSummary: (count: number, product: string, amount: string) =>
    count === 1 ? `ترخيص واحد لـ ${product}: ${amount}` : `${count} تراخيص لـ ${product}: ${amount}`,
  paymentCardOnly: 'البطاقة الائتمانية هي طريقة الدفع الوحيدة.',
  paymentLoading: 'جارٍ تحميل نموذج الدفع الآمن…',
  paymentSubmit: (amount: string) => `دفع ${amount}`,
  paymentPaying: 'جارٍ الدفع…',
  paymentBack: 'تغيير التراخيص',
  paymentNotTwice: 'لن يتم تحصيل المبلغ منك مرتين.',

  processingTitle: 'جارٍ تأكيد الدفع…',
  processingSlow:
    'ما زلنا نتحقق من حالة الدفع. قد يستغرق ذلك دقيقة. لن يتم تحصيل المبلغ مرتين، ويمكنك إغلاق هذه النافذة والعودة لاحقًا.',

  completeTitle: 'تم كل شيء',
  completeTrialTitle: 'بدأ الإصدار التجريبي',
  completeSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `اشتريت ترخيصًا واحدًا لـ ${product} مقابل ${amount}.`
      : `اشتريت ${count} تراخيص لـ ${product} مقابل ${amount}.`,
  completeAddedSummary: (count: number, product: string, amount: string) =>
    count === 1
      ? `أضفت ترخيصًا واحدًا لـ ${product} مقابل ${amount}.`
      : `أضفت ${count} تراخيص لـ ${product} مقابل ${amount}.`,
  completeTrialSummary: (product: string, date: string) => `يمكنك تجربة ${product} حتى ${date}.`,
  completeStart: (product: string) => `بدء استخدام ${product}`,
  completeAdmin: 'تعيين التراخيص في مركز الإدارة',
  completeAdminHint:
    'في مركز إدارة Microsoft 365 يمكنك تعيين التراخيص للأشخاص في مؤسستك (حتى 20 في المرة الواحدة)، وشراء المزيد، والإلغاء، وتحديث بطاقتك، وعرض الفواتير.',

  ineligibleTitle: 'لا يمكنك شراء هذا بنفسك',
  reasonPersonalEmail:
    'استخدم بريدك الإلكتروني للعمل أو المدرسة. لا يمكن الشراء لمؤسسة باستخدام عناوين البريد الشخصية.',
  reasonNoTenant: 'لم نعثر على مؤسسة تستخدم مجال هذا البريد الإلكتروني لدى Microsoft.',
  reasonUnmanagedTenant:
    'لا يوجد مسؤول لحساب Microsoft الخاص بمؤسستك بعد. يجب أن يتولى مسؤول المؤسسة قبل أن يتمكن أي شخص من الشراء.',
  reasonGovernmentTenant: 'الشراء الذاتي غير متاح للجهات الحكومية.',
  reasonEducationTenant: 'الشراء الذاتي غير متاح للمؤسسات التعليمية.',
  reasonGuestUser: 'سجّلت الدخول كضيف في هذه المؤسسة. يمكن لأعضائها فقط الشراء.',
  reasonMarketUnavailable: (product: string) => `لا يمكن شراء ${product} ذاتيًا في بلد مؤسستك أو منطقتها.`,
  reasonDisabledByAdmin: (product: string) => `أوقف مسؤول تكنولوجيا المعلومات الشراء الذاتي لـ ${product}.`,
  reasonTrialsOnly: (product: string) =>
    `يسمح مسؤول تكنولوجيا المعلومات بالإصدارات التجريبية المجانية دون طريقة دفع فقط، ولا يتوفر ذلك لـ ${product}.`,
  ineligibleContact: 'تواصل مع مسؤول تكنولوجيا المعلومات للحصول عليه.',
  ineligibleAdminMessage: (organization: string) => `رسالة من ${organization}:`,
  ineligibleAdminLink: 'فتح صفحة الطلبات في مؤسستك',
  licenseRequestLabel: 'رسالة إلى المسؤول (اختياري)',
  licenseRequestSubmit: 'طلب ترخيص من المسؤول',
  licenseRequestSending: 'جارٍ الإرسال…',
  licenseRequestSent: 'تم إرسال طلبك إلى المسؤول.',

  errorTitle: 'حدث خطأ ما',
  retry: 'إعادة المحاولة',
  startOver: 'البدء من جديد',
  errorOffline: 'أنت غير متصل. تحقق من الاتصال وحاول مرة أخرى.',
  errorNetwork: 'تعذّر الوصول إلى خدمة الدفع. تحقق من الاتصال وحاول مرة أخرى.',
  errorTimeout: 'استغرقت خدمة الدفع وقتًا طويلاً للرد. حاول مرة أخرى.',
  errorRateLimited: (seconds: number) =>
    seconds === 1
      ? 'محاولات كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.'
      : `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${seconds} ثوانٍ.`,
  errorServer: 'حدث خطأ من جهتنا. حاول مرة أخرى.',
  errorUnavailable: 'خدمة الدفع غير متاحة حاليًا. حاول مرة أخرى بعد قليل.',
  errorBadResponse: 'تلقينا ردًا لم نفهمه. حاول مرة أخرى.',
  errorSession: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول مرة أخرى.',
  errorQuantity: 'لا يمكن شراء هذا العدد من التراخيص. غيّره وحاول مرة أخرى.',
  errorNotEligible: 'لا يمكن لحسابك شراء هذا المنتج.',
  errorUnknown: 'حدث خطأ ما. حاول مرة أخرى.',
  errorPopupBlocked: 'حظر المستعرض نافذة تسجيل الدخول. اسمح بالنوافذ المنبثقة لهذه الصفحة أو حاول مرة أخرى.',
  errorSignInCancelled: 'تم إلغاء تسجيل الدخول. سجّل الدخول للمتابعة.',
  errorSignInBusy: 'هناك تسجيل دخول آخر مفتوح بالفعل في هذه الصفحة. أكمله أو أغلقه، ثم حاول مرة أخرى.',
  errorSignInFailed: 'لم ينجح تسجيل الدخول. حاول مرة أخرى.',
  errorAccountMismatch:
    'سجّلت الدخول بحساب مختلف عن البريد الإلكتروني الذي أدخلته. سجّل الدخول بهذا البريد أو استخدم بريدًا آخر.',
  errorCardDeclined: 'تم رفض بطاقتك. جرّب بطاقة أخرى أو تواصل مع البنك.',
  errorInsufficientFunds: 'الرصيد في بطاقتك غير كافٍ. جرّب بطاقة أخرى.',
  errorExpiredCard: 'انتهت صلاحية بطاقتك. تحقق من تاريخ الانتهاء أو استخدم بطاقة أخرى.',
  errorIncorrectCvc: 'رمز الأمان غير صحيح. تحقق من الرمز على ظهر بطاقتك.',
  errorAuthenticationFailed: 'تعذّر على البنك التحقق من الدفع. حاول مرة أخرى أو استخدم بطاقة أخرى.',
  errorProcessing: 'تعذّرت معالجة بطاقتك. حاول مرة أخرى بعد قليل.',
  errorIncomplete: 'أكمل بيانات بطاقتك.',
  errorPaymentLoad: 'تعذّر تحميل نموذج الدفع الآمن. تحقق من الاتصال وحاول مرة أخرى.',
  errorPaymentExpired: 'انتهت صلاحية الدفع قبل إكماله. ابدأ من جديد؛ لم يتم تحصيل أي مبلغ منك.',
  errorPaymentFailed: 'لم يتم الدفع ولم يتم تحصيل أي مبلغ منك. ابدأ من جديد للمحاولة مرة أخرى.',
} satisfies Catalog;
