// Starting a sign-in: SMS sign-in with only a number, or a user name and password followed by MFA.
// Neither answer tells a stranger whether an account exists.
import type { PasswordSignInRequest, SmsSignInRequest } from '../../src/api/types';
import { type Answer, created } from './answers';
import { findByUsername, hasSecondFactor, passwordMatches, smsSignInAccount, tenantOf } from './directory';
import { createdFlowView, createFlow } from './flows';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { checkWindow, limitKey } from './limits';
import { failedPassword, passwordAccepted, passwordLocked } from './lockout';
import { numberBlocked, numberSubject } from './numbers';
import { isVirtualNumber, parseE164 } from './phone-numbers';
import { countryAllowed, HOME_TENANT, LIMITS, TENANTS } from './policy';
import { fieldError, invalidRequest, problem, throttled } from './problems';
import { checkBody, SHAPES } from './requests';
import { startSession } from './sessions';
import type { Context } from './state';
import { dispatch } from './verification';

/**
 * Every well-formed number gets the same answer. Only a registered number enabled for SMS sign-in
 * receives a code; for any other number the flow, the resend, the wrong-code answers and the
 * limits look exactly the same, and no code ever verifies. Everything the answer depends on belongs
 * to the number, not to an account (numbers.ts): its channel, its texts this hour, its block. The
 * home tenant judges the number's country, so an account in another tenant changes nothing either.
 */
export function startSmsSignIn(
  ctx: Context,
  body: SmsSignInRequest,
  idempotencyKey: string | null,
): Answer<'startSmsSignIn'> {
  const errors = checkBody(body, SHAPES.smsSignIn);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  return once(ctx, idempotencyKey, ['startSmsSignIn', body.phoneNumber], (): Answer<'startSmsSignIn'> => {
    const phone = parseE164(body.phoneNumber);
    if (!phone) {
      return problem('invalid-phone-number', { errors: [fieldError('phoneNumber', 'invalid-phone-number')] });
    }
    if (isVirtualNumber(phone.e164)) {
      return problem('virtual-number', { errors: [fieldError('phoneNumber', 'virtual-number')] });
    }
    const home = TENANTS[HOME_TENANT];
    if (!countryAllowed(home, phone.countryCallingCode)) {
      return problem('country-not-enabled', { alternatives: [] });
    }
    if (numberBlocked(ctx, phone.e164)) return problem('verification-blocked', { alternatives: [] });
    const limitSubject = numberSubject(phone.e164);
    const verdict = checkWindow(ctx, limitKey.texts(limitSubject), LIMITS.textsPerHour);
    if (!verdict.allowed) return throttled('text-limit', verdict.retryAfterSeconds, { alternatives: [] });
    const account = smsSignInAccount(ctx.state, phone.e164);
    const flow = createFlow(ctx, { kind: 'sms-sign-in', stage: 'verifying', userId: account?.id ?? null });
    dispatch(ctx, flow, {
      methodId: 'mobile-sms',
      type: 'sms',
      factor: 'mobile',
      destination: { kind: 'phone', phone },
      tenant: account ? tenantOf(account) : home,
      recipient: account ?? null,
      limitSubjects: [limitSubject],
    });
    return created(createdFlowView(ctx, flow));
  });
}

/**
 * A wrong user name and a wrong password get the same answer, and failures lock the user name
 * whether or not it exists (lockout.ts). Only after the right password does a blocked account
 * learn it is blocked.
 */
export function startPasswordSignIn(
  ctx: Context,
  body: PasswordSignInRequest,
): Answer<'startPasswordSignIn'> {
  const errors = checkBody(body, SHAPES.passwordSignIn);
  if (errors.length) return invalidRequest(errors);
  const locked = passwordLocked(ctx, body.username);
  if (locked) return locked;
  const user = findByUsername(ctx.state, body.username);
  if (!user || !passwordMatches(user, body.password)) {
    failedPassword(ctx, body.username);
    return problem('invalid-credentials');
  }
  passwordAccepted(ctx, body.username);
  if (user.blockedByAdministrator) return problem('user-blocked');
  const username = body.username.trim();
  if (!hasSecondFactor(user)) {
    const session = startSession(ctx, user, { signInMethod: 'password' });
    const flow = createFlow(ctx, {
      kind: 'password-sign-in',
      stage: 'completed',
      userId: user.id,
      username,
      issuedSession: session.token,
    });
    return created(createdFlowView(ctx, flow));
  }
  const flow = createFlow(ctx, {
    kind: 'password-sign-in',
    stage: 'awaiting-method',
    userId: user.id,
    username,
  });
  return created(createdFlowView(ctx, flow));
}
