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
import { tenantOf } from './directory';
import {
  flowExpired,
  flowLocked,
  flowPurpose,
  flowView,
  liveFlow,
  lockFlow,
  stepMethods,
  verificationPassed,
} from './flows';
import { missingIdempotencyKey, once, usableKey } from './idempotency';
import { checkWindow, limitKey, recordEvent } from './limits';
import { deliverEmailCode, deliverTextCode, deliverWhatsAppNotice } from './messaging';
import { alternativesTo, destinationOf, registeredMethod, unavailability } from './methods';
import { failedResetCheck, flowResetLock } from './password-reset';
import { displayNumber } from './phone-numbers';
import { LIMITS, type Tenant } from './policy';
import { fieldError, invalidRequest, problem, throttled } from './problems';
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
  /** Whose limits it counts against: "user:{id}", or "number:{e164}" for strangers. */
  limitSubject: string;
}

/** The channel a text takes: the person's own mobile follows their handset; other numbers get SMS. */
function textChannelFor(recipient: UserRecord | null, destination: Destination): Channel {
  const ownMobile = destination.kind === 'phone' && recipient?.phones.mobile?.e164 === destination.phone.e164;
  return ownMobile && recipient ? recipient.textChannel : 'sms';
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

/** Replaces the flow's verification with a new one and sends it. Every check has been made. */
export function dispatch(ctx: Context, flow: FlowRecord, d: Dispatch): void {
  hangUp(ctx, flow.verification?.callId ?? null);
  const channel = d.type === 'sms' ? textChannelFor(d.recipient, d.destination) : CHANNEL_OF[d.type];
  const delivery: Delivery = d.recipient ? { recipient: d.recipient, tenant: d.tenant } : null;
  const verification: VerificationRecord = {
    id: randomId(ctx.random, 16),
    methodId: d.methodId,
    type: d.type,
    factor: d.factor,
    channel,
    destination: d.destination,
    whatsAppFirstUse: false,
    code: null,
    sentAt: ctx.now,
    callId: null,
    limitSubject: d.limitSubject,
    genuine: d.recipient !== null,
  };
  flow.verification = verification;
  flow.stage = 'verifying';
  if (d.type === 'sms') {
    if (
      channel === 'whatsapp' &&
      d.recipient &&
      !d.recipient.whatsAppNoticeSent &&
      d.destination.kind === 'phone'
    ) {
      deliverWhatsAppNotice(ctx, d.destination.phone, d.tenant);
      d.recipient.whatsAppNoticeSent = true;
      verification.whatsAppFirstUse = true;
    }
    sendCode(ctx, verification, delivery);
    recordEvent(ctx, limitKey.texts(d.limitSubject));
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
    recordEvent(ctx, limitKey.calls(d.limitSubject));
  }
}

const resendable = (v: VerificationRecord) => v.type === 'sms' || v.type === 'email-code';

function cooldown(ctx: Context, v: VerificationRecord) {
  const waitUntil = v.sentAt + LIMITS.resendCooldown;
  return waitUntil > ctx.now ? throttled('resend-cooldown', secondsUntil(waitUntil, ctx.now)) : null;
}

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
    if (destination.kind === 'phone' && user.verificationBlocked) {
      return problem('verification-blocked', {
        alternatives: alternativesTo(ctx, user, offered, method, { phonesBlocked: true }),
      });
    }
    const current = flow.verification;
    if (current?.methodId === method.id && resendable(current)) {
      const waiting = cooldown(ctx, current);
      if (waiting) return waiting;
    }
    dispatch(ctx, flow, {
      methodId: method.id,
      type: method.type,
      factor: method.factor,
      destination,
      tenant: tenantOf(user),
      recipient: user,
      limitSubject: `user:${user.id}`,
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
    const waiting = cooldown(ctx, v);
    if (waiting) return waiting;
    if (v.type === 'sms') {
      const verdict = checkWindow(ctx, limitKey.texts(v.limitSubject), LIMITS.textsPerHour);
      if (!verdict.allowed) {
        const offered = stepMethods(flow, user);
        const current = user ? registeredMethod(user, v.methodId) : undefined;
        const alternatives = user && current ? alternativesTo(ctx, user, offered, current) : [];
        return throttled('text-limit', verdict.retryAfterSeconds, { alternatives });
      }
      recordEvent(ctx, limitKey.texts(v.limitSubject));
    }
    // The notice about WhatsApp went with the first code; a resent code is an ordinary one.
    v.whatsAppFirstUse = false;
    sendCode(ctx, v, v.genuine && user ? { recipient: user, tenant: tenantOf(user) } : null);
    return ok(flowView(ctx, flow));
  };
  // The contract declares no 400 for a resend, so a request without a usable key is served, just
  // without replay protection.
  return usableKey(idempotencyKey) ? once(ctx, idempotencyKey, ['resendCode', flowId], resend) : resend();
}

export function submitCode(ctx: Context, flowId: string, body: SubmitCodeRequest): Answer<'submitCode'> {
  const errors = checkBody(body, SHAPES.submitCode);
  if (errors.length) return invalidRequest(errors);
  const flow = liveFlow(ctx, flowId);
  if (!flow) return flowExpired();
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
      verificationPassed(ctx, flow);
      return ok(flowView(ctx, flow));
    }
  } else if (v.genuine && v.code && sameCode(v.code.value, body.code)) {
    verificationPassed(ctx, flow);
    return ok(flowView(ctx, flow));
  }
  flow.wrongCodes++;
  const resetLocked = failedResetCheck(ctx, flow);
  if (resetLocked) return resetLocked;
  if (flow.wrongCodes >= LIMITS.wrongCodesPerFlow) {
    lockFlow(ctx, flow, 'too-many-wrong-codes');
    return flowLocked(flow);
  }
  return problem('wrong-code', { attemptsLeft: LIMITS.wrongCodesPerFlow - flow.wrongCodes });
}

/** The demo phone's keypad: # proves the flow's verification, 0# reports fraud and locks the flow. */
export function answerFromHandset(ctx: Context, callId: string, answer: CallAnswer): void {
  const call = findCall(ctx, callId);
  if (!call || !answerCall(ctx, call, answer)) return;
  const flow = liveFlow(ctx, call.flowId);
  if (!flow || flow.verification?.id !== call.verificationId) return;
  if (answer === 'press-hash') verificationPassed(ctx, flow);
  if (answer === 'press-zero-hash') lockFlow(ctx, flow, 'fraud-reported');
}
