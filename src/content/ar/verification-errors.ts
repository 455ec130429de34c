// العربية: what a verification can answer (see en/verification-errors.ts). Waits are the subject of
// their sentence ("بعد أن تمضي {wait}"), where Intl's words for them are grammatical.
import type { verificationErrors as en } from '../en/verification-errors';
import type { Translation } from '../i18n';

const CHECK = 'تحقّق من الرمز وحاول مرة أخرى.';

export const verificationErrors = {
  'error.extension-not-allowed.title': 'لا يمكن إضافة رقم داخلي إلا لهاتف المكتب',
  'error.extension-not-allowed.detail': 'احذف الرقم الداخلي، أو أضف الرقم على أنه هاتف مكتب.',
  'error.country-not-enabled.title': 'الرسائل النصية والمكالمات إلى هذا البلد غير مفعّلة',
  'error.country-not-enabled.detail':
    'يجب أن يسمح المسؤول برسائل التحقق ومكالماته إلى رمز البلد الخاص بهذا الرقم. استخدم طريقة تحقق أخرى في هذه الأثناء.',
  'error.voice-unavailable.title': 'مكالمات التحقق غير متاحة',
  'error.voice-unavailable.detail':
    'اشتراك مؤسستك لا يشمل مكالمات التحقق. استخدم رسالة نصية أو تطبيق مصادقة بدلًا منها.',
  'error.text-limit.title': 'بلغت الحد المسموح به من رموز التحقق النصية',
  'error.text-limit.detail':
    'يمكنك طلب رسالة نصية أخرى بعد أن تمضي {wait}. وفي هذه الأثناء، يمكنك التحقق بطريقة أخرى.',
  'error.call-limit.title': 'بلغت الحد المسموح به من مكالمات التحقق',
  'error.call-limit.detail':
    'يمكنك طلب مكالمة أخرى بعد أن تمضي {wait}. وفي هذه الأثناء، يمكنك التحقق بطريقة أخرى.',
  'error.resend-cooldown.title': 'انتظر قليلًا قبل أن تطلب مرة أخرى',
  'error.resend-cooldown.detail': 'يمكنك طلب رمز جديد بعد أن تمضي {wait}.',
  'error.resend-cooldown.call.detail': 'اتصلنا بك قبل قليل. يمكنك طلب مكالمة أخرى بعد أن تمضي {wait}.',
  'error.verification-blocked.title': 'عذرًا، نواجه مشكلة في التحقق من حسابك',
  'error.verification-blocked.detail':
    'أُوقفت الرسائل النصية والمكالمات إلى هذا الحساب مؤقتًا بعد محاولات كثيرة. استخدم طريقة أخرى، مثل تطبيق المصادقة، أو اطلب المساعدة من المسؤول.',
  'error.wrong-code.title': 'هذا الرمز غير صحيح',
  'error.wrong-code.detail': {
    zero: `${CHECK} لم تتبقَّ لديك أي محاولة.`,
    one: `${CHECK} تبقّت لديك محاولة واحدة.`,
    two: `${CHECK} تبقّت لديك محاولتان.`,
    few: `${CHECK} تبقّت لديك {count} محاولات.`,
    many: `${CHECK} تبقّت لديك {count} محاولة.`,
    other: `${CHECK} تبقّت لديك {count} محاولة.`,
  },
  'error.code-expired.title': 'انتهت صلاحية هذا الرمز',
  'error.code-expired.detail': 'تبقى الرموز صالحة 5 دقائق. اطلب رمزًا جديدًا وأدخله.',
  'error.flow-expired.title': 'انتهت مهلة تسجيل الدخول',
  'error.flow-expired.detail': 'حفاظًا على أمانك، لكل خطوة مهلة محددة. ابدأ من جديد.',
  'error.flow-locked.title': 'رموز خاطئة كثيرة',
  'error.flow-locked.detail': 'حفاظًا على أمانك، أوقفنا تسجيل الدخول هذا. ابدأ من جديد لتحصل على رمز جديد.',
  'error.flow-stage-mismatch.title': 'هذه الخطوة لم تعد محدّثة',
  'error.flow-stage-mismatch.detail': 'تغيّرت في علامة تبويب أو نافذة أخرى. ابدأ من جديد.',
  'error.method-not-registered.title': 'هذه الطريقة غير مُعدّة لحسابك',
  'error.method-not-registered.detail': 'اختر طريقة أخرى للتحقق.',
  'error.method-not-offered.title': 'لا يمكن استخدام هذه الطريقة هنا',
  'error.method-not-offered.detail': 'إنها غير متاحة في هذه الخطوة. اختر طريقة أخرى للتحقق.',
  'error.phone-mismatch.title': 'هذا الرقم غير مطابق',
  'error.phone-mismatch.detail': 'اكتب الرقم كاملًا، الذي ينتهي بالأرقام المعروضة.',
  'error.idempotency-key-reused.title': 'اختلط طلبك بطلب سابق',
  'error.idempotency-key-reused.detail': 'حاول مرة أخرى.',
} as const satisfies Translation<typeof en>;
