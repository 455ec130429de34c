// The shared verification screens: code entry, the number confirmation, the call, their outcomes.
// Registered by the screens' own module (flows/verification/View.tsx), so they download with them.
export const verificationScreens = {
  'verification.code.heading': 'Enter the code',
  'verification.code.sent.sms': 'We texted a code to {destination}.',
  'verification.code.sent.rcs': 'We sent a code by RCS message to {destination}.',
  'verification.code.sent.whatsapp': 'We sent a code to your WhatsApp, {destination}.',
  'verification.code.sent.email': 'We emailed a code to {destination}.',
  'verification.code.sent.app': 'Open your authenticator app and enter the code it shows for this account.',
  'verification.code.sentInstead.sms': 'We couldn’t call, so we texted a code to {destination}.',
  'verification.code.sentInstead.rcs': 'We couldn’t call, so we sent a code by RCS message to {destination}.',
  'verification.code.sentInstead.whatsapp':
    'We couldn’t call, so we sent a code to your WhatsApp, {destination}.',
  'verification.code.whatsAppNotice.title': 'Codes now come by WhatsApp',
  'verification.code.whatsAppNotice.body':
    'We sent you a text message about this change. If you don’t use WhatsApp, ask for the code again and it will come by text.',
  'verification.code.label': 'Code',
  'verification.code.hint': 'It has {count} digits.',
  'verification.code.submit': 'Verify',
  'verification.code.problem.not-digits': 'A code has digits only. Check for letters or other characters.',
  'verification.code.problem.too-long': {
    one: 'That’s more than {count} digit. Check the code and type it again.',
    other: 'That’s more than {count} digits. Check the code and type it again.',
  },
  'verification.code.problem.incomplete': {
    one: 'Enter the {count}-digit code.',
    other: 'Enter all {count} digits of the code.',
  },
  'verification.code.checking': 'Checking the code…',
  'verification.code.help.heading': 'Didn’t get the code?',
  'verification.code.help.sms':
    'Texts can take a minute. Check that your phone has signal, then ask for a new code.',
  'verification.code.help.app': 'The code changes every 30 seconds. Enter the one your app shows now.',
  'verification.code.help.whatsapp':
    'It can take a minute. If it doesn’t come in WhatsApp, ask again: the new code comes by text message.',
  'verification.code.help.email':
    'E-mails can take a minute. Check your junk folder, then ask for a new code.',
  'verification.code.resend': 'Send a new code',
  'verification.code.resending': 'Sending a new code…',
  'verification.code.resendIn': 'You can ask for a new code in {wait}.',
  'verification.code.resent': 'We sent a new code. The earlier one no longer works.',
  'verification.code.resent.sms': 'We sent a new code by text message. The earlier one no longer works.',
  'verification.code.expired.action': 'Send a new code',
  'verification.code.throttled': 'You can try again in {wait}.',
  'verification.hangingUp': 'Hanging up…',
  'verification.confirm.heading': 'Confirm your phone number',
  'verification.confirm.intro':
    'To make sure it’s you, enter the complete number that ends as shown: {destination}. We send nothing until it matches.',
  'verification.confirm.label': 'Phone number',
  'verification.confirm.hint': 'The country code {callingCode} is filled in for you; you can type it too.',
  'verification.confirm.submit': 'Continue',
  'verification.confirm.checking': 'Checking the number…',
  'verification.confirm.problem.required': 'Enter your phone number.',
  'verification.confirm.problem.invalid': 'That isn’t a complete phone number. Check it and try again.',
  'verification.confirm.problem.different':
    'That number doesn’t end in the digits shown, or has another country code. Check it and try again.',
  'verification.confirm.problem.mismatch':
    'That isn’t the number on your account. Check it and try again; your number is kept as you typed it.',
  'verification.call.heading': 'Answer the call',
  'verification.call.intro': 'We’re calling {destination}. Answer it and press # to finish signing in.',
  'verification.call.intro.continue': 'We’re calling {destination}. Answer it and press # to continue.',
  'verification.call.introOffice.continue':
    'We’re calling {destination}, extension {extension}. Answer it and press # to continue.',
  'verification.call.introOffice':
    'We’re calling {destination}, extension {extension}. Answer it and press # to finish signing in.',
  'verification.call.intro.register':
    'We’re calling {destination}. Answer it and press # to confirm it’s your phone.',
  'verification.call.introOffice.register':
    'We’re calling {destination}, extension {extension}. Answer it and press # to confirm it’s your phone.',
  'verification.call.introInstead':
    'We couldn’t send a text, so we’re calling {destination} instead. Answer it and press # to finish signing in.',
  'verification.call.introInstead.continue':
    'We couldn’t send a text, so we’re calling {destination} instead. Answer it and press # to continue.',
  'verification.call.introInstead.register':
    'We couldn’t send a text, so we’re calling {destination} instead. Answer it and press # to confirm it’s your phone.',
  'verification.call.status.ringing': 'Your phone is ringing.',
  'verification.call.status.answered': 'Call answered. Press # on your phone’s keypad.',
  'verification.call.trouble':
    'We’ll keep checking whether you’ve answered. If you answer and press #, it still counts.',
  'verification.call.elapsed': '{elapsed} since we called',
  'verification.call.left': '{wait} left to answer',
  'verification.call.help.heading': 'Didn’t get the call?',
  'verification.call.help.body':
    'Check that your phone is on and has signal. You can call again or use another way.',
  'verification.call.help.more': 'Help with calls',
  'verification.call.again': 'Call again',
  'verification.call.textInstead': 'Text me instead',
  'verification.call.cancel': 'Cancel the call',
  'verification.call.ended.voicemail.heading': 'The call went to voicemail',
  'verification.call.ended.voicemail.body':
    'We couldn’t verify you because the call went to voicemail. Make sure your phone is on and can take calls, then call again.',
  'verification.call.ended.no-key.heading': 'You didn’t press #',
  'verification.call.ended.no-key.body':
    'You answered, but we didn’t hear the # key before the call ended. Call again and press # when you’re asked.',
  'verification.call.ended.declined.heading': 'The call was declined',
  'verification.call.ended.declined.body':
    'The call was declined, so we couldn’t verify you. If that wasn’t you, call again and answer it.',
  'verification.call.ended.no-answer.heading': 'You didn’t answer the call',
  'verification.call.ended.no-answer.body':
    'The call rang out without an answer. Call again when your phone is at hand.',
  'verification.call.ended.timed-out.heading': 'The call timed out',
  'verification.call.ended.timed-out.body':
    'We didn’t hear back about the call in time. Call again, or use another way to verify.',
  'verification.locked.fraud.heading': 'Sign-in stopped',
  'verification.locked.fraud.body':
    'You pressed 0# to report that you didn’t start this sign-in. We stopped it and let your administrator know. Nobody can sign in with this attempt.',
  'verification.locked.fraud.next':
    'If it was you after all, start again. If it wasn’t, change your password and tell your administrator.',
  'verification.locked.codes.heading': 'Too many wrong codes',
  'verification.locked.codes.body':
    'For your security, we stopped this sign-in after too many wrong codes. Start again to get a new code.',
  'verification.expired.heading': 'Your sign-in timed out',
  'verification.expired.body': 'For your security, each step has a time limit. Start again.',
  'verification.expired.reset.heading': 'Your reset timed out',
  'verification.expired.reset.body':
    'For your security, a password reset has to be finished within 15 minutes. Start again: your user name is kept.',
  'verification.locked.codes.reset.body':
    'For your security, we stopped this reset after too many wrong codes. Start again to get a new code.',
  'verification.locked.fraud.reset.heading': 'Reset stopped',
  'verification.locked.fraud.reset.body':
    'You pressed 0# to report that you didn’t start this password reset. We stopped it and let your administrator know.',
  'verification.expired.register.heading': 'Your phone check timed out',
  'verification.expired.register.body':
    'For your security, a new number has to be verified within a few minutes. Start again to get a new code or call.',
  'verification.locked.codes.register.body':
    'For your security, we stopped checking this number after too many wrong codes. Start again to get a new code.',
  'verification.locked.fraud.register.heading': 'Phone check stopped',
  'verification.locked.fraud.register.body':
    'You pressed 0# to report that you didn’t ask for this call. We stopped checking the number and let your administrator know.',
  'verification.expired.stepUp.heading': 'Your check timed out',
  'verification.expired.stepUp.body': 'For your security, each step has a time limit. Start again.',
  'verification.locked.codes.stepUp.body':
    'For your security, we stopped this check after too many wrong codes. Start again to get a new code.',
  'verification.locked.fraud.stepUp.heading': 'Check stopped',
  'verification.locked.fraud.stepUp.body':
    'You pressed 0# to report that you didn’t start this check. We stopped it and let your administrator know.',
  'verification.sendFailed.code.heading': 'We couldn’t send your code',
  'verification.sendFailed.call.heading': 'We couldn’t call you',
  'verification.resumeFailed.heading': 'We couldn’t pick up where you left off',
  'verification.tryAgain': 'Try again',
  'verification.denied.body':
    'You can’t go on from here for now. Contact your administrator and give them the reference below.',
  'verification.unexpected.heading': 'Something unexpected happened',
  'verification.unexpected.body': 'If it happens again, start again or use another way.',
  'verification.retryable': 'You can try again now.',
  'verification.alternatives.heading': 'Other ways to verify',
  // Help topics: one line each until opened (src/behaviour.md#help-when-nothing-arrives).
  'verification.help.topics': 'What else might help',
  'verification.help.text-sender.title': 'The sender isn’t one you know',
  'verification.help.text-sender.body':
    'Codes don’t always come from the same sender: it depends on your country, and it can change from one text to the next. Only in the US and Canada can it be a short number of 5 or 6 digits. Look for a text with the code in it, whoever it’s from.',
  'verification.help.text-blocked.title': 'Your phone may be holding it back',
  'verification.help.text-blocked.body':
    'Some phones and mobile providers hide texts from senders you haven’t saved, or move them to a spam or “unknown senders” folder. Look there, allow texts from unknown senders if you can, then ask for a new code.',
  'verification.help.whatsapp-sender.title': 'Where to find it in WhatsApp',
  'verification.help.whatsapp-sender.body':
    'Open WhatsApp on this phone. The code comes in a chat from a business account, with a verified badge by its name.',
  'verification.help.whatsapp-sender.named':
    'Open WhatsApp on this phone. The code comes in a chat from {sender}, a business account with a verified badge by its name.',
  'verification.help.whatsapp-fallback.title': 'You don’t use WhatsApp, or it can’t connect',
  'verification.help.whatsapp-fallback.body':
    'WhatsApp needs the app on this phone and an internet connection. Without them, ask for a new code: it comes as an ordinary text message instead.',
  'verification.help.rcs-sender.title': 'It may look like a chat',
  'verification.help.rcs-sender.body':
    'This came as an RCS message, a richer kind of text. In your messages app it shows the sender’s verified name with a badge, perhaps in a chat of its own.',
  'verification.help.rcs-sender.named':
    'This came as an RCS message, a richer kind of text. In your messages app it shows the verified name {sender} with a badge, perhaps in a chat of its own.',
  'verification.help.email-junk.title': 'Check your junk folder',
  'verification.help.email-junk.body':
    'E-mails can take a minute or two, and some end up in a junk or spam folder. Look there, then ask for a new code.',
  'verification.help.call-caller.title': 'The number calling isn’t one you know',
  'verification.help.call-caller.body':
    'The number we call from depends on your country, so you may not recognise it. Answer it anyway: a recorded voice asks you to press #.',
  'verification.help.call-blocked.title': 'Your phone doesn’t ring',
  'verification.help.call-blocked.body':
    'Your phone may silence or block calls from unknown numbers, or be set to Do Not Disturb. Allow calls from unknown numbers for now, then call again.',
  'verification.help.call-voicemail.title': 'It went to voicemail',
  'verification.help.call-voicemail.body':
    'Voicemail can’t press # for you. Check that your phone is on, has signal and doesn’t send calls straight to voicemail, then call again.',
  'verification.help.call-keypad.title': 'What to press',
  'verification.help.call-keypad.body':
    'Answer, listen until the greeting ends, then press the # key (also called hash or pound). Press # only: 0# tells us you didn’t ask for this call, and stops it.',
  'verification.help.number.title': 'Wrong number, or the wrong phone',
  'verification.help.number.typed':
    'Check the number you typed, and its country. If you have more than one phone, a work one and your own for example, use the number of the one you have with you.',
  'verification.help.number.new':
    'Check the number you typed, and its country. If it’s wrong, change it and try again.',
  'verification.help.number.account':
    'We use the number on your account. If it isn’t the phone you have with you (a work phone rather than your own, say), or the number or its country code is wrong, use another way to verify. Once you’re signed in, you can correct it in your security info.',
  'verification.help.number.signedIn':
    'We use the number in your security info. If it isn’t the phone you have with you (a work phone rather than your own, say), or the number or its country code is wrong, use another method now, then correct the number here.',
  'verification.help.changeNumber': 'Change the number',
  'verification.help.signal.title': 'Weak signal',
  'verification.help.signal.text':
    'Texts need mobile signal. Move somewhere with better signal, then ask for a new code.',
  'verification.help.signal.text.app':
    'Texts need mobile signal. Move somewhere with better signal and ask for a new code, or use your authenticator app: it works over Wi-Fi.',
  'verification.help.signal.call':
    'Calls need mobile signal. Move somewhere with better signal, then call again.',
  'verification.help.signal.call.text':
    'Calls need good mobile signal. Where it’s weak, a text often gets through when a call doesn’t.',
  'verification.help.signal.call.app':
    'Calls need good mobile signal. Where it’s weak, use your authenticator app instead: it works over Wi-Fi.',
  'verification.help.signal.call.both':
    'Calls need good mobile signal. Where it’s weak, a text often gets through, or use your authenticator app: it works over Wi-Fi.',
  'verification.help.useApp': 'Use your authenticator app',
  'verification.help.provider.title': 'Still nothing after several tries',
  'verification.help.provider.body':
    'If you’ve tried several times in the last few minutes and nothing has come, your mobile provider may be having trouble. Use another way if you can, or contact your administrator or help desk and give them these details.',
  'verification.help.reference': 'Reference',
  'verification.help.time': 'Time',
  'verification.alternatives.recommended': 'Recommended',
} as const;
