// العربية: the signed-in page.
import type { signedIn as en } from '../en/signed-in';
import type { Translation } from '../i18n';

export const signedIn = {
  'signedIn.heading': 'تم تسجيل دخولك',
  'signedIn.who': 'سجّلت الدخول باسم {name} ({username}).',
  'signedIn.how.sms-sign-in': 'سجّلت الدخول برمز أُرسل عبر {channel} إلى {destination}.',
  'signedIn.how.password': 'سجّلت الدخول بكلمة المرور.',
  'signedIn.how.password-and-sms': 'سجّلت الدخول بكلمة المرور ورمز أُرسل عبر {channel} إلى {destination}.',
  'signedIn.how.password-and-voice': 'سجّلت الدخول بكلمة المرور ومكالمة إلى {destination}.',
  'signedIn.how.password-and-app-code': 'سجّلت الدخول بكلمة المرور ورمز من تطبيق المصادقة.',
  'signedIn.channel.sms': 'رسالة نصية',
  'signedIn.channel.rcs': 'رسالة RCS',
  'signedIn.channel.whatsapp': 'واتساب',
  'signedIn.channel.email': 'البريد الإلكتروني',
  'signedIn.channel.voice': 'مكالمة هاتفية',
  'signedIn.channel.app': 'تطبيق المصادقة',
  'signedIn.at': 'وقت تسجيل الدخول: {time}.',
  'signedIn.securityInfo': 'إدارة معلومات الأمان',
  'signedIn.signOut': 'تسجيل الخروج',
  'signedIn.signingOut': 'جارٍ تسجيل الخروج…',
  'signedIn.failed.heading': 'تعذّر تحميل حسابك',
  'signedIn.tryAgain': 'إعادة المحاولة',
} as const satisfies Translation<typeof en>;
