// The signed-in page.
export const signedIn = {
  'signedIn.heading': 'You’re signed in',
  'signedIn.who': 'Signed in as {name} ({username}).',
  'signedIn.how.sms-sign-in': 'You signed in with a code sent by {channel} to {destination}.',
  'signedIn.how.password': 'You signed in with your password.',
  'signedIn.how.password-and-sms':
    'You signed in with your password and a code sent by {channel} to {destination}.',
  'signedIn.how.password-and-voice': 'You signed in with your password and a call to {destination}.',
  'signedIn.how.password-and-app-code':
    'You signed in with your password and a code from your authenticator app.',
  'signedIn.channel.sms': 'text message',
  'signedIn.channel.rcs': 'RCS message',
  'signedIn.channel.whatsapp': 'WhatsApp',
  'signedIn.channel.email': 'email',
  'signedIn.channel.voice': 'phone call',
  'signedIn.channel.app': 'authenticator app',
  'signedIn.at': 'Signed in at {time}.',
  'signedIn.securityInfo': 'Manage your security info',
  'signedIn.signOut': 'Sign out',
  'signedIn.signingOut': 'Signing out…',
  'signedIn.failed.heading': 'We couldn’t load your account',
  'signedIn.tryAgain': 'Try again',
} as const;
