// Español neutro: password sign-in and "Verify your identity".
import type { passwordSignIn as en } from '../en/password-sign-in';
import type { Translation } from '../i18n';

export const passwordSignIn = {
  'passwordSignIn.heading': 'Iniciar sesión',
  'passwordSignIn.intro': 'Inicia sesión con tu cuenta profesional o educativa.',
  'passwordSignIn.username.label': 'Nombre de usuario',
  'passwordSignIn.username.hint': 'Suele ser tu correo electrónico, como nombre@contoso.example',
  'passwordSignIn.password.label': 'Contraseña',
  'passwordSignIn.problem.username-required': 'Escribe tu nombre de usuario.',
  'passwordSignIn.problem.password-required': 'Escribe tu contraseña.',
  'passwordSignIn.problem.username-too-long':
    'Un nombre de usuario tiene como máximo 256 caracteres. Revisa lo que escribiste.',
  'passwordSignIn.problem.password-blank':
    'La contraseña no puede tener solo espacios. Revisa lo que escribiste o restablece tu contraseña.',
  'passwordSignIn.problem.password-too-long':
    'Una contraseña tiene como máximo 256 caracteres. Revisa lo que escribiste o restablece tu contraseña.',
  'passwordSignIn.submit': 'Iniciar sesión',
  'passwordSignIn.signingIn': 'Iniciando sesión…',
  'passwordSignIn.forgotPassword': '¿Olvidaste tu contraseña?',
  'passwordSignIn.withPhone': 'Mejor inicia sesión con tu número de teléfono',
  'passwordSignIn.blocked.next': 'Nada de lo que hagas aquí la va a desbloquear. Tu administrador sí puede.',
  'passwordSignIn.backToSignIn': 'Volver al inicio de sesión',
  'passwordSignIn.waitOver': 'Ya puedes volver a intentarlo.',
  'passwordSignIn.resumeFailed.heading': 'No pudimos retomar donde lo dejaste',
  'passwordSignIn.tryAgain': 'Volver a intentarlo',

  'mfa.heading': 'Verifica tu identidad',
  'mfa.intro': 'Elige cómo quieres demostrar que eres tú.',
  'mfa.startAgain': 'Volver a empezar',
  'mfa.anotherWay': 'Iniciar sesión de otra forma',
} as const satisfies Translation<typeof en>;
