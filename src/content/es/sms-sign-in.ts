// Español neutro: SMS sign-in, the start page.
import type { smsSignIn as en } from '../en/sms-sign-in';
import type { Translation } from '../i18n';

export const smsSignIn = {
  'smsSignIn.heading': 'Inicia sesión con tu teléfono',
  'smsSignIn.intro': 'Escribe tu número de móvil. Te enviaremos un código para iniciar sesión.',
  'smsSignIn.submit': 'Enviar código',
  'smsSignIn.sending': 'Enviando código…',
  'smsSignIn.withPassword': 'Iniciar sesión con nombre de usuario y contraseña',
  'smsSignIn.useDifferentNumber': 'Usar otro número',
  'smsSignIn.anotherWay': 'Iniciar sesión de otra forma',
} as const satisfies Translation<typeof en>;
