// The shared verification screens: code entry, the number confirmation, the call, their outcomes.
// Registered by the screens' own module (flows/verification/View.tsx), so they download with them.
export const verificationScreens = {
  'verification.code.heading': 'Enter the code',
  'verification.code.sent.sms': 'We texted a code to {destination}.',
  'verification.code.sent.rcs': 'We sent a code by RCS message to {destination}.',
  'verification.code.sent.whatsapp': 'We sent a code to your WhatsApp, {destination}.',
  'verification.code.sent.email': 'We emailed a code to {destination}.',
  'verification.code.sent.app': 'Open your authenticator app and enter the code it shows for this account.',
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
  'verification.code.resend': 'Send a new code',
  'verification.code.resending': 'Sending a new code…',
  'verification.code.resendIn': 'You can ask for a new code in {wait}.',
  'verification.code.resent': 'We sent a new code. The earlier one no longer works.',
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
  'verification.call.status.ringing': 'Your phone is ringing.',
  'verification.call.status.answered': 'Call answered. Press # on your phone’s keypad.',
  'verification.call.trouble':
    'We’ll keep checking whether you’ve answered. If you answer and press #, it still counts.',
  'verification.call.elapsed': '{elapsed} since we called',
  'verification.call.left': '{wait} left to answer',
  'verification.call.help.heading': 'Didn’t get the call?',
  'verification.call.help.body':
    'Check that your phone is on and has signal. You can call again or use another way.',
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
  'verification.alternatives.recommended': 'Recommended',
} as const;
