// The app shell's strings: header, footer, page titles, the 404 and error pages, and the pages for
// features this version does not have yet.
export const app = {
  'app.name': 'Self-service sign-in',
  'app.documentTitle': '{page} – {appName}',
  'app.skipLink': 'Skip to main content',
  'app.language.label': 'Language',
  'app.language.failed': 'We couldn’t switch to {language}. Check your internet connection and try again.',
  'app.footer.privacy':
    'Your authentication phone number is private. It is used only to check that it’s you and is not published in the directory.',
  'app.footer.privacyLink': 'Privacy',
  'app.footer.termsLink': 'Terms of use',
  'app.footer.helpLink': 'Help',
  'app.newTab': '(opens in a new tab)',
  'app.loading': 'Loading…',
  'app.backToSignIn': 'Back to sign in',

  'app.route.smsSignIn.title': 'Sign in',
  'app.route.passwordSignIn.title': 'Sign in with a password',
  'app.route.signedIn.title': 'You’re signed in',
  'app.route.passwordReset.title': 'Reset your password',
  'app.route.securityInfo.title': 'Security info',

  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'There is no page at this address. If you typed it, check that it is right.',

  'app.error.title': 'Something went wrong',
  'app.error.body': 'Sorry, there is a problem with this page and it can’t be shown.',
  'app.error.next': 'Go back to sign in and start again. If it keeps happening, contact your administrator.',
  'app.error.loadFailed.title': 'This page didn’t load',
  'app.error.loadFailed.body':
    'Part of this page couldn’t be downloaded. Check your internet connection and try again.',
  'app.error.tryAgain': 'Try again',
} as const;
