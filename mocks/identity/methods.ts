// The verification methods a person can use in a flow: each registered phone once per action
// (text, call), the authenticator app, and for password reset the alternate e-mail. Availability
// is worked out when asked, from tenant policy, the number's country and the person's limits.
import type {
  DefaultMethod,
  PhoneType,
  VerificationMethod,
  VerificationMethodType,
} from '../../src/api/types';
import { tenantOf } from './directory';
import { limitKey, overLimit } from './limits';
import { numberBlocked, numberSubject, sendsAs } from './numbers';
import { maskEmail, maskPhone } from './phone-numbers';
import { countryAllowed, LIMITS } from './policy';
import type { Context, Destination, Factor, UserRecord } from './state';

export type Purpose = 'mfa' | 'reset';

export interface MethodDefinition {
  /** Stable and equal to the DefaultMethod name where there is one, so the default maps directly. */
  id:
    | 'mobile-sms'
    | 'mobile-voice'
    | 'alternate-mobile-voice'
    | 'office-voice'
    | 'authenticator-app'
    | 'email-code';
  type: VerificationMethodType;
  factor: Factor;
  phoneType?: PhoneType;
  purposes: readonly Purpose[];
}

/** In the order they are listed after the default. Alternate mobile is MFA only, e-mail reset only (Entra). */
const CATALOG: readonly MethodDefinition[] = [
  { id: 'mobile-sms', type: 'sms', factor: 'mobile', phoneType: 'mobile', purposes: ['mfa', 'reset'] },
  { id: 'mobile-voice', type: 'voice', factor: 'mobile', phoneType: 'mobile', purposes: ['mfa', 'reset'] },
  {
    id: 'alternate-mobile-voice',
    type: 'voice',
    factor: 'alternateMobile',
    phoneType: 'alternateMobile',
    purposes: ['mfa'],
  },
  { id: 'office-voice', type: 'voice', factor: 'office', phoneType: 'office', purposes: ['mfa', 'reset'] },
  { id: 'authenticator-app', type: 'app-code', factor: 'app', purposes: ['mfa', 'reset'] },
  { id: 'email-code', type: 'email-code', factor: 'email', purposes: ['reset'] },
];

function hasFactor(user: UserRecord, factor: Factor): boolean {
  if (factor === 'app') return user.authenticator !== null;
  if (factor === 'email') return user.email !== null;
  return user.phones[factor] !== undefined;
}

/** Every method the person registered, whatever the purpose. */
export const registeredMethod = (user: UserRecord, id: string): MethodDefinition | undefined =>
  CATALOG.find((method) => method.id === id && hasFactor(user, method.factor));

/** The methods offered for a purpose, the default first, without factors already proven. */
export function offeredMethods(
  user: UserRecord,
  purpose: Purpose,
  proven: readonly Factor[] = [],
): MethodDefinition[] {
  const offered = CATALOG.filter(
    (method) =>
      method.purposes.includes(purpose) && hasFactor(user, method.factor) && !proven.includes(method.factor),
  );
  const isDefault = (method: MethodDefinition) => method.id === user.defaultMethod;
  return [...offered.filter(isDefault), ...offered.filter((method) => !isDefault(method))];
}

/** The factors a reset can use, which must be at least as many as the policy requires. */
export function resetFactors(user: UserRecord): Factor[] {
  return [...new Set(offeredMethods(user, 'reset').map((method) => method.factor))];
}

export function destinationOf(user: UserRecord, method: MethodDefinition): Destination {
  if (method.factor === 'app') return { kind: 'app', name: user.authenticator?.name ?? '' };
  if (method.factor === 'email') return { kind: 'email', address: user.email ?? '' };
  const phone = user.phones[method.factor];
  if (!phone) throw new Error(`${user.id} has no ${method.factor} phone`);
  return { kind: 'phone', phone };
}

/** What a screen may show of a destination; for the app, its name. */
export function maskDestination(destination: Destination): string {
  if (destination.kind === 'phone') return maskPhone(destination.phone);
  if (destination.kind === 'email') return maskEmail(destination.address);
  return destination.name;
}

export type Unavailable =
  | { reason: PolicyRefusal }
  | { reason: 'text-limit' | 'call-limit'; retryAfterSeconds: number };

type PolicyRefusal = 'voice-unavailable' | 'country-not-enabled';

/** Why the tenant's policy refuses a phone method whatever the moment (no calls, a country not opted in). */
function policyRefusal(
  user: UserRecord,
  method: MethodDefinition,
  sends: VerificationMethodType = method.type,
): PolicyRefusal | null {
  if (method.type !== 'sms' && method.type !== 'voice') return null;
  const tenant = tenantOf(user);
  const phone = method.phoneType ? user.phones[method.phoneType] : undefined;
  if (sends === 'voice' && !tenant.voiceCalls) return 'voice-unavailable';
  if (phone && !countryAllowed(tenant, phone.countryCallingCode)) return 'country-not-enabled';
  return null;
}

const isDefaultMethod = (id: MethodDefinition['id']): id is DefaultMethod => id !== 'email-code';

/**
 * What the person can choose as their default method now, in the catalog's order (the order MFA
 * lists methods after the default; the current default is not moved first): the MFA methods they
 * registered that policy does not refuse. Limits pass with time, so they do not count here.
 */
export function defaultMethodOptions(user: UserRecord): DefaultMethod[] {
  return CATALOG.filter(
    (method) =>
      method.purposes.includes('mfa') && hasFactor(user, method.factor) && !policyRefusal(user, method),
  )
    .map((method) => method.id)
    .filter(isDefaultMethod);
}

/**
 * Why a phone method cannot be used now, or null when it can: policy, then the hourly limits of
 * the person and of the number it would text or call (the longer wait when both are reached). A
 * trial that sends a call as a text (numbers.ts) judges it as the text it will be.
 */
export function unavailability(ctx: Context, user: UserRecord, method: MethodDefinition): Unavailable | null {
  if (method.type !== 'sms' && method.type !== 'voice') return null;
  const phone = method.phoneType ? user.phones[method.phoneType] : undefined;
  const sends = sendsAs(ctx, tenantOf(user), phone, method.type);
  const refused = policyRefusal(user, method, sends);
  if (refused) return { reason: refused };
  const subjects = [`user:${user.id}`, ...(phone ? [numberSubject(phone.e164)] : [])];
  const texts = sends === 'sms';
  const wait = overLimit(
    ctx,
    subjects.map(texts ? limitKey.texts : limitKey.calls),
    texts ? LIMITS.textsPerHour : LIMITS.callsPerHour,
  );
  if (wait === null) return null;
  return { reason: texts ? 'text-limit' : 'call-limit', retryAfterSeconds: wait };
}

export function describeMethod(
  ctx: Context,
  user: UserRecord,
  method: MethodDefinition,
  purpose: Purpose,
): VerificationMethod {
  const destination = destinationOf(user, method);
  const blocked = unavailability(ctx, user, method);
  const phone = destination.kind === 'phone' ? destination.phone : undefined;
  return {
    id: method.id,
    type: method.type,
    ...(method.phoneType ? { phoneType: method.phoneType } : {}),
    maskedDestination: maskDestination(destination),
    ...(phone?.extension ? { extension: phone.extension } : {}),
    isDefault: method.id === user.defaultMethod,
    available: blocked === null,
    ...(blocked ? { unavailableReason: blocked.reason } : {}),
    ...(blocked && 'retryAfterSeconds' in blocked ? { retryAfterSeconds: blocked.retryAfterSeconds } : {}),
    ...(purpose === 'reset' && phone ? { requiresPhoneConfirmation: true } : {}),
    // Entra recommends the app over phone transports (seed document).
    ...(method.factor === 'app' ? { recommended: true } : {}),
  };
}

/**
 * Ids worth suggesting instead of `refused`: the usable methods of the same step, without those
 * to a number whose texts and calls are blocked.
 */
export function alternativesTo(
  ctx: Context,
  user: UserRecord,
  offered: readonly MethodDefinition[],
  refused: MethodDefinition,
): string[] {
  const blocked = (method: MethodDefinition) => {
    const phone = method.phoneType ? user.phones[method.phoneType] : undefined;
    return phone !== undefined && numberBlocked(ctx, phone.e164);
  };
  return offered
    .filter((method) => method.id !== refused.id)
    .filter((method) => !blocked(method))
    .filter((method) => unavailability(ctx, user, method) === null)
    .map((method) => method.id);
}
