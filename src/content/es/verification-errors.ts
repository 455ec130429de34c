// Español neutro: what a verification can answer (see en/verification-errors.ts).
import type { verificationErrors as en } from '../en/verification-errors';
import type { Translation } from '../i18n';

export const verificationErrors = {
  'error.extension-not-allowed.title': 'Solo un teléfono de oficina puede tener extensión',
  'error.extension-not-allowed.detail': 'Quita la extensión o añade el número como teléfono de oficina.',
  'error.country-not-enabled.title': 'Los SMS y las llamadas a este país no están activados',
  'error.country-not-enabled.detail':
    'Tu administrador tiene que permitir los SMS y las llamadas de verificación al código de país de este número. Mientras tanto, usa otra forma de verificar.',
  'error.voice-unavailable.title': 'Las llamadas de verificación no están disponibles',
  'error.voice-unavailable.detail':
    'La suscripción de tu organización no incluye llamadas de verificación. Usa un SMS o una aplicación de autenticación.',
  'error.text-limit.title': 'Alcanzaste nuestro límite de códigos de verificación por SMS',
  'error.text-limit.detail':
    'Podrás pedir otro SMS dentro de {wait}. Mientras tanto, puedes usar otra forma de verificar.',
  'error.call-limit.title': 'Alcanzaste nuestro límite de llamadas de verificación',
  'error.call-limit.detail':
    'Podrás pedir otra llamada dentro de {wait}. Mientras tanto, puedes usar otra forma de verificar.',
  'error.resend-cooldown.title': 'Espera un momento antes de volver a pedirlo',
  'error.resend-cooldown.detail': 'Podrás pedir un código nuevo dentro de {wait}.',
  'error.resend-cooldown.call.detail':
    'Te llamamos hace un momento. Podrás pedir otra llamada dentro de {wait}.',
  'error.verification-blocked.title': 'Lo sentimos, tenemos problemas para verificar tu cuenta',
  'error.verification-blocked.detail':
    'Los SMS y las llamadas a esta cuenta están en pausa tras demasiados intentos. Usa otra forma, como una aplicación de autenticación, o pide ayuda a tu administrador.',
  'error.wrong-code.title': 'Ese código no funcionó',
  'error.wrong-code.detail': {
    one: 'Revisa el código y vuelve a intentarlo. Te queda 1 intento.',
    many: 'Revisa el código y vuelve a intentarlo. Te quedan {count} de intentos.',
    other: 'Revisa el código y vuelve a intentarlo. Te quedan {count} intentos.',
  },
  'error.code-expired.title': 'Ese código caducó',
  'error.code-expired.detail': 'Los códigos duran 5 minutos. Pide un código nuevo y escríbelo.',
  'error.flow-expired.title': 'Se agotó el tiempo para iniciar sesión',
  'error.flow-expired.detail': 'Por tu seguridad, cada paso tiene un tiempo límite. Vuelve a empezar.',
  'error.flow-locked.title': 'Demasiados códigos incorrectos',
  'error.flow-locked.detail':
    'Por tu seguridad, detuvimos este inicio de sesión. Vuelve a empezar para recibir un código nuevo.',
  'error.flow-stage-mismatch.title': 'Este paso está desactualizado',
  'error.flow-stage-mismatch.detail': 'Cambió en otra pestaña o ventana. Vuelve a empezar.',
  'error.method-not-registered.title': 'Ese método no está configurado en tu cuenta',
  'error.method-not-registered.detail': 'Elige otra forma de verificar.',
  'error.method-not-offered.title': 'Ese método no se puede usar aquí',
  'error.method-not-offered.detail': 'No se ofrece en este paso. Elige otra forma de verificar.',
  'error.phone-mismatch.title': 'Ese número no coincide',
  'error.phone-mismatch.detail': 'Escribe el número completo que termina en los dígitos que se muestran.',
  'error.idempotency-key-reused.title': 'Tu solicitud se mezcló con una anterior',
  'error.idempotency-key-reused.detail': 'Vuelve a intentarlo.',
} as const satisfies Translation<typeof en>;
