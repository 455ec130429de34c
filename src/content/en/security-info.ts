// Security info: the methods page, adding, changing and deleting phones, the default method and SMS
// sign-in, and the rules the backend enforces there, each in words. Loads with the page.
export const securityInfo = {
  'securityInfo.heading': 'Security info',
  'securityInfo.intro': 'These are the ways you prove it’s you when you sign in or reset your password.',
  'securityInfo.privacy':
    'Your authentication phone number is private: it’s used only to check that it’s you, and it isn’t published in the directory.',
  'securityInfo.back': 'Back to your account',
  'securityInfo.loading': 'Loading your security info…',
  'securityInfo.loadFailed.heading': 'We couldn’t load your security info',
  'securityInfo.tryAgain': 'Try again',
  'securityInfo.saving': 'Saving…',
  'securityInfo.cancel': 'Cancel',

  'securityInfo.default.heading': 'Default sign-in method',
  'securityInfo.default.none': 'None yet. Your first phone becomes your default.',
  'securityInfo.default.change': 'Change',
  'securityInfo.default.changeLabel': 'Change default sign-in method',
  'securityInfo.default.mobile-sms': 'Text a code to {destination}',
  'securityInfo.default.mobile-voice': 'Call {destination}',
  'securityInfo.default.alternate-mobile-voice': 'Call your alternate mobile phone {destination}',
  'securityInfo.default.office-voice': 'Call your office phone {destination}',
  'securityInfo.default.authenticator-app': 'Use a code from your authenticator app',

  'securityInfo.methods.heading': 'Your sign-in methods',
  'securityInfo.methods.none': 'You haven’t added a way to verify yet.',
  'securityInfo.add': 'Add sign-in method',
  'securityInfo.type.mobile': 'Mobile phone',
  'securityInfo.type.alternateMobile': 'Alternate mobile phone',
  'securityInfo.type.office': 'Office phone',
  'securityInfo.type.authenticator-app': 'Authenticator app',
  'securityInfo.type.email': 'Email',
  'securityInfo.extension': 'extension {extension}',
  'securityInfo.isDefault': 'Default',
  'securityInfo.changeNumber': 'Change number',
  'securityInfo.delete': 'Delete',
  'securityInfo.typeIn.mobile': 'mobile phone',
  'securityInfo.typeIn.alternateMobile': 'alternate mobile phone',
  'securityInfo.typeIn.office': 'office phone',
  'securityInfo.changeNumber.for': 'of your {type}',
  'securityInfo.delete.for': 'your {type}',

  'securityInfo.sms.label': 'SMS sign-in',
  'securityInfo.sms.ready': 'Ready: you can sign in with a code texted to this phone.',
  'securityInfo.sms.notEnabled': 'Not enabled.',
  'securityInfo.sms.notAllowedByPolicy': 'Not allowed: your organization’s policy doesn’t allow SMS sign-in.',
  'securityInfo.sms.notSupported': 'Not supported for this number.',
  'securityInfo.sms.phoneNumberNotUnique':
    'Not available: another account uses this number, and SMS sign-in needs a number that only one account uses.',
  'securityInfo.sms.notConfigured': 'Not set up yet.',
  'securityInfo.sms.enable': 'Enable for SMS sign-in',
  'securityInfo.sms.disable': 'Disable SMS sign-in',

  'securityInfo.notice.added': '{type} added.',
  'securityInfo.notice.addedPhone': 'Your phone is saved.',
  'securityInfo.notice.changed': '{type} number changed.',
  'securityInfo.notice.deleted': '{type} deleted.',
  'securityInfo.notice.default': 'Default sign-in method changed.',
  'securityInfo.notice.smsEnabled':
    'SMS sign-in enabled: you can sign in with a code texted to your mobile phone.',
  'securityInfo.notice.smsDisabled': 'SMS sign-in disabled.',

  'securityInfo.delete.heading': 'Delete your {type}?',
  'securityInfo.delete.body': 'You won’t be able to use {destination} to prove it’s you any more.',
  'securityInfo.delete.confirm': 'Delete',
  'securityInfo.delete.deleting': 'Deleting…',

  'securityInfo.defaultDialog.heading': 'Change default sign-in method',
  'securityInfo.defaultDialog.intro': 'Choose the method we offer first when you sign in.',
  'securityInfo.defaultDialog.legend': 'Default sign-in method',
  'securityInfo.defaultDialog.save': 'Confirm',

  'securityInfo.editor.addHeading': 'Add a phone',
  'securityInfo.editor.changeHeading.mobile': 'Change your mobile phone number',
  'securityInfo.editor.changeHeading.alternateMobile': 'Change your alternate mobile phone number',
  'securityInfo.editor.changeHeading.office': 'Change your office phone number',
  'securityInfo.editor.intro':
    'We’ll text or call the number to check it’s yours. It’s saved once you’ve verified it.',
  'securityInfo.editor.current': 'Now: {destination}',
  'securityInfo.editor.typeLegend': 'Type of phone',
  'securityInfo.editor.refusal.registered': 'You already have one: change its number instead.',
  'securityInfo.editor.refusal.mobile-first': 'Add a mobile phone first.',
  'securityInfo.editor.problem.type-required': 'Choose the type of phone.',
  'securityInfo.editor.extension.label': 'Extension (optional)',
  'securityInfo.editor.extension.hint': 'Digits only, up to 10.',
  'securityInfo.editor.problem.extension': 'An extension has up to 10 digits and nothing else.',
  'securityInfo.editor.callOnly': 'An office or alternate mobile phone is checked with a call.',
  'securityInfo.editor.sms': 'Text me a code',
  'securityInfo.editor.voice': 'Call me',
  'securityInfo.editor.sending': 'Sending your code…',
  'securityInfo.editor.calling': 'Calling your phone…',

  'securityInfo.stepUp.heading': 'Verify it’s you',
  'securityInfo.stepUp.intro':
    'Before you change your security info, prove it’s you with one of your methods.',
  'securityInfo.stepUp.anotherMethod': 'Use another method',

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
