// The simulated identity service: one method per operation of the contract (src/api/openapi.yaml),
// each returning an HTTP-agnostic answer typed from that contract. No HTTP library is imported
// here, so any HTTP layer (MSW in this repository) can sit in front of it.
import type {
  DefaultMethodRequest,
  NewPasswordRequest,
  PasswordResetRequest,
  PasswordSignInRequest,
  PhoneChangeRequest,
  PhoneRegistrationRequest,
  SmsSignInRequest,
  StartVerificationRequest,
  SubmitCodeRequest,
} from '../../src/api/types';
import { demoAnyone, demoDirectory, demoNumbers } from '../personas';
import type { Answer } from './answers';
import type { Clock } from './clock';
import type { DemoAccount, DemoPhone } from './demo-phone';
import type { Persona } from './directory';
import { cancelFlow, cancelVerification, getFlow, malformedFlowId } from './flows';
import { createDemoPhone } from './handset';
import { challengeToIssue, issueHumanCheck, verifyHumanCheck } from './human-check';
import type { NumberProfile } from './numbers';
import { setNewPassword, startPasswordReset } from './password-reset';
import { type ProblemAnswer, problem } from './problems';
import { cryptoRandom, type RandomSource } from './random';
import {
  addPhoneMethod,
  changePhoneMethod,
  deletePhoneMethod,
  disableSmsSignIn,
  enableSmsSignIn,
  listAuthenticationMethods,
  setDefaultMethod,
  startStepUp,
} from './security-info';
import { getSession, signOut } from './sessions';
import { startPasswordSignIn, startSmsSignIn } from './sign-in';
import type { Context } from './state';
import { createStore, type StateStorage } from './store';
import { resendCode, startVerification, submitCode } from './verification';

export type { AnswerTo } from './answers';
export { createManualClock, systemClock } from './clock';
export type { ProblemAnswer } from './problems';
export { seededRandom } from './random';
export type { StateStorage } from './store';

export interface IdentityServiceOptions {
  /** The only source of time (see clock.ts). */
  clock: Clock;
  /** Codes, ids and tokens; defaults to crypto.getRandomValues. */
  random?: RandomSource;
  /** Persist the state (the browser demo passes sessionStorage); without it the state lives in memory. */
  storage?: StateStorage;
  /** The directory to start from; defaults to the demo personas (mocks/personas.ts). */
  personas?: readonly Persona[];
  /** How texts reach numbers and their history, whoever holds them; defaults to the demo's (mocks/personas.ts). */
  numbers?: readonly NumberProfile[];
  /** The demo phone's rows for what anyone can type (an unknown user name); defaults to the demo's. */
  anyone?: readonly DemoAccount[];
  /**
   * The human check's difficulty: the secret number is at most this, so a browser hashes half of
   * it on average. Defaults to 50,000 (a fraction of a second in a browser); tests pass less.
   */
  humanCheckMaxNumber?: number;
  /**
   * The host name of the page the codes are typed into: texts end with `@{host} #{code}` so a
   * browser with WebOTP fills the code in. The browser demo passes its own; defaults to localhost.
   */
  host?: string;
}

/**
 * The request's `Idempotency-Key` header, for the operations that send a text or place a call, the
 * code check and a reset's new password, and its `Accept-Language`: the language of the text or
 * e-mail they send.
 */
interface Idempotency {
  idempotencyKey?: string | null;
  language?: string | null;
}

/** A fault the next operation answers with, whatever it is (tests of the client's error paths). */
type Fault = 'internal-error' | 'service-unavailable';

export interface IdentityService {
  startSmsSignIn(body: SmsSignInRequest, idempotency?: Idempotency): Answer<'startSmsSignIn'>;
  startPasswordSignIn(body: PasswordSignInRequest): Answer<'startPasswordSignIn'>;
  /** Asynchronous, as Web Crypto is: signing a challenge. */
  getHumanCheck(): Promise<Answer<'getHumanCheck'>>;
  /** Asynchronous, as Web Crypto is: verifying the solved human check. */
  startPasswordReset(body: PasswordResetRequest): Promise<Answer<'startPasswordReset'>>;
  /** `access.flowSecret` is the request's Flow-Secret header, or null. */
  getFlow(flowId: string, access?: { flowSecret?: string | null }): Answer<'getFlow'>;
  cancelFlow(flowId: string): Answer<'cancelFlow'>;
  cancelVerification(flowId: string): Answer<'cancelVerification'>;
  startVerification(
    flowId: string,
    body: StartVerificationRequest,
    idempotency?: Idempotency,
  ): Answer<'startVerification'>;
  resendCode(flowId: string, idempotency?: Idempotency): Answer<'resendCode'>;
  submitCode(flowId: string, body: SubmitCodeRequest, idempotency?: Idempotency): Answer<'submitCode'>;
  setNewPassword(
    flowId: string,
    body: NewPasswordRequest,
    idempotency?: Idempotency,
  ): Answer<'setNewPassword'>;
  /** `authorization` is the Authorization header as sent ("Bearer {sessionToken}"), or null. */
  getSession(authorization: string | null): Answer<'getSession'>;
  signOut(authorization: string | null): Answer<'signOut'>;
  listAuthenticationMethods(authorization: string | null): Answer<'listAuthenticationMethods'>;
  addPhoneMethod(
    authorization: string | null,
    body: PhoneRegistrationRequest,
    idempotency?: Idempotency,
  ): Answer<'addPhoneMethod'>;
  changePhoneMethod(
    authorization: string | null,
    methodId: string,
    body: PhoneChangeRequest,
    idempotency?: Idempotency,
  ): Answer<'changePhoneMethod'>;
  deletePhoneMethod(authorization: string | null, methodId: string): Answer<'deletePhoneMethod'>;
  enableSmsSignIn(authorization: string | null, methodId: string): Answer<'enableSmsSignIn'>;
  disableSmsSignIn(authorization: string | null, methodId: string): Answer<'disableSmsSignIn'>;
  setDefaultMethod(authorization: string | null, body: DefaultMethodRequest): Answer<'setDefaultMethod'>;
  startStepUp(authorization: string | null): Answer<'startStepUp'>;

  /** The personas' handset: texts, calls, authenticator codes, and the keypad that answers calls. */
  readonly demoPhone: DemoPhone;
  /**
   * Fault injection: the next operation (whichever it is) answers `fault` instead of running; for
   * service-unavailable, with Retry-After when `retryAfterSeconds` is given. Calls queue up.
   */
  failNext(fault: Fault, options?: { retryAfterSeconds?: number }): void;
  /** Back to the personas' first state; pending faults are dropped. */
  reset(): void;
}

export function createIdentityService({
  clock,
  random = cryptoRandom,
  storage,
  personas = demoDirectory,
  numbers = demoNumbers,
  anyone = demoAnyone,
  humanCheckMaxNumber = 50_000,
  host = 'localhost',
}: IdentityServiceOptions): IdentityService {
  const store = createStore({ clock, random, personas, numbers, storage, host });
  const faults: ProblemAnswer<500 | 503>[] = [];
  const run = <A>(operation: (ctx: Context) => A, language?: string | null): A | ProblemAnswer<500 | 503> =>
    faults.shift() ?? store.transact(operation, language);
  // A fault is taken when the request arrives, before any await, as run() takes it. The hashing
  // then happens between transactions, and whatever it decides is judged inside one.
  const runAsync = async <A>(operation: () => Promise<A>): Promise<A | ProblemAnswer<500 | 503>> =>
    faults.shift() ?? operation();
  // Every operation on a flow refuses an id that can't be one before it looks anything up.
  const onFlow = <A>(flowId: string, operation: (ctx: Context) => A, language?: string | null) =>
    malformedFlowId(flowId) ?? run(operation, language);
  const key = (idempotency?: Idempotency) => idempotency?.idempotencyKey ?? null;

  return {
    startSmsSignIn: (body, idempotency) =>
      run((ctx) => startSmsSignIn(ctx, body, key(idempotency)), idempotency?.language),
    startPasswordSignIn: (body) => run((ctx) => startPasswordSignIn(ctx, body)),
    getHumanCheck: () =>
      runAsync(() => issueHumanCheck(store.transact((ctx) => challengeToIssue(ctx, humanCheckMaxNumber)))),
    startPasswordReset: (body) =>
      runAsync(async () => {
        const solved = await verifyHumanCheck(
          body,
          store.transact((ctx) => ctx.state.humanCheckKey),
        );
        return store.transact((ctx) => startPasswordReset(ctx, body, solved));
      }),
    getFlow: (flowId, access) => onFlow(flowId, (ctx) => getFlow(ctx, flowId, access?.flowSecret ?? null)),
    cancelFlow: (flowId) => onFlow(flowId, (ctx) => cancelFlow(ctx, flowId)),
    cancelVerification: (flowId) => onFlow(flowId, (ctx) => cancelVerification(ctx, flowId)),
    startVerification: (flowId, body, idempotency) =>
      onFlow(flowId, (ctx) => startVerification(ctx, flowId, body, key(idempotency)), idempotency?.language),
    resendCode: (flowId, idempotency) =>
      onFlow(flowId, (ctx) => resendCode(ctx, flowId, key(idempotency)), idempotency?.language),
    submitCode: (flowId, body, idempotency) =>
      onFlow(flowId, (ctx) => submitCode(ctx, flowId, body, key(idempotency))),
    setNewPassword: (flowId, body, idempotency) =>
      onFlow(flowId, (ctx) => setNewPassword(ctx, flowId, body, key(idempotency))),
    getSession: (authorization) => run((ctx) => getSession(ctx, authorization)),
    signOut: (authorization) => run((ctx) => signOut(ctx, authorization)),
    listAuthenticationMethods: (authorization) => run((ctx) => listAuthenticationMethods(ctx, authorization)),
    addPhoneMethod: (authorization, body, idempotency) =>
      run((ctx) => addPhoneMethod(ctx, authorization, body, key(idempotency)), idempotency?.language),
    changePhoneMethod: (authorization, methodId, body, idempotency) =>
      run(
        (ctx) => changePhoneMethod(ctx, authorization, methodId, body, key(idempotency)),
        idempotency?.language,
      ),
    deletePhoneMethod: (authorization, methodId) =>
      run((ctx) => deletePhoneMethod(ctx, authorization, methodId)),
    enableSmsSignIn: (authorization, methodId) => run((ctx) => enableSmsSignIn(ctx, authorization, methodId)),
    disableSmsSignIn: (authorization, methodId) =>
      run((ctx) => disableSmsSignIn(ctx, authorization, methodId)),
    setDefaultMethod: (authorization, body) => run((ctx) => setDefaultMethod(ctx, authorization, body)),
    startStepUp: (authorization) => run((ctx) => startStepUp(ctx, authorization)),
    demoPhone: createDemoPhone(store, personas, anyone),
    failNext(fault, { retryAfterSeconds } = {}) {
      faults.push(
        fault === 'service-unavailable' && retryAfterSeconds !== undefined
          ? problem(fault, { retryAfterSeconds })
          : problem(fault),
      );
    },
    reset() {
      faults.length = 0;
      store.reset();
    },
  };
}
