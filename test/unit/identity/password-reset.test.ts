import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../mocks/identity';
import type { Persona } from '../../../mocks/identity/directory';
import { DEMO_PASSWORD, demoDirectory } from '../../../mocks/personas';
import { bodyOf, createHarness, type Harness, HOUR, MINUTE, problemOf, SECOND, stageOf } from './harness';

/** The ALTCHA payload with some of its members changed, as a forger would send it. */
const tampered = (payload: string, change: Record<string, unknown>) =>
  btoa(JSON.stringify({ ...JSON.parse(atob(payload)), ...change }));

const megan = 'megan@contoso.example';

describe('the human check', () => {
  it('is an ALTCHA challenge that expires in 5 minutes by the service clock; a solution passes', async () => {
    const h = createHarness();
    const check = bodyOf(await h.service.getHumanCheck(), 200);
    expect(check).toEqual({
      algorithm: 'SHA-256',
      challenge: expect.stringMatching(/^[0-9a-f]{64}$/),
      maxnumber: 1_000,
      salt: expect.stringMatching(new RegExp(`\\?expires=${(h.clock.now() + 5 * MINUTE) / SECOND}&$`)),
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const flow = bodyOf(
      await h.service.startPasswordReset({ username: megan, humanCheck: await h.humanCheck() }),
      201,
    );
    expect(flow.stage).toBe('awaiting-method');
  });

  it('is as hard as the service is told', async () => {
    const h = createHarness({ humanCheckMaxNumber: 20 });
    expect(bodyOf(await h.service.getHumanCheck(), 200).maxnumber).toBe(20);
  });

  it('works until its last second', async () => {
    const h = createHarness();
    const solved = await h.humanCheck();
    h.clock.advance(5 * MINUTE - SECOND);
    bodyOf(await h.service.startPasswordReset({ username: megan, humanCheck: solved }), 201);
  });

  it.each<{ case: string; forge: (h: Harness, solved: string) => Promise<string> }>([
    {
      case: 'a wrong number',
      forge: async (_h, solved) => tampered(solved, { number: JSON.parse(atob(solved)).number + 1 }),
    },
    {
      case: 'a challenge it did not sign',
      forge: async (_h, solved) => tampered(solved, { signature: '0'.repeat(64) }),
    },
    {
      case: 'another service’s challenge',
      forge: async () => createHarness({ random: seededRandom(8) }).humanCheck(),
    },
    { case: 'another algorithm', forge: async (_h, solved) => tampered(solved, { algorithm: 'SHA-1' }) },
    { case: 'a payload that is not base64 JSON', forge: async () => 'not an ALTCHA payload' },
    {
      case: 'an expired solution',
      forge: async (h, solved) => {
        h.clock.advance(5 * MINUTE);
        return solved;
      },
    },
    {
      case: 'a solution already used',
      forge: async (h, solved) => {
        bodyOf(await h.service.startPasswordReset({ username: megan, humanCheck: solved }), 201);
        return solved;
      },
    },
  ])('refuses $case (human-check-failed)', async ({ forge }) => {
    const h = createHarness();
    const humanCheck = await forge(h, await h.humanCheck());
    const refused = await h.service.startPasswordReset({ username: megan, humanCheck });
    expect(refused.status).toBe(400);
    expect(problemOf(refused, 'human-check-failed').errors).toEqual([
      { field: 'humanCheck', code: 'human-check-failed' },
    ]);
  });

  it('a used solution stays refused until it would have expired anyway', async () => {
    const h = createHarness();
    const solved = await h.humanCheck();
    bodyOf(await h.service.startPasswordReset({ username: megan, humanCheck: solved }), 201);
    h.clock.advance(5 * MINUTE - SECOND);
    problemOf(
      await h.service.startPasswordReset({ username: megan, humanCheck: solved }),
      'human-check-failed',
    );
  });
});

/** A persona enabled for reset whose policy needs two methods, with only one registered. */
const oneMethodShort: Persona = {
  id: 'u-una',
  displayName: 'Una Ulm',
  username: 'una@contoso.example',
  tenant: 'contoso.example',
  phones: { mobile: '+1 4255550190' },
  reset: { enabled: true, methodsRequired: 2 },
  demo: { signIn: 'una@contoso.example', flow: 'password reset', behaviour: 'one method short' },
};

describe('who can reset', () => {
  const deadEnds = [
    'nobody@contoso.example', // nobody has this name
    'bob@contoso.example', // not enabled for reset
    'adele@contoso.example', // SMS sign-in only, not enabled for reset
    'nora@contoso.example', // enabled, no methods registered
    'newt@contoso.example', // enabled, no phone or app yet
    'una@contoso.example', // enabled, one method where the policy needs two
  ];

  it('unknown, not enabled and too few methods: one and the same dead end, reset-not-enabled', async () => {
    const h = createHarness({ personas: [...demoDirectory, oneMethodShort] });
    const answers = [];
    for (const username of deadEnds) answers.push(await h.startReset(username));
    const alike = answers.map(({ status, headers, body }) => {
      const { reference, ...rest } = problemOf({ status, body }, 'reset-not-enabled');
      expect(reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      return { status, headers, keys: Object.keys(body).sort(), rest };
    });
    expect(alike[0]).toEqual({
      status: 403,
      headers: {},
      keys: ['code', 'reference', 'status', 'title', 'type'],
      rest: expect.objectContaining({ code: 'reset-not-enabled' }),
    });
    for (const answer of alike) expect(answer).toEqual(alike[0]);
  });

  it('the dead end has a new reference every time, even for the same name', async () => {
    const h = createHarness();
    const references = [];
    for (const username of ['nobody@contoso.example', 'nobody@contoso.example', 'nora@contoso.example']) {
      references.push(problemOf(await h.startReset(username), 'reset-not-enabled').reference);
    }
    expect(new Set(references).size).toBe(3);
  });

  it('enough methods for the policy, and the reset starts', async () => {
    const h = createHarness();
    for (const username of ['megan@contoso.example', 'sam@contoso.example', 'victor@contoso.example']) {
      stageOf(bodyOf(await h.startReset(username), 201), 'awaiting-method');
    }
  });
});

/** Five wrong e-mailed codes for `username`: the fifth answers the lock, which is returned. */
async function lockByWrongCodes(h: Harness, username: string) {
  const flow = bodyOf(await h.startReset(username), 201);
  bodyOf(h.choose(flow.flowId, 'email-code'), 201);
  const wrong = h.latestCode() === '000000' ? '111111' : '000000';
  for (let i = 0; i < 4; i++) problemOf(h.submit(flow.flowId, wrong), 'wrong-code');
  return problemOf(h.submit(flow.flowId, wrong), 'reset-locked');
}

describe('what starting a reset looks at, in order: body, human check, lock, user', () => {
  it('a malformed body is refused before the human check is spent', async () => {
    const h = createHarness();
    const humanCheck = await h.humanCheck();
    problemOf(await h.service.startPasswordReset({ username: '', humanCheck }), 'validation-failed');
    bodyOf(await h.service.startPasswordReset({ username: megan, humanCheck }), 201);
  });

  it('a locked name with a failed human check hears about the human check', async () => {
    const h = createHarness();
    await lockByWrongCodes(h, megan);
    problemOf(await h.service.startPasswordReset({ username: megan, humanCheck: 'x' }), 'human-check-failed');
  });

  it('a locked name is refused whoever it is: reset-locked, the time left, the lock’s reference', async () => {
    const h = createHarness();
    const lock = await lockByWrongCodes(h, megan);
    h.clock.advance(HOUR);
    for (const typed of [megan, '  MEGAN@contoso.example ']) {
      const refused = await h.startReset(typed);
      expect(refused.status).toBe(429);
      expect(refused.headers).toEqual({ 'Retry-After': String(23 * 60 * 60) });
      expect(problemOf(refused, 'reset-locked')).toMatchObject({
        retryAfterSeconds: 23 * 60 * 60,
        reference: lock.reference,
      });
    }
    // Other names are not locked with it.
    bodyOf(await h.startReset('sam@contoso.example'), 201);
  });
});

describe('megan@contoso.example: reset in one step, with every method', () => {
  it('offers mobile text and call, office call, the app and e-mail, never the alternate mobile', async () => {
    const h = createHarness();
    const flow = stageOf(bodyOf(await h.startReset('megan@contoso.example'), 201), 'awaiting-method');
    expect(flow).toMatchObject({
      kind: 'password-reset',
      expiresInSeconds: 15 * 60,
      step: { current: 1, total: 1 },
      defaultMethodId: 'mobile-sms',
      user: { username: 'megan@contoso.example' },
    });
    expect(flow.methods.map((m) => [m.id, m.requiresPhoneConfirmation ?? false])).toEqual([
      ['mobile-sms', true],
      ['mobile-voice', true],
      ['office-voice', true],
      ['authenticator-app', false],
      ['email-code', false],
    ]);
    expect(flow.methods.find((m) => m.id === 'email-code')?.maskedDestination).toBe('m•••@fabrikam.example');
    problemOf(h.choose(flow.flowId, 'alternate-mobile-voice'), 'method-not-offered');
  });

  it('a phone method needs the whole number first; nothing is sent to a wrong one', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    const missing = h.choose(flow.flowId, 'mobile-sms');
    expect(problemOf(missing, 'validation-failed').errors).toEqual([
      { field: 'confirmPhoneNumber', code: 'validation-failed' },
    ]);
    const mismatch = h.choose(flow.flowId, 'mobile-sms', '+14255550111');
    expect(mismatch.status).toBe(400);
    problemOf(mismatch, 'phone-mismatch');
    expect(h.phone.messages()).toEqual([]);
    bodyOf(h.choose(flow.flowId, 'mobile-sms', '+14255550110'), 201);
    expect(h.phone.messages()).toHaveLength(1);
  });

  it('texted code, then a new password; she signs in with it, not with the old one', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    h.choose(flow.flowId, 'mobile-sms', '+14255550110');
    const ready = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'password-required');
    expect(ready).toEqual({
      flowId: flow.flowId,
      kind: 'password-reset',
      stage: 'password-required',
      expiresInSeconds: 15 * 60,
      passwordPolicy: { minLength: 8, maxLength: 256, minCharacterClasses: 3 },
      user: { username: 'megan@contoso.example' },
    });
    const weak = h.service.setNewPassword(flow.flowId, { newPassword: 'short' }, h.key());
    expect(weak.status).toBe(422);
    expect(problemOf(weak, 'password-weak').violations).toEqual(['too-short', 'too-few-character-classes']);
    const banned = h.service.setNewPassword(flow.flowId, { newPassword: 'Contoso2026!' }, h.key());
    expect(problemOf(banned, 'password-banned').violations).toEqual(['banned']);
    const named = h.service.setNewPassword(flow.flowId, { newPassword: 'Megan-Rocks-9' }, h.key());
    expect(problemOf(named, 'password-banned').violations).toEqual(['contains-user-name']);
    const reused = h.service.setNewPassword(flow.flowId, { newPassword: DEMO_PASSWORD }, h.key());
    expect(reused.status).toBe(422);
    expect(problemOf(reused, 'password-reused').violations).toEqual(['reused']);
    // A refused password changes nothing: the current one still signs in.
    stageOf(h.passwordSignIn('megan@contoso.example', DEMO_PASSWORD), 'awaiting-method');
    const done = bodyOf(
      h.service.setNewPassword(flow.flowId, { newPassword: 'Harbour-Lights-42' }, h.key()),
      200,
    );
    expect(done).toEqual({
      flowId: flow.flowId,
      kind: 'password-reset',
      stage: 'completed',
      user: { username: 'megan@contoso.example' },
    });
    // read again by its owner (a reload on the last screen): the name to sign in with is still there;
    // to anyone else the flow is only completed
    expect(bodyOf(h.readOwn(flow), 200)).toEqual(done);
    expect(bodyOf(h.service.getFlow(flow.flowId), 200)).toEqual({
      flowId: flow.flowId,
      kind: 'password-reset',
      stage: 'completed',
    });

    problemOf(
      h.service.startPasswordSignIn({ username: 'megan@contoso.example', password: DEMO_PASSWORD }),
      'invalid-credentials',
    );
    stageOf(h.passwordSignIn('megan@contoso.example', 'Harbour-Lights-42'), 'awaiting-method');
  });

  it('changes the password once: the same key and body replay the completing answer; no key is refused', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    h.choose(flow.flowId, 'mobile-sms', '+14255550110');
    stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'password-required');
    const body = { newPassword: 'Harbour-Lights-42' };
    problemOf(h.service.setNewPassword(flow.flowId, body), 'validation-failed');
    problemOf(h.service.setNewPassword(flow.flowId, body, { idempotencyKey: 'short' }), 'validation-failed');

    const key = h.key();
    const first = bodyOf(h.service.setNewPassword(flow.flowId, body, key), 200);
    expect(first.stage).toBe('completed');
    // its answer lost on the way: the retry is the same request, answered as the first was
    expect(bodyOf(h.service.setNewPassword(flow.flowId, body, key), 200)).toEqual(first);
    problemOf(
      h.service.setNewPassword(flow.flowId, { newPassword: 'Another-Harbour-43' }, key),
      'idempotency-key-reused',
    );
    // a new request (a new key) meets the completed reset
    problemOf(h.service.setNewPassword(flow.flowId, body, h.key()), 'flow-stage-mismatch');
    stageOf(h.passwordSignIn('megan@contoso.example', 'Harbour-Lights-42'), 'awaiting-method');
  });

  it('a refused new password is judged afresh when sent again with its key', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    h.choose(flow.flowId, 'mobile-sms', '+14255550110');
    h.submit(flow.flowId, h.latestCode());
    const key = h.key();
    problemOf(h.service.setNewPassword(flow.flowId, { newPassword: DEMO_PASSWORD }, key), 'password-reused');
    problemOf(h.service.setNewPassword(flow.flowId, { newPassword: DEMO_PASSWORD }, key), 'password-reused');
  });

  it('by e-mail: the code goes to her alternate address', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    const verifying = stageOf(bodyOf(h.choose(flow.flowId, 'email-code'), 201), 'verifying');
    expect(verifying.verification).toMatchObject({
      type: 'email-code',
      channel: 'email',
      maskedDestination: 'm•••@fabrikam.example',
      resendInSeconds: 30,
    });
    expect(h.phone.messages()[0]).toMatchObject({
      channel: 'email',
      to: 'megan@fabrikam.example',
      sender: 'Contoso account team',
    });
    stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'password-required');
  });

  it('the reset lives 15 minutes', async () => {
    const h = createHarness();
    const flow = bodyOf(await h.startReset('megan@contoso.example'), 201);
    h.clock.advance(15 * MINUTE - SECOND);
    expect(h.service.getFlow(flow.flowId).status).toBe(200);
    h.clock.advance(SECOND);
    problemOf(
      h.service.setNewPassword(flow.flowId, { newPassword: 'Harbour-Lights-42' }, h.key()),
      'flow-expired',
    );
  });

  it('five failed identity checks in 24 h for her name, across resets, lock reset for 24 h', async () => {
    const h = createHarness();
    const first = bodyOf(await h.startReset('megan@contoso.example'), 201);
    for (let i = 0; i < 2; i++)
      problemOf(h.choose(first.flowId, 'mobile-sms', '+14255550999'), 'phone-mismatch');
    h.choose(first.flowId, 'email-code');
    for (let i = 0; i < 2; i++) problemOf(h.submit(first.flowId, '000000'), 'wrong-code');
    h.clock.advance(HOUR);
    // The failures count for the name as asked for, whatever its case and surrounding spaces.
    const second = bodyOf(await h.startReset(' Megan@Contoso.example '), 201);
    h.choose(second.flowId, 'email-code');
    const locked = h.submit(second.flowId, '000000');
    expect(locked.status).toBe(429);
    const problem = problemOf(locked, 'reset-locked');
    expect(problem.retryAfterSeconds).toBe(24 * 60 * 60);
    expect(problem.reference).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(locked.headers).toEqual({ 'Retry-After': String(24 * 60 * 60) });
    // The right code does not help now, and neither does a new reset.
    problemOf(h.submit(second.flowId, h.latestCode()), 'reset-locked');
    h.clock.advance(2 * HOUR);
    expect(problemOf(await h.startReset('megan@contoso.example'), 'reset-locked')).toMatchObject({
      retryAfterSeconds: 22 * 60 * 60,
      reference: problem.reference,
    });
    h.clock.advance(22 * HOUR);
    bodyOf(await h.startReset('megan@contoso.example'), 201);
  });

  it('failed checks older than 24 h no longer count', async () => {
    const h = createHarness();
    const first = bodyOf(await h.startReset(megan), 201);
    for (let i = 0; i < 4; i++)
      problemOf(h.choose(first.flowId, 'mobile-sms', '+14255550999'), 'phone-mismatch');
    h.clock.advance(24 * HOUR);
    const second = bodyOf(await h.startReset(megan), 201);
    problemOf(h.choose(second.flowId, 'mobile-sms', '+14255550999'), 'phone-mismatch');
  });
});

/** A reset by e-mailed code, up to the new password. */
async function readyForNewPassword(h: Harness, username: string): Promise<string> {
  const flow = bodyOf(await h.startReset(username), 201);
  bodyOf(h.choose(flow.flowId, 'email-code'), 201);
  stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'password-required');
  return flow.flowId;
}

describe('leo@contoso.example: reset locked from the start', () => {
  it('answers reset-locked for 24 hours with his fixed reference, then lets him reset', async () => {
    const h = createHarness();
    const refused = await h.startReset('leo@contoso.example');
    expect(refused).toMatchObject({ status: 429, headers: { 'Retry-After': String(24 * 60 * 60) } });
    expect(problemOf(refused, 'reset-locked')).toMatchObject({
      retryAfterSeconds: 24 * 60 * 60,
      reference: 'LCKD-24HR',
    });
    h.clock.advance(24 * HOUR - SECOND);
    expect(problemOf(await h.startReset('Leo@Contoso.example'), 'reset-locked').retryAfterSeconds).toBe(1);
    h.clock.advance(SECOND);
    const flow = stageOf(bodyOf(await h.startReset('leo@contoso.example'), 201), 'awaiting-method');
    expect(flow.methods.map((m) => [m.id, m.maskedDestination])).toEqual([
      ['mobile-sms', '+1 ••• ••• ••15'],
      ['mobile-voice', '+1 ••• ••• ••15'],
    ]);
  });

  it('only reset is locked: he signs in with his password and a text', () => {
    const h = createHarness();
    expect(h.signIn('leo@contoso.example')).toMatch(/^Bearer /);
  });

  it('a locked name answers the same whether or not the directory knows it (the lock is the name’s)', async () => {
    // One service's state, kept in storage: leo's name is locked, as after five failed checks.
    let json: string | null = null;
    const storage = {
      load: () => json,
      save: (next: string) => {
        json = next;
      },
    };
    const known = createHarness({ storage });
    const whileKnown = await known.startReset('leo@contoso.example');
    expect(problemOf(whileKnown, 'reset-locked').reference).toBe('LCKD-24HR');

    // The account goes (deleted, or renamed) while its name is locked: the same state without leo.
    const state = JSON.parse(json!) as { users: { username: string }[] };
    state.users = state.users.filter((user) => user.username !== 'leo@contoso.example');
    json = JSON.stringify(state);
    const unknown = createHarness({ storage });
    problemOf(
      unknown.service.startPasswordSignIn({ username: 'leo@contoso.example', password: DEMO_PASSWORD }),
      'invalid-credentials',
    );
    const whileUnknown = await unknown.startReset('leo@contoso.example');
    // Same status, headers and body: the lock is read before the directory, keyed by the name typed.
    expect(whileUnknown).toEqual(whileKnown);
    // Unlocked, an unknown name meets the dead end, as it always does: no identity check to count.
    problemOf(await unknown.startReset('nobody@contoso.example'), 'reset-not-enabled');
  });

  it('the lock is judged before the directory: a locked name is refused even if reset is off', async () => {
    const [leo] = demoDirectory.filter((persona) => persona.username === 'leo@contoso.example');
    if (!leo) throw new Error('leo is not in the demo directory');
    const h = createHarness({ personas: [{ ...leo, reset: { enabled: false } }] });
    problemOf(await h.startReset('leo@contoso.example'), 'reset-locked');
  });
});

describe('the new password may not be the current one', () => {
  /** Someone enabled for reset by e-mail whose current password is `password`. */
  const withPassword = (password: string): Persona => ({
    id: 'u-pat',
    displayName: 'Pat Pine',
    username: 'pat@contoso.example',
    tenant: 'contoso.example',
    password,
    email: 'pat@fabrikam.example',
    reset: { enabled: true, methodsRequired: 1 },
    demo: { signIn: 'pat@contoso.example', flow: 'password reset', behaviour: 'test persona' },
  });

  it.each([
    { current: 'password', code: 'password-weak', violations: ['too-few-character-classes', 'banned'] },
    { current: 'Summer2024!', code: 'password-banned', violations: ['banned'] },
    { current: 'Harbour-Lights-42', code: 'password-reused', violations: [] },
  ] as const)(
    'reusing "$current": $code first (weak, then banned, then reused), every reason listed',
    async ({ current, code, violations }) => {
      const h = createHarness({ personas: [withPassword(current)] });
      const flowId = await readyForNewPassword(h, 'pat@contoso.example');
      const refused = h.service.setNewPassword(flowId, { newPassword: current }, h.key());
      expect(refused.status).toBe(422);
      expect(problemOf(refused, code).violations).toEqual([...violations, 'reused']);
    },
  );

  it('after a reset, the new password is the current one, and the old one is just another password', async () => {
    const h = createHarness();
    bodyOf(
      h.service.setNewPassword(
        await readyForNewPassword(h, megan),
        { newPassword: 'Harbour-Lights-42' },
        h.key(),
      ),
      200,
    );
    const again = await readyForNewPassword(h, megan);
    problemOf(
      h.service.setNewPassword(again, { newPassword: 'Harbour-Lights-42' }, h.key()),
      'password-reused',
    );
    bodyOf(h.service.setNewPassword(again, { newPassword: DEMO_PASSWORD }, h.key()), 200);
    stageOf(h.passwordSignIn(megan, DEMO_PASSWORD), 'awaiting-method');
    problemOf(
      h.service.startPasswordSignIn({ username: megan, password: 'Harbour-Lights-42' }),
      'invalid-credentials',
    );
  });
});

describe('sam@contoso.example: two methods required (mobile + office)', () => {
  it('step 2 offers only what step 1 did not use, then asks for the new password', async () => {
    const h = createHarness();
    const flow = stageOf(bodyOf(await h.startReset('sam@contoso.example'), 201), 'awaiting-method');
    expect(flow.step).toEqual({ current: 1, total: 2 });
    expect(flow.methods.map((m) => m.id)).toEqual(['mobile-sms', 'mobile-voice', 'office-voice']);
    h.choose(flow.flowId, 'mobile-sms', '+14255550160');
    const second = stageOf(bodyOf(h.submit(flow.flowId, h.latestCode()), 200), 'awaiting-method');
    expect(second.step).toEqual({ current: 2, total: 2 });
    expect(second.defaultMethodId).toBeNull();
    expect(second.methods.map((m) => [m.id, m.extension])).toEqual([['office-voice', '5678']]);
    problemOf(h.choose(flow.flowId, 'mobile-voice', '+14255550160'), 'method-not-offered');
    const calling = stageOf(bodyOf(h.choose(flow.flowId, 'office-voice', '+14255550161'), 201), 'verifying');
    expect(calling.step).toEqual({ current: 2, total: 2 });
    expect(h.ringingCall().to).toBe('+1 425 555 0161 ext. 5678');
    h.phone.answer(h.ringingCall().id, 'press-hash');
    stageOf(bodyOf(h.service.getFlow(flow.flowId), 200), 'password-required');
  });
});
