import { describe, expect, it } from 'vitest';
import { bodyOf, createHarness, HOUR, problemOf, SECOND } from './harness';

describe('Idempotency-Key', () => {
  it('a double click sends one text: the same key replays the first answer', () => {
    const h = createHarness();
    const key = h.key();
    const first = h.service.startSmsSignIn({ phoneNumber: '+14255550100' }, key);
    h.clock.advance(SECOND);
    const again = h.service.startSmsSignIn({ phoneNumber: '+14255550100' }, key);
    expect(again).toEqual(first);
    expect(h.phone.messages()).toHaveLength(1);
  });

  it('the same key for a different request is refused (idempotency-key-reused)', () => {
    const h = createHarness();
    const key = h.key();
    bodyOf(h.service.startSmsSignIn({ phoneNumber: '+14255550100' }, key), 201);
    const reused = h.service.startSmsSignIn({ phoneNumber: '+14255550102' }, key);
    expect(reused.status).toBe(422);
    problemOf(reused, 'idempotency-key-reused');
    const flow = h.passwordSignIn('megan@contoso.example');
    problemOf(
      h.service.startVerification(flow.flowId, { methodId: 'mobile-sms' }, key),
      'idempotency-key-reused',
    );
  });

  it('keys are remembered for 24 hours', () => {
    const h = createHarness();
    const key = h.key();
    const flow = h.passwordSignIn('megan@contoso.example');
    h.service.startVerification(flow.flowId, { methodId: 'mobile-voice' }, key);
    h.clock.advance(24 * HOUR - SECOND);
    expect(h.service.startVerification(flow.flowId, { methodId: 'mobile-voice' }, key).status).toBe(201);
    expect(h.phone.calls()).toHaveLength(1);
    h.clock.advance(SECOND);
    // Forgotten: judged afresh (and the flow has long expired).
    problemOf(h.service.startVerification(flow.flowId, { methodId: 'mobile-voice' }, key), 'flow-expired');
  });

  it('a refusal is not remembered: retrying the same action after the wait succeeds', () => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    const key = h.key();
    problemOf(h.service.resendCode(flow.flowId, key), 'resend-cooldown');
    h.clock.advance(30 * SECOND);
    expect(h.service.resendCode(flow.flowId, key).status).toBe(200);
    expect(h.service.resendCode(flow.flowId, key).status).toBe(200);
    expect(h.phone.messages()).toHaveLength(2);
  });

  it.each([
    { case: 'missing', key: {} },
    { case: 'too short', key: { idempotencyKey: 'short' } },
    { case: 'with characters outside the pattern', key: { idempotencyKey: 'not a valid key at all!' } },
  ])('a key that is $case is refused where the contract allows a 400', ({ key }) => {
    const h = createHarness();
    const refused = h.service.startSmsSignIn({ phoneNumber: '+14255550100' }, key);
    expect(problemOf(refused, 'validation-failed').errors).toEqual([
      { field: 'Idempotency-Key', code: 'validation-failed' },
    ]);
    const auth = h.signIn('newt@contoso.example');
    problemOf(
      h.service.addPhoneMethod(
        auth,
        { phoneNumber: '+1 4255550170', phoneType: 'mobile', verifyBy: 'sms' },
        key,
      ),
      'validation-failed',
    );
    const flow = h.passwordSignIn('megan@contoso.example');
    problemOf(h.service.startVerification(flow.flowId, { methodId: 'mobile-sms' }, key), 'validation-failed');
    expect(h.phone.messages()).toEqual([]);
  });

  it.each([
    { case: 'without a key', key: undefined },
    { case: 'with a key that is too short', key: { idempotencyKey: 'short' } },
  ])('a resend $case is refused (validation-failed, the header named) and sends nothing', ({ key }) => {
    const h = createHarness();
    const flow = h.smsSignIn('+14255550100');
    h.clock.advance(30 * SECOND);
    const refused = h.service.resendCode(flow.flowId, key);
    expect(refused.status).toBe(400);
    expect(problemOf(refused, 'validation-failed').errors).toEqual([
      { field: 'Idempotency-Key', code: 'validation-failed' },
    ]);
    expect(h.phone.messages()).toHaveLength(1);
    // With its key, the same resend goes out.
    bodyOf(h.service.resendCode(flow.flowId, h.key()), 200);
    expect(h.phone.messages()).toHaveLength(2);
  });
});
