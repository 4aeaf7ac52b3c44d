import { plural } from '../../plural.js';
import type { ManageCatalog } from './en.js';

export const ar = {
  manageTitle: 'اشتراكاتك',
  manageLoading: 'جارٍ تحميل اشتراكاتك…',
  manageEmpty: 'لم تشترِ أي اشتراك بنفسك.',
  manageEmptyProduct: (product: string) => `لم تشترِ ${product} بنفسك.`,
  manageSignInTitle: 'سجّل الدخول لإدارة اشتراكاتك',
  manageSignInIntro: 'سجّل الدخول بحساب العمل أو المدرسة لعرض ما اشتريته وإدارته.',
  manageOpen: 'إدارة',
  manageOpenLabel: (product: string) => `إدارة ${product}`,
  manageBack: 'كل الاشتراكات',
  manageNotice: 'تم',

  statusActive: 'نشط',
  statusTrialing: 'إصدار تجريبي مجاني',
  statusPastDue: 'الدفع متأخر',
  statusCanceled: 'ملغى',
  statusExpired: 'منتهٍ',
  renewsOn: (date: string) => `يتجدد في ${date}`,
  endsOn: (date: string) => `ينتهي في ${date}`,
  endedOn: (date: string) => `انتهى في ${date}`,
  trialEndsOn: (date: string) => `إصدار تجريبي مجاني حتى ${date}`,
  assignedOf: (assigned: number, quantity: number) => `التراخيص المعيّنة: ${assigned} من ${quantity}`,
  pastDueHint: 'هناك فاتورة متأخرة. ادفعها أدناه لكي تستمر التراخيص في العمل.',

  // Licenses
  licensesTitle: 'مَن لديه ترخيص',
  licensesFree: (free: number) =>
    plural('ar', free, {
      zero: 'لا توجد تراخيص متاحة.',
      one: 'هناك ترخيص واحد متاح.',
      two: 'هناك ترخيصان متاحان.',
      few: `هناك ${free} تراخيص متاحة.`,
      many: `هناك ${free} ترخيصًا متاحًا.`,
      other: `هناك ${free} ترخيص متاح.`,
    }),
  licensesNone: 'لم يحصل أي شخص على ترخيص بعد.',
  unassign: 'إزالة',
  unassignLabel: (name: string) => `إزالة الترخيص من ${name}`,
  unassignConfirm: (name: string, product: string) =>
    `هل تريد إزالة الترخيص من ${name}؟ سيفقد هذا الشخص الوصول إلى ${product} على الفور.`,
  unassignYes: 'إزالة الترخيص',
  keep: 'إبقاء',
  unassigned: (name: string) => `تمت إزالة الترخيص من ${name}.`,
  searchLabel: 'البحث عن أشخاص في مؤسستك',
  searchHint: 'اكتب اسمًا أو عنوان بريد إلكتروني. يمكنك تعيين تراخيص لما يصل إلى 20 شخصًا في المرة الواحدة.',
  searchTooLong: (max: number) =>
    plural('ar', max, {
      one: 'اكتب حرفًا واحدًا على الأكثر.',
      two: 'اكتب حرفين على الأكثر.',
      few: `اكتب ${max} أحرف على الأكثر.`,
      many: `اكتب ${max} حرفًا على الأكثر.`,
      other: `اكتب ${max} حرف على الأكثر.`,
    }),
  searchNone: (search: string) => `لا يوجد أحد في مؤسستك يطابق «${search}».`,
  searching: 'جارٍ البحث…',
  resultsLabel: 'الأشخاص الذين تم العثور عليهم',
  hasLicense: 'لديه ترخيص',
  guestNotAssignable: 'حساب ضيف: لا يمكن تعيين ترخيص له',
  selectedCount: (count: number) =>
    plural('ar', count, {
      zero: 'لم يتم تحديد أي شخص',
      one: 'تم تحديد شخص واحد',
      two: 'تم تحديد شخصين',
      few: `تم تحديد ${count} أشخاص`,
      many: `تم تحديد ${count} شخصًا`,
      other: `تم تحديد ${count} شخص`,
    }),
  tooManySelected: (max: number) =>
    plural('ar', max, {
      one: 'يمكنك تعيين ترخيص لشخص واحد فقط في المرة الواحدة.',
      two: 'يمكنك تعيين تراخيص لشخصين على الأكثر في المرة الواحدة.',
      few: `يمكنك تعيين تراخيص لما يصل إلى ${max} أشخاص في المرة الواحدة.`,
      many: `يمكنك تعيين تراخيص لما يصل إلى ${max} شخصًا في المرة الواحدة.`,
      other: `يمكنك تعيين تراخيص لما يصل إلى ${max} شخص في المرة الواحدة.`,
    }),
  notEnoughFree: (free: number) =>
    plural('ar', free, {
      zero: 'لا توجد تراخيص متاحة.',
      one: 'هناك ترخيص واحد متاح فقط.',
      two: 'هناك ترخيصان متاحان فقط.',
      few: `هناك ${free} تراخيص متاحة فقط.`,
      many: `هناك ${free} ترخيصًا متاحًا فقط.`,
      other: `هناك ${free} ترخيص متاح فقط.`,
    }) + ' اختر عددًا أقل من الأشخاص، أو أضف تراخيص أولاً.',
  assignSubmit: (count: number) =>
    plural('ar', count, {
      one: 'تعيين ترخيص واحد',
      two: 'تعيين ترخيصين',
      few: `تعيين ${count} تراخيص`,
      many: `تعيين ${count} ترخيصًا`,
      other: `تعيين ${count} ترخيص`,
    }),
  assigning: 'جارٍ التعيين…',
  assignedNotice: (count: number) =>
    plural('ar', count, {
      one: 'أصبح لدى شخص واحد ترخيص الآن.',
      two: 'أصبح لدى شخصين ترخيص الآن.',
      few: `أصبح لدى ${count} أشخاص ترخيص الآن.`,
      many: `أصبح لدى ${count} شخصًا ترخيص الآن.`,
      other: `أصبح لدى ${count} شخص ترخيص الآن.`,
    }),
  assignFailedAlready: (name: string) => `لدى ${name} ترخيص بالفعل.`,
  assignFailedOtherTenant: (name: string) => `لا يمكن تعيين ترخيص لـ ${name} لأن هذا الحساب ليس ضمن مؤسستك.`,
  assignFailedGuest: (name: string) => `لا يمكن تعيين ترخيص لـ ${name} لأن هذا الحساب حساب ضيف.`,
  unassignFailed: (name: string) => `ليس لدى ${name} ترخيص لإزالته.`,

  // Number of licenses
  quantityTitle: 'عدد التراخيص',
  quantityLabel: 'إجمالي عدد التراخيص',
  quantityHint: (min: number, max: number) =>
    `من ${min} إلى ${max}. يتم تحصيل رسوم التراخيص المضافة الآن، أما التراخيص المحذوفة فتُزال عند التجديد.`,
  quantityBelowAssigned: (assigned: number) =>
    plural('ar', assigned, {
      one: 'هناك ترخيص واحد معيّن.',
      two: 'هناك ترخيصان معيّنان.',
      few: `هناك ${assigned} تراخيص معيّنة.`,
      many: `هناك ${assigned} ترخيصًا معيّنًا.`,
      other: `هناك ${assigned} ترخيص معيّن.`,
    }) + ' أزِل التراخيص من بعض الأشخاص قبل اختيار عدد أقل من ذلك.',
  quantitySame: 'هذا هو العدد الذي لديك بالفعل. أدخل عددًا آخر.',
  quantityPreview: 'مراجعة التغيير',
  quantityPreviewing: 'جارٍ الحساب…',
  previewIncrease: (added: number, amount: string) =>
    plural('ar', added, {
      one: `تبلغ تكلفة إضافة ترخيص واحد ${amount} الآن، عن بقية هذه الفترة.`,
      two: `تبلغ تكلفة إضافة ترخيصين ${amount} الآن، عن بقية هذه الفترة.`,
      few: `تبلغ تكلفة إضافة ${added} تراخيص ${amount} الآن، عن بقية هذه الفترة.`,
      many: `تبلغ تكلفة إضافة ${added} ترخيصًا ${amount} الآن، عن بقية هذه الفترة.`,
      other: `تبلغ تكلفة إضافة ${added} ترخيص ${amount} الآن، عن بقية هذه الفترة.`,
    }),
  previewDecrease: (removed: number, date: string) =>
    plural('ar', removed, {
      one: `ستتم إزالة ترخيص واحد في ${date}.`,
      two: `ستتم إزالة ترخيصين في ${date}.`,
      few: `ستتم إزالة ${removed} تراخيص في ${date}.`,
      many: `ستتم إزالة ${removed} ترخيصًا في ${date}.`,
      other: `ستتم إزالة ${removed} ترخيص في ${date}.`,
    }) + ' لن يتم تحصيل أي مبلغ أو استرداده الآن.',
  previewRecurring: (amount: string) => `بعد ذلك، تبلغ تكلفة كل تجديد ${amount}.`,
  quantityConfirm: 'تأكيد',
  quantityChanging: 'جارٍ الحفظ…',
  quantityAdded: (quantity: number, amount: string) =>
    plural('ar', quantity, {
      one: 'لديك الآن ترخيص واحد.',
      two: 'لديك الآن ترخيصان.',
      few: `لديك الآن ${quantity} تراخيص.`,
      many: `لديك الآن ${quantity} ترخيصًا.`,
      other: `لديك الآن ${quantity} ترخيص.`,
    }) + ` تم تحصيل ${amount} من بطاقتك.`,
  quantityScheduled: (quantity: number, date: string) =>
    plural('ar', quantity, {
      one: `سيكون لديك ترخيص واحد اعتبارًا من ${date}.`,
      two: `سيكون لديك ترخيصان اعتبارًا من ${date}.`,
      few: `سيكون لديك ${quantity} تراخيص اعتبارًا من ${date}.`,
      many: `سيكون لديك ${quantity} ترخيصًا اعتبارًا من ${date}.`,
      other: `سيكون لديك ${quantity} ترخيص اعتبارًا من ${date}.`,
    }),

  // Cancel
  cancelTitle: 'إلغاء الاشتراك',
  cancelExplain: (date: string) =>
    `لن يتجدد الاشتراك بعد الآن. تظل التراخيص صالحة حتى ${date}، ثم يفقد كل من لديه ترخيص إمكانية الوصول.`,
  cancelSubmit: 'إلغاء الاشتراك',
  cancelConfirm: 'نعم، ألغِه',
  cancelKeep: 'الاحتفاظ بالاشتراك',
  canceledNotice: (date: string) => `تم الإلغاء. تظل التراخيص صالحة حتى ${date}.`,
  reactivate: 'التراجع عن الإلغاء',
  reactivatedNotice: (date: string) => `سيتجدد الاشتراك مرة أخرى في ${date}.`,

  // Billing
  billingTitle: 'الفوترة',
  cardLabel: 'البطاقة',
  cardSummary: (brand: string, last4: string, expiry: string) =>
    `${brand} المنتهية بـ ${last4}، تنتهي صلاحيتها في ${expiry}`,
  cardNone: 'لا توجد بطاقة محفوظة.',
  cardUpdate: 'تحديث البطاقة',
  cardSave: 'حفظ البطاقة',
  cardSaving: 'جارٍ الحفظ…',
  cardCancel: 'إلغاء',
  cardUpdated: (card: string) => `تم تحديث بطاقتك: ${card}.`,
  invoicesTitle: 'الفواتير',
  invoicesNone: 'لا توجد فواتير بعد.',
  invoiceNumber: 'الفاتورة',
  invoiceDate: 'التاريخ',
  invoiceAmount: 'المبلغ',
  invoiceStatus: 'الحالة',
  invoicePaid: 'مدفوعة',
  invoiceOpen: 'غير مدفوعة',
  invoicePastDue: 'متأخرة',
  invoiceVoid: 'ملغاة',
  invoicePay: 'دفع',
  invoicePayLabel: (number: string, amount: string) => `دفع الفاتورة ${number} (${amount})`,
  invoicePaying: 'جارٍ الدفع…',
  invoicePdf: (number: string) => `الفاتورة ${number} (PDF)`,
  invoicePaidNotice: (number: string, amount: string) => `تم دفع الفاتورة ${number}: ${amount}.`,

  // Order history
  historyTitle: 'سجل الطلبات',
  historyChange: 'التغيير',
  historyLicenses: 'التراخيص',
  orderPurchase: 'شراء',
  orderAdded: (count: number) =>
    plural('ar', count, {
      one: 'إضافة ترخيص واحد',
      two: 'إضافة ترخيصين',
      few: `إضافة ${count} تراخيص`,
      many: `إضافة ${count} ترخيصًا`,
      other: `إضافة ${count} ترخيص`,
    }),
  orderRemoved: (count: number) =>
    plural('ar', count, {
      one: 'إزالة ترخيص واحد',
      two: 'إزالة ترخيصين',
      few: `إزالة ${count} تراخيص`,
      many: `إزالة ${count} ترخيصًا`,
      other: `إزالة ${count} ترخيص`,
    }),
  orderRenewal: 'تجديد',
  orderCanceled: 'إلغاء',
  orderReactivated: 'التراجع عن الإلغاء',

  // Errors
  errorNotPurchaser:
    'يمكن فقط للشخص الذي اشترى هذا الاشتراك إدارته. اطلب منه ذلك أو تواصل مع مسؤول تكنولوجيا المعلومات.',
  errorSubscriptionNotFound: 'تعذّر العثور على هذا الاشتراك في مؤسستك.',
  errorSubscriptionCanceled: 'تم إلغاء هذا الاشتراك. تراجع عن الإلغاء أولاً.',
  errorSubscriptionExpired: 'انتهى هذا الاشتراك.',
  errorInvalidSearch: 'ابحث باستخدام اسم أو بريد إلكتروني، دون < أو >.',
  errorDuplicateUser: 'تم اختيار الشخص نفسه مرتين. اختر كل شخص مرة واحدة فقط.',
  errorInvoicePaid: 'هذه الفاتورة مدفوعة بالفعل (ربما في نافذة أخرى). لم يتم تحصيل أي مبلغ إضافي.',
  errorInvoiceNotPayable: 'لا يمكن دفع هذه الفاتورة هنا.',
  errorNoCard: 'لا توجد بطاقة محفوظة. حدّث بطاقتك أولاً.',
} satisfies ManageCatalog;
