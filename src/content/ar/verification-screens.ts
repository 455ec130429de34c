// العربية: the shared verification screens (see en/verification-screens.ts). Counted digits take
// Arabic's six plural forms; waits are the subject of their sentence, where Intl's words fit.
import type { verificationScreens as en } from '../en/verification-screens';
import type { Translation } from '../i18n';

const RETYPE = 'تحقّق من الرمز واكتبه مرة أخرى.';

export const verificationScreens = {
  'verification.code.heading': 'أدخل الرمز',
  'verification.code.sent.sms': 'أرسلنا رمزًا في رسالة نصية إلى {destination}.',
  'verification.code.sent.rcs': 'أرسلنا رمزًا في رسالة RCS إلى {destination}.',
  'verification.code.sent.whatsapp': 'أرسلنا رمزًا إلى حسابك على واتساب، {destination}.',
  'verification.code.sent.email': 'أرسلنا رمزًا بالبريد الإلكتروني إلى {destination}.',
  'verification.code.sent.app': 'افتح تطبيق المصادقة وأدخل الرمز الذي يعرضه لهذا الحساب.',
  'verification.code.sentInstead.sms': 'تعذّر الاتصال بك، لذا أرسلنا رمزًا في رسالة نصية إلى {destination}.',
  'verification.code.sentInstead.rcs': 'تعذّر الاتصال بك، لذا أرسلنا رمزًا في رسالة RCS إلى {destination}.',
  'verification.code.sentInstead.whatsapp':
    'تعذّر الاتصال بك، لذا أرسلنا رمزًا إلى حسابك على واتساب، {destination}.',
  'verification.code.whatsAppNotice.title': 'تصلك الرموز الآن عبر واتساب',
  'verification.code.whatsAppNotice.body':
    'أرسلنا إليك رسالة نصية بشأن هذا التغيير. إذا كنت لا تستخدم واتساب، فاطلب الرمز مرة أخرى وسيصلك في رسالة نصية.',
  'verification.code.label': 'الرمز',
  'verification.code.hint': {
    zero: 'لا يحتوي على أي رقم.',
    one: 'يتكون من رقم واحد.',
    two: 'يتكون من رقمين.',
    few: 'يتكون من {count} أرقام.',
    many: 'يتكون من {count} رقمًا.',
    other: 'يتكون من {count} رقم.',
  },
  'verification.code.submit': 'تحقّق',
  'verification.code.problem.not-digits': 'يتكون الرمز من أرقام فقط. تأكّد من عدم وجود حروف أو رموز أخرى.',
  'verification.code.problem.too-long': {
    zero: `هذا أطول من اللازم. ${RETYPE}`,
    one: `هذا أكثر من رقم واحد. ${RETYPE}`,
    two: `هذا أكثر من رقمين. ${RETYPE}`,
    few: `هذا أكثر من {count} أرقام. ${RETYPE}`,
    many: `هذا أكثر من {count} رقمًا. ${RETYPE}`,
    other: `هذا أكثر من {count} رقم. ${RETYPE}`,
  },
  'verification.code.problem.incomplete': {
    zero: 'أدخل الرمز كاملًا.',
    one: 'أدخل الرمز المكوّن من رقم واحد.',
    two: 'أدخل الرمز المكوّن من رقمين.',
    few: 'أدخل الرمز كاملًا: {count} أرقام.',
    many: 'أدخل الرمز كاملًا: {count} رقمًا.',
    other: 'أدخل الرمز كاملًا: {count} رقم.',
  },
  'verification.code.checking': 'جارٍ التحقق من الرمز…',
  'verification.code.help.heading': 'ألم يصلك الرمز؟',
  'verification.code.help.sms':
    'قد تتأخر الرسائل النصية دقيقة. تأكّد من وجود إشارة في هاتفك، ثم اطلب رمزًا جديدًا.',
  'verification.code.help.app': 'يتغيّر الرمز كل 30 ثانية. أدخل الرمز الذي يعرضه التطبيق الآن.',
  'verification.code.help.whatsapp':
    'قد يتأخر الرمز دقيقة. إذا لم يصلك على واتساب، فاطلبه مرة أخرى، وسيصلك الرمز الجديد في رسالة نصية.',
  'verification.code.help.email':
    'قد تتأخر رسائل البريد الإلكتروني دقيقة. تحقّق من مجلد البريد غير المرغوب فيه، ثم اطلب رمزًا جديدًا.',
  'verification.code.resend': 'إرسال رمز جديد',
  'verification.code.resending': 'جارٍ إرسال رمز جديد…',
  'verification.code.resendIn': 'يمكنك طلب رمز جديد بعد أن تمضي {wait}.',
  'verification.code.resent': 'أرسلنا رمزًا جديدًا. الرمز السابق لم يعد صالحًا.',
  'verification.code.resent.sms': 'أرسلنا رمزًا جديدًا في رسالة نصية. الرمز السابق لم يعد صالحًا.',
  'verification.code.expired.action': 'إرسال رمز جديد',
  'verification.code.throttled': 'يمكنك المحاولة مرة أخرى بعد أن تمضي {wait}.',
  'verification.hangingUp': 'جارٍ إنهاء المكالمة…',
  'verification.confirm.heading': 'أكّد رقم هاتفك',
  'verification.confirm.intro':
    'للتأكد من هويتك، أدخل الرقم كاملًا الذي ينتهي كما هو معروض: {destination}. لن نرسل شيئًا حتى يتطابق الرقم.',
  'verification.confirm.label': 'رقم الهاتف',
  'verification.confirm.hint': 'رمز البلد {callingCode} مُدخَل مسبقًا، ويمكنك كتابته أيضًا.',
  'verification.confirm.submit': 'متابعة',
  'verification.confirm.checking': 'جارٍ التحقق من الرقم…',
  'verification.confirm.problem.required': 'أدخل رقم هاتفك.',
  'verification.confirm.problem.invalid': 'هذا ليس رقم هاتف كاملًا. راجعه ثم حاول مرة أخرى.',
  'verification.confirm.problem.different':
    'هذا الرقم لا ينتهي بالأرقام المعروضة، أو له رمز بلد مختلف. راجعه ثم حاول مرة أخرى.',
  'verification.confirm.problem.mismatch':
    'هذا ليس الرقم المسجّل في حسابك. راجعه ثم حاول مرة أخرى، فقد احتفظنا بالرقم كما كتبته.',
  'verification.call.heading': 'أجب عن المكالمة',
  'verification.call.intro':
    'نتصل الآن بالرقم {destination}. أجب عن المكالمة واضغط على # لإكمال تسجيل الدخول.',
  'verification.call.intro.continue': 'نتصل الآن بالرقم {destination}. أجب عن المكالمة واضغط على # للمتابعة.',
  'verification.call.introOffice.continue':
    'نتصل الآن بالرقم {destination}، الرقم الداخلي {extension}. أجب عن المكالمة واضغط على # للمتابعة.',
  'verification.call.introOffice':
    'نتصل الآن بالرقم {destination}، الرقم الداخلي {extension}. أجب عن المكالمة واضغط على # لإكمال تسجيل الدخول.',
  'verification.call.intro.register':
    'نتصل الآن بالرقم {destination}. أجب عن المكالمة واضغط على # لتأكيد أن الهاتف لك.',
  'verification.call.introOffice.register':
    'نتصل الآن بالرقم {destination}، الرقم الداخلي {extension}. أجب عن المكالمة واضغط على # لتأكيد أن الهاتف لك.',
  'verification.call.introInstead':
    'تعذّر إرسال رسالة نصية، لذا نتصل الآن بالرقم {destination} بدلًا من ذلك. أجب عن المكالمة واضغط على # لإكمال تسجيل الدخول.',
  'verification.call.introInstead.continue':
    'تعذّر إرسال رسالة نصية، لذا نتصل الآن بالرقم {destination} بدلًا من ذلك. أجب عن المكالمة واضغط على # للمتابعة.',
  'verification.call.introInstead.register':
    'تعذّر إرسال رسالة نصية، لذا نتصل الآن بالرقم {destination} بدلًا من ذلك. أجب عن المكالمة واضغط على # لتأكيد أن الهاتف لك.',
  'verification.call.status.ringing': 'هاتفك يرن.',
  'verification.call.status.answered': 'تمت الإجابة عن المكالمة. اضغط على # في لوحة مفاتيح هاتفك.',
  'verification.call.trouble': 'سنواصل التحقق مما إذا كنت قد أجبت. إذا أجبت وضغطت على #، فسيُحتسب ذلك.',
  'verification.call.elapsed': 'مضت {elapsed} منذ أن اتصلنا بك',
  'verification.call.left': 'الوقت المتبقي للإجابة: {wait}',
  'verification.call.help.heading': 'ألم تصلك المكالمة؟',
  'verification.call.help.body':
    'تأكّد من أن هاتفك قيد التشغيل وفيه إشارة. يمكنك طلب مكالمة أخرى أو استخدام طريقة أخرى.',
  'verification.call.help.more': 'مساعدة بشأن المكالمات',
  'verification.call.again': 'الاتصال مرة أخرى',
  'verification.call.textInstead': 'أرسل لي رسالة نصية بدلًا من ذلك',
  'verification.call.cancel': 'إلغاء المكالمة',
  'verification.call.ended.voicemail.heading': 'تحوّلت المكالمة إلى البريد الصوتي',
  'verification.call.ended.voicemail.body':
    'تعذّر التحقق منك لأن المكالمة تحوّلت إلى البريد الصوتي. تأكّد من أن هاتفك قيد التشغيل ويستقبل المكالمات، ثم اطلب مكالمة أخرى.',
  'verification.call.ended.no-key.heading': 'لم تضغط على #',
  'verification.call.ended.no-key.body':
    'أجبت عن المكالمة، لكننا لم نسمع المفتاح # قبل أن تنتهي. اطلب مكالمة أخرى واضغط على # عندما يُطلب منك ذلك.',
  'verification.call.ended.declined.heading': 'رُفضت المكالمة',
  'verification.call.ended.declined.body':
    'رُفضت المكالمة، فلم نتمكن من التحقق منك. إذا لم تكن أنت من رفضها، فاطلب مكالمة أخرى وأجب عنها.',
  'verification.call.ended.no-answer.heading': 'لم تُجب عن المكالمة',
  'verification.call.ended.no-answer.body':
    'رنّ الهاتف دون إجابة. اطلب مكالمة أخرى عندما يكون هاتفك في متناول يدك.',
  'verification.call.ended.timed-out.heading': 'انتهت مهلة المكالمة',
  'verification.call.ended.timed-out.body':
    'لم تصلنا نتيجة المكالمة في الوقت المحدد. اطلب مكالمة أخرى، أو تحقّق بطريقة أخرى.',
  'verification.locked.fraud.heading': 'أُوقف تسجيل الدخول',
  'verification.locked.fraud.body':
    'ضغطت على 0# لتبلغنا بأنك لم تبدأ تسجيل الدخول هذا. أوقفناه وأبلغنا المسؤول. لا يمكن لأحد تسجيل الدخول بهذه المحاولة.',
  'verification.locked.fraud.next':
    'إذا كنت أنت من بدأه في النهاية، فابدأ من جديد. وإذا لم تكن أنت، فغيّر كلمة المرور وأبلغ المسؤول.',
  'verification.locked.codes.heading': 'رموز خاطئة كثيرة',
  'verification.locked.codes.body':
    'حفاظًا على أمانك، أوقفنا تسجيل الدخول هذا بعد إدخال رموز خاطئة كثيرة. ابدأ من جديد لتحصل على رمز جديد.',
  'verification.expired.heading': 'انتهت مهلة تسجيل الدخول',
  'verification.expired.body': 'حفاظًا على أمانك، لكل خطوة مهلة محددة. ابدأ من جديد.',
  'verification.expired.reset.heading': 'انتهت مهلة إعادة التعيين',
  'verification.expired.reset.body':
    'حفاظًا على أمانك، يجب إكمال إعادة تعيين كلمة المرور خلال 15 دقيقة. ابدأ من جديد، وسنحتفظ باسم المستخدم.',
  'verification.locked.codes.reset.body':
    'حفاظًا على أمانك، أوقفنا إعادة التعيين هذه بعد إدخال رموز خاطئة كثيرة. ابدأ من جديد لتحصل على رمز جديد.',
  'verification.locked.fraud.reset.heading': 'أُوقفت إعادة التعيين',
  'verification.locked.fraud.reset.body':
    'ضغطت على 0# لتبلغنا بأنك لم تبدأ إعادة تعيين كلمة المرور هذه. أوقفناها وأبلغنا المسؤول.',
  'verification.expired.register.heading': 'انتهت مهلة التحقق من هاتفك',
  'verification.expired.register.body':
    'حفاظًا على أمانك، يجب التحقق من الرقم الجديد خلال دقائق قليلة. ابدأ من جديد لتحصل على رمز أو مكالمة جديدة.',
  'verification.locked.codes.register.body':
    'حفاظًا على أمانك، توقفنا عن التحقق من هذا الرقم بعد إدخال رموز خاطئة كثيرة. ابدأ من جديد لتحصل على رمز جديد.',
  'verification.locked.fraud.register.heading': 'أُوقف التحقق من الهاتف',
  'verification.locked.fraud.register.body':
    'ضغطت على 0# لتبلغنا بأنك لم تطلب هذه المكالمة. توقفنا عن التحقق من الرقم وأبلغنا المسؤول.',
  'verification.expired.stepUp.heading': 'انتهت مهلة التحقق',
  'verification.expired.stepUp.body': 'حفاظًا على أمانك، لكل خطوة مهلة محددة. ابدأ من جديد.',
  'verification.locked.codes.stepUp.body':
    'حفاظًا على أمانك، أوقفنا هذا التحقق بعد إدخال رموز خاطئة كثيرة. ابدأ من جديد لتحصل على رمز جديد.',
  'verification.locked.fraud.stepUp.heading': 'أُوقف التحقق',
  'verification.locked.fraud.stepUp.body':
    'ضغطت على 0# لتبلغنا بأنك لم تبدأ هذا التحقق. أوقفناه وأبلغنا المسؤول.',
  'verification.sendFailed.code.heading': 'تعذّر إرسال الرمز',
  'verification.sendFailed.call.heading': 'تعذّر الاتصال بك',
  'verification.resumeFailed.heading': 'تعذّرت المتابعة من حيث توقفت',
  'verification.tryAgain': 'إعادة المحاولة',
  'verification.denied.body': 'لا يمكنك المتابعة من هنا حاليًا. تواصل مع المسؤول وأعطه المرجع الظاهر أدناه.',
  'verification.unexpected.heading': 'حدث أمر غير متوقع',
  'verification.unexpected.body': 'إذا تكرر ذلك، فابدأ من جديد أو استخدم طريقة أخرى.',
  'verification.retryable': 'يمكنك المحاولة مرة أخرى الآن.',
  'verification.alternatives.heading': 'طرق أخرى للتحقق',
  'verification.help.topics': 'أمور أخرى قد تساعدك',
  'verification.help.text-sender.title': 'لا تعرف المرسِل',
  'verification.help.text-sender.body':
    'لا تصل الرموز دائمًا من المرسِل نفسه: فذلك يعتمد على بلدك، وقد يتغيّر من رسالة إلى أخرى. ولا يكون المرسِل رقمًا قصيرًا من 5 أو 6 أرقام إلا في الولايات المتحدة وكندا. ابحث عن رسالة نصية فيها الرمز، أيًّا كان مرسِلها.',
  'verification.help.text-blocked.title': 'ربما يحجب هاتفك الرسالة',
  'verification.help.text-blocked.body':
    'تُخفي بعض الهواتف وشركات الاتصالات الرسائل النصية الواردة من مرسِلين لم تحفظهم، أو تنقلها إلى مجلد الرسائل غير المرغوب فيها أو مجلد «المرسِلين غير المعروفين». ابحث هناك، واسمح بالرسائل من المرسِلين غير المعروفين إن أمكنك، ثم اطلب رمزًا جديدًا.',
  'verification.help.whatsapp-sender.title': 'أين تجد الرمز في واتساب',
  'verification.help.whatsapp-sender.body':
    'افتح واتساب على هذا الهاتف. يصلك الرمز في محادثة من حساب تجاري تظهر بجانب اسمه شارة توثيق.',
  'verification.help.whatsapp-sender.named':
    'افتح واتساب على هذا الهاتف. يصلك الرمز في محادثة من {sender}، وهو حساب تجاري تظهر بجانب اسمه شارة توثيق.',
  'verification.help.whatsapp-fallback.title': 'لا تستخدم واتساب، أو يتعذّر عليه الاتصال',
  'verification.help.whatsapp-fallback.body':
    'يحتاج واتساب إلى وجود التطبيق على هذا الهاتف وإلى اتصال بالإنترنت. فإن لم يتوفرا، فاطلب رمزًا جديدًا، وسيصلك في رسالة نصية عادية بدلًا من ذلك.',
  'verification.help.rcs-sender.title': 'قد تظهر الرسالة على شكل محادثة',
  'verification.help.rcs-sender.body':
    'وصلك الرمز في رسالة RCS، وهي نوع أغنى من الرسائل النصية. يعرض تطبيق الرسائل اسم المرسِل الموثَّق مع شارة، وربما في محادثة مستقلة.',
  'verification.help.rcs-sender.named':
    'وصلك الرمز في رسالة RCS، وهي نوع أغنى من الرسائل النصية. يعرض تطبيق الرسائل الاسم الموثَّق {sender} مع شارة، وربما في محادثة مستقلة.',
  'verification.help.email-junk.title': 'تحقّق من مجلد البريد غير المرغوب فيه',
  'verification.help.email-junk.body':
    'قد تتأخر رسائل البريد الإلكتروني دقيقة أو دقيقتين، وقد ينتهي بعضها في مجلد البريد غير المرغوب فيه أو البريد العشوائي. ابحث هناك، ثم اطلب رمزًا جديدًا.',
  'verification.help.call-caller.title': 'لا تعرف الرقم المتصل',
  'verification.help.call-caller.body':
    'يعتمد الرقم الذي نتصل منه على بلدك، لذا قد لا تتعرّف عليه. أجب عن المكالمة على أي حال: سيطلب منك صوت مسجَّل أن تضغط على #.',
  'verification.help.call-blocked.title': 'هاتفك لا يرن',
  'verification.help.call-blocked.body':
    'ربما يكتم هاتفك المكالمات الواردة من أرقام غير معروفة أو يحظرها، أو ربما يكون وضع «عدم الإزعاج» مفعَّلًا. اسمح مؤقتًا بالمكالمات من الأرقام غير المعروفة، ثم اطلب مكالمة أخرى.',
  'verification.help.call-voicemail.title': 'تحوّلت المكالمة إلى البريد الصوتي',
  'verification.help.call-voicemail.body':
    'لا يستطيع البريد الصوتي أن يضغط على # نيابةً عنك. تأكّد من أن هاتفك قيد التشغيل وفيه إشارة ولا يحوّل المكالمات مباشرةً إلى البريد الصوتي، ثم اطلب مكالمة أخرى.',
  'verification.help.call-keypad.title': 'على أي مفتاح تضغط',
  'verification.help.call-keypad.body':
    'أجب عن المكالمة، واستمع حتى تنتهي رسالة الترحيب، ثم اضغط على المفتاح # (ويُسمّى أيضًا مفتاح المربع). اضغط على # فقط: فالضغط على 0# يبلغنا بأنك لم تطلب هذه المكالمة، ويوقفها.',
  'verification.help.number.title': 'رقم خاطئ، أو هاتف غير الذي معك',
  'verification.help.number.typed':
    'تحقّق من الرقم الذي كتبته ومن بلده. إذا كان لديك أكثر من هاتف، كهاتف للعمل وآخر شخصي، فاستخدم رقم الهاتف الذي معك.',
  'verification.help.number.new': 'تحقّق من الرقم الذي كتبته ومن بلده. إذا كان خاطئًا، فغيّره وحاول مرة أخرى.',
  'verification.help.number.account':
    'نستخدم الرقم المسجّل في حسابك. إذا لم يكن رقم الهاتف الذي معك (كأن يكون هاتف العمل لا هاتفك الشخصي)، أو كان الرقم أو رمز بلده خاطئًا، فتحقّق بطريقة أخرى. وبعد تسجيل الدخول، يمكنك تصحيحه في معلومات الأمان.',
  'verification.help.number.signedIn':
    'نستخدم الرقم المسجّل في معلومات الأمان. إذا لم يكن رقم الهاتف الذي معك (كأن يكون هاتف العمل لا هاتفك الشخصي)، أو كان الرقم أو رمز بلده خاطئًا، فاستخدم طريقة أخرى الآن، ثم صحّح الرقم هنا.',
  'verification.help.changeNumber': 'تغيير الرقم',
  'verification.help.signal.title': 'إشارة ضعيفة',
  'verification.help.signal.text':
    'تحتاج الرسائل النصية إلى إشارة من شبكة الهاتف المحمول. انتقل إلى مكان فيه إشارة أقوى، ثم اطلب رمزًا جديدًا.',
  'verification.help.signal.text.app':
    'تحتاج الرسائل النصية إلى إشارة من شبكة الهاتف المحمول. انتقل إلى مكان فيه إشارة أقوى واطلب رمزًا جديدًا، أو استخدم تطبيق المصادقة، فهو يعمل عبر الواي فاي.',
  'verification.help.signal.call':
    'تحتاج المكالمات إلى إشارة من شبكة الهاتف المحمول. انتقل إلى مكان فيه إشارة أقوى، ثم اطلب مكالمة أخرى.',
  'verification.help.signal.call.text':
    'تحتاج المكالمات إلى إشارة قوية من شبكة الهاتف المحمول. وحيث تكون الإشارة ضعيفة، كثيرًا ما تصل الرسالة النصية حين لا تصل المكالمة.',
  'verification.help.signal.call.app':
    'تحتاج المكالمات إلى إشارة قوية من شبكة الهاتف المحمول. وحيث تكون الإشارة ضعيفة، استخدم تطبيق المصادقة بدلًا منها، فهو يعمل عبر الواي فاي.',
  'verification.help.signal.call.both':
    'تحتاج المكالمات إلى إشارة قوية من شبكة الهاتف المحمول. وحيث تكون الإشارة ضعيفة، كثيرًا ما تصل الرسالة النصية، أو يمكنك استخدام تطبيق المصادقة، فهو يعمل عبر الواي فاي.',
  'verification.help.useApp': 'استخدام تطبيق المصادقة',
  'verification.help.provider.title': 'لم يصل شيء بعد عدة محاولات',
  'verification.help.provider.body':
    'إذا حاولت عدة مرات في الدقائق الأخيرة ولم يصلك شيء، فربما تواجه شركة الاتصالات التي تتعامل معها مشكلة. استخدم طريقة أخرى إن أمكنك، أو تواصل مع المسؤول أو مكتب الدعم الفني وأعطهم هذه التفاصيل.',
  'verification.help.reference': 'المرجع',
  'verification.help.time': 'الوقت',
  'verification.alternatives.recommended': 'موصى بها',
} as const satisfies Translation<typeof en>;
