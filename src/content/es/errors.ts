// Español neutro: what any first screen can show (see en/errors.ts).
import type { errors as en } from '../en/errors';
import type { Translation } from '../i18n';

export const errors = {
  'error.validation-failed.title': 'Algunos datos no son válidos',
  'error.validation-failed.detail': 'Revisa lo que escribiste y vuelve a intentarlo.',
  'error.invalid-phone-number.title': 'Ese número de teléfono no es válido',
  'error.invalid-phone-number.detail': 'Revisa el país y el número, y vuelve a intentarlo.',
  'error.virtual-number.title': 'Este número no puede recibir códigos de verificación',
  'error.virtual-number.detail':
    'No se pueden usar números de internet (VoIP). Usa un número de móvil o de teléfono fijo.',
  'error.too-many-requests.title': 'Demasiados intentos en poco tiempo',
  'error.too-many-requests.detail': 'Espera {wait} y vuelve a intentarlo.',
  'error.user-blocked.title': 'Tu cuenta está bloqueada',
  'error.user-blocked.detail':
    'Tu administrador bloqueó el inicio de sesión de esta cuenta. Pídele que la desbloquee.',
  'error.invalid-credentials.title': 'El nombre de usuario o la contraseña no son correctos',
  'error.invalid-credentials.detail':
    'Revisa los dos y vuelve a intentarlo. Si olvidaste la contraseña, puedes restablecerla.',
  'error.not-authenticated.title': 'Se cerró tu sesión',
  'error.not-authenticated.detail': 'Vuelve a iniciar sesión para continuar.',
  'error.internal-error.title': 'Algo salió mal de nuestro lado',
  'error.internal-error.detail': 'Vuelve a intentarlo en un momento. No se perdió nada de lo que escribiste.',
  'error.service-unavailable.title': 'El servicio de inicio de sesión está ocupado',
  'error.service-unavailable.detail':
    'Vuelve a intentarlo dentro de {wait}. No se perdió nada de lo que escribiste.',
  'error.service-unavailable.later':
    'Debería volver pronto: inténtalo de nuevo en un minuto. No se perdió nada de lo que escribiste.',
  'error.network-error.title': 'No podemos conectar con el servicio de inicio de sesión',
  'error.network-error.detail':
    'Revisa tu conexión a internet y vuelve a intentarlo. No se perdió nada de lo que escribiste.',
  'error.timeout.title': 'El servicio de inicio de sesión no respondió a tiempo',
  'error.timeout.detail':
    'Puede que esté muy ocupado o que tu conexión sea lenta. Vuelve a intentarlo. No se perdió nada de lo que escribiste.',
  'error.unexpected-response.title': 'Recibimos una respuesta que no pudimos leer',
  'error.unexpected-response.detail':
    'Vuelve a intentarlo. No se perdió nada de lo que escribiste. Si sigue pasando, contacta con tu administrador.',
  'error.reference': 'Referencia para tu administrador: {reference}',
} as const satisfies Translation<typeof en>;
