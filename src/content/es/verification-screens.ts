// Español neutro: the shared verification screens (see en/verification-screens.ts).
import type { verificationScreens as en } from '../en/verification-screens';
import type { Translation } from '../i18n';

export const verificationScreens = {
  'verification.code.heading': 'Escribe el código',
  'verification.code.sent.sms': 'Te enviamos un código por SMS a {destination}.',
  'verification.code.sent.rcs': 'Te enviamos un código por mensaje RCS a {destination}.',
  'verification.code.sent.whatsapp': 'Te enviamos un código a tu WhatsApp, {destination}.',
  'verification.code.sent.email': 'Te enviamos un código por correo a {destination}.',
  'verification.code.sent.app':
    'Abre tu aplicación de autenticación y escribe el código que muestra para esta cuenta.',
  'verification.code.sentInstead.sms':
    'No pudimos llamarte, así que te enviamos un código por SMS a {destination}.',
  'verification.code.sentInstead.rcs':
    'No pudimos llamarte, así que te enviamos un código por mensaje RCS a {destination}.',
  'verification.code.sentInstead.whatsapp':
    'No pudimos llamarte, así que te enviamos un código a tu WhatsApp, {destination}.',
  'verification.code.whatsAppNotice.title': 'Ahora los códigos llegan por WhatsApp',
  'verification.code.whatsAppNotice.body':
    'Te enviamos un SMS sobre este cambio. Si no usas WhatsApp, vuelve a pedir el código y te llegará por SMS.',
  'verification.code.label': 'Código',
  'verification.code.hint': 'Tiene {count} dígitos.',
  'verification.code.submit': 'Verificar',
  'verification.code.problem.not-digits':
    'Un código solo tiene números. Revisa si hay letras u otros caracteres.',
  'verification.code.problem.too-long': {
    one: 'Tiene más de {count} dígito. Revisa el código y vuelve a escribirlo.',
    many: 'Tiene más de {count} de dígitos. Revisa el código y vuelve a escribirlo.',
    other: 'Tiene más de {count} dígitos. Revisa el código y vuelve a escribirlo.',
  },
  'verification.code.problem.incomplete': {
    one: 'Escribe el código de {count} dígito.',
    many: 'Escribe los {count} de dígitos del código.',
    other: 'Escribe los {count} dígitos del código.',
  },
  'verification.code.checking': 'Comprobando el código…',
  'verification.code.help.heading': '¿No te llegó el código?',
  'verification.code.help.sms':
    'Los SMS pueden tardar un minuto. Comprueba que tu teléfono tenga señal y luego pide un código nuevo.',
  'verification.code.help.app':
    'El código cambia cada 30 segundos. Escribe el que muestra tu aplicación ahora.',
  'verification.code.help.whatsapp':
    'Puede tardar un minuto. Si no te llega por WhatsApp, vuelve a pedirlo: el código nuevo te llegará por SMS.',
  'verification.code.help.email':
    'Los correos pueden tardar un minuto. Revisa tu carpeta de correo no deseado y luego pide un código nuevo.',
  'verification.code.resend': 'Enviar un código nuevo',
  'verification.code.resending': 'Enviando un código nuevo…',
  'verification.code.resendIn': 'Podrás pedir un código nuevo dentro de {wait}.',
  'verification.code.resent': 'Te enviamos un código nuevo. El anterior ya no funciona.',
  'verification.code.resent.sms': 'Te enviamos un código nuevo por SMS. El anterior ya no funciona.',
  'verification.code.expired.action': 'Enviar un código nuevo',
  'verification.code.throttled': 'Podrás volver a intentarlo dentro de {wait}.',
  'verification.hangingUp': 'Colgando…',
  'verification.confirm.heading': 'Confirma tu número de teléfono',
  'verification.confirm.intro':
    'Para asegurarnos de que eres tú, escribe el número completo que termina como se muestra: {destination}. No enviaremos nada hasta que coincida.',
  'verification.confirm.label': 'Número de teléfono',
  'verification.confirm.hint': 'El código de país {callingCode} ya está puesto; también puedes escribirlo.',
  'verification.confirm.submit': 'Continuar',
  'verification.confirm.checking': 'Comprobando el número…',
  'verification.confirm.problem.required': 'Escribe tu número de teléfono.',
  'verification.confirm.problem.invalid':
    'Ese número de teléfono no está completo. Revísalo y vuelve a intentarlo.',
  'verification.confirm.problem.different':
    'Ese número no termina en los dígitos que se muestran, o tiene otro código de país. Revísalo y vuelve a intentarlo.',
  'verification.confirm.problem.mismatch':
    'Ese no es el número de tu cuenta. Revísalo y vuelve a intentarlo; tu número se conserva tal como lo escribiste.',
  'verification.call.heading': 'Contesta la llamada',
  'verification.call.intro':
    'Te estamos llamando al {destination}. Contesta y presiona # para terminar de iniciar sesión.',
  'verification.call.intro.continue':
    'Te estamos llamando al {destination}. Contesta y presiona # para continuar.',
  'verification.call.introOffice.continue':
    'Te estamos llamando al {destination}, extensión {extension}. Contesta y presiona # para continuar.',
  'verification.call.introOffice':
    'Te estamos llamando al {destination}, extensión {extension}. Contesta y presiona # para terminar de iniciar sesión.',
  'verification.call.intro.register':
    'Te estamos llamando al {destination}. Contesta y presiona # para confirmar que el teléfono es tuyo.',
  'verification.call.introOffice.register':
    'Te estamos llamando al {destination}, extensión {extension}. Contesta y presiona # para confirmar que el teléfono es tuyo.',
  'verification.call.introInstead':
    'No pudimos enviarte un SMS, así que te estamos llamando al {destination}. Contesta y presiona # para terminar de iniciar sesión.',
  'verification.call.introInstead.continue':
    'No pudimos enviarte un SMS, así que te estamos llamando al {destination}. Contesta y presiona # para continuar.',
  'verification.call.introInstead.register':
    'No pudimos enviarte un SMS, así que te estamos llamando al {destination}. Contesta y presiona # para confirmar que el teléfono es tuyo.',
  'verification.call.status.ringing': 'Tu teléfono está sonando.',
  'verification.call.status.answered': 'Llamada contestada. Presiona # en el teclado de tu teléfono.',
  'verification.call.trouble':
    'Seguiremos comprobando si contestaste. Si contestas y presionas #, igual cuenta.',
  'verification.call.elapsed': 'Hace {elapsed} que te llamamos',
  'verification.call.left': 'Quedan {wait} para contestar',
  'verification.call.help.heading': '¿No te llegó la llamada?',
  'verification.call.help.body':
    'Comprueba que tu teléfono esté encendido y tenga señal. Puedes volver a llamar o usar otra forma.',
  'verification.call.help.more': 'Ayuda con las llamadas',
  'verification.call.again': 'Volver a llamar',
  'verification.call.textInstead': 'Mejor envíame un SMS',
  'verification.call.cancel': 'Cancelar la llamada',
  'verification.call.ended.voicemail.heading': 'La llamada fue al buzón de voz',
  'verification.call.ended.voicemail.body':
    'No pudimos verificarte porque la llamada fue al buzón de voz. Comprueba que tu teléfono esté encendido y pueda recibir llamadas, y vuelve a llamar.',
  'verification.call.ended.no-key.heading': 'No presionaste #',
  'verification.call.ended.no-key.body':
    'Contestaste, pero no oímos la tecla # antes de que terminara la llamada. Vuelve a llamar y presiona # cuando te lo pidan.',
  'verification.call.ended.declined.heading': 'Se rechazó la llamada',
  'verification.call.ended.declined.body':
    'Se rechazó la llamada, así que no pudimos verificarte. Si no fuiste tú, vuelve a llamar y contesta.',
  'verification.call.ended.no-answer.heading': 'No contestaste la llamada',
  'verification.call.ended.no-answer.body':
    'El teléfono sonó sin que nadie contestara. Vuelve a llamar cuando tengas el teléfono a mano.',
  'verification.call.ended.timed-out.heading': 'Se agotó el tiempo de la llamada',
  'verification.call.ended.timed-out.body':
    'No supimos a tiempo qué pasó con la llamada. Vuelve a llamar o usa otra forma de verificar.',
  'verification.locked.fraud.heading': 'Inicio de sesión detenido',
  'verification.locked.fraud.body':
    'Presionaste 0# para avisar de que no iniciaste este inicio de sesión. Lo detuvimos y se lo comunicamos a tu administrador. Nadie puede iniciar sesión con este intento.',
  'verification.locked.fraud.next':
    'Si al final fuiste tú, vuelve a empezar. Si no, cambia tu contraseña y avísale a tu administrador.',
  'verification.locked.codes.heading': 'Demasiados códigos incorrectos',
  'verification.locked.codes.body':
    'Por tu seguridad, detuvimos este inicio de sesión tras demasiados códigos incorrectos. Vuelve a empezar para recibir un código nuevo.',
  'verification.expired.heading': 'Se agotó el tiempo para iniciar sesión',
  'verification.expired.body': 'Por tu seguridad, cada paso tiene un tiempo límite. Vuelve a empezar.',
  'verification.expired.reset.heading': 'Se agotó el tiempo para restablecer la contraseña',
  'verification.expired.reset.body':
    'Por tu seguridad, el restablecimiento de la contraseña debe terminarse en 15 minutos. Vuelve a empezar: conservamos tu nombre de usuario.',
  'verification.locked.codes.reset.body':
    'Por tu seguridad, detuvimos este restablecimiento tras demasiados códigos incorrectos. Vuelve a empezar para recibir un código nuevo.',
  'verification.locked.fraud.reset.heading': 'Restablecimiento detenido',
  'verification.locked.fraud.reset.body':
    'Presionaste 0# para avisar de que no iniciaste este restablecimiento de contraseña. Lo detuvimos y se lo comunicamos a tu administrador.',
  'verification.expired.register.heading': 'Se agotó el tiempo para comprobar tu teléfono',
  'verification.expired.register.body':
    'Por tu seguridad, un número nuevo tiene que verificarse en pocos minutos. Vuelve a empezar para recibir un código o una llamada nuevos.',
  'verification.locked.codes.register.body':
    'Por tu seguridad, dejamos de comprobar este número tras demasiados códigos incorrectos. Vuelve a empezar para recibir un código nuevo.',
  'verification.locked.fraud.register.heading': 'Comprobación del teléfono detenida',
  'verification.locked.fraud.register.body':
    'Presionaste 0# para avisar de que no pediste esta llamada. Dejamos de comprobar el número y se lo comunicamos a tu administrador.',
  'verification.expired.stepUp.heading': 'Se agotó el tiempo de la comprobación',
  'verification.expired.stepUp.body': 'Por tu seguridad, cada paso tiene un tiempo límite. Vuelve a empezar.',
  'verification.locked.codes.stepUp.body':
    'Por tu seguridad, detuvimos esta comprobación tras demasiados códigos incorrectos. Vuelve a empezar para recibir un código nuevo.',
  'verification.locked.fraud.stepUp.heading': 'Comprobación detenida',
  'verification.locked.fraud.stepUp.body':
    'Presionaste 0# para avisar de que no iniciaste esta comprobación. La detuvimos y se lo comunicamos a tu administrador.',
  'verification.sendFailed.code.heading': 'No pudimos enviar tu código',
  'verification.sendFailed.call.heading': 'No pudimos llamarte',
  'verification.resumeFailed.heading': 'No pudimos retomar donde lo dejaste',
  'verification.tryAgain': 'Volver a intentarlo',
  'verification.denied.body':
    'Por ahora no puedes continuar desde aquí. Contacta con tu administrador y dale la referencia que aparece abajo.',
  'verification.unexpected.heading': 'Pasó algo inesperado',
  'verification.unexpected.body': 'Si vuelve a pasar, empieza de nuevo o usa otra forma.',
  'verification.retryable': 'Ya puedes volver a intentarlo.',
  'verification.alternatives.heading': 'Otras formas de verificar',
  'verification.help.topics': 'Otras cosas que pueden ayudarte',
  'verification.help.text-sender.title': 'No reconoces el remitente',
  'verification.help.text-sender.body':
    'Los códigos no siempre llegan del mismo remitente: depende de tu país y puede cambiar de un SMS a otro. Solo en Estados Unidos y Canadá puede ser un número corto de 5 o 6 dígitos. Busca un SMS que contenga el código, sea de quien sea.',
  'verification.help.text-blocked.title': 'Puede que tu teléfono lo esté reteniendo',
  'verification.help.text-blocked.body':
    'Algunos teléfonos y operadores móviles ocultan los SMS de remitentes que no tienes guardados, o los mueven a una carpeta de spam o de “remitentes desconocidos”. Busca ahí, permite los mensajes de remitentes desconocidos si puedes y luego pide un código nuevo.',
  'verification.help.whatsapp-sender.title': 'Dónde encontrarlo en WhatsApp',
  'verification.help.whatsapp-sender.body':
    'Abre WhatsApp en este teléfono. El código llega en un chat de una cuenta de empresa, con una insignia de verificación junto a su nombre.',
  'verification.help.whatsapp-sender.named':
    'Abre WhatsApp en este teléfono. El código llega en un chat de {sender}, una cuenta de empresa con una insignia de verificación junto a su nombre.',
  'verification.help.whatsapp-fallback.title': 'No usas WhatsApp o no se puede conectar',
  'verification.help.whatsapp-fallback.body':
    'WhatsApp necesita tener la aplicación en este teléfono y conexión a internet. Si te falta alguna de las dos, pide un código nuevo: te llegará como un SMS normal.',
  'verification.help.rcs-sender.title': 'Puede parecer un chat',
  'verification.help.rcs-sender.body':
    'Te llegó como mensaje RCS, un tipo de SMS más completo. Tu aplicación de mensajes muestra el nombre verificado del remitente con una insignia, quizá en un chat aparte.',
  'verification.help.rcs-sender.named':
    'Te llegó como mensaje RCS, un tipo de SMS más completo. Tu aplicación de mensajes muestra el nombre verificado {sender} con una insignia, quizá en un chat aparte.',
  'verification.help.email-junk.title': 'Revisa tu carpeta de correo no deseado',
  'verification.help.email-junk.body':
    'Los correos pueden tardar uno o dos minutos, y algunos terminan en la carpeta de correo no deseado o de spam. Busca ahí y luego pide un código nuevo.',
  'verification.help.call-caller.title': 'No reconoces el número que te llama',
  'verification.help.call-caller.body':
    'El número desde el que llamamos depende de tu país, así que puede que no lo reconozcas. Contesta de todos modos: una voz grabada te pedirá que presiones #.',
  'verification.help.call-blocked.title': 'Tu teléfono no suena',
  'verification.help.call-blocked.body':
    'Puede que tu teléfono silencie o bloquee las llamadas de números desconocidos, o que tenga activado el modo No molestar. Permite por ahora las llamadas de números desconocidos y luego vuelve a llamar.',
  'verification.help.call-voicemail.title': 'Se fue al buzón de voz',
  'verification.help.call-voicemail.body':
    'El buzón de voz no puede presionar # por ti. Comprueba que tu teléfono esté encendido, tenga señal y no desvíe las llamadas directamente al buzón de voz, y luego vuelve a llamar.',
  'verification.help.call-keypad.title': 'Qué tecla presionar',
  'verification.help.call-keypad.body':
    'Contesta, escucha hasta que termine el saludo y luego presiona la tecla # (también llamada numeral o almohadilla). Presiona solo #: 0# nos indica que no pediste esta llamada, y la detiene.',
  'verification.help.number.title': 'Número o teléfono equivocado',
  'verification.help.number.typed':
    'Revisa el número que escribiste y su país. Si tienes más de un teléfono, por ejemplo uno del trabajo y otro personal, usa el número del que tienes contigo.',
  'verification.help.number.new':
    'Revisa el número que escribiste y su país. Si está mal, cámbialo y vuelve a intentarlo.',
  'verification.help.number.account':
    'Usamos el número de tu cuenta. Si no es el del teléfono que tienes contigo (por ejemplo, es el del trabajo y no el personal), o si el número o su código de país están mal, usa otra forma de verificar. Cuando hayas iniciado sesión, podrás corregirlo en tu información de seguridad.',
  'verification.help.number.signedIn':
    'Usamos el número de tu información de seguridad. Si no es el del teléfono que tienes contigo (por ejemplo, es el del trabajo y no el personal), o si el número o su código de país están mal, usa ahora otro método y luego corrige el número aquí.',
  'verification.help.changeNumber': 'Cambiar el número',
  'verification.help.signal.title': 'Señal débil',
  'verification.help.signal.text':
    'Los SMS necesitan señal móvil. Ve a un lugar con mejor señal y luego pide un código nuevo.',
  'verification.help.signal.text.app':
    'Los SMS necesitan señal móvil. Ve a un lugar con mejor señal y pide un código nuevo, o usa tu aplicación de autenticación: funciona con Wi-Fi.',
  'verification.help.signal.call':
    'Las llamadas necesitan señal móvil. Ve a un lugar con mejor señal y luego vuelve a llamar.',
  'verification.help.signal.call.text':
    'Las llamadas necesitan buena señal móvil. Donde la señal es débil, un SMS suele llegar aunque la llamada no entre.',
  'verification.help.signal.call.app':
    'Las llamadas necesitan buena señal móvil. Donde la señal es débil, mejor usa tu aplicación de autenticación: funciona con Wi-Fi.',
  'verification.help.signal.call.both':
    'Las llamadas necesitan buena señal móvil. Donde la señal es débil, un SMS suele llegar; también puedes usar tu aplicación de autenticación, que funciona con Wi-Fi.',
  'verification.help.useApp': 'Usar tu aplicación de autenticación',
  'verification.help.provider.title': 'Sigue sin llegar nada tras varios intentos',
  'verification.help.provider.body':
    'Si lo intentaste varias veces en los últimos minutos y no te llegó nada, puede que tu operador móvil tenga problemas. Usa otra forma si puedes, o contacta con tu administrador o con la mesa de ayuda y dales estos datos.',
  'verification.help.reference': 'Referencia',
  'verification.help.time': 'Hora',
  'verification.alternatives.recommended': 'Recomendado',
} as const satisfies Translation<typeof en>;
