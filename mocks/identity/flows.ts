// A flow's life: created by a start operation, addressed by an opaque id, moved on by verified
// proofs, and gone after its lifetime (an unknown or expired id answers flow-expired alike).
import type { Flow, FlowKind, SignInMethod, Verification } from '../../src/api/types';
import { type Answer, noContent, ok } from './answers';
import { secondsUntil } from './clock';
import { sameCode } from './codes';
import { phoneMethodView, savePhone } from './directory';
import {
  describeMethod,
  type MethodDefinition,
  maskDestination,
  offeredMethods,
  type Purpose,
} from './methods';
import { passwordPolicy } from './passwords';
import { LIMITS } from './policy';
import { fieldError, invalidRequest, type ProblemAnswer, problem } from './problems';
import { randomId, randomReference } from './random';
import { sessionByToken, sessionView, startSession } from './sessions';
import { type Context, type FlowRecord, findUser, type UserRecord, type VerificationRecord } from './state';
import { callProgress, findCall, hangUp } from './telephony';

const LIFETIME: Record<FlowKind, number> = {
  'sms-sign-in': LIMITS.signInFlowLifetime,
  'password-sign-in': LIMITS.signInFlowLifetime,
  'password-reset': LIMITS.resetFlowLifetime,
  'register-phone': LIMITS.securityInfoFlowLifetime,
  'step-up': LIMITS.securityInfoFlowLifetime,
};

type NewFlow = Pick<FlowRecord, 'kind' | 'stage' | 'userId'> & Partial<FlowRecord>;

export function createFlow(ctx: Context, init: NewFlow): FlowRecord {
  const flow: FlowRecord = {
    // 22 URL-safe characters: 132 random bits, unguessable, and never a phone number.
    id: randomId(ctx.random, 22),
    // 192 random bits: the id may be seen (an address bar's history, a log); this never is.
    secret: randomId(ctx.random, 32),
    expiresAt: ctx.now + LIFETIME[init.kind],
    username: null,
    step: { current: 1, total: 1 },
    usedFactors: [],
    wrongCodes: 0,
    verification: null,
    lock: null,
    issuedSession: null,
    completedAt: init.stage === 'completed' ? ctx.now : null,
    completingCheck: null,
    ownerSession: null,
    registration: null,
    ...init,
  };
  ctx.state.flows[flow.id] = flow;
  return flow;
}

export function liveFlow(ctx: Context, flowId: string): FlowRecord | undefined {
  const flow = ctx.state.flows[flowId];
  return flow && flow.expiresAt > ctx.now ? flow : undefined;
}

export const flowExpired = (): ProblemAnswer<410> => problem('flow-expired');

const FLOW_ID = /^[A-Za-z0-9_-]{16,128}$/;

/** An id that can't be a flow's (the contract's pattern) is a bad request, not an unknown flow. */
export const malformedFlowId = (flowId: string): ProblemAnswer<400> | null =>
  FLOW_ID.test(flowId) ? null : invalidRequest([fieldError('flowId')]);

/** Which methods a flow offers to choose from; SMS sign-in and registration verify one way only. */
export function flowPurpose(flow: FlowRecord): Purpose | null {
  if (flow.kind === 'password-sign-in' || flow.kind === 'step-up') return 'mfa';
  if (flow.kind === 'password-reset') return 'reset';
  return null;
}

export function stepMethods(flow: FlowRecord, user: UserRecord | undefined): MethodDefinition[] {
  const purpose = flowPurpose(flow);
  return purpose && user ? offeredMethods(user, purpose, flow.usedFactors) : [];
}

export function lockFlow(
  ctx: Context,
  flow: FlowRecord,
  reason: NonNullable<FlowRecord['lock']>['reason'],
): void {
  hangUp(ctx, flow.verification?.callId ?? null);
  flow.stage = 'locked';
  flow.verification = null;
  flow.lock = { reason, reference: randomReference(ctx.random) };
}

const LOCK_DETAIL = {
  'fraud-reported': 'Suspicious activity was reported for this sign-in.',
  'too-many-wrong-codes': 'Too many wrong codes were entered.',
} as const;

/** The answer to anything asked of a locked flow (the lock's reason and reference included). */
export function flowLocked(flow: FlowRecord): ProblemAnswer<423> {
  return problem(
    'flow-locked',
    flow.lock ? { detail: LOCK_DETAIL[flow.lock.reason], reference: flow.lock.reference } : {},
  );
}

function discardFlow(ctx: Context, flow: FlowRecord): void {
  hangUp(ctx, flow.verification?.callId ?? null);
  delete ctx.state.flows[flow.id];
}

export function pruneFlows(ctx: Context): void {
  for (const flow of Object.values(ctx.state.flows)) {
    if (flow.expiresAt <= ctx.now) delete ctx.state.flows[flow.id];
  }
}

export function completeFlow(ctx: Context, flow: FlowRecord): void {
  flow.stage = 'completed';
  flow.completedAt = ctx.now;
}

/**
 * The client that created the flow may get its outcome again (an answer it lost): for a short while
 * after the flow completed, and not once the session it issued has been used, for then the client
 * evidently has it.
 */
export function outcomeRecoverable(ctx: Context, flow: FlowRecord): boolean {
  if (flow.completedAt === null || ctx.now - flow.completedAt >= LIMITS.outcomeRecovery) return false;
  const session = flow.issuedSession === null ? undefined : ctx.state.sessions[flow.issuedSession];
  return session?.usedAt == null;
}

const MFA_SIGN_IN = {
  sms: 'password-and-sms',
  voice: 'password-and-voice',
  'app-code': 'password-and-app-code',
} as const satisfies Record<string, SignInMethod>;

/** The verification in progress was proven (right code, or # on the call): move the flow on. */
export function verificationPassed(ctx: Context, flow: FlowRecord): void {
  const verification = flow.verification;
  const user = findUser(ctx.state, flow.userId);
  if (!verification || !user) return;
  flow.verification = null;
  const proof = {
    channel: verification.channel,
    maskedDestination: maskDestination(verification.destination),
  };
  switch (flow.kind) {
    case 'sms-sign-in':
      flow.issuedSession = startSession(ctx, user, { signInMethod: 'sms-sign-in', ...proof }).token;
      completeFlow(ctx, flow);
      return;
    case 'password-sign-in': {
      // E-mail codes are offered for password reset only (methods.ts), never as a second factor.
      const signInMethod = verification.type === 'email-code' ? 'password' : MFA_SIGN_IN[verification.type];
      flow.issuedSession = startSession(ctx, user, { signInMethod, ...proof }).token;
      completeFlow(ctx, flow);
      return;
    }
    case 'step-up':
    case 'register-phone': {
      if (flow.registration) savePhone(user, flow.registration.phoneType, flow.registration.phone);
      // Proving a phone (registered or new) is a fresh second factor for the session that asked.
      const owner = sessionByToken(ctx, flow.ownerSession);
      if (owner) owner.verifiedAt = ctx.now;
      completeFlow(ctx, flow);
      return;
    }
    case 'password-reset':
      flow.usedFactors.push(verification.factor);
      if (flow.usedFactors.length < flow.step.total) {
        flow.step = { current: flow.usedFactors.length + 1, total: flow.step.total };
        flow.stage = 'awaiting-method';
      } else {
        flow.stage = 'password-required';
      }
      return;
  }
}

function verificationView(ctx: Context, flow: FlowRecord, v: VerificationRecord): Verification {
  const typesCode = v.type !== 'voice';
  const resendable = v.type === 'sms' || v.type === 'email-code';
  const call = v.callId ? findCall(ctx, v.callId) : undefined;
  const progress = call ? callProgress(call, ctx.now) : undefined;
  const phone = v.destination.kind === 'phone' ? v.destination.phone : undefined;
  return {
    id: v.id,
    methodId: v.methodId,
    type: v.type,
    channel: v.channel,
    ...(v.deliveredInsteadOf ? { deliveredInsteadOf: v.deliveredInsteadOf } : {}),
    ...(v.sender ? { sender: v.sender } : {}),
    maskedDestination: maskDestination(v.destination),
    ...(phone?.extension ? { extension: phone.extension } : {}),
    ...(v.whatsAppFirstUse ? { whatsAppFirstUse: true } : {}),
    ...(typesCode ? { codeLength: LIMITS.codeLength } : {}),
    ...(v.code ? { codeExpiresInSeconds: secondsUntil(v.code.expiresAt, ctx.now) } : {}),
    resendInSeconds: resendable ? secondsUntil(v.sentAt + LIMITS.resendCooldown, ctx.now) : null,
    ...(typesCode ? { attemptsLeft: LIMITS.wrongCodesPerFlow - flow.wrongCodes } : {}),
    ...(progress
      ? {
          call: {
            status: progress.status,
            elapsedSeconds: progress.elapsedSeconds,
            remainingSeconds: progress.remainingSeconds,
          },
        }
      : {}),
  };
}

interface ViewOptions {
  /**
   * A completed flow's outcome (session, saved phone) is shown: in the answer that completes the
   * flow, and to its own client while the outcome can be recovered. Every other answer leaves it out.
   */
  outcome?: boolean;
}

/** The flow as the contract shows it, at this moment. */
export function flowView(ctx: Context, flow: FlowRecord, { outcome = false }: ViewOptions = {}): Flow {
  const user = findUser(ctx.state, flow.userId);
  const base = { flowId: flow.id, kind: flow.kind };
  const who = flow.username !== null ? { user: { username: flow.username } } : {};
  const expiresInSeconds = secondsUntil(flow.expiresAt, ctx.now);
  const purpose = flowPurpose(flow);
  const methods =
    purpose && user ? stepMethods(flow, user).map((m) => describeMethod(ctx, user, m, purpose)) : [];
  switch (flow.stage) {
    case 'awaiting-method':
      return {
        ...base,
        stage: 'awaiting-method',
        expiresInSeconds,
        step: flow.step,
        methods,
        defaultMethodId: methods.find((method) => method.isDefault)?.id ?? null,
        ...who,
      };
    case 'verifying': {
      if (!flow.verification) throw new Error(`Flow ${flow.id} is verifying without a verification`);
      return {
        ...base,
        stage: 'verifying',
        expiresInSeconds,
        step: flow.step,
        methods,
        verification: verificationView(ctx, flow, flow.verification),
        ...who,
      };
    }
    case 'password-required':
      return {
        ...base,
        kind: 'password-reset',
        stage: 'password-required',
        expiresInSeconds,
        passwordPolicy: passwordPolicy(),
        ...who,
      };
    case 'completed': {
      if (!outcome) return { ...base, stage: 'completed' };
      const session = sessionByToken(ctx, flow.issuedSession);
      const registered =
        flow.registration && user ? phoneMethodView(ctx.state, user, flow.registration.phoneType) : null;
      return {
        ...base,
        stage: 'completed',
        ...(session ? { sessionToken: session.token, session: sessionView(ctx, session) } : {}),
        ...(registered ? { registeredMethod: registered } : {}),
        // a reset's last screen offers signing in with the name it was started with
        ...(flow.kind === 'password-reset' ? who : {}),
      };
    }
    case 'locked': {
      if (!flow.lock) throw new Error(`Flow ${flow.id} is locked without a reason`);
      return { ...base, stage: 'locked', reason: flow.lock.reason, reference: flow.lock.reference };
    }
  }
}

/**
 * The answer to the operation that created the flow: the flow with its secret, and, when it was
 * completed at once (a password sign-in with nothing more to prove), its outcome.
 */
export function createdFlowView(ctx: Context, flow: FlowRecord): Flow {
  const view = flowView(ctx, flow, { outcome: true });
  // A new flow waits for a method, verifies, or is done at once: never a reset's password, nor locked.
  if (view.stage === 'password-required' || view.stage === 'locked') return view;
  return { ...view, flowSecret: flow.secret };
}

/** `flowSecret` is the request's Flow-Secret header: only the flow's own client can recover its outcome. */
export function getFlow(ctx: Context, flowId: string, flowSecret: string | null): Answer<'getFlow'> {
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
  const own = flowSecret !== null && sameCode(flow.secret, flowSecret);
  return ok(flowView(ctx, flow, { outcome: own && outcomeRecoverable(ctx, flow) }));
}

/**
 * The person cancelled the verification under way: its call is hung up, and a flow with methods
 * waits for one again. SMS sign-in has nothing else to offer, so it stays as it is.
 */
export function cancelVerification(ctx: Context, flowId: string): Answer<'cancelVerification'> {
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
  if (flow.stage === 'verifying' && flow.verification) {
    hangUp(ctx, flow.verification.callId);
    if (flow.kind !== 'sms-sign-in') {
      flow.stage = 'awaiting-method';
      flow.verification = null;
    }
  }
  return noContent();
}

/** Abandons the flow and hangs up its call; answers the same when it had already ended. */
export function cancelFlow(ctx: Context, flowId: string): Answer<'cancelFlow'> {
  const flow = liveFlow(ctx, flowId);
  if (flow) discardFlow(ctx, flow);
  return noContent();
}
