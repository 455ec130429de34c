// Self-service password reset: the user name and the automatic check, the methods, the new
// password with its checklist, and the ends (done, timed out, the one dead end, locked).
export const passwordReset = {
  'passwordReset.heading': 'Get back into your account',
  'passwordReset.intro':
    'Enter your user name. We’ll check it’s you with a way you set up, then you choose a new password.',
  'passwordReset.username.label': 'User name',
  'passwordReset.username.hint': 'Usually your email address, like name@contoso.example',
  'passwordReset.problem.required': 'Enter your user name.',
  'passwordReset.problem.too-long': 'A user name has at most 256 characters. Check what you typed.',
  'passwordReset.check.checking': 'Checking automatically that you’re a person…',
  'passwordReset.check.done': 'Automatic check done.',
  'passwordReset.check.failed': 'The automatic check couldn’t run. Trying again in a moment…',
  'passwordReset.submit': 'Next',
  'passwordReset.submitting': 'Checking your user name…',
  'passwordReset.waiting': 'Finishing the automatic check…',
  'passwordReset.backToSignIn': 'Back to sign in',

  'passwordReset.verify.heading': 'Verify your identity',
  'passwordReset.verify.intro': 'Choose how you want to prove it’s you.',
  'passwordReset.anotherMethod': 'Use another method',
  'passwordReset.startAgain': 'Start again',

  'passwordReset.newPassword.heading': 'Choose a new password',
  'passwordReset.newPassword.label': 'New password',
  'passwordReset.confirm.label': 'Confirm new password',
  'passwordReset.rules.heading': 'Your new password needs',
  'passwordReset.rule.length': 'Between {min} and {max} characters',
  'passwordReset.rule.classes': {
    one: 'At least {count} of these: lower case, upper case, digits, symbols',
    other: 'At least {count} of these: lower case, upper case, digits, symbols',
  },
  'passwordReset.rule.met': 'Done:',
  'passwordReset.rule.unmet': 'Not yet:',
  'passwordReset.rule.common':
    'We also refuse common passwords, ones with your name in them, and your current password.',
  'passwordReset.problem.new-required': 'Enter a new password.',
  'passwordReset.problem.policy': 'Your new password doesn’t meet everything in the list.',
  'passwordReset.problem.confirm-required': 'Type the new password again to confirm it.',
  'passwordReset.problem.mismatch': 'The two passwords don’t match. Type the same password in both.',
  'passwordReset.violation.too-short': 'It’s too short.',
  'passwordReset.violation.too-long': 'It’s too long.',
  'passwordReset.violation.too-few-character-classes': 'It needs more kinds of characters.',
  'passwordReset.violation.banned': 'It’s a common password, or too close to one.',
  'passwordReset.violation.contains-user-name': 'It contains your name or user name.',
  'passwordReset.violation.reused': 'It’s the password you have now.',
  'passwordReset.newPassword.submit': 'Reset password',
  'passwordReset.newPassword.submitting': 'Resetting your password…',

  'passwordReset.done.heading': 'Your password has been reset',
  'passwordReset.done.body': 'Your old password no longer works. Sign in with the new one.',
  'passwordReset.done.signIn': 'Sign in',

  'passwordReset.expired.heading': 'Your reset timed out',
  'passwordReset.expired.body':
    'For your security, a password reset has to be finished within 15 minutes. Start again: your user name is kept.',
  'passwordReset.deadEnd.next': 'Try another user name',
  'passwordReset.resumeFailed.heading': 'We couldn’t pick up where you left off',
  'passwordReset.tryAgain': 'Try again',

  // What only a reset can answer: its first screen and a reload straight into its new password show
  // these before, or without, the verification screens.
  'error.human-check-failed.title': 'The automatic check ran out of time',
  'error.human-check-failed.detail': 'We’re running a new one now. Send the form again once it says Done.',
  'error.reset-not-enabled.title': 'You can’t reset your password here',
  'error.reset-not-enabled.detail':
    'Either this account isn’t set up for self-service password reset, or it doesn’t have enough ways to verify registered. Your administrator can reset your password: give them the reference below.',
  'error.reset-locked.title': 'Password reset is locked for now',
  'error.reset-locked.detail':
    'There were too many failed attempts. Try again in {wait}, or contact your administrator.',
  'error.password-weak.title': 'Choose a stronger password',
  'error.password-weak.detail': 'Your new password doesn’t meet the requirements listed.',
  'error.password-banned.title': 'That password is too easy to guess',
  'error.password-banned.detail': 'Avoid common words, names and patterns. Try a longer phrase.',
  'error.password-reused.title': 'That’s your current password',
  'error.password-reused.detail': 'Choose a password you haven’t used for this account.',
} as const;
