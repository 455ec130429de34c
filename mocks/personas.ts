// The demo directory (src/behaviour.md#demo-personas): one persona per backend situation, so anyone can
// walk every path without a backend; and the numbers the messaging provider and the service know,
// whoever holds them. Numbers use the fictional 555-01xx range (and Ofcom's drama range for +44).
// Every password is DEMO_PASSWORD.
import type { DemoAccount } from './identity/demo-phone';
import type { Persona } from './identity/directory';
import type { NumberProfile } from './identity/numbers';

export const DEMO_PASSWORD = 'Passw0rd!demo';

const AUTHENTICATOR = 'Authenticator app';

const personas = {
  smsSignIn: {
    id: 'u-adele',
    displayName: 'Adele Vance',
    username: 'adele@contoso.example',
    tenant: 'contoso.example',
    phones: { mobile: '+1 4255550100' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: false },
    demo: { signIn: '+1 425 555 0100', flow: 'SMS sign-in', behaviour: 'code by SMS, works' },
  },
  smsSignInByWhatsApp: {
    id: 'u-diego',
    displayName: 'Diego Siciliani',
    username: 'diego@contoso.example',
    tenant: 'contoso.example',
    phones: { mobile: '+1 4255550101' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: false },
    demo: {
      signIn: '+1 425 555 0101',
      flow: 'SMS sign-in',
      behaviour: 'code by WhatsApp, first-time notice',
    },
  },
  smsSignInByRcs: {
    id: 'u-lidia',
    displayName: 'Lidia Holloway',
    username: 'lidia@contoso.example',
    tenant: 'contoso.example',
    phones: { mobile: '+1 4255550102' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: false },
    demo: { signIn: '+1 425 555 0102', flow: 'SMS sign-in', behaviour: 'code by RCS' },
  },
  textLimitReached: {
    id: 'u-lee',
    displayName: 'Lee Gu',
    username: 'lee@contoso.example',
    tenant: 'contoso.example',
    phones: { mobile: '+1 4255550103' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: false },
    demo: {
      signIn: '+1 425 555 0103',
      flow: 'SMS sign-in',
      behaviour: 'text limit reached, retry time given',
    },
  },
  verificationBlocked: {
    id: 'u-pradeep',
    displayName: 'Pradeep Gupta',
    username: 'pradeep@contoso.example',
    tenant: 'contoso.example',
    phones: { mobile: '+1 4255550104' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: false },
    demo: {
      signIn: '+1 425 555 0104',
      flow: 'SMS sign-in',
      behaviour: '"having trouble verifying your account"',
    },
  },
  everyPhoneMethod: {
    id: 'u-megan',
    displayName: 'Megan Bowen',
    username: 'megan@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550110', alternateMobile: '+1 4255550111', office: '+1 4255550112x1234' },
    email: 'megan@fabrikam.example',
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'megan@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour:
        'mobile 0110 (default, text), alternate mobile 0111, office 0112 ext 1234; every call outcome can be chosen in the phone panel; SSPR with one method',
    },
  },
  callsGoToVoicemail: {
    id: 'u-victor',
    displayName: 'Victor Voss',
    username: 'victor@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550120' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-voice',
    reset: { enabled: true, methodsRequired: 1 },
    callsGoToVoicemail: true,
    demo: {
      signIn: 'victor@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'calls go to voicemail',
    },
  },
  callLimitReached: {
    id: 'u-carl',
    displayName: 'Carl Carter',
    username: 'carl@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550130' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-voice',
    reset: { enabled: true, methodsRequired: 1 },
    // Five calls in the last hour, the oldest 25 minutes ago: calls come back in about 35 minutes.
    recent: { callsMinutesAgo: [25, 20, 15, 10, 5] },
    demo: {
      signIn: 'carl@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'call limit reached',
    },
  },
  trialTenantNoVoice: {
    id: 'u-tara',
    displayName: 'Tara Tran',
    username: 'tara@trial.example',
    tenant: 'trial.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550140' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-voice',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'tara@trial.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'trial tenant: no voice',
    },
  },
  // Northwind is a trial whose codes may come another way than asked (delivery optimisation):
  // Tess's mobile takes texts only, Theo's calls only (demoNumbers).
  trialCallComesAsText: {
    id: 'u-tess',
    displayName: 'Tess Turner',
    username: 'tess@northwind.example',
    tenant: 'northwind.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550142' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-voice',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'tess@northwind.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'trial tenant: a call asked for comes as a text',
    },
  },
  trialTextComesAsCall: {
    id: 'u-theo',
    displayName: 'Theo Thomas',
    username: 'theo@northwind.example',
    tenant: 'northwind.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550143' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'theo@northwind.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'trial tenant: a text asked for comes as a call',
    },
  },
  countryNeedsOptIn: {
    id: 'u-olga',
    displayName: 'Olga Orlova',
    username: 'olga@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+44 7700900123' },
    authenticatorApp: AUTHENTICATOR,
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'olga@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour:
        'mobile with a country code that needs opt-in (+44): voice and text refused, alternatives offered',
    },
  },
  blockedByAdministrator: {
    id: 'u-bob',
    displayName: 'Bob Brown',
    username: 'bob@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550150' },
    defaultMethod: 'mobile-sms',
    blockedByAdministrator: true,
    reset: { enabled: false },
    demo: {
      signIn: 'bob@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'password + MFA',
      behaviour: 'blocked by the administrator',
    },
  },
  resetNeedsTwoMethods: {
    id: 'u-sam',
    displayName: 'Sam Sato',
    username: 'sam@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550160', office: '+1 4255550161x5678' },
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 2 },
    demo: {
      signIn: 'sam@contoso.example',
      flow: 'password reset',
      behaviour: 'two methods required (mobile + office)',
    },
  },
  resetWithoutMethods: {
    id: 'u-nora',
    displayName: 'Nora Nash',
    username: 'nora@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'nora@contoso.example',
      flow: 'password reset',
      behaviour: 'no methods registered: cannot reset',
    },
  },
  resetLockedOut: {
    id: 'u-leo',
    displayName: 'Leo Lindqvist',
    username: 'leo@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550115' },
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    // As if five identity checks had failed just before the demo started.
    resetLocked: { reference: 'LCKD-24HR' },
    demo: {
      signIn: 'leo@contoso.example',
      flow: 'password reset',
      behaviour: 'reset locked for 24 hours: the lockout screen, reference LCKD-24HR',
    },
  },
  noPhoneYet: {
    id: 'u-newt',
    displayName: 'Newt Newman',
    username: 'newt@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'newt@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'security info',
      behaviour: 'signed in, no phone yet',
    },
  },
  smsSignInReady: {
    id: 'u-rose',
    displayName: 'Rose Reid',
    username: 'rose@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550180' },
    smsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'rose@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'security info',
      behaviour: 'mobile 0180 ready for SMS sign-in (also signs in by SMS with +1 425 555 0180)',
    },
  },
  // Grace's mobile is Rose's number, which Rose signs in with by SMS (a shared handset).
  phoneNumberNotUnique: {
    id: 'u-grace',
    displayName: 'Grace Gill',
    username: 'grace@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550180' },
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'grace@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'security info',
      behaviour: "mobile 0180 is also Rose's: SMS sign-in can't be enabled (number not unique)",
    },
  },
  smsSignInNotAllowedByPolicy: {
    id: 'u-paul',
    displayName: 'Paul Park',
    username: 'paul@contoso.example',
    tenant: 'contoso.example',
    password: DEMO_PASSWORD,
    phones: { mobile: '+1 4255550182' },
    excludedFromSmsSignIn: true,
    defaultMethod: 'mobile-sms',
    reset: { enabled: true, methodsRequired: 1 },
    demo: {
      signIn: 'paul@contoso.example',
      password: DEMO_PASSWORD,
      flow: 'security info',
      behaviour: "mobile 0182; the SMS sign-in policy leaves him out: SMS sign-in can't be enabled",
    },
  },
} satisfies Record<string, Persona>;

/** In the persona table's order (src/behaviour.md#demo-personas), which the demo phone's account list keeps. */
export const demoDirectory: readonly Persona[] = Object.values(personas);

/**
 * What anyone can type besides the personas, as the persona table lists it: each row follows the
 * personas of its flow in the demo phone's account list.
 */
export const demoAnyone: readonly DemoAccount[] = [
  {
    signIn: 'any other user name',
    flow: 'password reset',
    behaviour: 'the same dead end as nora’s: nothing says whether the name exists',
  },
];

/**
 * What a number does whoever holds it (src/behaviour.md#demo-numbers): how texts reach it, and its
 * history with the service. 0101 to 0104 belong to personas; 0105 to 0108 are the same cases without
 * an account, and SMS sign-in answers them exactly alike. Any other number gets SMS and a clean slate.
 */
export const demoNumbers: readonly NumberProfile[] = [
  { number: '+14255550101', channel: 'whatsapp' },
  { number: '+14255550105', channel: 'whatsapp' },
  { number: '+14255550102', channel: 'rcs' },
  { number: '+14255550106', channel: 'rcs' },
  // Five texts in the last hour, the oldest 40 minutes ago: the limit lifts in about 20 minutes.
  { number: '+14255550103', textsMinutesAgo: [40, 30, 20, 10, 5] },
  { number: '+14255550107', textsMinutesAgo: [40, 30, 20, 10, 5] },
  // "Having trouble verifying": texts and calls blocked, as after too many wrong codes.
  { number: '+14255550104', blocked: true },
  { number: '+14255550108', blocked: true },
  // In a trial with delivery optimisation (Northwind), one number is reached by texts, one by calls.
  { number: '+14255550142', deliveredBy: 'sms' },
  { number: '+14255550143', deliveredBy: 'voice' },
];
