// Español neutro: phone number entry.
import type { phone as en } from '../en/phone';
import type { Translation } from '../i18n';

export const phone = {
  'phone.country.label': 'País o región',
  'phone.country.none': 'Elige un país o región',
  'phone.number.label': 'Número de teléfono',
  'phone.number.hint': 'Puedes usar espacios, guiones y paréntesis.',
  'phone.problem.required': 'Escribe tu número de teléfono.',
  'phone.problem.country': 'Elige tu país o región, o escribe el número empezando por + y el código de país.',
  'phone.problem.tooShort': 'Este número es demasiado corto. Comprueba que lo escribiste completo.',
  'phone.problem.tooLong': 'Este número es demasiado largo. Revísalo y vuelve a intentarlo.',
  'phone.problem.invalid':
    'No es un número de teléfono válido para el país elegido. Revisa el número y el país.',
} as const satisfies Translation<typeof en>;
