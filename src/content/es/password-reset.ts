// Español neutro: self-service password reset (see en/password-reset.ts).
import type { passwordReset as en } from '../en/password-reset';
import type { Translation } from '../i18n';

export const passwordReset = {
  'passwordReset.heading': 'Recupera el acceso a tu cuenta',
  'passwordReset.intro':
    'Escribe tu nombre de usuario. Comprobaremos que eres tú con uno de los métodos que configuraste y luego elegirás una contraseña nueva.',
  'passwordReset.username.label': 'Nombre de usuario',
  'passwordReset.username.hint': 'Suele ser tu correo electrónico, como nombre@contoso.example',
  'passwordReset.problem.required': 'Escribe tu nombre de usuario.',
  'passwordReset.problem.too-long':
    'Un nombre de usuario tiene como máximo 256 caracteres. Revisa lo que escribiste.',
  'passwordReset.check.checking': 'Comprobando automáticamente que eres una persona…',
  'passwordReset.check.done': 'Comprobación automática lista.',
  'passwordReset.check.failed':
    'No se pudo hacer la comprobación automática. Lo intentaremos de nuevo en un momento…',
  'passwordReset.submit': 'Siguiente',
  'passwordReset.submitting': 'Comprobando tu nombre de usuario…',
  'passwordReset.waiting': 'Terminando la comprobación automática…',
  'passwordReset.backToSignIn': 'Volver al inicio de sesión',

  'passwordReset.verify.heading': 'Verifica tu identidad',
  'passwordReset.verify.intro': 'Elige cómo quieres demostrar que eres tú.',
  'passwordReset.anotherMethod': 'Usar otro método',
  'passwordReset.startAgain': 'Volver a empezar',

  'passwordReset.newPassword.heading': 'Elige una contraseña nueva',
  'passwordReset.newPassword.label': 'Contraseña nueva',
  'passwordReset.confirm.label': 'Confirma la contraseña nueva',
  'passwordReset.rules.heading': 'Tu contraseña nueva necesita',
  'passwordReset.rule.length': 'Entre {min} y {max} caracteres',
  'passwordReset.rule.classes': {
    one: 'Al menos {count} de estos tipos: minúsculas, mayúsculas, números, símbolos',
    many: 'Al menos {count} de estos tipos: minúsculas, mayúsculas, números, símbolos',
    other: 'Al menos {count} de estos tipos: minúsculas, mayúsculas, números, símbolos',
  },
  'passwordReset.rule.met': 'Cumplido:',
  'passwordReset.rule.unmet': 'Falta:',
  'passwordReset.rule.common':
    'Tampoco aceptamos contraseñas comunes, las que contienen tu nombre ni tu contraseña actual.',
  'passwordReset.problem.new-required': 'Escribe una contraseña nueva.',
  'passwordReset.problem.policy': 'Tu contraseña nueva no cumple todo lo de la lista.',
  'passwordReset.problem.confirm-required': 'Vuelve a escribir la contraseña nueva para confirmarla.',
  'passwordReset.problem.mismatch':
    'Las dos contraseñas no coinciden. Escribe la misma contraseña en los dos campos.',
  'passwordReset.violation.too-short': 'Es demasiado corta.',
  'passwordReset.violation.too-long': 'Es demasiado larga.',
  'passwordReset.violation.too-few-character-classes': 'Necesita más tipos de caracteres.',
  'passwordReset.violation.banned': 'Es una contraseña común, o se parece demasiado a una.',
  'passwordReset.violation.contains-user-name': 'Contiene tu nombre o tu nombre de usuario.',
  'passwordReset.violation.reused': 'Es la contraseña que tienes ahora.',
  'passwordReset.newPassword.submit': 'Restablecer contraseña',
  'passwordReset.newPassword.submitting': 'Restableciendo tu contraseña…',

  'passwordReset.done.heading': 'Tu contraseña se restableció',
  'passwordReset.done.body': 'Tu contraseña anterior ya no funciona. Inicia sesión con la nueva.',
  'passwordReset.done.signIn': 'Iniciar sesión',

  'passwordReset.expired.heading': 'Se agotó el tiempo para restablecer la contraseña',
  'passwordReset.expired.body':
    'Por tu seguridad, el restablecimiento de la contraseña debe terminarse en 15 minutos. Vuelve a empezar: conservamos tu nombre de usuario.',
  'passwordReset.deadEnd.next': 'Probar con otro nombre de usuario',
  'passwordReset.resumeFailed.heading': 'No pudimos retomar donde lo dejaste',
  'passwordReset.tryAgain': 'Volver a intentarlo',

  'error.human-check-failed.title': 'Se agotó el tiempo de la comprobación automática',
  'error.human-check-failed.detail':
    'Ya estamos haciendo una nueva. Vuelve a enviar el formulario cuando indique que está lista.',
  'error.reset-not-enabled.title': 'No puedes restablecer tu contraseña aquí',
  'error.reset-not-enabled.detail':
    'Puede que esta cuenta no esté configurada para restablecer la contraseña por tu cuenta, o que no tenga registrados suficientes métodos de verificación. Tu administrador puede restablecerla: dale la referencia que aparece abajo.',
  'error.reset-locked.title': 'El restablecimiento de la contraseña está bloqueado por ahora',
  'error.reset-locked.detail':
    'Hubo demasiados intentos fallidos. Vuelve a intentarlo dentro de {wait} o contacta con tu administrador.',
  'error.password-weak.title': 'Elige una contraseña más segura',
  'error.password-weak.detail': 'Tu contraseña nueva no cumple los requisitos de la lista.',
  'error.password-banned.title': 'Esa contraseña es demasiado fácil de adivinar',
  'error.password-banned.detail':
    'Evita palabras comunes, nombres y patrones. Prueba con una frase más larga.',
  'error.password-reused.title': 'Esa es tu contraseña actual',
  'error.password-reused.detail': 'Elige una contraseña que no hayas usado en esta cuenta.',
} as const satisfies Translation<typeof en>;
