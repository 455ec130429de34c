// The words the flows around a verification show of it: the methods by name, the ways out, and what
// is being sent while the first screen stays up. The verification screens' own words load with them
// (verification-screens.ts).
export const verification = {
  'verification.masked': '{countryCode} number ending in {digits}',
  'verification.sending.code': 'Sending your code…',
  'verification.sending.call': 'Calling your phone…',
  'verification.anotherWay': 'Sign in another way',
  'verification.startAgain': 'Start again',
  'verification.step': 'Step {current} of {total}',
  'method.sms': 'Text {destination}',
  'method.voice.mobile': 'Call {destination}',
  'method.voice.alternateMobile': 'Call your alternate phone {destination}',
  'method.voice.office': 'Call your office phone {destination}, extension {extension}',
  'method.voice.officePlain': 'Call your office phone {destination}',
  'method.app-code': 'Use a verification code from your authenticator app',
  'method.email-code': 'Email a code to {destination}',
  'method.list.label': 'Ways to verify',
  'method.list.unavailable': 'Not available right now',
  'method.default': 'Your default method',
  'method.recommended': 'Recommended: the most secure way to verify',
  'method.unavailable.voice-unavailable':
    'Not available: calls aren’t included in your organization’s subscription.',
  'method.unavailable.country-not-enabled':
    'Not available: texts and calls to this country need your administrator to turn them on.',
  'method.unavailable.text-limit':
    'Not available for {wait}: you’ve hit our limit on text verification codes.',
  'method.unavailable.call-limit': 'Not available for {wait}: you’ve hit our limit on verification calls.',
  'method.unavailable.text-limit.later':
    'Not available right now: you’ve hit our limit on text verification codes. Try again later.',
  'method.unavailable.call-limit.later':
    'Not available right now: you’ve hit our limit on verification calls. Try again later.',
} as const;
