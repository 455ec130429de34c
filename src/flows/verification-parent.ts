// What every flow around the verification child shares: keeping the session a sign-in returns,
// abandoning a flow, and reading how the child finished. The remembered flow id has its own owner,
// remembered-flow.ts (the pages read it before their statecharts arrive); the states a parent
// builds around the child are in parent-states.ts.
import { ApiError, describeError, type ErrorInfo, UNEXPECTED } from '../api/errors';
import { apiClient } from '../api/load-client';
import type { Flow, FlowKind, Session } from '../api/types';
import { sessionToken } from '../session/token';
import { forgetFlow } from './remembered-flow';
import type { Leave, VerificationOutput } from './verification/machine';

/** The secret in the answer that created a flow (no other answer has one). */
export const flowSecretOf = (flow: Flow | null | undefined): string | null =>
  (flow && 'flowSecret' in flow && flow.flowSecret) || null;

/** Forget the flow here and tell the backend it is over (best effort: it expires anyway). */
export function abandonFlow(kind: FlowKind, flowId: string | null) {
  forgetFlow(kind);
  if (flowId)
    apiClient()
      .then((api) => api.cancelFlow(flowId))
      .catch(() => undefined);
}

export interface SignedIn {
  token: string;
  session: Session;
}

export const signedInFrom = (flow: Flow | null): SignedIn | null =>
  flow?.stage === 'completed' && flow.sessionToken && flow.session
    ? { token: flow.sessionToken, session: flow.session }
    : null;

export const keepSession = (signedIn: SignedIn) => sessionToken.set(signedIn.token);

/** The flow the child verified, if it did. */
export const verifiedFlow = (outcome: VerificationOutput | null): Flow | null =>
  outcome?.outcome === 'verified' ? outcome.flow : null;

/** Which way out the person took, if they left. */
const leftBy = (outcome: VerificationOutput | null): Leave | null =>
  outcome?.outcome === 'left' ? outcome.leave : null;

/** The flow id a child's snapshot knows, for parents that learn it only from the child's first answer. */
export const childFlowId = (snapshot: { context?: { flow?: Flow | null } } | undefined): string | null =>
  snapshot?.context?.flow?.flowId ?? null;

/** The method the person left for ("Text me instead", another way to verify), if they did. */
export function leftForMethod(outcome: VerificationOutput | null): string | null {
  const leave = leftBy(outcome);
  return leave?.way === 'method' ? leave.methodId : null;
}

/** Why the child refused to go on (the method itself was refused), if it did. */
export const rejectionOf = (outcome: VerificationOutput | null) =>
  outcome?.outcome === 'rejected' ? outcome.failure.error : null;

/**
 * Why a verified flow can't be gone on from. A completed flow without its outcome is one whose
 * completing answer was lost and whose 2 minutes to recover it have passed: the person starts again
 * (said as a sign-in that timed out). Anything else is an answer this flow can't use.
 */
export const unusableVerified = (outcome: VerificationOutput | null): ErrorInfo =>
  outcome?.outcome === 'verified' && outcome.flow.stage === 'completed'
    ? describeError(new ApiError('flow-expired'))
    : UNEXPECTED;

/** The secret of the flow a child created, known with its id. */
export const childFlowSecret = (
  snapshot: { context?: { flowSecret?: string | null } } | undefined,
): string | null => snapshot?.context?.flowSecret ?? null;

export interface ParentContext {
  outcome: VerificationOutput | null;
}

/**
 * Guards on how the child finished, for a parent that keeps the child's output as `outcome`: the
 * parent's routing state reads these in order (signed in, left by some way, rejected, verified otherwise).
 */
export const outcomeGuards = {
  signedIn: ({ context }: { context: ParentContext }) => signedInFrom(verifiedFlow(context.outcome)) !== null,
  leftBy: ({ context }: { context: ParentContext }, { way }: { way: Leave['way'] }) =>
    leftBy(context.outcome)?.way === way,
  rejected: ({ context }: { context: ParentContext }) => context.outcome?.outcome === 'rejected',
  verified: ({ context }: { context: ParentContext }) => verifiedFlow(context.outcome) !== null,
};
