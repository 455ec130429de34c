// العربية: SMS sign-in, the start page.
import type { smsSignIn as en } from '../en/sms-sign-in';
import type { Translation } from '../i18n';

export const smsSignIn = {
  'smsSignIn.heading': 'سجّل الدخول باستخدام هاتفك',
  'smsSignIn.intro': 'أدخل رقم هاتفك المحمول، وسنرسل إليك رمزًا لتسجيل الدخول.',
  'smsSignIn.submit': 'إرسال الرمز',
  'smsSignIn.sending': 'جارٍ إرسال الرمز…',
  'smsSignIn.withPassword': 'تسجيل الدخول باسم المستخدم وكلمة المرور',
  'smsSignIn.useDifferentNumber': 'استخدام رقم آخر',
  'smsSignIn.anotherWay': 'تسجيل الدخول بطريقة أخرى',
} as const satisfies Translation<typeof en>;
