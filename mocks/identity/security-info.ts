// Security info: the signed-in person's authentication phones, following Microsoft Graph's
// phoneAuthenticationMethod rules, and the step-up that guards every change. Each refusal has its
// own code, checked in the order the contract's operations describe.
import {
  type AuthenticationMethods,
  type DefaultMethod,
  type DefaultMethodRequest,
  type DeliveryKind,
  type Flow,
  type OtherMethod,
  PHONE_METHOD_IDS,
  type PhoneChangeRequest,
  type PhoneRegistrationRequest,
  type PhoneType,
} from '../../src/api/types';
import { type Answer, created, noContent, ok } from './answers';
import {
  hasSecondFactor,
  numberTakenForSmsSignIn,
  phoneMethodView,
  secondFactorCount,
  smsSignInAllowed,
  tenantOf,
} from './directory';
import { createdFlowView, createFlow } from './flows';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { limitKey, overLimit } from './limits';
import { defaultMethodOptions } from './methods';
import { deliveryFor, numberBlocked } from './numbers';
import { isVirtualNumber, maskEmail, type PhoneNumber, parseDirectoryNumber } from './phone-numbers';
import { countryAllowed, LIMITS } from './policy';
import {
  fieldError,
  invalidRequest,
  notAuthenticated,
  type ProblemAnswer,
  problem,
  throttled,
} from './problems';
import { checkBody, SHAPES } from './requests';
import { recentlyVerified, sessionFromAuthorization } from './sessions';
import { type Context, findUser, type SessionRecord, type UserRecord } from './state';
import { dispatch, limitSubjectsFor } from './verification';

const PHONE_TYPES: readonly PhoneType[] = ['mobile', 'alternateMobile', 'office'];

/** Which phone each default method rings or texts; the app is no phone. */
const PHONE_OF_DEFAULT: Record<DefaultMethod, PhoneType | null> = {
  'mobile-sms': 'mobile',
  'mobile-voice': 'mobile',
  'alternate-mobile-voice': 'alternateMobile',
  'office-voice': 'office',
  'authenticator-app': null,
};

interface SignedIn {
  session: SessionRecord;
  user: UserRecord;
}

function signedIn(ctx: Context, authorization: string | null): SignedIn | ProblemAnswer<401> {
  const session = sessionFromAuthorization(ctx, authorization);
  const user = session && findUser(ctx.state, session.userId);
  return session && user ? { session, user } : notAuthenticated(authorization);
}

/** A person who already has a method proves it is them (recently) before changing anything. */
const stepUpRequired = (ctx: Context, { session, user }: SignedIn) =>
  hasSecondFactor(user) && !recentlyVerified(ctx, session);

const phoneTypeOf = (methodId: string): PhoneType | undefined =>
  PHONE_TYPES.find((type) => PHONE_METHOD_IDS[type] === methodId);

function methodsView(ctx: Context, who: SignedIn): AuthenticationMethods {
  const { user } = who;
  const otherMethods: OtherMethod[] = [
    ...(user.authenticator
      ? [{ type: 'authenticator-app' as const, displayName: user.authenticator.name }]
      : []),
    ...(user.email ? [{ type: 'email' as const, displayName: maskEmail(user.email) }] : []),
  ];
  return {
    phoneMethods: PHONE_TYPES.filter((type) => user.phones[type]).map((type) =>
      phoneMethodView(ctx.state, user, type),
    ),
    otherMethods,
    defaultMethod: user.defaultMethod,
    defaultMethodOptions: defaultMethodOptions(user),
    stepUpRequired: stepUpRequired(ctx, who),
    smsSignInAllowed: smsSignInAllowed(user),
  };
}

export function listAuthenticationMethods(
  ctx: Context,
  authorization: string | null,
): Answer<'listAuthenticationMethods'> {
  const who = signedIn(ctx, authorization);
  return 'status' in who ? who : ok(methodsView(ctx, who));
}

/** The number itself, for add and change: valid, not VoIP, an extension only on an office phone. */
function checkNewNumber(phoneNumber: string, type: PhoneType): { phone: PhoneNumber } | ProblemAnswer<400> {
  const parsed = parseDirectoryNumber(phoneNumber);
  if (!parsed.ok) {
    return problem('invalid-phone-number', { errors: [fieldError('phoneNumber', 'invalid-phone-number')] });
  }
  if (isVirtualNumber(parsed.phone.e164)) {
    return problem('virtual-number', { errors: [fieldError('phoneNumber', 'virtual-number')] });
  }
  if (parsed.phone.extension && type !== 'office') {
    return problem('extension-not-allowed', { errors: [fieldError('phoneNumber', 'extension-not-allowed')] });
  }
  return { phone: parsed.phone };
}

/**
 * What add and change check after the number and the phone types: the number is not one of the
 * person's other phones (the same number, whatever the extension, is the same line), and an office
 * or alternate mobile phone is verified by a call (an office line, often behind an extension,
 * cannot receive a text; Entra verifies an alternate mobile by call only).
 */
function checkPhoneUse(
  user: UserRecord,
  type: PhoneType,
  phone: PhoneNumber,
  verifyBy: DeliveryKind,
): ProblemAnswer<400 | 409> | null {
  const inUse = PHONE_TYPES.some((other) => other !== type && user.phones[other]?.e164 === phone.e164);
  if (inUse) return problem('phone-number-in-use');
  if (type !== 'mobile' && verifyBy === 'sms') {
    return problem('voice-only-phone', { errors: [fieldError('verifyBy', 'voice-only-phone')] });
  }
  return null;
}

/** The new number is verified in a register-phone flow and saved only when that flow completes. */
function verifyNewNumber(
  ctx: Context,
  who: SignedIn,
  type: PhoneType,
  phone: PhoneNumber,
  verifyBy: DeliveryKind,
): ProblemAnswer<403 | 409 | 429> | { status: 201; body: Flow } {
  const { user } = who;
  const tenant = tenantOf(user);
  // A trial may send the code the other way (numbers.ts): its limits and policy are that way's.
  const sends = deliveryFor(ctx, tenant, phone.e164, verifyBy);
  if (sends === 'voice' && !tenant.voiceCalls) return problem('voice-unavailable', { alternatives: [] });
  if (!countryAllowed(tenant, phone.countryCallingCode)) {
    return problem('country-not-enabled', { alternatives: [] });
  }
  if (numberBlocked(ctx, phone.e164)) return problem('verification-blocked', { alternatives: [] });
  const destination = { kind: 'phone' as const, phone };
  const subjects = limitSubjectsFor(user, destination);
  const texts = sends === 'sms';
  const wait = overLimit(
    ctx,
    subjects.map(texts ? limitKey.texts : limitKey.calls),
    texts ? LIMITS.textsPerHour : LIMITS.callsPerHour,
  );
  if (wait !== null) {
    return throttled(texts ? 'text-limit' : 'call-limit', wait, { alternatives: [] });
  }
  const flow = createFlow(ctx, {
    kind: 'register-phone',
    stage: 'verifying',
    userId: user.id,
    username: user.username,
    ownerSession: who.session.token,
    registration: { phoneType: type, phone },
  });
  dispatch(ctx, flow, {
    methodId: PHONE_METHOD_IDS[type],
    type: verifyBy,
    factor: type,
    destination,
    tenant,
    recipient: user,
    limitSubjects: subjects,
  });
  return created(createdFlowView(ctx, flow));
}

export function addPhoneMethod(
  ctx: Context,
  authorization: string | null,
  body: PhoneRegistrationRequest,
  idempotencyKey: string | null,
): Answer<'addPhoneMethod'> {
  const who = signedIn(ctx, authorization);
  if ('status' in who) return who;
  const errors = checkBody(body, SHAPES.phoneRegistration);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  return once(ctx, idempotencyKey, ['addPhoneMethod', who.user.id, body], (): Answer<'addPhoneMethod'> => {
    if (stepUpRequired(ctx, who)) return problem('step-up-required');
    const checked = checkNewNumber(body.phoneNumber, body.phoneType);
    if ('status' in checked) return checked;
    if (who.user.phones[body.phoneType]) return problem('phone-type-exists');
    if (body.phoneType === 'alternateMobile' && !who.user.phones.mobile) {
      return problem('mobile-required-first');
    }
    const refused = checkPhoneUse(who.user, body.phoneType, checked.phone, body.verifyBy);
    if (refused) return refused;
    return verifyNewNumber(ctx, who, body.phoneType, checked.phone, body.verifyBy);
  });
}

export function changePhoneMethod(
  ctx: Context,
  authorization: string | null,
  methodId: string,
  body: PhoneChangeRequest,
  idempotencyKey: string | null,
): Answer<'changePhoneMethod'> {
  const who = signedIn(ctx, authorization);
  if ('status' in who) return who;
  const errors = checkBody(body, SHAPES.phoneChange);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  return once(
    ctx,
    idempotencyKey,
    ['changePhoneMethod', who.user.id, methodId, body],
    (): Answer<'changePhoneMethod'> => {
      if (stepUpRequired(ctx, who)) return problem('step-up-required');
      const type = phoneTypeOf(methodId);
      if (!type || !who.user.phones[type]) return problem('method-not-registered');
      const checked = checkNewNumber(body.phoneNumber, type);
      if ('status' in checked) return checked;
      const refused = checkPhoneUse(who.user, type, checked.phone, body.verifyBy);
      if (refused) return refused;
      return verifyNewNumber(ctx, who, type, checked.phone, body.verifyBy);
    },
  );
}

/** What changing a registered phone needs first: a signed-in, recently verified owner of it. */
function ownPhone(ctx: Context, authorization: string | null, methodId: string) {
  const who = signedIn(ctx, authorization);
  if ('status' in who) return who;
  if (stepUpRequired(ctx, who)) return problem('step-up-required');
  const type = phoneTypeOf(methodId);
  if (!type || !who.user.phones[type]) return problem('method-not-registered');
  return { who, type };
}

export function deletePhoneMethod(
  ctx: Context,
  authorization: string | null,
  methodId: string,
): Answer<'deletePhoneMethod'> {
  const phone = ownPhone(ctx, authorization, methodId);
  if ('status' in phone) return phone;
  const { who, type } = phone;
  const { user } = who;
  // Phones and the app count; the e-mail does not (it proves nothing but a reset). Checked first:
  // the only phone is also the default's, and no other default could free it.
  if (secondFactorCount(user) === 1) return problem('last-method');
  if (type === 'mobile' && user.phones.alternateMobile) return problem('mobile-has-alternate');
  if (user.defaultMethod && PHONE_OF_DEFAULT[user.defaultMethod] === type) {
    return problem('default-method-in-use');
  }
  delete user.phones[type];
  if (type === 'mobile') user.smsSignInEnabled = false;
  return noContent();
}

export function enableSmsSignIn(
  ctx: Context,
  authorization: string | null,
  methodId: string,
): Answer<'enableSmsSignIn'> {
  const phone = ownPhone(ctx, authorization, methodId);
  if ('status' in phone) return phone;
  const { who, type } = phone;
  const { user } = who;
  if (!smsSignInAllowed(user)) return problem('sms-sign-in-not-allowed');
  const mobile = user.phones.mobile;
  if (type !== 'mobile' || !mobile) return problem('sms-sign-in-not-supported');
  if (numberTakenForSmsSignIn(ctx.state, user, mobile.e164)) return problem('phone-number-not-unique');
  // From notEnabled it becomes ready; from ready nothing changes.
  user.smsSignInEnabled = true;
  return ok(methodsView(ctx, who));
}

export function disableSmsSignIn(
  ctx: Context,
  authorization: string | null,
  methodId: string,
): Answer<'disableSmsSignIn'> {
  const phone = ownPhone(ctx, authorization, methodId);
  if ('status' in phone) return phone;
  const { who, type } = phone;
  // Only the mobile can be enabled, so for any other phone this is already true.
  if (type === 'mobile') who.user.smsSignInEnabled = false;
  return ok(methodsView(ctx, who));
}

export function setDefaultMethod(
  ctx: Context,
  authorization: string | null,
  body: DefaultMethodRequest,
): Answer<'setDefaultMethod'> {
  const who = signedIn(ctx, authorization);
  if ('status' in who) return who;
  const errors = checkBody(body, SHAPES.defaultMethod);
  if (errors.length) return invalidRequest(errors);
  if (stepUpRequired(ctx, who)) return problem('step-up-required');
  if (!defaultMethodOptions(who.user).includes(body.defaultMethod)) return problem('default-method-unusable');
  who.user.defaultMethod = body.defaultMethod;
  return ok(methodsView(ctx, who));
}

export function startStepUp(ctx: Context, authorization: string | null): Answer<'startStepUp'> {
  const who = signedIn(ctx, authorization);
  if ('status' in who) return who;
  // Nothing to prove it with; the first method is added without a step-up (stepUpRequired).
  if (!hasSecondFactor(who.user)) return problem('no-methods-registered');
  const flow = createFlow(ctx, {
    kind: 'step-up',
    stage: 'awaiting-method',
    userId: who.user.id,
    username: who.user.username,
    ownerSession: who.session.token,
  });
  return created(createdFlowView(ctx, flow));
}
