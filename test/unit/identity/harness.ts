// A service on a manual clock with seeded randomness, and the few moves most tests start with.
import { expect } from 'vitest';
import {
  createIdentityService,
  createManualClock,
  type IdentityServiceOptions,
  seededRandom,
} from '../../../mocks/identity';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import type { ErrorCode, Flow, Problem } from '../../../src/api/types';
import { solveHumanCheck } from '../../support/human-check';

export const START = Date.parse('2026-03-02T09:00:00.000Z');
export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

type AnyAnswer = { status: number; body?: unknown };

/** The body of an answer that must have `status` (the failure message shows what came instead). */
export function bodyOf<A extends AnyAnswer, S extends A['status']>(
  answer: A,
  status: S,
): Extract<A, { status: S }>['body'] {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  return (answer as Extract<A, { status: S }>).body;
}

export function stageOf<S extends Flow['stage']>(flow: Flow, stage: S): Extract<Flow, { stage: S }> {
  expect(flow.stage, JSON.stringify(flow)).toBe(stage);
  return flow as Extract<Flow, { stage: S }>;
}

/** The problem an answer carries, checked to be `code` with the status the contract gives it. */
export function problemOf(answer: AnyAnswer, code: ErrorCode): Problem {
  const body = answer.body as Problem | undefined;
  expect(body?.code, JSON.stringify(answer.body)).toBe(code);
  expect(body?.type).toBe(`urn:problem:sign-in:${code}`);
  expect(body?.status).toBe(answer.status);
  return body as Problem;
}

export function createHarness(options: Partial<IdentityServiceOptions> = {}) {
  const clock = createManualClock(START);
  const service = createIdentityService({
    clock,
    random: seededRandom(7),
    humanCheckMaxNumber: 1_000,
    ...options,
  });
  const phone = service.demoPhone;
  let keys = 0;
  /** A fresh Idempotency-Key, as a client makes one per user action. */
  const key = () => ({ idempotencyKey: `test-key-${String(++keys).padStart(12, '0')}` });

  const latestCode = () => {
    const code = phone.messages().find((message) => message.code)?.code;
    if (!code) throw new Error('No code on the demo phone');
    return code;
  };

  const smsSignIn = (phoneNumber: string) => bodyOf(service.startSmsSignIn({ phoneNumber }, key()), 201);

  const passwordSignIn = (username: string, password = DEMO_PASSWORD) =>
    bodyOf(service.startPasswordSignIn({ username, password }), 201);

  /** A fresh human check, solved: the `humanCheck` a reset request sends. */
  const humanCheck = async () => solveHumanCheck(bodyOf(await service.getHumanCheck(), 200));

  const startReset = async (username: string) =>
    service.startPasswordReset({ username, humanCheck: await humanCheck() });

  const choose = (flowId: string, methodId: string, confirmPhoneNumber?: string) =>
    service.startVerification(
      flowId,
      { methodId, ...(confirmPhoneNumber ? { confirmPhoneNumber } : {}) },
      key(),
    );

  /** A code check, as a client sends one: a fresh key unless it retries the same check. */
  const submit = (flowId: string, code: string, idempotency = key()) =>
    service.submitCode(flowId, { code }, idempotency);

  /** Reads a flow as the client that created it does: with the secret its creation answered with. */
  const readOwn = (flow: Flow) =>
    service.getFlow(flow.flowId, { flowSecret: 'flowSecret' in flow ? (flow.flowSecret ?? null) : null });

  const authenticatorCode = (username: string) => {
    const entry = phone.authenticator().find((candidate) => candidate.account === username);
    if (!entry) throw new Error(`${username} has no authenticator app`);
    return entry.code;
  };

  /** Signs in with password + a texted code (or the app) and returns the Authorization header. */
  const signIn = (username: string, methodId = 'mobile-sms') => {
    const flow = passwordSignIn(username);
    if (flow.stage === 'completed') return `Bearer ${flow.sessionToken}`;
    bodyOf(choose(flow.flowId, methodId), 201);
    const code = methodId === 'authenticator-app' ? authenticatorCode(username) : latestCode();
    const done = stageOf(bodyOf(submit(flow.flowId, code), 200), 'completed');
    return `Bearer ${done.sessionToken}`;
  };

  const ringingCall = () => {
    const call = phone.calls()[0];
    if (!call) throw new Error('No call on the demo phone');
    return call;
  };

  return {
    clock,
    service,
    phone,
    key,
    latestCode,
    smsSignIn,
    passwordSignIn,
    humanCheck,
    startReset,
    choose,
    submit,
    readOwn,
    authenticatorCode,
    signIn,
    ringingCall,
  };
}

export type Harness = ReturnType<typeof createHarness>;
