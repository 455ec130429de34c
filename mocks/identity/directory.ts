// The directory: who exists, what they registered, and the lookups every rule needs. Personas
// (mocks/personas.ts) are turned into records here; after that the records are the truth, so a
// password reset or a newly registered phone sticks.
import {
  type DefaultMethod,
  PHONE_METHOD_IDS,
  type PhoneAuthenticationMethod,
  type PhoneType,
  type SmsSignInState,
} from '../../src/api/types';
import { MINUTE } from './clock';
import type { DemoAccount } from './demo-phone';
import { digest53 } from './digest';
import { passwordDigest } from './passwords';
import { type PhoneNumber, parseDirectoryNumber, toDirectoryFormat } from './phone-numbers';
import { TENANTS, type Tenant, type TenantId } from './policy';
import type { IdentityState, UserRecord } from './state';

/** One account of the demo directory, in the words of the persona table (src/behaviour.md#demo-personas). */
export interface Persona {
  id: string;
  displayName: string;
  username: string;
  tenant: TenantId;
  password?: string;
  /** Directory format, e.g. "+1 4255550110" or "+1 4255550112x1234". */
  phones?: Partial<Record<PhoneType, string>>;
  smsSignIn?: boolean;
  /**
   * The tenant's SMS sign-in policy leaves this person out (Entra targets it at groups), so their
   * mobile is `notAllowedByPolicy` although the tenant allows SMS sign-in.
   */
  excludedFromSmsSignIn?: boolean;
  email?: string;
  /** The name the authenticator app is shown by (its codes appear on the demo phone). */
  authenticatorApp?: string;
  defaultMethod?: DefaultMethod;
  reset: { enabled: boolean; methodsRequired?: 1 | 2 };
  blockedByAdministrator?: boolean;
  /** Without anyone touching the demo phone, this person's calls go to voicemail. */
  callsGoToVoicemail?: boolean;
  /**
   * Reset is already locked for this user name when the directory is seeded (for the usual 24
   * hours), with this reference, so the lockout can be seen without five mistakes first.
   */
  resetLocked?: { reference: string };
  /**
   * Texts and calls this person already got in the last hour (minutes ago), so their own limit is
   * already reached. A number's own history is in the number table (numbers.ts).
   */
  recent?: { textsMinutesAgo?: number[]; callsMinutesAgo?: number[] };
  /** Its row in the demo phone's account list. */
  demo: DemoAccount;
}

function phoneFrom(directoryNumber: string): PhoneNumber {
  const parsed = parseDirectoryNumber(directoryNumber);
  if (!parsed.ok) throw new Error(`Persona phone ${directoryNumber} is not a valid directory number`);
  return parsed.phone;
}

export function userFromPersona(persona: Persona): UserRecord {
  const phones: UserRecord['phones'] = {};
  for (const type of ['mobile', 'alternateMobile', 'office'] as const) {
    const number = persona.phones?.[type];
    if (number) phones[type] = phoneFrom(number);
  }
  return {
    id: persona.id,
    username: persona.username,
    displayName: persona.displayName,
    tenant: persona.tenant,
    passwordDigest: persona.password === undefined ? null : passwordDigest(persona.id, persona.password),
    phones,
    smsSignInEnabled: persona.smsSignIn ?? false,
    excludedFromSmsSignIn: persona.excludedFromSmsSignIn ?? false,
    email: persona.email ?? null,
    authenticator: persona.authenticatorApp
      ? { name: persona.authenticatorApp, secret: digest53(`totp:${persona.id}`).toString(36) }
      : null,
    authenticatorLastStep: null,
    defaultMethod: persona.defaultMethod ?? null,
    blockedByAdministrator: persona.blockedByAdministrator ?? false,
    reset: { enabled: persona.reset.enabled, methodsRequired: persona.reset.methodsRequired ?? 1 },
    callScript: persona.callsGoToVoicemail ? 'voicemail' : null,
  };
}

/** The limit history a persona starts with, as absolute times. */
export function recentActivity(persona: Persona, now: number): { texts: number[]; calls: number[] } {
  const at = (minutesAgo: number[] = []) => minutesAgo.map((m) => now - m * MINUTE).sort((a, b) => a - b);
  return { texts: at(persona.recent?.textsMinutesAgo), calls: at(persona.recent?.callsMinutesAgo) };
}

export const tenantOf = (user: UserRecord): Tenant => TENANTS[user.tenant];

export function findByUsername(state: IdentityState, username: string): UserRecord | undefined {
  const wanted = username.trim().toLowerCase();
  return state.users.find((user) => user.username.toLowerCase() === wanted);
}

/**
 * How many methods the person can verify with: each phone, and the app. The alternate e-mail does
 * not count: it proves nothing but a password reset (methods.ts), so it is no sign-in method.
 */
export function secondFactorCount(user: UserRecord): number {
  return Object.keys(user.phones).length + (user.authenticator ? 1 : 0);
}

/** Whether the person has anything to verify with (phones or the app; e-mail is for reset only). */
export const hasSecondFactor = (user: UserRecord): boolean => secondFactorCount(user) > 0;

/** The SMS sign-in policy covers this person: their tenant allows it and does not leave them out. */
export const smsSignInAllowed = (user: UserRecord): boolean =>
  tenantOf(user).smsSignIn && !user.excludedFromSmsSignIn;

function usesNumberForSmsSignIn(user: UserRecord, e164: string): boolean {
  return user.smsSignInEnabled && smsSignInAllowed(user) && user.phones.mobile?.e164 === e164;
}

/** Another account signs in by SMS with this number, so it cannot be enabled for this one. */
export const numberTakenForSmsSignIn = (state: IdentityState, user: UserRecord, e164: string): boolean =>
  state.users.some((other) => other.id !== user.id && usesNumberForSmsSignIn(other, e164));

/** Graph's authenticationMethodSignInState for a phone of this user. */
function smsSignInState(state: IdentityState, user: UserRecord, type: PhoneType): SmsSignInState {
  const phone = user.phones[type];
  if (type !== 'mobile' || !phone) return 'notSupported';
  if (!smsSignInAllowed(user)) return 'notAllowedByPolicy';
  if (numberTakenForSmsSignIn(state, user, phone.e164)) return 'phoneNumberNotUnique';
  return user.smsSignInEnabled ? 'ready' : 'notEnabled';
}

/** The account a number signs in to by SMS, if any (blocked accounts get nothing, like strangers). */
export function smsSignInAccount(state: IdentityState, e164: string): UserRecord | undefined {
  return state.users.find(
    (user) =>
      !user.blockedByAdministrator &&
      user.phones.mobile?.e164 === e164 &&
      smsSignInState(state, user, 'mobile') === 'ready',
  );
}

export function passwordMatches(user: UserRecord, password: string): boolean {
  return user.passwordDigest !== null && user.passwordDigest === passwordDigest(user.id, password);
}

const DEFAULT_FOR_FIRST_PHONE: Record<PhoneType, DefaultMethod> = {
  mobile: 'mobile-sms',
  alternateMobile: 'alternate-mobile-voice',
  office: 'office-voice',
};

/** Saves a verified phone; a person's first method becomes their default, as in Entra. */
export function savePhone(user: UserRecord, type: PhoneType, phone: PhoneNumber): void {
  const changed = user.phones[type]?.e164 !== phone.e164;
  user.phones[type] = phone;
  // A new mobile number has not been enabled for SMS sign-in by anyone yet.
  if (type === 'mobile' && changed) user.smsSignInEnabled = false;
  if (user.defaultMethod === null) user.defaultMethod = DEFAULT_FOR_FIRST_PHONE[type];
}

export function phoneMethodView(
  state: IdentityState,
  user: UserRecord,
  type: PhoneType,
): PhoneAuthenticationMethod {
  const phone = user.phones[type];
  if (!phone) throw new Error(`${user.id} has no ${type} phone`);
  return {
    id: PHONE_METHOD_IDS[type],
    phoneNumber: toDirectoryFormat(phone),
    phoneType: type,
    smsSignInState: smsSignInState(state, user, type),
  };
}
