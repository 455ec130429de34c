import { describe, expect, it } from 'vitest';
import type { IdentityService } from '../../../mocks/identity';
import { createHarness, problemOf } from './harness';

/** Bodies as they may arrive over HTTP, whatever the static types say. */
const untyped = <T>(body: unknown) => body as T;

describe('request bodies are checked, not trusted', () => {
  it.each<{
    operation: string;
    call: (
      s: IdentityService,
      flowId: string,
    ) => { status: number; body?: unknown } | Promise<{ status: number; body?: unknown }>;
    fields: string[];
  }>([
    {
      operation: 'startPasswordSignIn',
      call: (s) => s.startPasswordSignIn(untyped({ username: '' })),
      fields: ['username', 'password'],
    },
    {
      operation: 'startPasswordSignIn (unknown member)',
      call: (s) => s.startPasswordSignIn(untyped({ username: 'a', password: 'b', remember: true })),
      fields: ['remember'],
    },
    {
      operation: 'startSmsSignIn',
      call: (s) =>
        s.startSmsSignIn(untyped({ phoneNumber: 14255550100 }), { idempotencyKey: 'k'.repeat(16) }),
      fields: ['phoneNumber'],
    },
    {
      operation: 'startPasswordReset',
      call: (s) =>
        s.startPasswordReset(untyped({ username: 'megan@contoso.example', humanCheck: { token: 't' } })),
      fields: ['humanCheck'],
    },
    {
      operation: 'startPasswordReset (no human check)',
      call: (s) => s.startPasswordReset(untyped({ username: 'megan@contoso.example' })),
      fields: ['humanCheck'],
    },
    {
      operation: 'startPasswordReset (no object)',
      call: (s) => s.startPasswordReset(untyped(null)),
      fields: ['body'],
    },
    {
      operation: 'submitCode',
      call: (s, flowId) =>
        s.submitCode(flowId, untyped({ code: '12 34 56' }), { idempotencyKey: 'k'.repeat(16) }),
      fields: ['code'],
    },
    {
      operation: 'startVerification',
      call: (s, flowId) =>
        s.startVerification(flowId, untyped({ methodId: '' }), { idempotencyKey: 'k'.repeat(16) }),
      fields: ['methodId'],
    },
    {
      operation: 'setNewPassword',
      call: (s, flowId) => s.setNewPassword(flowId, untyped({ newPassword: 'x'.repeat(1025) })),
      fields: ['newPassword'],
    },
  ])('$operation: validation-failed with field errors', async ({ call, fields }) => {
    const h = createHarness();
    const flow = h.passwordSignIn('megan@contoso.example');
    const refused = await call(h.service, flow.flowId);
    expect(refused.status).toBe(400);
    expect(problemOf(refused, 'validation-failed').errors?.map((e) => e.field)).toEqual(fields);
  });

  it('security info bodies too', () => {
    const h = createHarness();
    const auth = h.signIn('megan@contoso.example');
    const key = { idempotencyKey: 'k'.repeat(16) };
    const cases = [
      h.service.addPhoneMethod(
        auth,
        untyped({ phoneNumber: '+1 4255550170', phoneType: 'pager', verifyBy: 'sms' }),
        key,
      ),
      h.service.changePhoneMethod(
        auth,
        'x',
        untyped({ phoneNumber: '+1 4255550170', verifyBy: 'carrier-pigeon' }),
        key,
      ),
      h.service.setDefaultMethod(auth, untyped({ defaultMethod: 'email' })),
    ];
    expect(cases.map((answer) => problemOf(answer, 'validation-failed').errors?.[0]?.field)).toEqual([
      'phoneType',
      'verifyBy',
      'defaultMethod',
    ]);
  });
});

describe('fault injection', () => {
  it('failNext makes the next operation, whichever it is, answer internal-error', async () => {
    const h = createHarness();
    h.service.failNext('internal-error');
    const failed = await h.service.getHumanCheck();
    expect(failed.status).toBe(500);
    expect(problemOf(failed, 'internal-error')).toBeTruthy();
    expect((await h.service.getHumanCheck()).status).toBe(200);
  });

  it('an asynchronous operation takes its fault when called, not after its hashing', async () => {
    const h = createHarness();
    const humanCheck = await h.humanCheck();
    h.service.failNext('service-unavailable');
    const reset = h.service.startPasswordReset({ username: 'megan@contoso.example', humanCheck });
    expect(h.service.getFlow('AAAAAAAAAAAAAAAAAAAAAA').status).toBe(410);
    problemOf(await reset, 'service-unavailable');
    // The check was not spent by the request that failed.
    expect(
      (await h.service.startPasswordReset({ username: 'megan@contoso.example', humanCheck })).status,
    ).toBe(201);
  });

  it('service-unavailable carries Retry-After when given; faults queue up; reset drops them', async () => {
    const h = createHarness();
    h.service.failNext('service-unavailable', { retryAfterSeconds: 7 });
    h.service.failNext('service-unavailable');
    const first = h.service.startPasswordSignIn({ username: 'megan@contoso.example', password: 'x' });
    expect(first).toMatchObject({
      status: 503,
      headers: { 'Retry-After': '7' },
      body: { retryAfterSeconds: 7 },
    });
    const second = h.service.getFlow('AAAAAAAAAAAAAAAAAAAAAA');
    expect(second).toMatchObject({ status: 503, headers: {} });
    h.service.failNext('internal-error');
    h.service.reset();
    expect((await h.service.getHumanCheck()).status).toBe(200);
  });
});
