/**
 * What an invoked actor answered, read in a setup() implementation: those are typed for the
 * machine's own events only, not for the `xstate.done.actor.*` event that carries the answer.
 */
export const outputOf = <T>(event: unknown) => (event as { output: T }).output;

/** Why an invoked actor failed, read likewise. */
export const errorOf = (event: unknown) => (event as { error: unknown }).error;

/** What an invoked child's snapshot event carries, read likewise. */
export const snapshotOf = <T>(event: unknown) => (event as { snapshot: T }).snapshot;
