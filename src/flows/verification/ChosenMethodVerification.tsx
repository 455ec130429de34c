import type { ReactNode } from 'react';
import { Progress } from '../../ui/Spinner';
import { LazyVerificationView } from './LazyVerificationView';
import type { VerificationActor } from './machine';

/**
 * The verification of a method chosen on a list (MFA's, a reset's): while it starts, the list stays
 * up, busy, built by `list` with the "Start again" that the verification, now under way, carries out.
 */
export function ChosenMethodVerification({
  actor,
  list,
}: {
  actor: VerificationActor | undefined;
  list: (onRestart: () => void) => ReactNode;
}) {
  if (!actor) return <Progress />;
  const starting = list(() => actor.send({ type: 'LEAVE', leave: { way: 'restart' } }));
  return <LazyVerificationView actor={actor} starting={starting} />;
}
