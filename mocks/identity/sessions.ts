// Signed-in sessions: opaque bearer tokens, and how recently the person proved a second factor
// (which decides whether security info can change without a step-up).
import type { Channel, Session, SignInMethod } from '../../src/api/types';
import { type Answer, noContent, ok } from './answers';
import { secondsUntil } from './clock';
import { LIMITS } from './policy';
import { bearerToken, notAuthenticated } from './problems';
import { randomId } from './random';
import { type Context, findUser, type SessionRecord, type UserRecord } from './state';

export interface SignInProof {
  signInMethod: SignInMethod;
  channel?: Channel;
  maskedDestination?: string;
}

/** Only a second factor counts as recent verification: a password alone or SMS sign-in does not. */
const MULTI_FACTOR: readonly SignInMethod[] = [
  'password-and-sms',
  'password-and-voice',
  'password-and-app-code',
];

export function startSession(ctx: Context, user: UserRecord, proof: SignInProof): SessionRecord {
  const session: SessionRecord = {
    token: randomId(ctx.random, 43),
    userId: user.id,
    signInMethod: proof.signInMethod,
    channel: proof.channel ?? null,
    maskedDestination: proof.maskedDestination ?? null,
    authenticatedAt: ctx.now,
    expiresAt: ctx.now + LIMITS.sessionLifetime,
    verifiedAt: MULTI_FACTOR.includes(proof.signInMethod) ? ctx.now : null,
    usedAt: null,
  };
  ctx.state.sessions[session.token] = session;
  return session;
}

export function sessionByToken(ctx: Context, token: string | null): SessionRecord | undefined {
  const session = token === null ? undefined : ctx.state.sessions[token];
  return session && session.expiresAt > ctx.now ? session : undefined;
}

/** The session an `Authorization: Bearer …` header names, if it is alive. */
export function sessionFromAuthorization(
  ctx: Context,
  authorization: string | null,
): SessionRecord | undefined {
  const session = sessionByToken(ctx, bearerToken(authorization));
  // The client has the token, so the flow that issued it need not hand it over again.
  if (session) session.usedAt ??= ctx.now;
  return session;
}

function endSession(ctx: Context, token: string): void {
  delete ctx.state.sessions[token];
}

export function recentlyVerified(ctx: Context, session: SessionRecord): boolean {
  return session.verifiedAt !== null && ctx.now - session.verifiedAt < LIMITS.stepUpFreshness;
}

export function sessionView(ctx: Context, session: SessionRecord): Session {
  const user = findUser(ctx.state, session.userId);
  return {
    user: { id: session.userId, displayName: user?.displayName ?? '', username: user?.username ?? '' },
    signInMethod: session.signInMethod,
    ...(session.channel ? { channel: session.channel } : {}),
    ...(session.maskedDestination ? { maskedDestination: session.maskedDestination } : {}),
    authenticatedAt: new Date(session.authenticatedAt).toISOString(),
    expiresInSeconds: secondsUntil(session.expiresAt, ctx.now),
  };
}

export function pruneSessions(ctx: Context): void {
  for (const [token, session] of Object.entries(ctx.state.sessions)) {
    if (session.expiresAt <= ctx.now) delete ctx.state.sessions[token];
  }
}

export function getSession(ctx: Context, authorization: string | null): Answer<'getSession'> {
  const session = sessionFromAuthorization(ctx, authorization);
  return session ? ok(sessionView(ctx, session)) : notAuthenticated(authorization);
}

/**
 * Ends the session; answers the same when it had already ended, so signing out twice is harmless.
 * Only a request with no bearer token at all is refused.
 */
export function signOut(ctx: Context, authorization: string | null): Answer<'signOut'> {
  if (bearerToken(authorization) === null) return notAuthenticated(authorization);
  const session = sessionFromAuthorization(ctx, authorization);
  if (session) endSession(ctx, session.token);
  return noContent();
}
