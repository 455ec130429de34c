// Español neutro: security info (see en/security-info.ts). Notices name the phone after a colon
// ("Añadido: Teléfono móvil"), so no adjective has to agree with it.
import type { securityInfo as en } from '../en/security-info';
import type { Translation } from '../i18n';

export const securityInfo = {
  'securityInfo.heading': 'Información de seguridad',
  'securityInfo.intro':
    'Estas son las formas de demostrar que eres tú cuando inicias sesión o restableces tu contraseña.',
  'securityInfo.back': 'Volver a tu cuenta',
  'securityInfo.loading': 'Cargando tu información de seguridad…',
  'securityInfo.loadFailed.heading': 'No pudimos cargar tu información de seguridad',
  'securityInfo.tryAgain': 'Volver a intentarlo',
  'securityInfo.saving': 'Guardando…',
  'securityInfo.cancel': 'Cancelar',

  'securityInfo.default.heading': 'Método de inicio de sesión predeterminado',
  'securityInfo.default.none': 'Ninguno todavía. Tu primer teléfono será el predeterminado.',
  'securityInfo.default.change': 'Cambiar',
  'securityInfo.default.changeLabel': 'Cambiar el método de inicio de sesión predeterminado',
  'securityInfo.default.mobile-sms': 'Enviar un código por SMS a {destination}',
  'securityInfo.default.mobile-voice': 'Llamar a {destination}',
  'securityInfo.default.alternate-mobile-voice': 'Llamar a tu teléfono móvil alternativo {destination}',
  'securityInfo.default.office-voice': 'Llamar al teléfono de tu oficina {destination}',
  'securityInfo.default.authenticator-app': 'Usar un código de tu aplicación de autenticación',

  'securityInfo.methods.heading': 'Tus métodos de inicio de sesión',
  'securityInfo.methods.none': 'Todavía no añadiste ninguna forma de verificar.',
  'securityInfo.add': 'Añadir método de inicio de sesión',
  'securityInfo.type.mobile': 'Teléfono móvil',
  'securityInfo.type.alternateMobile': 'Teléfono móvil alternativo',
  'securityInfo.type.office': 'Teléfono de la oficina',
  'securityInfo.type.authenticator-app': 'Aplicación de autenticación',
  'securityInfo.type.email': 'Correo electrónico',
  'securityInfo.withExtension': '{destination}, extensión {extension}',
  'securityInfo.isDefault': 'Predeterminado',
  'securityInfo.changeNumber': 'Cambiar número',
  'securityInfo.delete': 'Eliminar',
  'securityInfo.typeIn.mobile': 'teléfono móvil',
  'securityInfo.typeIn.alternateMobile': 'teléfono móvil alternativo',
  'securityInfo.typeIn.office': 'teléfono de la oficina',
  'securityInfo.changeNumber.for': 'de tu {type}',
  'securityInfo.delete.for': 'tu {type}',

  'securityInfo.sms.label': 'Inicio de sesión por SMS',
  'securityInfo.sms.ready': 'Listo: puedes iniciar sesión con un código enviado por SMS a este teléfono.',
  'securityInfo.sms.notEnabled': 'No activado.',
  'securityInfo.sms.notAllowedByPolicy':
    'No permitido: la directiva de tu organización no permite iniciar sesión por SMS.',
  'securityInfo.sms.notSupported': 'No disponible para este número.',
  'securityInfo.sms.phoneNumberNotUnique':
    'No disponible: otra cuenta usa este número, y para iniciar sesión por SMS el número tiene que ser de una sola cuenta.',
  'securityInfo.sms.notConfigured': 'Todavía no está configurado.',
  'securityInfo.sms.enable': 'Activar el inicio de sesión por SMS',
  'securityInfo.sms.disable': 'Desactivar el inicio de sesión por SMS',

  'securityInfo.notice.added': 'Añadido: {type}.',
  'securityInfo.notice.addedPhone': 'Tu teléfono está guardado.',
  'securityInfo.notice.changed': 'Número cambiado: {type}.',
  'securityInfo.notice.deleted': 'Eliminado: {type}.',
  'securityInfo.notice.default': 'Cambiaste el método de inicio de sesión predeterminado.',
  'securityInfo.notice.smsEnabled':
    'Inicio de sesión por SMS activado: puedes iniciar sesión con un código enviado por SMS a tu teléfono móvil.',
  'securityInfo.notice.smsDisabled': 'Inicio de sesión por SMS desactivado.',

  'securityInfo.delete.heading': '¿Eliminar tu {type}?',
  'securityInfo.delete.body': 'Ya no podrás usar {destination} para demostrar que eres tú.',
  'securityInfo.delete.confirm': 'Eliminar',
  'securityInfo.delete.deleting': 'Eliminando…',

  'securityInfo.defaultDialog.heading': 'Cambiar el método de inicio de sesión predeterminado',
  'securityInfo.defaultDialog.intro': 'Elige el método que te ofreceremos primero al iniciar sesión.',
  'securityInfo.defaultDialog.legend': 'Método de inicio de sesión predeterminado',
  'securityInfo.defaultDialog.save': 'Confirmar',

  'securityInfo.editor.addHeading': 'Añadir un teléfono',
  'securityInfo.editor.changeHeading.mobile': 'Cambiar el número de tu teléfono móvil',
  'securityInfo.editor.changeHeading.alternateMobile': 'Cambiar el número de tu teléfono móvil alternativo',
  'securityInfo.editor.changeHeading.office': 'Cambiar el número del teléfono de tu oficina',
  'securityInfo.editor.intro':
    'Te enviaremos un SMS o te llamaremos a ese número para comprobar que es tuyo. Se guarda cuando lo verifiques.',
  'securityInfo.editor.current': 'Ahora: {destination}',
  'securityInfo.editor.typeLegend': 'Tipo de teléfono',
  'securityInfo.editor.refusal.registered': 'Ya tienes uno: mejor cambia su número.',
  'securityInfo.editor.refusal.mobile-first': 'Primero añade un teléfono móvil.',
  'securityInfo.editor.problem.type-required': 'Elige el tipo de teléfono.',
  'securityInfo.editor.extension.label': 'Extensión (opcional)',
  'securityInfo.editor.extension.hint': 'Solo números, hasta 10.',
  'securityInfo.editor.problem.extension': 'Una extensión tiene hasta 10 dígitos y nada más.',
  'securityInfo.editor.callOnly':
    'Un teléfono de oficina o un móvil alternativo se comprueba con una llamada.',
  'securityInfo.editor.sms': 'Enviarme un código por SMS',
  'securityInfo.editor.voice': 'Llamarme',
  'securityInfo.editor.sending': 'Enviando tu código…',
  'securityInfo.editor.calling': 'Llamando a tu teléfono…',

  'securityInfo.stepUp.heading': 'Verifica que eres tú',
  'securityInfo.stepUp.intro':
    'Antes de cambiar tu información de seguridad, demuestra que eres tú con uno de tus métodos.',
  'securityInfo.stepUp.anotherMethod': 'Usar otro método',

  'error.phone-type-exists.title': 'Ya tienes un teléfono de este tipo',
  'error.phone-type-exists.detail': 'Cambia ese número o añade otro tipo de teléfono.',
  'error.phone-number-in-use.title': 'Ese número ya es uno de tus teléfonos',
  'error.phone-number-in-use.detail':
    'Un número solo se puede registrar como un tipo de teléfono. Usa otro número o cambia el teléfono que lo tiene.',
  'error.mobile-required-first.title': 'Primero añade un teléfono móvil',
  'error.mobile-required-first.detail':
    'Un teléfono móvil alternativo solo se puede añadir después de un teléfono móvil.',
  'error.voice-only-phone.title': 'Este teléfono se comprueba con una llamada',
  'error.voice-only-phone.detail':
    'Un teléfono de oficina o un móvil alternativo se verifica con una llamada. Elige “Llamarme”.',
  'error.mobile-has-alternate.title': 'Primero elimina el teléfono móvil alternativo',
  'error.mobile-has-alternate.detail':
    'No puedes eliminar el teléfono móvil mientras tengas un teléfono móvil alternativo.',
  'error.default-method-in-use.title': 'Este teléfono es tu método de inicio de sesión predeterminado',
  'error.default-method-in-use.detail': 'Elige otro método predeterminado y luego elimínalo.',
  'error.last-method.title': 'Este es tu único método de inicio de sesión',
  'error.last-method.detail':
    'Necesitas al menos una forma de verificar que eres tú. Primero añade otro método y luego elimina este.',
  'error.default-method-unusable.title': 'Ese método no puede ser el predeterminado',
  'error.default-method-unusable.detail':
    'No está registrado o tu organización no lo permite. Elige uno de los métodos de la lista.',
  'error.sms-sign-in-not-allowed.title': 'Tu cuenta no permite iniciar sesión por SMS',
  'error.sms-sign-in-not-allowed.detail':
    'La directiva de tu organización no lo permite. Pregúntale a tu administrador.',
  'error.sms-sign-in-not-supported.title': 'El inicio de sesión por SMS solo funciona con un teléfono móvil',
  'error.sms-sign-in-not-supported.detail': 'Usa tu teléfono móvil para iniciar sesión por SMS.',
  'error.phone-number-not-unique.title': 'Otra cuenta usa este número',
  'error.phone-number-not-unique.detail':
    'Para iniciar sesión por SMS, el número tiene que ser de una sola cuenta. Cambia tu número de móvil o pregúntale a tu administrador.',
  'error.no-methods-registered.title': 'Todavía no tienes un método para verificar',
  'error.no-methods-registered.detail':
    'Primero añade un teléfono: para añadir el primero no necesitas verificar nada.',
  'error.step-up-required.title': 'Primero verifica que eres tú',
  'error.step-up-required.detail':
    'Para cambiar tu información de seguridad, demuestra que eres tú con un método que ya tengas.',
} as const satisfies Translation<typeof en>;
