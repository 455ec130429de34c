// The voice-call simulator. A call's status is a pure function of what happened to it (placed,
// answered on the demo phone, hung up by the service) and the time it is read at, so a call rings
// out or goes to voicemail without any timer running.
import type { CallStatus } from '../../src/api/types';
import { SECOND, secondsUntil } from './clock';
import type { CallAnswer, PhoneCall } from './demo-phone';
import { LIMITS } from './policy';
import { randomId } from './random';
import type { CallRecord, Context } from './state';

/** How long a call to a voicemail persona rings before voicemail picks it up. */
const VOICEMAIL_PICKS_UP_AFTER = 5 * SECOND;

export interface CallProgressAt {
  status: CallStatus;
  elapsedSeconds: number;
  /** Seconds until the service gives up on the call; 0 once it has ended. */
  remainingSeconds: number;
  live: boolean;
}

const ANSWERED_OUTCOME: Record<Exclude<CallAnswer, 'no-key'>, CallStatus> = {
  'press-hash': 'approved',
  'press-zero-hash': 'fraud-reported',
  voicemail: 'voicemail',
  decline: 'declined',
};

/** The call's outcome and when it happened, or where it stands and when that will end. */
function timeline(call: CallRecord): { status: CallStatus; at: number; live: boolean } {
  const { answer, hungUpAt, placedAt } = call;
  // A call hung up by the service (a new verification, a cancelled flow) ends as timed-out: the
  // person could not complete it in time.
  const cut = (status: CallStatus, at: number) =>
    hungUpAt !== null && hungUpAt < at
      ? { status: 'timed-out' as const, at: hungUpAt, live: false }
      : { status, at, live: false };
  if (answer === null) {
    const picksUp =
      call.script === 'voicemail' ? placedAt + VOICEMAIL_PICKS_UP_AFTER : Number.POSITIVE_INFINITY;
    const ringsOut = placedAt + LIMITS.ringTimeout;
    return picksUp < ringsOut ? cut('voicemail', picksUp) : cut('no-answer', ringsOut);
  }
  if (answer.kind === 'no-key') return cut('no-key', answer.at + LIMITS.keyTimeout);
  return { status: ANSWERED_OUTCOME[answer.kind], at: answer.at, live: false };
}

export function callProgress(call: CallRecord, now: number): CallProgressAt {
  const end = timeline(call);
  if (now >= end.at) {
    return {
      status: end.status,
      elapsedSeconds: Math.floor((end.at - call.placedAt) / SECOND),
      remainingSeconds: 0,
      live: false,
    };
  }
  const answered = call.answer !== null;
  const givesUpAt = answered ? end.at : call.placedAt + LIMITS.ringTimeout;
  return {
    status: answered ? 'answered' : 'ringing',
    elapsedSeconds: Math.floor((now - call.placedAt) / SECOND),
    remainingSeconds: secondsUntil(givesUpAt, now),
    live: true,
  };
}

export function placeCall(
  ctx: Context,
  call: Pick<CallRecord, 'to' | 'flowId' | 'verificationId' | 'script'>,
): CallRecord {
  const record: CallRecord = {
    id: randomId(ctx.random, 12),
    placedAt: ctx.now,
    answer: null,
    hungUpAt: null,
    ...call,
  };
  ctx.state.handset.calls.push(record);
  return record;
}

export const findCall = (ctx: Context, callId: string | null): CallRecord | undefined =>
  ctx.state.handset.calls.find((call) => call.id === callId);

export function hangUp(ctx: Context, callId: string | null): void {
  const call = findCall(ctx, callId);
  if (call && callProgress(call, ctx.now).live) call.hungUpAt = ctx.now;
}

/** The demo phone answers; false when the call had already stopped ringing (the person was late). */
export function answerCall(ctx: Context, call: CallRecord, answer: CallAnswer): boolean {
  if (callProgress(call, ctx.now).status !== 'ringing') return false;
  call.answer = { kind: answer, at: ctx.now };
  return true;
}

export function phoneCallView(call: CallRecord, now: number): PhoneCall {
  const { status } = callProgress(call, now);
  return { id: call.id, at: call.placedAt, to: call.to, status, canAnswer: status === 'ringing' };
}
