// One verification at a time per flow: a code sent by text or e-mail, an authenticator code, or a
// call answered with #. Starting, resending and checking, with every limit in the order a backend
// would apply it: what the flow allows, what policy allows, then throttles, then sending.
import type {
  Channel,
  StartVerificationRequest,
  SubmitCodeRequest,
  VerificationMethodType,
} from '../../src/api/types';
import { type Answer, created, ok } from './answers';
import { acceptAuthenticatorCode } from './authenticator';
import { secondsUntil } from './clock';
import { issueCode, sameCode } from './codes';
import type { CallAnswer } from './demo-phone';
import { digest53 } from './digest';
import { tenantOf } from './directory';
import {
  flowExpired,
  flowLocked,
  flowPurpose,
  flowView,
  liveFlow,
  lockFlow,
  outcomeRecoverable,
  stepMethods,
  verificationPassed,
} from './flows';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { limitKey, overLimit, recordEvent } from './limits';
import { deliverEmailCode, deliverTextCode, deliverWhatsAppNotice, promisedSender } from './messaging';
import {
  alternativesTo,
  destinationOf,
  type MethodDefinition,
  registeredMethod,
  unavailability,
} from './methods';
import {
  countWrongCode,
  numberBlocked,
  numberSubject,
  sendsAs,
  textChannelOf,
  whatsAppNoticeDue,
} from './numbers';
import { failedResetCheck, flowResetLock } from './password-reset';
import { displayNumber } from './phone-numbers';
import { LIMITS, type Tenant } from './policy';
import { fieldError, invalidRequest, type ProblemExtras, problem, throttled } from './problems';
import { randomId } from './random';
import { checkBody, SHAPES } from './requests';
import {
  type Context,
  type Destination,
  type Factor,
  type FlowRecord,
  findUser,
  type UserRecord,
  type VerificationRecord,
} from './state';
import { answerCall, findCall, hangUp, placeCall } from './telephony';

export interface Dispatch {
  methodId: string;
  type: VerificationMethodType;
  factor: Factor;
  destination: Destination;
  tenant: Tenant;
  /** Who really receives it; null for SMS sign-in to a number with no enabled account. */
  recipient: UserRecord | null;
  /** Whose limits it counts against (limitSubjectsFor, or the number alone for SMS sign-in). */
  limitSubjects: string[];
}

/** A flow that knows its user counts sends against the user and against the number it sends to. */
export function limitSubjectsFor(user: UserRecord, destination: Destination): string[] {
  return destination.kind === 'phone'
    ? [`user:${user.id}`, numberSubject(destination.phone.e164)]
    : [`user:${user.id}`];
}

/** The channel a text takes: whatever the messaging provider reaches the number by. */
function textChannelFor(ctx: Context, destination: Destination): Channel {
  return destination.kind === 'phone' ? textChannelOf(ctx, destination.phone.e164) : 'sms';
}

/** Who receives a send, and in whose name; null when nothing may be delivered (strangers). */
type Delivery = { recipient: UserRecord; tenant: Tenant } | null;

/** A new code replaces the old one even when nothing is delivered, so strangers' flows age alike. */
function sendCode(ctx: Context, verification: VerificationRecord, delivery: Delivery): void {
  verification.code = issueCode(ctx.random, ctx.now);
  verification.sentAt = ctx.now;
  if (!delivery) return;
  const { destination, channel } = verification;
  if (destination.kind === 'email') {
    deliverEmailCode(ctx, destination.address, delivery.tenant, verification.code.value);
  } else if (
    destination.kind === 'phone' &&
    (channel === 'sms' || channel === 'rcs' || channel === 'whatsapp')
  ) {
    deliverTextCode(ctx, destination.phone, channel, delivery.tenant, verification.code.value);
  }
}

const CHANNEL_OF: Record<Exclude<VerificationMethodType, 'sms'>, Channel> = {
  voice: 'voice',
  'email-code': 'email',
  'app-code': 'app',
};

/**
 * How a verification really goes: as asked, except where a trial sends a call as a text or a text
 * as a call (numbers.ts). The verification is then what was sent: a code to type, or a call.
 */
const sentAs = (ctx: Context, d: Pick<Dispatch, 'tenant' | 'destination' | 'type'>): VerificationMethodType =>
  sendsAs(ctx, d.tenant, phoneOf(d.destination) ?? undefined, d.type);

/** Replaces the flow's verification with a new one and sends it. Every check has been made. */
export function dispatch(ctx: Context, flow: FlowRecord, asked: Dispatch): void {
  hangUp(ctx, flow.verification?.callId ?? null);
  const d = { ...asked, type: sentAs(ctx, asked) };
  const channel = d.type === 'sms' ? textChannelFor(ctx, d.destination) : CHANNEL_OF[d.type];
  const delivery: Delivery = d.recipient ? { recipient: d.recipient, tenant: d.tenant } : null;
  const insteadOf =
    asked.type !== d.type && (asked.type === 'sms' || asked.type === 'voice') ? asked.type : null;
  const verification: VerificationRecord = {
    id: randomId(ctx.random, 16),
    methodId: d.methodId,
    type: d.type,
    factor: d.factor,
    channel,
    deliveredInsteadOf: insteadOf,
    sender:
      channel === 'sms' || channel === 'rcs' || channel === 'whatsapp'
        ? promisedSender(channel, d.tenant)
        : null,
    destination: d.destination,
    whatsAppFirstUse: false,
    code: null,
    sentAt: ctx.now,
    callId: null,
    limitSubjects: d.limitSubjects,
    genuine: d.recipient !== null,
  };
  flow.verification = verification;
  flow.stage = 'verifying';
  if (d.type !== 'app-code') flow.lastSent = { ...flow.lastSent, [d.type]: ctx.now };
  if (d.type === 'sms') {
    // The number's first WhatsApp code, whoever holds it; the notice itself goes only to a persona.
    if (d.destination.kind === 'phone' && whatsAppNoticeDue(ctx, d.destination.phone.e164)) {
      if (d.recipient) deliverWhatsAppNotice(ctx, d.destination.phone, d.tenant);
      verification.whatsAppFirstUse = true;
    }
    sendCode(ctx, verification, delivery);
    for (const subject of d.limitSubjects) recordEvent(ctx, limitKey.texts(subject));
  } else if (d.type === 'email-code') {
    sendCode(ctx, verification, delivery);
  } else if (d.type === 'voice' && d.destination.kind === 'phone') {
    const call = placeCall(ctx, {
      to: displayNumber(d.destination.phone),
      flowId: flow.id,
      verificationId: verification.id,
      script: d.recipient?.callScript ?? null,
    });
    verification.callId = call.id;
    for (const subject of d.limitSubjects) recordEvent(ctx, limitKey.calls(subject));
  }
}

const resendable = (v: VerificationRecord) => v.type === 'sms' || v.type === 'email-code';

/**
 * When the flow may send this kind again: 30 s after its last text (or call, or e-mail), whichever
 * method that was for, so text, call, text cannot send two texts within 30 s. Null for the app.
 */
function nextSendAt(flow: FlowRecord, type: VerificationMethodType): number | null {
  if (type === 'app-code') return null;
  const last = flow.lastSent?.[type];
  return last === undefined ? null : last + LIMITS.resendCooldown;
}

function cooldown(ctx: Context, flow: FlowRecord, type: VerificationMethodType, extras: ProblemExtras = {}) {
  const waitUntil = nextSendAt(flow, type);
  return waitUntil !== null && waitUntil > ctx.now
    ? throttled('resend-cooldown', secondsUntil(waitUntil, ctx.now), extras)
    : null;
}

/** The phone a verification would text or call, if it is one. */
const phoneOf = (destination: Destination) => (destination.kind === 'phone' ? destination.phone : null);

export function startVerification(
  ctx: Context,
  flowId: string,
  body: StartVerificationRequest,
  idempotencyKey: string | null,
): Answer<'startVerification'> {
  const errors = checkBody(body, SHAPES.startVerification);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  return once(ctx, idempotencyKey, ['startVerification', flowId, body], (): Answer<'startVerification'> => {
    const flow = liveFlow(ctx, flowId);
    if (!flow) return flowExpired();
    if (flow.stage === 'locked') return flowLocked(flow);
    const user = findUser(ctx.state, flow.userId);
    const choosing = flow.stage === 'awaiting-method' || flow.stage === 'verifying';
    if (!user || flowPurpose(flow) === null || !choosing) return problem('flow-stage-mismatch');
    const locked = flowResetLock(ctx, flow);
    if (locked) return locked;
    const method = registeredMethod(user, body.methodId);
    if (!method) return problem('method-not-registered');
    const offered = stepMethods(flow, user);
    if (!offered.some((candidate) => candidate.id === method.id)) return problem('method-not-offered');
    const destination = destinationOf(user, method);
    if (flow.kind === 'password-reset' && destination.kind === 'phone') {
      // The person proves they know the whole number before anything is sent to it.
      if (body.confirmPhoneNumber === undefined) return invalidRequest([fieldError('confirmPhoneNumber')]);
      if (body.confirmPhoneNumber !== destination.phone.e164) {
        return failedResetCheck(ctx, flow) ?? problem('phone-mismatch');
      }
    }
    const refused = unavailability(ctx, user, method);
    if (refused) {
      const alternatives = alternativesTo(ctx, user, offered, method);
      return 'retryAfterSeconds' in refused
        ? throttled(refused.reason, refused.retryAfterSeconds, { alternatives })
        : problem(refused.reason, { alternatives });
    }
    const phone = phoneOf(destination);
    if (phone && numberBlocked(ctx, phone.e164)) {
      return problem('verification-blocked', { alternatives: alternativesTo(ctx, user, offered, method) });
    }
    // The cooldown is that of what will be sent (a trial may send a call as a text).
    const tenant = tenantOf(user);
    const sends = (m: MethodDefinition) =>
      sentAs(ctx, { tenant, destination: destinationOf(user, m), type: m.type });
    // Suggested instead: what this flow can use now without waiting for its own cooldown.
    const notCooling = alternativesTo(ctx, user, offered, method).filter((id) => {
      const candidate = offered.find((m) => m.id === id);
      const at = candidate ? nextSendAt(flow, sends(candidate)) : null;
      return at === null || at <= ctx.now;
    });
    const waiting = cooldown(ctx, flow, sends(method), { alternatives: notCooling });
    if (waiting) return waiting;
    dispatch(ctx, flow, {
      methodId: method.id,
      type: method.type,
      factor: method.factor,
      destination,
      tenant,
      recipient: user,
      limitSubjects: limitSubjectsFor(user, destination),
    });
    return created(flowView(ctx, flow));
  });
}

export function resendCode(
  ctx: Context,
  flowId: string,
  idempotencyKey: string | null,
): Answer<'resendCode'> {
  const resend = (): Answer<'resendCode'> => {
    const flow = liveFlow(ctx, flowId);
    if (!flow) return flowExpired();
    if (flow.stage === 'locked') return flowLocked(flow);
    const v = flow.verification;
    if (flow.stage !== 'verifying' || !v || !resendable(v)) return problem('flow-stage-mismatch');
    const user = findUser(ctx.state, flow.userId);
    const locked = flowResetLock(ctx, flow);
    if (locked) return locked;
    const offered = stepMethods(flow, user);
    const current = user ? registeredMethod(user, v.methodId) : undefined;
    const alternatives = () => (user && current ? alternativesTo(ctx, user, offered, current) : []);
    const phone = phoneOf(v.destination);
    if (phone && numberBlocked(ctx, phone.e164)) {
      return problem('verification-blocked', { alternatives: alternatives() });
    }
    const waiting = cooldown(ctx, flow, v.type);
    if (waiting) return waiting;
    if (v.type === 'sms') {
      const keys = v.limitSubjects.map(limitKey.texts);
      const wait = overLimit(ctx, keys, LIMITS.textsPerHour);
      if (wait !== null) return throttled('text-limit', wait, { alternatives: alternatives() });
      for (const key of keys) recordEvent(ctx, key);
    }
    if (v.type !== 'app-code') flow.lastSent = { ...flow.lastSent, [v.type]: ctx.now };
    // The notice about WhatsApp went with the first code; a resent code is an ordinary one.
    v.whatsAppFirstUse = false;
    // Asking again says WhatsApp didn't reach the person (no app, no connection): Entra then sends
    // an ordinary text, and so does this service, every resend from now on.
    if (v.channel === 'whatsapp') {
      v.channel = 'sms';
      v.sender = null;
    }
    sendCode(ctx, v, v.genuine && user ? { recipient: user, tenant: tenantOf(user) } : null);
    return ok(flowView(ctx, flow));
  };
  // A resend texts (or e-mails) again, so like every request that sends it needs its key.
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  return once(ctx, idempotencyKey, ['resendCode', flowId], resend);
}

/**
 * Checks a code. The check that completes the flow is remembered by its Idempotency-Key, so a retry
 * of it (its answer was lost) gets the same answer, the outcome in it while that can be recovered;
 * anyone else meets a completed flow and learns nothing from it.
 */
export function submitCode(
  ctx: Context,
  flowId: string,
  body: SubmitCodeRequest,
  idempotencyKey: string | null,
): Answer<'submitCode'> {
  const errors = checkBody(body, SHAPES.submitCode);
  if (errors.length) return invalidRequest(errors);
  if (!usableKey(idempotencyKey)) return missingIdempotencyKey();
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
  const fingerprint = digest53(JSON.stringify(['submitCode', flowId, body.code]));
  const completing = flow.completingCheck;
  if (completing?.key === idempotencyKey) {
    return completing.fingerprint === fingerprint
      ? ok(flowView(ctx, flow, { outcome: outcomeRecoverable(ctx, flow) }))
      : problem('idempotency-key-reused');
  }
  if (flow.stage === 'locked') return flowLocked(flow);
  const v = flow.verification;
  if (flow.stage !== 'verifying' || !v || v.type === 'voice') return problem('flow-stage-mismatch');
  const user = findUser(ctx.state, flow.userId);
  const locked = flowResetLock(ctx, flow);
  if (locked) return locked;
  if (v.code && v.code.expiresAt <= ctx.now) return problem('code-expired');
  if (v.type === 'app-code' && user?.authenticator) {
    const step = acceptAuthenticatorCode(
      user.authenticator.secret,
      body.code,
      ctx.now,
      user.authenticatorLastStep,
    );
    if (step !== null) {
      user.authenticatorLastStep = step;
      return checkPassed(ctx, flow, { key: idempotencyKey, fingerprint });
    }
  } else if (v.genuine && v.code && sameCode(v.code.value, body.code)) {
    return checkPassed(ctx, flow, { key: idempotencyKey, fingerprint });
  }
  flow.wrongCodes++;
  // Wrong codes count per number too, across flows (and whether or not anyone holds the number).
  const phone = v.type === 'sms' ? phoneOf(v.destination) : null;
  const numberNowBlocked = phone !== null && countWrongCode(ctx, phone.e164);
  // Every flow waiting for a code texted to a number just blocked stops, this one included.
  if (phone && numberNowBlocked) lockFlowsTexting(ctx, phone.e164);
  const resetLocked = failedResetCheck(ctx, flow);
  if (resetLocked) return resetLocked;
  if (numberNowBlocked) return flowLocked(flow);
  if (flow.wrongCodes >= LIMITS.wrongCodesPerFlow) {
    lockFlow(ctx, flow, 'too-many-wrong-codes');
    return flowLocked(flow);
  }
  return problem('wrong-code', { attemptsLeft: LIMITS.wrongCodesPerFlow - flow.wrongCodes });
}

/** A step is verified: the next one (a reset's second) sends without waiting for this one's cooldown. */
function passed(ctx: Context, flow: FlowRecord): void {
  delete flow.lastSent;
  verificationPassed(ctx, flow);
}

/** The right code: the flow moves on, and if that completes it, this answer carries the outcome. */
function checkPassed(
  ctx: Context,
  flow: FlowRecord,
  check: NonNullable<FlowRecord['completingCheck']>,
): Answer<'submitCode'> {
  passed(ctx, flow);
  if (flow.stage !== 'completed') return ok(flowView(ctx, flow));
  flow.completingCheck = check;
  return ok(flowView(ctx, flow, { outcome: true }));
}

/**
 * A number was blocked after too many wrong codes: every live flow waiting for a code texted to it
 * is locked, so codes already sent there cannot be guessed either.
 */
function lockFlowsTexting(ctx: Context, e164: string): void {
  for (const flow of Object.values(ctx.state.flows)) {
    const v = flow.verification;
    const texting =
      flow.expiresAt > ctx.now &&
      flow.stage === 'verifying' &&
      v?.type === 'sms' &&
      phoneOf(v.destination)?.e164 === e164;
    if (texting) lockFlow(ctx, flow, 'too-many-wrong-codes');
  }
}

/** The demo phone's keypad: # proves the flow's verification, 0# reports fraud and locks the flow. */
export function answerFromHandset(ctx: Context, callId: string, answer: CallAnswer): void {
  const call = findCall(ctx, callId);
  if (!call || !answerCall(ctx, call, answer)) return;
  const flow = liveFlow(ctx, call.flowId);
  if (!flow || flow.verification?.id !== call.verificationId) return;
  if (answer === 'press-hash') passed(ctx, flow);
  if (answer === 'press-zero-hash') lockFlow(ctx, flow, 'fraud-reported');
}
