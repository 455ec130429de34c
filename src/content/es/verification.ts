// Español neutro: what the flows around a verification show of it (see en/verification.ts).
import type { verification as en } from '../en/verification';
import type { Translation } from '../i18n';

export const verification = {
  'verification.masked': 'número {countryCode} que termina en {digits}',
  'verification.sending.code': 'Enviando tu código…',
  'verification.sending.call': 'Llamando a tu teléfono…',
  'verification.anotherWay': 'Iniciar sesión de otra forma',
  'verification.startAgain': 'Volver a empezar',
  'verification.step': 'Paso {current} de {total}',
  'method.sms': 'Enviar un SMS a {destination}',
  'method.voice.mobile': 'Llamar a {destination}',
  'method.voice.alternateMobile': 'Llamar a tu teléfono alternativo {destination}',
  'method.voice.office': 'Llamar al teléfono de tu oficina {destination}, extensión {extension}',
  'method.voice.officePlain': 'Llamar al teléfono de tu oficina {destination}',
  'method.app-code': 'Usar un código de verificación de tu aplicación de autenticación',
  'method.email-code': 'Enviar un código por correo a {destination}',
  'method.list.label': 'Formas de verificar',
  'method.list.unavailable': 'No disponibles por ahora',
  'method.default': 'Tu método predeterminado',
  'method.recommended': 'Recomendado: la forma más segura de verificar',
  'method.unavailable.voice-unavailable':
    'No disponible: la suscripción de tu organización no incluye llamadas.',
  'method.unavailable.country-not-enabled':
    'No disponible: tu administrador tiene que activar los SMS y las llamadas a este país.',
  'method.unavailable.text-limit':
    'No disponible durante {wait}: alcanzaste nuestro límite de códigos de verificación por SMS.',
  'method.unavailable.call-limit':
    'No disponible durante {wait}: alcanzaste nuestro límite de llamadas de verificación.',
  'method.unavailable.text-limit.later':
    'No disponible por ahora: alcanzaste nuestro límite de códigos de verificación por SMS. Vuelve a intentarlo más tarde.',
  'method.unavailable.call-limit.later':
    'No disponible por ahora: alcanzaste nuestro límite de llamadas de verificación. Vuelve a intentarlo más tarde.',
} as const satisfies Translation<typeof en>;
