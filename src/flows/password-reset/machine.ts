// A password reset from end to end (src/behaviour.md#password-reset): its first screen (the user
// name and the automatic check: password-reset-start), then its steps once the backend has started
// a reset (the methods, one or two verifications, the new password: password-reset-steps, whose
// statechart downloads after the first screen), then done. A reset remembered from before a reload
// is picked up at its steps; "Start again" goes back to the first screen with the user name kept.
// This statechart downloads behind the first screen (../lazy-flow.ts, ./flow.ts): it starts with
// the name typed meanwhile, and what the first screen sends reaches it here.
import { assign, forwardTo, setup } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import type { Flow } from '../../api/types';
import { errorOf, outputOf } from '../actor-events';
import type { ResetStartEvent, ResetStartOutput } from '../password-reset-start/machine';
import { resetStartMachine } from '../password-reset-start/machine';
import { lazyResetStepsMachine, loadResetStepsMachine } from '../password-reset-steps/lazy-machine';
import type { ResetStepsOutput } from '../password-reset-steps/machine';

export interface PasswordResetInput {
  /** The user name typed on the sign-in page, handed over in the router's state. */
  username?: string;
  /** A reset remembered from before a reload. */
  resumeFlowId?: string | null;
}

/**
 * What the page sends: the first screen's events, which the reset passes on to its first screen's
 * statechart (the steps' screens send to the steps' own).
 */
export type PasswordResetEvent = ResetStartEvent;

export interface PasswordResetContext {
  /** As typed on the first screen, kept when the person starts again; the flow's own once it is done. */
  username: string;
  /** The reset the first screen started... */
  flow: Flow | null;
  /** ...or the one remembered from before a reload. */
  resumeFlowId: string | null;
  /** Why the person is back on the first screen (the steps' screens did not download). */
  error: ErrorInfo | null;
}

export const passwordResetMachine = setup({
  types: {
    input: {} as PasswordResetInput,
    context: {} as PasswordResetContext,
    events: {} as PasswordResetEvent,
    children: {} as { start: 'start'; loadSteps: 'loadSteps'; steps: 'steps' },
  },
  actors: { start: resetStartMachine, loadSteps: loadResetStepsMachine, steps: lazyResetStepsMachine },
  guards: {
    resuming: ({ context }) => context.resumeFlowId !== null,
    startingAgain: ({ event }) => outputOf<ResetStepsOutput>(event).to === 'start',
  },
  actions: {
    takeStartedFlow: assign(({ event }) => {
      const { flow, username } = outputOf<ResetStartOutput>(event);
      return { flow, username, resumeFlowId: null, error: null };
    }),
    /** The steps are over: the name they end with goes back to the first screen, or to "Sign in". */
    takeStepsEnd: assign(({ event }) => ({
      username: outputOf<ResetStepsOutput>(event).username,
      flow: null,
      resumeFlowId: null,
    })),
    /**
     * The steps' code did not download (offline): the first screen says why. The reset stays
     * remembered, so a reload picks it up where it was; starting again here replaces it.
     */
    explainStepsUnavailable: assign(({ event }) => ({
      flow: null,
      resumeFlowId: null,
      error: describeError(errorOf(event)),
    })),
  },
}).createMachine({
  id: 'passwordReset',
  context: ({ input }) => ({
    username: input.username ?? '',
    flow: null,
    resumeFlowId: input.resumeFlowId ?? null,
    error: null,
  }),
  initial: 'booting',
  states: {
    booting: {
      always: [{ guard: 'resuming', target: 'steps' }, { target: 'start' }],
    },
    /** "Get back into your account": until the backend starts a reset. */
    start: {
      on: {
        'USERNAME.CHANGE': { actions: forwardTo('start') },
        'IDENTIFY.SUBMIT': { actions: forwardTo('start') },
        RESTART: { actions: forwardTo('start') },
      },
      invoke: {
        id: 'start',
        src: 'start',
        input: ({ context }) => ({ username: context.username, error: context.error }),
        onDone: { target: 'steps', actions: 'takeStartedFlow' },
      },
    },
    /** The reset's steps: their statechart downloads (if it has not yet), then runs. */
    steps: {
      initial: 'loading',
      states: {
        loading: {
          invoke: {
            id: 'loadSteps',
            src: 'loadSteps',
            onDone: 'running',
            onError: { target: '#passwordReset.start', actions: 'explainStepsUnavailable' },
          },
        },
        running: {
          invoke: {
            id: 'steps',
            src: 'steps',
            input: ({ context }) => ({
              username: context.username,
              ...(context.flow ? { flow: context.flow } : { resumeFlowId: context.resumeFlowId }),
            }),
            onDone: [
              { guard: 'startingAgain', target: '#passwordReset.start', actions: 'takeStepsEnd' },
              { target: '#passwordReset.done', actions: 'takeStepsEnd' },
            ],
          },
        },
      },
    },
    /** "Your password has been reset". */
    done: { type: 'final' },
  },
});
