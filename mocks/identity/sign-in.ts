// Starting a sign-in: SMS sign-in with only a number, or a user name and password followed by MFA.
// Neither answer tells a stranger whether an account exists.
import type { PasswordSignInRequest, SmsSignInRequest } from '../../src/api/types';
import { type Answer, created } from './answers';
import { findByUsername, hasSecondFactor, passwordMatches, smsSignInAccount, tenantOf } from './directory';
import { createFlow, flowView } from './flows';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { checkWindow, limitKey, recordEvent } from './limits';
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
 * limits (counted per number) look exactly the same, and no code ever verifies.
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
    const account = smsSignInAccount(ctx.state, phone.e164);
    const tenant = account ? tenantOf(account) : TENANTS[HOME_TENANT];
    if (!countryAllowed(tenant, phone.countryCallingCode)) {
      return problem('country-not-enabled', { alternatives: [] });
    }
    if (account?.verificationBlocked) return problem('verification-blocked', { alternatives: [] });
    const limitSubject = account ? `user:${account.id}` : `number:${phone.e164}`;
    const verdict = checkWindow(ctx, limitKey.texts(limitSubject), LIMITS.textsPerHour);
    if (!verdict.allowed) return throttled('text-limit', verdict.retryAfterSeconds, { alternatives: [] });
    const flow = createFlow(ctx, { kind: 'sms-sign-in', stage: 'verifying', userId: account?.id ?? null });
    dispatch(ctx, flow, {
      methodId: 'mobile-sms',
      type: 'sms',
      factor: 'mobile',
      destination: { kind: 'phone', phone },
      tenant,
      recipient: account ?? null,
      limitSubject,
    });
    return created(flowView(ctx, flow));
  });
}

/**
 * A wrong user name and a wrong password get the same answer, and failures are throttled per
 * user name whether or not it exists. Only after the right password does a blocked account learn
 * it is blocked.
 */
export function startPasswordSignIn(
  ctx: Context,
  body: PasswordSignInRequest,
): Answer<'startPasswordSignIn'> {
  const errors = checkBody(body, SHAPES.passwordSignIn);
  if (errors.length) return invalidRequest(errors);
  const failures = limitKey.failedPasswords(body.username);
  const verdict = checkWindow(ctx, failures, LIMITS.failedPasswords);
  if (!verdict.allowed) return throttled('too-many-requests', verdict.retryAfterSeconds);
  const user = findByUsername(ctx.state, body.username);
  if (!user || !passwordMatches(user, body.password)) {
    recordEvent(ctx, failures);
    return problem('invalid-credentials');
  }
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
    return created(flowView(ctx, flow));
  }
  const flow = createFlow(ctx, {
    kind: 'password-sign-in',
    stage: 'awaiting-method',
    userId: user.id,
    username,
  });
  return created(flowView(ctx, flow));
}
