// العربية: password sign-in and "Verify your identity".
import type { passwordSignIn as en } from '../en/password-sign-in';
import type { Translation } from '../i18n';

export const passwordSignIn = {
  'passwordSignIn.heading': 'تسجيل الدخول',
  'passwordSignIn.intro': 'سجّل الدخول بحساب العمل أو المؤسسة التعليمية.',
  'passwordSignIn.username.label': 'اسم المستخدم',
  'passwordSignIn.username.hint': 'عادةً ما يكون عنوان بريدك الإلكتروني، مثل name@contoso.example',
  'passwordSignIn.password.label': 'كلمة المرور',
  'passwordSignIn.problem.username-required': 'أدخل اسم المستخدم.',
  'passwordSignIn.problem.password-required': 'أدخل كلمة المرور.',
  'passwordSignIn.problem.username-too-long': 'لا يتجاوز اسم المستخدم 256 حرفًا. راجع ما كتبته.',
  'passwordSignIn.problem.password-blank':
    'لا يمكن أن تتكون كلمة المرور من مسافات فقط. راجع ما كتبته، أو أعد تعيين كلمة المرور.',
  'passwordSignIn.problem.password-too-long':
    'لا تتجاوز كلمة المرور 256 حرفًا. راجع ما كتبته، أو أعد تعيين كلمة المرور.',
  'passwordSignIn.submit': 'تسجيل الدخول',
  'passwordSignIn.signingIn': 'جارٍ تسجيل الدخول…',
  'passwordSignIn.forgotPassword': 'هل نسيت كلمة المرور؟',
  'passwordSignIn.withPhone': 'تسجيل الدخول برقم هاتفك بدلًا من ذلك',
  'passwordSignIn.blocked.next': 'لا يمكنك إلغاء الحظر من هنا، لكن المسؤول يستطيع ذلك.',
  'passwordSignIn.backToSignIn': 'العودة إلى تسجيل الدخول',
  'passwordSignIn.waitOver': 'يمكنك المحاولة مرة أخرى الآن.',
  'passwordSignIn.resumeFailed.heading': 'تعذّرت المتابعة من حيث توقفت',
  'passwordSignIn.tryAgain': 'إعادة المحاولة',

  'mfa.heading': 'تحقّق من هويتك',
  'mfa.intro': 'اختر الطريقة التي تريد أن تثبت بها هويتك.',
  'mfa.startAgain': 'البدء من جديد',
  'mfa.anotherWay': 'تسجيل الدخول بطريقة أخرى',
} as const satisfies Translation<typeof en>;
