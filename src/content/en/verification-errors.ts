// The messages for what a verification (or a flow built on one) can answer: codes, calls, limits,
// locks, and the refusals a number can meet. They load with the verification screens; a
// flow that shows them before any verification registers them itself (addMessages).
export const verificationErrors = {
  'error.extension-not-allowed.title': 'Only an office phone can have an extension',
  'error.extension-not-allowed.detail': 'Remove the extension, or add the number as an office phone.',
  'error.country-not-enabled.title': 'Texts and calls to this country aren’t turned on',
  'error.country-not-enabled.detail':
    'Your administrator has to allow verification texts and calls to this number’s country code. Use another way to verify meanwhile.',
  'error.voice-unavailable.title': 'Verification calls aren’t available',
  'error.voice-unavailable.detail':
    'Your organization’s subscription doesn’t include verification calls. Use a text or an authenticator app instead.',
  'error.text-limit.title': 'You’ve hit our limit on text verification codes',
  'error.text-limit.detail':
    'You can ask for another text in {wait}. Meanwhile, you can use another way to verify.',
  'error.call-limit.title': 'You’ve hit our limit on verification calls',
  'error.call-limit.detail':
    'You can ask for another call in {wait}. Meanwhile, you can use another way to verify.',
  'error.resend-cooldown.title': 'Wait a moment before asking again',
  'error.resend-cooldown.detail': 'You can ask for a new code in {wait}.',
  'error.resend-cooldown.call.detail': 'We called you a moment ago. You can ask for another call in {wait}.',
  'error.verification-blocked.title': 'Sorry, we’re having trouble verifying your account',
  'error.verification-blocked.detail':
    'Texts and calls to this account are paused after too many attempts. Use another way, such as an authenticator app, or ask your administrator for help.',
  'error.wrong-code.title': 'That code didn’t work',
  'error.wrong-code.detail': {
    one: 'Check the code and try again. You have 1 more try.',
    other: 'Check the code and try again. You have {count} more tries.',
  },
  'error.code-expired.title': 'That code has expired',
  'error.code-expired.detail': 'Codes work for 5 minutes. Ask for a new code and enter it.',
  'error.flow-expired.title': 'Your sign-in timed out',
  'error.flow-expired.detail': 'For your security, each step has a time limit. Start again.',
  'error.flow-locked.title': 'Too many wrong codes',
  'error.flow-locked.detail': 'For your security, we stopped this sign-in. Start again to get a new code.',
  'error.flow-stage-mismatch.title': 'This step is out of date',
  'error.flow-stage-mismatch.detail': 'It changed in another tab or window. Start again.',
  'error.method-not-registered.title': 'That method isn’t set up for your account',
  'error.method-not-registered.detail': 'Choose another way to verify.',
  'error.method-not-offered.title': 'That method can’t be used here',
  'error.method-not-offered.detail': 'It isn’t offered at this step. Choose another way to verify.',
  'error.phone-mismatch.title': 'That number doesn’t match',
  'error.phone-mismatch.detail': 'Type the whole number that ends in the digits shown.',
  'error.idempotency-key-reused.title': 'Your request got mixed up with an earlier one',
  'error.idempotency-key-reused.detail': 'Try again.',
} as const;
