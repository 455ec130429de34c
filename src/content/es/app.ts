// Español neutro: the app shell. Tuteo throughout (tú), as the product speaks to people plainly.
import type { app as en } from '../en/app';
import type { Translation } from '../i18n';

export const app = {
  'app.name': 'Inicio de sesión de autoservicio',
  'app.documentTitle': '{page} – {appName}',
  'app.skipLink': 'Ir al contenido principal',
  'app.language.label': 'Idioma',
  'app.language.failed':
    'No pudimos cambiar a {language}. Revisa tu conexión a internet y vuelve a intentarlo.',
  'app.footer.privacy':
    'El número de teléfono con el que te autenticas es privado. Solo se usa para comprobar que eres tú y no aparece en el directorio.',
  'app.footer.privacyLink': 'Privacidad',
  'app.footer.termsLink': 'Términos de uso',
  'app.footer.helpLink': 'Ayuda',
  'app.newTab': '(se abre en una pestaña nueva)',
  'app.loading': 'Cargando…',
  'app.backToSignIn': 'Volver al inicio de sesión',

  'app.route.smsSignIn.title': 'Iniciar sesión',
  'app.route.passwordSignIn.title': 'Iniciar sesión con contraseña',
  'app.route.signedIn.title': 'Sesión iniciada',
  'app.route.passwordReset.title': 'Restablecer la contraseña',
  'app.route.securityInfo.title': 'Información de seguridad',

  'app.notFound.title': 'No encontramos la página',
  'app.notFound.body':
    'No hay ninguna página en esta dirección. Si la escribiste tú, comprueba que esté bien.',

  'app.error.title': 'Algo salió mal',
  'app.error.body': 'Lo sentimos, hay un problema con esta página y no se puede mostrar.',
  'app.error.next':
    'Vuelve al inicio de sesión y empieza de nuevo. Si sigue pasando, contacta con tu administrador.',
  'app.error.loadFailed.title': 'Esta página no se cargó',
  'app.error.loadFailed.body':
    'No se pudo descargar una parte de esta página. Revisa tu conexión a internet y vuelve a intentarlo.',
  'app.error.tryAgain': 'Volver a intentarlo',
} as const satisfies Translation<typeof en>;
