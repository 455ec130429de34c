// العربية الفصحى المعاصرة: the app shell. The person is addressed in the singular imperative, as
// Arabic interfaces do; phone numbers, codes and user names stay left to right (ui/Ltr.tsx).
import type { app as en } from '../en/app';
import type { Translation } from '../i18n';

export const app = {
  'app.name': 'تسجيل الدخول بالخدمة الذاتية',
  'app.documentTitle': '{page} – {appName}',
  'app.skipLink': 'الانتقال إلى المحتوى الرئيسي',
  'app.language.label': 'اللغة',
  'app.language.failed': 'تعذّر التبديل إلى {language}. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.',
  'app.footer.privacy':
    'رقم الهاتف الذي تستخدمه للمصادقة خاص بك. لا يُستخدم إلا للتحقق من أنك صاحب الحساب، ولا يُنشر في الدليل.',
  'app.footer.privacyLink': 'الخصوصية',
  'app.footer.termsLink': 'شروط الاستخدام',
  'app.footer.helpLink': 'المساعدة',
  'app.newTab': '(يُفتح في علامة تبويب جديدة)',
  'app.loading': 'جارٍ التحميل…',
  'app.backToSignIn': 'العودة إلى تسجيل الدخول',

  'app.route.smsSignIn.title': 'تسجيل الدخول',
  'app.route.passwordSignIn.title': 'تسجيل الدخول بكلمة المرور',
  'app.route.signedIn.title': 'تم تسجيل دخولك',
  'app.route.passwordReset.title': 'إعادة تعيين كلمة المرور',
  'app.route.securityInfo.title': 'معلومات الأمان',

  'app.notFound.title': 'الصفحة غير موجودة',
  'app.notFound.body': 'لا توجد صفحة على هذا العنوان. إذا كتبته بنفسك، فتأكّد من صحته.',

  'app.error.title': 'حدث خطأ ما',
  'app.error.body': 'عذرًا، حدثت مشكلة في هذه الصفحة ولا يمكن عرضها.',
  'app.error.next': 'عُد إلى تسجيل الدخول وابدأ من جديد. إذا تكرّر ذلك، فتواصل مع المسؤول.',
  'app.error.loadFailed.title': 'لم يكتمل تحميل هذه الصفحة',
  'app.error.loadFailed.body': 'تعذّر تنزيل جزء من هذه الصفحة. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.',
  'app.error.tryAgain': 'إعادة المحاولة',
} as const satisfies Translation<typeof en>;
