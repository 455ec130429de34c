// العربية: what the flows around a verification show of it (see en/verification.ts).
import type { verification as en } from '../en/verification';
import type { Translation } from '../i18n';

export const verification = {
  'verification.masked': 'رقم برمز الدولة {countryCode} ينتهي بالأرقام {digits}',
  'verification.sending.code': 'جارٍ إرسال الرمز…',
  'verification.sending.call': 'جارٍ الاتصال بهاتفك…',
  'verification.anotherWay': 'تسجيل الدخول بطريقة أخرى',
  'verification.startAgain': 'البدء من جديد',
  'verification.step': 'الخطوة {current} من {total}',
  'method.sms': 'إرسال رسالة نصية إلى {destination}',
  'method.voice.mobile': 'الاتصال بالرقم {destination}',
  'method.voice.alternateMobile': 'الاتصال بهاتفك البديل {destination}',
  'method.voice.office': 'الاتصال بهاتف مكتبك {destination}، الرقم الداخلي {extension}',
  'method.voice.officePlain': 'الاتصال بهاتف مكتبك {destination}',
  'method.app-code': 'استخدام رمز تحقق من تطبيق المصادقة',
  'method.email-code': 'إرسال رمز بالبريد الإلكتروني إلى {destination}',
  'method.list.label': 'طرق التحقق',
  'method.list.unavailable': 'غير متاح حاليًا',
  'method.default': 'طريقتك الافتراضية',
  'method.recommended': 'موصى بها: أكثر طرق التحقق أمانًا',
  'method.unavailable.voice-unavailable': 'غير متاح: اشتراك مؤسستك لا يشمل المكالمات.',
  'method.unavailable.country-not-enabled':
    'غير متاح: يجب أن يفعّل المسؤول الرسائل النصية والمكالمات إلى هذا البلد.',
  'method.unavailable.text-limit':
    'غير متاح الآن: بلغت الحد المسموح به من رموز التحقق النصية. المدة المتبقية: {wait}.',
  'method.unavailable.call-limit':
    'غير متاح الآن: بلغت الحد المسموح به من مكالمات التحقق. المدة المتبقية: {wait}.',
  'method.unavailable.text-limit.later':
    'غير متاح حاليًا: بلغت الحد المسموح به من رموز التحقق النصية. حاول مرة أخرى لاحقًا.',
  'method.unavailable.call-limit.later':
    'غير متاح حاليًا: بلغت الحد المسموح به من مكالمات التحقق. حاول مرة أخرى لاحقًا.',
} as const satisfies Translation<typeof en>;
