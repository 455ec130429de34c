// العربية: phone number entry. The number itself is typed left to right, in any digits (٠١٢… too).
import type { phone as en } from '../en/phone';
import type { Translation } from '../i18n';

export const phone = {
  'phone.country.label': 'البلد أو المنطقة',
  'phone.country.none': 'اختر البلد أو المنطقة',
  'phone.number.label': 'رقم الهاتف',
  'phone.number.hint': 'يمكنك استخدام المسافات والشرطات والأقواس.',
  'phone.problem.required': 'أدخل رقم هاتفك.',
  'phone.problem.country': 'اختر بلدك أو منطقتك، أو اكتب الرقم بادئًا بعلامة + ورمز البلد.',
  'phone.problem.tooShort': 'هذا الرقم قصير جدًا. تأكّد من أنك كتبته كاملًا.',
  'phone.problem.tooLong': 'هذا الرقم طويل جدًا. راجعه ثم حاول مرة أخرى.',
  'phone.problem.invalid': 'هذا ليس رقم هاتف صالحًا في البلد الذي اخترته. راجع الرقم والبلد.',
} as const satisfies Translation<typeof en>;
