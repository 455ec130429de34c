// Español neutro: the shared UI pieces.

import type { ui as en } from '../en/ui';
import type { Translation } from '../i18n';

export const ui = {
  'ui.optional': '(opcional)',
  'ui.errorPrefix': 'Error:',
  'ui.password.show': 'Mostrar contraseña',
  'ui.loading': 'Cargando…',
} as const satisfies Translation<typeof en>;
