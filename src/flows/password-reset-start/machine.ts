// The start of a password reset (src/behaviour.md#password-reset): "Get back into your account",
// the user name while the browser solves the human check, then the backend's answer: a reset flow
// (the reset's statechart, password-reset, then runs its steps: password-reset-steps), or the one
// dead end for every name that cannot reset here, or the lock.
import { assign, fromPromise, not, raise, setup, stateIn } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import { apiClient } from '../../api/load-client';
import type { Flow } from '../../api/types';
import { errorOf, outputOf } from '../actor-events';
import { rememberFlow } from '../remembered-flow';
import { flowSecretOf } from '../verification-parent';
import { solveHumanCheck } from './human-check';

export interface ResetStartInput {
  /** The user name typed on the sign-in page, or kept from a reset started again. */
  username?: string;
  /** Why the person is back here (the steps' screens could not be downloaded), said above the form. */
  error?: ErrorInfo | null;
}

/** The reset the backend started, and the name it was started for. */
export interface ResetStartOutput {
  flow: Flow;
  username: string;
}

/** The contract's limit on the user name. */
const USERNAME_MAX_LENGTH = 256;

export type UsernameProblem = 'required' | 'too-long';

export type ResetStartEvent =
  | { type: 'USERNAME.CHANGE'; username: string }
  | { type: 'IDENTIFY.SUBMIT' }
  /** From a dead end: try another user name. */
  | { type: 'RESTART' }
  /** The human check was spent (by a request, answered or not): fetch and solve a fresh one. */
  | { type: 'CHECK.RENEW' };

export interface ResetStartContext {
  username: string;
  usernameProblem: UsernameProblem | null;
  /** The solved human check (an ALTCHA payload), good for one request. */
  humanCheck: string | null;
  /** What stopped the start (said above the form), or the dead end's words. */
  error: ErrorInfo | null;
  /** Why the last human check could not be fetched or solved (offline, busy…). */
  checkError: ErrorInfo | null;
  /** The reset the backend started. */
  flow: Flow | null;
}

function usernameProblem(username: string): UsernameProblem | null {
  const name = username.trim();
  if (name === '') return 'required';
  return name.length > USERNAME_MAX_LENGTH ? 'too-long' : null;
}

export const resetStartMachine = setup({
  types: {
    input: {} as ResetStartInput,
    context: {} as ResetStartContext,
    events: {} as ResetStartEvent,
    output: {} as ResetStartOutput,
    tags: {} as 'busy',
  },
  actors: {
    /** A fresh challenge from the backend, solved here: the payload the reset request carries. */
    prepareHumanCheck: fromPromise<string>(async ({ signal }) =>
      solveHumanCheck(await (await apiClient()).getHumanCheck(signal), signal),
    ),
    startReset: fromPromise<Flow, { username: string; humanCheck: string }>(async ({ input, signal }) =>
      (await apiClient()).startPasswordReset(input.username, input.humanCheck, signal),
    ),
  },
  guards: {
    usernameValid: ({ context }) => usernameProblem(context.username) === null,
    checkSolved: ({ context }) => context.humanCheck !== null,
    refusedWith: ({ context }, { code }: { code: string }) => context.error?.code === code,
  },
  delays: {
    /** A human check that could not be fetched or solved is tried again after this. */
    checkRetry: 3_000,
  },
  actions: {
    startFlow: assign(({ event }) => {
      const flow = outputOf<Flow>(event);
      // the secret lets a reload on the last screen read the name the reset was started with
      rememberFlow('password-reset', flow.flowId, flowSecretOf(flow));
      return { flow };
    }),
    recordError: assign(({ event }) => ({
      error: describeError(errorOf(event)),
    })),
    /** A human check is good for one request, whatever its answer. */
    spendHumanCheck: assign({ humanCheck: null }),
  },
}).createMachine({
  id: 'resetStart',
  context: ({ input }) => ({
    username: input.username ?? '',
    usernameProblem: null,
    humanCheck: null,
    error: input.error ?? null,
    checkError: null,
    flow: null,
  }),
  initial: 'identifying',
  states: {
    identifying: {
      type: 'parallel',
      states: {
        /** The proof of work, solved while the person types. */
        check: {
          initial: 'preparing',
          on: { 'CHECK.RENEW': { target: '.preparing', reenter: true } },
          states: {
            preparing: {
              invoke: {
                id: 'prepareHumanCheck',
                src: 'prepareHumanCheck',
                onDone: {
                  target: 'solved',
                  actions: assign({ humanCheck: ({ event }) => event.output, checkError: null }),
                },
                onError: {
                  target: 'failed',
                  actions: assign({ checkError: ({ event }) => describeError(event.error) }),
                },
              },
            },
            solved: {},
            /** Could not be fetched or solved (offline): tried again shortly, said meanwhile. */
            failed: { after: { checkRetry: 'preparing' } },
          },
        },
        form: {
          initial: 'editing',
          states: {
            editing: {
              on: {
                'USERNAME.CHANGE': {
                  actions: assign({
                    username: ({ event }) => event.username,
                    usernameProblem: null,
                    error: null,
                  }),
                },
                'IDENTIFY.SUBMIT': [
                  {
                    guard: not('usernameValid'),
                    actions: assign({ usernameProblem: ({ context }) => usernameProblem(context.username) }),
                  },
                  { guard: 'checkSolved', target: 'submitting' },
                  { target: 'waiting' },
                ],
              },
            },
            /**
             * Sent as soon as the check is done (it usually is before the name is typed). A check
             * that could not run (offline, busy…) stops the wait with the reason: "Next" again sends
             * once it has run (it is tried again every few seconds meanwhile).
             */
            waiting: {
              tags: ['busy'],
              always: [
                { guard: stateIn({ identifying: { check: 'solved' } }), target: 'submitting' },
                {
                  guard: stateIn({ identifying: { check: 'failed' } }),
                  target: 'editing',
                  actions: assign({ error: ({ context }) => context.checkError }),
                },
              ],
            },
            submitting: {
              tags: ['busy'],
              entry: assign({ error: null }),
              invoke: {
                id: 'startReset',
                src: 'startReset',
                input: ({ context }) => ({
                  username: context.username.trim(),
                  humanCheck: context.humanCheck!,
                }),
                onDone: { target: '#resetStart.started', actions: ['startFlow', 'spendHumanCheck'] },
                onError: { target: 'refused', actions: ['recordError', 'spendHumanCheck'] },
              },
            },
            refused: {
              // Whatever the answer, that check is spent: a fresh one starts at once.
              entry: raise({ type: 'CHECK.RENEW' }),
              always: [
                {
                  guard: { type: 'refusedWith', params: { code: 'reset-not-enabled' } },
                  target: '#resetStart.deadEnd',
                },
                {
                  guard: { type: 'refusedWith', params: { code: 'reset-locked' } },
                  target: '#resetStart.lockedOut',
                },
                // the check ran out, no answer, the backend failed: the name stays, the reason shows
                { target: 'editing' },
              ],
            },
          },
        },
      },
    },
    /** One and the same answer for every name that cannot reset here: who can help, a reference. */
    deadEnd: {
      on: { RESTART: { target: 'identifying', actions: assign({ error: null }) } },
    },
    /** Too many failed checks for this name: locked for a while, with the time and a reference. */
    lockedOut: {
      on: { RESTART: { target: 'identifying', actions: assign({ error: null }) } },
    },
    started: { type: 'final' },
  },
  output: ({ context }) => ({ flow: context.flow!, username: context.username.trim() }),
});
