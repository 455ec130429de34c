// العربية: self-service password reset (see en/password-reset.ts). Arabic letters have no case: the
// character kinds name Latin letters ("أحرف لاتينية صغيرة").
import type { passwordReset as en } from '../en/password-reset';
import type { Translation } from '../i18n';

const KINDS = 'أحرف لاتينية صغيرة، أحرف لاتينية كبيرة، أرقام، رموز';

export const passwordReset = {
  'passwordReset.heading': 'استعد الوصول إلى حسابك',
  'passwordReset.intro':
    'أدخل اسم المستخدم. سنتحقق من هويتك بإحدى الطرق التي أعددتها، ثم تختار كلمة مرور جديدة.',
  'passwordReset.username.label': 'اسم المستخدم',
  'passwordReset.username.hint': 'عادةً ما يكون عنوان بريدك الإلكتروني، مثل name@contoso.example',
  'passwordReset.problem.required': 'أدخل اسم المستخدم.',
  'passwordReset.problem.too-long': 'لا يتجاوز اسم المستخدم 256 حرفًا. راجع ما كتبته.',
  'passwordReset.check.checking': 'جارٍ التحقق تلقائيًا من أنك شخص حقيقي…',
  'passwordReset.check.done': 'اكتمل التحقق التلقائي.',
  'passwordReset.check.failed': 'تعذّر إجراء التحقق التلقائي. سنعيد المحاولة بعد لحظات…',
  'passwordReset.submit': 'التالي',
  'passwordReset.submitting': 'جارٍ التحقق من اسم المستخدم…',
  'passwordReset.waiting': 'جارٍ إنهاء التحقق التلقائي…',
  'passwordReset.backToSignIn': 'العودة إلى تسجيل الدخول',

  'passwordReset.verify.heading': 'تحقّق من هويتك',
  'passwordReset.verify.intro': 'اختر الطريقة التي تريد أن تثبت بها هويتك.',
  'passwordReset.anotherMethod': 'استخدام طريقة أخرى',
  'passwordReset.startAgain': 'البدء من جديد',

  'passwordReset.newPassword.heading': 'اختر كلمة مرور جديدة',
  'passwordReset.newPassword.label': 'كلمة المرور الجديدة',
  'passwordReset.confirm.label': 'تأكيد كلمة المرور الجديدة',
  'passwordReset.rules.heading': 'يجب أن تحتوي كلمة المرور الجديدة على',
  'passwordReset.rule.length': 'من {min} إلى {max} حرفًا',
  'passwordReset.rule.classes': {
    zero: `لا يُشترط أيّ مما يلي: ${KINDS}`,
    one: `نوع واحد على الأقل مما يلي: ${KINDS}`,
    two: `نوعان على الأقل مما يلي: ${KINDS}`,
    few: `{count} أنواع على الأقل مما يلي: ${KINDS}`,
    many: `{count} نوعًا على الأقل مما يلي: ${KINDS}`,
    other: `{count} نوع على الأقل مما يلي: ${KINDS}`,
  },
  'passwordReset.rule.met': 'مستوفى:',
  'passwordReset.rule.unmet': 'غير مستوفى بعد:',
  'passwordReset.rule.common': 'ونرفض أيضًا كلمات المرور الشائعة، والتي تتضمن اسمك، وكلمة مرورك الحالية.',
  'passwordReset.problem.new-required': 'أدخل كلمة مرور جديدة.',
  'passwordReset.problem.policy': 'كلمة المرور الجديدة لا تستوفي كل ما في القائمة.',
  'passwordReset.problem.confirm-required': 'اكتب كلمة المرور الجديدة مرة أخرى لتأكيدها.',
  'passwordReset.problem.mismatch': 'كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها في الحقلين.',
  'passwordReset.violation.too-short': 'إنها قصيرة جدًا.',
  'passwordReset.violation.too-long': 'إنها طويلة جدًا.',
  'passwordReset.violation.too-few-character-classes': 'تحتاج إلى أنواع أكثر من الأحرف.',
  'passwordReset.violation.banned': 'إنها كلمة مرور شائعة، أو قريبة جدًا من واحدة منها.',
  'passwordReset.violation.contains-user-name': 'تتضمن اسمك أو اسم المستخدم.',
  'passwordReset.violation.reused': 'إنها كلمة المرور التي تستخدمها الآن.',
  'passwordReset.newPassword.submit': 'إعادة تعيين كلمة المرور',
  'passwordReset.newPassword.submitting': 'جارٍ إعادة تعيين كلمة المرور…',

  'passwordReset.done.heading': 'تمت إعادة تعيين كلمة المرور',
  'passwordReset.done.body': 'لم تعد كلمة المرور القديمة صالحة. سجّل الدخول بالكلمة الجديدة.',
  'passwordReset.done.signIn': 'تسجيل الدخول',

  'passwordReset.expired.heading': 'انتهت مهلة إعادة التعيين',
  'passwordReset.expired.body':
    'حفاظًا على أمانك، يجب إكمال إعادة تعيين كلمة المرور خلال 15 دقيقة. ابدأ من جديد، وسنحتفظ باسم المستخدم.',
  'passwordReset.deadEnd.next': 'تجربة اسم مستخدم آخر',
  'passwordReset.resumeFailed.heading': 'تعذّرت المتابعة من حيث توقفت',
  'passwordReset.tryAgain': 'إعادة المحاولة',

  'error.human-check-failed.title': 'انتهت مهلة التحقق التلقائي',
  'error.human-check-failed.detail': 'نُجري تحققًا جديدًا الآن. أرسل النموذج مرة أخرى عندما يظهر أنه اكتمل.',
  'error.reset-not-enabled.title': 'لا يمكنك إعادة تعيين كلمة المرور هنا',
  'error.reset-not-enabled.detail':
    'إما أن هذا الحساب غير مُعدّ لإعادة تعيين كلمة المرور ذاتيًا، وإما أنه لا يملك عددًا كافيًا من طرق التحقق المسجلة. يستطيع المسؤول إعادة تعيين كلمة المرور لك: أعطه المرجع الظاهر أدناه.',
  'error.reset-locked.title': 'إعادة تعيين كلمة المرور مقفلة حاليًا',
  'error.reset-locked.detail':
    'حدثت محاولات فاشلة كثيرة. حاول مرة أخرى بعد أن تمضي {wait}، أو تواصل مع المسؤول.',
  'error.password-weak.title': 'اختر كلمة مرور أقوى',
  'error.password-weak.detail': 'كلمة المرور الجديدة لا تستوفي المتطلبات المذكورة.',
  'error.password-banned.title': 'كلمة المرور هذه سهلة التخمين',
  'error.password-banned.detail': 'تجنّب الكلمات الشائعة والأسماء والأنماط. جرّب عبارة أطول.',
  'error.password-reused.title': 'هذه كلمة مرورك الحالية',
  'error.password-reused.detail': 'اختر كلمة مرور لم تستخدمها لهذا الحساب من قبل.',
} as const satisfies Translation<typeof en>;
