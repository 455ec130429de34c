// One message per stable error code (the contract's problem codes and the client's own three): a
// title that says what happened and a detail that says what to do next. content/errors.ts maps
// codes to these ids; a test checks that no two errors share a message.
//
// Here: what any first screen can show (a refused number or password, a blocked account, no answer).
// Everything a verification can answer loads with the verification screens (verification-errors.ts).
export const errors = {
  'error.validation-failed.title': 'Some details aren’t valid',
  'error.validation-failed.detail': 'Check what you entered and try again.',
  'error.invalid-phone-number.title': 'That phone number isn’t valid',
  'error.invalid-phone-number.detail': 'Check the country and the number, then try again.',
  'error.virtual-number.title': 'This number can’t receive verification codes',
  'error.virtual-number.detail': 'Internet (VoIP) numbers can’t be used. Use a mobile or landline number.',
  'error.too-many-requests.title': 'Too many attempts in a short time',
  'error.too-many-requests.detail': 'Wait {wait}, then try again.',
  'error.user-blocked.title': 'Your account is blocked',
  'error.user-blocked.detail':
    'Your administrator has blocked sign-in for this account. Contact them to get it unblocked.',
  'error.invalid-credentials.title': 'Your user name or password is incorrect',
  'error.invalid-credentials.detail':
    'Check both and try again. If you’ve forgotten your password, you can reset it.',
  'error.not-authenticated.title': 'You’re signed out',
  'error.not-authenticated.detail': 'Sign in again to continue.',
  'error.internal-error.title': 'Something went wrong on our side',
  'error.internal-error.detail': 'Try again in a moment. Nothing you entered is lost.',
  'error.service-unavailable.title': 'The sign-in service is busy',
  'error.service-unavailable.detail': 'Try again in {wait}. Nothing you entered is lost.',
  // When the service did not say how long to wait (no Retry-After).
  'error.service-unavailable.later':
    'It should be back shortly: try again in a minute. Nothing you entered is lost.',
  'error.network-error.title': 'We can’t reach the sign-in service',
  'error.network-error.detail':
    'Check your internet connection, then try again. Nothing you entered is lost.',
  'error.timeout.title': 'The sign-in service didn’t answer in time',
  'error.timeout.detail':
    'It may be very busy, or your connection may be slow. Try again. Nothing you entered is lost.',
  'error.unexpected-response.title': 'We got an answer we couldn’t read',
  'error.unexpected-response.detail':
    'Try again. Nothing you entered is lost. If it keeps happening, contact your administrator.',
  'error.reference': 'Reference for your administrator: {reference}',
} as const;
