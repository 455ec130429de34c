// Español neutro: the signed-in page.
import type { signedIn as en } from '../en/signed-in';
import type { Translation } from '../i18n';

export const signedIn = {
  'signedIn.heading': 'Iniciaste sesión',
  'signedIn.who': 'Sesión iniciada como {name} ({username}).',
  'signedIn.how.sms-sign-in': 'Iniciaste sesión con un código enviado por {channel} a {destination}.',
  'signedIn.how.password': 'Iniciaste sesión con tu contraseña.',
  'signedIn.how.password-and-sms':
    'Iniciaste sesión con tu contraseña y un código enviado por {channel} a {destination}.',
  'signedIn.how.password-and-voice': 'Iniciaste sesión con tu contraseña y una llamada a {destination}.',
  'signedIn.how.password-and-app-code':
    'Iniciaste sesión con tu contraseña y un código de tu aplicación de autenticación.',
  'signedIn.channel.sms': 'SMS',
  'signedIn.channel.rcs': 'mensaje RCS',
  'signedIn.channel.whatsapp': 'WhatsApp',
  'signedIn.channel.email': 'correo electrónico',
  'signedIn.channel.voice': 'llamada telefónica',
  'signedIn.channel.app': 'la aplicación de autenticación',
  'signedIn.at': 'Hora de inicio de sesión: {time}.',
  'signedIn.securityInfo': 'Administrar tu información de seguridad',
  'signedIn.signOut': 'Cerrar sesión',
  'signedIn.signingOut': 'Cerrando sesión…',
  'signedIn.failed.heading': 'No pudimos cargar tu cuenta',
  'signedIn.tryAgain': 'Volver a intentarlo',
} as const satisfies Translation<typeof en>;
