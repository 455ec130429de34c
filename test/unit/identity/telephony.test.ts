import { describe, expect, it } from 'vitest';
import type { CallAnswer } from '../../../mocks/identity/demo-phone';
import type { CallStatus } from '../../../src/api/types';
import { bodyOf, createHarness, problemOf, SECOND, stageOf } from './harness';

/** megan@contoso.example: "every call outcome can be chosen in the phone panel". */
function callMegan() {
  const h = createHarness();
  const flow = h.passwordSignIn('megan@contoso.example');
  bodyOf(h.choose(flow.flowId, 'mobile-voice'), 201);
  const callStatus = () => {
    const now = bodyOf(h.service.getFlow(flow.flowId), 200);
    return now.stage === 'verifying' ? now.verification.call : undefined;
  };
  return { ...h, flow, callStatus };
}

describe('calls', () => {
  it.each<{ answer: CallAnswer; after: number; status: CallStatus }>([
    { answer: 'voicemail', after: 0, status: 'voicemail' },
    { answer: 'decline', after: 0, status: 'declined' },
    { answer: 'no-key', after: 10, status: 'no-key' },
  ])(
    'answered with $answer: the call ends $status and the flow waits for another try',
    ({ answer, after, status }) => {
      const h = callMegan();
      h.clock.advance(3 * SECOND);
      h.phone.answer(h.ringingCall().id, answer);
      h.clock.advance(after * SECOND);
      expect(h.callStatus()).toEqual({ status, elapsedSeconds: 3 + after, remainingSeconds: 0 });
      expect(h.ringingCall()).toMatchObject({ status, canAnswer: false });
      // Calling again places a new call, 30 s after the last one (the flow's cooldown for calls).
      expect(problemOf(h.choose(h.flow.flowId, 'mobile-voice'), 'resend-cooldown').retryAfterSeconds).toBe(
        30 - 3 - after,
      );
      h.clock.advance((30 - 3 - after) * SECOND);
      bodyOf(h.choose(h.flow.flowId, 'mobile-voice'), 201);
      expect(h.phone.calls()).toHaveLength(2);
      expect(h.ringingCall().status).toBe('ringing');
    },
  );

  it('answered without a key: "answered" for 10 s, counting down, then no-key', () => {
    const h = callMegan();
    h.clock.advance(2 * SECOND);
    h.phone.answer(h.ringingCall().id, 'no-key');
    h.clock.advance(4 * SECOND);
    expect(h.callStatus()).toEqual({ status: 'answered', elapsedSeconds: 6, remainingSeconds: 6 });
    expect(h.ringingCall().canAnswer).toBe(false);
  });

  it('# approves: the flow moves on at once', () => {
    const h = callMegan();
    h.phone.answer(h.ringingCall().id, 'press-hash');
    expect(h.ringingCall().status).toBe('approved');
    stageOf(bodyOf(h.service.getFlow(h.flow.flowId), 200), 'completed');
  });

  it('0# reports fraud: the flow is locked (fraud-reported) with a reference for the administrator', () => {
    const h = callMegan();
    h.phone.answer(h.ringingCall().id, 'press-zero-hash');
    expect(h.ringingCall().status).toBe('fraud-reported');
    const locked = stageOf(bodyOf(h.service.getFlow(h.flow.flowId), 200), 'locked');
    expect(locked.reason).toBe('fraud-reported');
    expect(locked.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(h.choose(h.flow.flowId, 'mobile-sms').status).toBe(423);
  });

  it('rings for 30 s, reporting elapsed and remaining seconds, then no-answer', () => {
    const h = callMegan();
    expect(h.callStatus()).toEqual({ status: 'ringing', elapsedSeconds: 0, remainingSeconds: 30 });
    h.clock.advance(12 * SECOND);
    expect(h.callStatus()).toEqual({ status: 'ringing', elapsedSeconds: 12, remainingSeconds: 18 });
    h.clock.advance(18 * SECOND);
    expect(h.callStatus()).toEqual({ status: 'no-answer', elapsedSeconds: 30, remainingSeconds: 0 });
    // Too late to answer now.
    h.phone.answer(h.ringingCall().id, 'press-hash');
    expect(h.callStatus()?.status).toBe('no-answer');
  });

  it('a new verification hangs up the pending call, and a late # does nothing', () => {
    const h = callMegan();
    const first = h.ringingCall();
    h.clock.advance(5 * SECOND);
    bodyOf(h.choose(h.flow.flowId, 'mobile-sms'), 201);
    expect(h.phone.calls()[0]).toMatchObject({ id: first.id, status: 'timed-out', canAnswer: false });
    h.phone.answer(first.id, 'press-hash');
    stageOf(bodyOf(h.service.getFlow(h.flow.flowId), 200), 'verifying');
  });

  it('a call answered for a flow that moved on does not touch it', () => {
    const h = callMegan();
    const call = h.ringingCall();
    h.service.cancelFlow(h.flow.flowId);
    h.phone.answer(call.id, 'press-zero-hash');
    expect(h.ringingCall().status).toBe('timed-out');
  });

  it('an answer for an unknown call is ignored', () => {
    const h = callMegan();
    h.phone.answer('no-such-call', 'press-hash');
    expect(h.callStatus()?.status).toBe('ringing');
  });
});
