// SMS sign-in: the start page.
export const smsSignIn = {
  'smsSignIn.heading': 'Sign in with your phone',
  'smsSignIn.intro': 'Enter your mobile number. We’ll send you a code to sign in.',
  'smsSignIn.submit': 'Send code',
  'smsSignIn.sending': 'Sending code…',
  'smsSignIn.withPassword': 'Sign in with a user name and password',
  'smsSignIn.useDifferentNumber': 'Use a different number',
  'smsSignIn.anotherWay': 'Sign in another way',
} as const;
