// العربية: what any first screen can show (see en/errors.ts). A wait ({wait}, Intl's words: "دقيقتان")
// is always the subject of its sentence ("بعد أن تمضي {wait}"), where Intl's nominative forms are right.
import type { errors as en } from '../en/errors';
import type { Translation } from '../i18n';

export const errors = {
  'error.validation-failed.title': 'بعض البيانات غير صالحة',
  'error.validation-failed.detail': 'راجع ما أدخلته ثم حاول مرة أخرى.',
  'error.invalid-phone-number.title': 'رقم الهاتف هذا غير صالح',
  'error.invalid-phone-number.detail': 'تحقّق من البلد والرقم، ثم حاول مرة أخرى.',
  'error.virtual-number.title': 'لا يمكن لهذا الرقم استقبال رموز التحقق',
  'error.virtual-number.detail': 'لا يمكن استخدام أرقام الإنترنت (VoIP). استخدم رقم هاتف محمول أو أرضي.',
  'error.too-many-requests.title': 'محاولات كثيرة في وقت قصير',
  'error.too-many-requests.detail': 'انتظر حتى تمضي {wait}، ثم حاول مرة أخرى.',
  'error.user-blocked.title': 'حسابك محظور',
  'error.user-blocked.detail': 'حظر المسؤول تسجيل الدخول إلى هذا الحساب. تواصل معه لإلغاء الحظر.',
  'error.invalid-credentials.title': 'اسم المستخدم أو كلمة المرور غير صحيحة',
  'error.invalid-credentials.detail':
    'تحقّق من كليهما وحاول مرة أخرى. إذا نسيت كلمة المرور، فيمكنك إعادة تعيينها.',
  'error.not-authenticated.title': 'تم تسجيل خروجك',
  'error.not-authenticated.detail': 'سجّل الدخول مرة أخرى للمتابعة.',
  'error.internal-error.title': 'حدث خطأ من جهتنا',
  'error.internal-error.detail': 'حاول مرة أخرى بعد قليل. لم يضِع شيء مما أدخلته.',
  'error.service-unavailable.title': 'خدمة تسجيل الدخول مشغولة',
  'error.service-unavailable.detail': 'حاول مرة أخرى بعد أن تمضي {wait}. لم يضِع شيء مما أدخلته.',
  'error.service-unavailable.later': 'ستعود الخدمة قريبًا: حاول مرة أخرى بعد دقيقة. لم يضِع شيء مما أدخلته.',
  'error.network-error.title': 'يتعذّر الوصول إلى خدمة تسجيل الدخول',
  'error.network-error.detail': 'تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى. لم يضِع شيء مما أدخلته.',
  'error.timeout.title': 'لم تستجب خدمة تسجيل الدخول في الوقت المحدد',
  'error.timeout.detail':
    'ربما تكون الخدمة مشغولة جدًا، أو يكون اتصالك بطيئًا. حاول مرة أخرى. لم يضِع شيء مما أدخلته.',
  'error.unexpected-response.title': 'وصلنا رد لم نتمكن من قراءته',
  'error.unexpected-response.detail':
    'حاول مرة أخرى. لم يضِع شيء مما أدخلته. إذا تكرّر ذلك، فتواصل مع المسؤول.',
  'error.reference': 'المرجع الذي تعطيه للمسؤول: {reference}',
} as const satisfies Translation<typeof en>;
