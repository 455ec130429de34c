// العربية: the shared UI pieces.
import type { ui as en } from '../en/ui';
import type { Translation } from '../i18n';

export const ui = {
  'ui.optional': '(اختياري)',
  'ui.errorPrefix': 'خطأ:',
  'ui.password.show': 'إظهار كلمة المرور',
  'ui.loading': 'جارٍ التحميل…',
} as const satisfies Translation<typeof en>;
