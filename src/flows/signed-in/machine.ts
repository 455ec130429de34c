// The signed-in page: who, how, and sign out. The session token is the only thing kept (tab only).
import { assign, fromPromise, setup } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import { apiClient } from '../../api/load-client';
import type { Session } from '../../api/types';
import { sessionToken } from '../../session/token';

export type SignedInEvent = { type: 'RETRY' } | { type: 'SIGN_OUT' };

export const signedInMachine = setup({
  types: {
    input: {} as { token: string | null },
    context: {} as { token: string | null; session: Session | null; error: ErrorInfo | null },
    events: {} as SignedInEvent,
    tags: {} as 'busy',
  },
  actors: {
    loadSession: fromPromise<Session, { token: string }>(async ({ input, signal }) =>
      (await apiClient()).getSession(input.token, signal),
    ),
    endSession: fromPromise<unknown, { token: string }>(async ({ input }) =>
      (await apiClient()).signOut(input.token),
    ),
  },
  guards: {
    hasToken: ({ context }) => context.token !== null,
    notAuthenticated: (_, { error }: { error: unknown }) => describeError(error).code === 'not-authenticated',
  },
  actions: {
    forgetSession: () => sessionToken.clear(),
  },
}).createMachine({
  id: 'signedIn',
  context: ({ input }) => ({ token: input.token, session: null, error: null }),
  initial: 'checking',
  states: {
    checking: { always: [{ guard: 'hasToken', target: 'loading' }, { target: 'signedOut' }] },
    loading: {
      tags: ['busy'],
      invoke: {
        src: 'loadSession',
        input: ({ context }) => ({ token: context.token! }),
        onDone: { target: 'ready', actions: assign({ session: ({ event }) => event.output, error: null }) },
        onError: [
          {
            guard: { type: 'notAuthenticated', params: ({ event }) => ({ error: event.error }) },
            target: 'signedOut',
            actions: 'forgetSession',
          },
          { target: 'failed', actions: assign({ error: ({ event }) => describeError(event.error) }) },
        ],
      },
    },
    failed: { on: { RETRY: 'loading', SIGN_OUT: 'signingOut' } },
    ready: { on: { SIGN_OUT: 'signingOut' } },
    signingOut: {
      tags: ['busy'],
      invoke: {
        src: 'endSession',
        input: ({ context }) => ({ token: context.token! }),
        // Signed out here whatever the backend says: the token is forgotten either way.
        onDone: { target: 'signedOut', actions: 'forgetSession' },
        onError: { target: 'signedOut', actions: 'forgetSession' },
      },
    },
    signedOut: { type: 'final' },
  },
});
