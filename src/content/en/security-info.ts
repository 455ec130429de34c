// Security info: the methods page, adding, changing and deleting phones, the default method and SMS
// sign-in, and the rules the backend enforces there, each in words. Loads with the page.
export const securityInfo = {
  'error.phone-type-exists.title': 'You already have a phone of this type',
  'error.phone-type-exists.detail': 'Change that number instead, or add a different type of phone.',
  'error.phone-number-in-use.title': 'That number is already one of your phones',
  'error.phone-number-in-use.detail':
    'A number can be registered as one type of phone only. Use another number, or change the phone that has it.',
  'error.mobile-required-first.title': 'Add a mobile phone first',
  'error.mobile-required-first.detail': 'An alternate mobile phone can only be added after a mobile phone.',
  'error.voice-only-phone.title': 'This phone is checked with a call',
  'error.voice-only-phone.detail':
    'An office or alternate mobile phone is verified by a call. Choose “Call me”.',
  'error.mobile-has-alternate.title': 'Delete the alternate mobile phone first',
  'error.mobile-has-alternate.detail':
    'The mobile phone can’t be deleted while you have an alternate mobile phone.',
  'error.default-method-in-use.title': 'This phone is your default sign-in method',
  'error.default-method-in-use.detail': 'Choose another default sign-in method, then delete it.',
  'error.last-method.title': 'This is your only sign-in method',
  'error.last-method.detail':
    'You need at least one way to verify it’s you. Add another method first, then delete this one.',
  'error.default-method-unusable.title': 'That method can’t be your default',
  'error.default-method-unusable.detail':
    'It isn’t registered, or your organization doesn’t allow it. Choose one of the methods listed.',
  'error.sms-sign-in-not-allowed.title': 'SMS sign-in isn’t allowed for your account',
  'error.sms-sign-in-not-allowed.detail':
    'Your organization’s policy doesn’t allow it. Ask your administrator.',
  'error.sms-sign-in-not-supported.title': 'SMS sign-in works with a mobile phone only',
  'error.sms-sign-in-not-supported.detail': 'Use your mobile phone for SMS sign-in.',
  'error.phone-number-not-unique.title': 'Another account uses this number',
  'error.phone-number-not-unique.detail':
    'SMS sign-in needs a number that only one account uses. Change your mobile number, or ask your administrator.',
  'error.no-methods-registered.title': 'You don’t have a method to verify with yet',
  'error.no-methods-registered.detail': 'Add a phone first: you don’t need to verify to add your first one.',
  'error.step-up-required.title': 'Verify it’s you first',
  'error.step-up-required.detail':
    'To change your security info, prove it’s you with a method you already have.',
} as const;
