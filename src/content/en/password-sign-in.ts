// Password sign-in and "Verify your identity".
export const passwordSignIn = {
  'passwordSignIn.heading': 'Sign in',
  'passwordSignIn.intro': 'Sign in with your work or school account.',
  'passwordSignIn.username.label': 'User name',
  'passwordSignIn.username.hint': 'Usually your email address, like name@contoso.example',
  'passwordSignIn.password.label': 'Password',
  'passwordSignIn.problem.username-required': 'Enter your user name.',
  'passwordSignIn.problem.password-required': 'Enter your password.',
  'passwordSignIn.problem.username-too-long': 'A user name has at most 256 characters. Check what you typed.',
  'passwordSignIn.problem.password-blank':
    'Your password can’t be only spaces. Check what you typed, or reset your password.',
  'passwordSignIn.problem.password-too-long':
    'A password has at most 256 characters. Check what you typed, or reset your password.',
  'passwordSignIn.submit': 'Sign in',
  'passwordSignIn.signingIn': 'Signing in…',
  'passwordSignIn.forgotPassword': 'Forgotten your password?',
  'passwordSignIn.withPhone': 'Sign in with your phone number instead',
  'passwordSignIn.blocked.next': 'Nothing you can do here will unblock it. Your administrator can.',
  'passwordSignIn.backToSignIn': 'Back to sign in',
  'passwordSignIn.waitOver': 'You can try again now.',
  'passwordSignIn.resumeFailed.heading': 'We couldn’t pick up where you left off',
  'passwordSignIn.tryAgain': 'Try again',

  'mfa.heading': 'Verify your identity',
  'mfa.intro': 'Choose how you want to prove it’s you.',
  'mfa.startAgain': 'Start again',
  'mfa.anotherWay': 'Sign in another way',
} as const;
