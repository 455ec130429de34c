import { describe, expect, it } from 'vitest';
import {
  createIdentityService,
  createManualClock,
  type StateStorage,
  seededRandom,
} from '../../../mocks/identity';
import { STATE_VERSION } from '../../../mocks/identity/state';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { solveHumanCheck } from '../../support/human-check';
import { bodyOf, MINUTE, problemOf, SECOND, START, stageOf } from './harness';

function memoryStorage(initial: string | null = null): StateStorage & { json: string | null } {
  return {
    json: initial,
    load() {
      return this.json;
    },
    save(json) {
      this.json = json;
    },
  };
}

describe('a service started from the same storage resumes', () => {
  it('flows, codes, sessions, limits, messages and calls', () => {
    const clock = createManualClock(START);
    const storage = memoryStorage();
    const before = createIdentityService({ clock, storage, random: seededRandom(1) });
    const key = { idempotencyKey: 'persisted-key-0001' };
    const sms = bodyOf(before.startSmsSignIn({ phoneNumber: '+14255550100' }, key), 201);
    const mfa = bodyOf(
      before.startPasswordSignIn({ username: 'megan@contoso.example', password: DEMO_PASSWORD }),
      201,
    );
    bodyOf(
      before.startVerification(
        mfa.flowId,
        { methodId: 'mobile-voice' },
        { idempotencyKey: 'persisted-key-0002' },
      ),
      201,
    );
    const newt = stageOf(
      bodyOf(before.startPasswordSignIn({ username: 'newt@contoso.example', password: DEMO_PASSWORD }), 201),
      'completed',
    );

    clock.advance(10 * SECOND);
    const after = createIdentityService({ clock, storage, random: seededRandom(2) });
    // A retried request after the reload is replayed, not sent again: same answer, still one text.
    expect(bodyOf(after.startSmsSignIn({ phoneNumber: '+14255550100' }, key), 201)).toEqual(sms);
    const code = after.demoPhone.messages()[0]?.code ?? '';
    expect(after.demoPhone.messages()).toHaveLength(1);
    expect(bodyOf(after.getFlow(sms.flowId), 200)).toMatchObject({
      stage: 'verifying',
      expiresInSeconds: 590,
    });
    stageOf(
      bodyOf(after.submitCode(sms.flowId, { code }, { idempotencyKey: 'persisted-check-0001' }), 200),
      'completed',
    );

    const [call] = after.demoPhone.calls();
    expect(call).toMatchObject({ status: 'ringing', to: '+1 425 555 0110' });
    after.demoPhone.answer(call?.id ?? '', 'press-hash');
    stageOf(bodyOf(after.getFlow(mfa.flowId), 200), 'completed');

    expect(bodyOf(after.getSession(`Bearer ${newt.sessionToken}`), 200).user.username).toBe(
      'newt@contoso.example',
    );
    problemOf(
      after.startSmsSignIn({ phoneNumber: '+14255550103' }, { idempotencyKey: 'persisted-key-0003' }),
      'text-limit',
    );
  });

  it('a password changed by a reset stays changed', async () => {
    const clock = createManualClock(START);
    const storage = memoryStorage();
    const before = createIdentityService({ clock, storage, humanCheckMaxNumber: 1_000 });
    const check = bodyOf(await before.getHumanCheck(), 200);
    const flow = bodyOf(
      await before.startPasswordReset({
        username: 'megan@contoso.example',
        humanCheck: await solveHumanCheck(check),
      }),
      201,
    );
    bodyOf(
      before.startVerification(
        flow.flowId,
        { methodId: 'email-code' },
        { idempotencyKey: 'persisted-key-0004' },
      ),
      201,
    );
    bodyOf(
      before.submitCode(
        flow.flowId,
        { code: before.demoPhone.messages()[0]?.code ?? '' },
        { idempotencyKey: 'persisted-check-0002' },
      ),
      200,
    );
    bodyOf(
      before.setNewPassword(
        flow.flowId,
        { newPassword: 'Harbour-Lights-42' },
        { idempotencyKey: 'persisted-key-0005' },
      ),
      200,
    );

    const after = createIdentityService({ clock, storage });
    expect(
      after.startPasswordSignIn({ username: 'megan@contoso.example', password: 'Harbour-Lights-42' }).status,
    ).toBe(201);
  });

  it('human checks: one signed before is verified after, and one used before stays used', async () => {
    const clock = createManualClock(START);
    const storage = memoryStorage();
    const before = createIdentityService({ clock, storage, humanCheckMaxNumber: 1_000 });
    const [first, second] = await Promise.all(
      [1, 2].map(async () => solveHumanCheck(bodyOf(await before.getHumanCheck(), 200))),
    );
    bodyOf(
      await before.startPasswordReset({ username: 'megan@contoso.example', humanCheck: first ?? '' }),
      201,
    );

    const after = createIdentityService({ clock, storage, random: seededRandom(3) });
    problemOf(
      await after.startPasswordReset({ username: 'megan@contoso.example', humanCheck: first ?? '' }),
      'human-check-failed',
    );
    bodyOf(
      await after.startPasswordReset({ username: 'megan@contoso.example', humanCheck: second ?? '' }),
      201,
    );
  });

  it('the state is plain JSON that never holds a password', async () => {
    const storage = memoryStorage();
    await createIdentityService({ clock: createManualClock(START), storage }).getHumanCheck();
    expect(storage.json).not.toBeNull();
    expect(() => JSON.parse(storage.json ?? '')).not.toThrow();
    expect(storage.json).not.toContain(DEMO_PASSWORD);
  });

  it.each([
    { case: 'unreadable', json: '{not json' },
    { case: 'from another version', json: JSON.stringify({ version: -1, users: [] }) },
  ])('an $case state is replaced by the personas', ({ json }) => {
    const storage = memoryStorage(json);
    const service = createIdentityService({ clock: createManualClock(START), storage });
    expect(
      service.startPasswordSignIn({ username: 'megan@contoso.example', password: DEMO_PASSWORD }).status,
    ).toBe(201);
    expect(JSON.parse(storage.json ?? '{}').version).toBe(STATE_VERSION);
  });

  it('the directory is seeded at the first request, so seeded limits are relative to it', () => {
    const clock = createManualClock(START);
    const storage = memoryStorage();
    const first = createIdentityService({ clock, storage });
    clock.advance(60 * MINUTE);
    const key = () => ({ idempotencyKey: `persisted-key-${clock.now()}` });
    expect(
      problemOf(first.startSmsSignIn({ phoneNumber: '+14255550103' }, key()), 'text-limit').retryAfterSeconds,
    ).toBe(20 * 60);
    clock.advance(20 * MINUTE);
    const later = createIdentityService({ clock, storage });
    expect(later.startSmsSignIn({ phoneNumber: '+14255550103' }, key()).status).toBe(201);
  });

  it('reset forgets everything, also in storage, and seeds again at the next request', () => {
    const clock = createManualClock(START);
    const storage = memoryStorage();
    const service = createIdentityService({ clock, storage });
    bodyOf(
      service.startSmsSignIn({ phoneNumber: '+14255550100' }, { idempotencyKey: 'persisted-key-0006' }),
      201,
    );
    service.reset();
    expect(storage.json).toBe('null');
    const reloaded = createIdentityService({ clock, storage });
    expect(reloaded.demoPhone.messages()).toEqual([]);
    expect(JSON.parse(storage.json ?? 'null').version).toBe(STATE_VERSION);
  });
});
