import { useActorRef, useSelector } from '@xstate/react';
import { useEffect } from 'react';
import type { Flow } from '../../api/types';
import { forgetFlow } from '../verification-parent';
import { resetStepsMachine } from './machine';
import { ResetStepsView } from './View';

interface ResetStepsProps {
  flow?: Flow;
  resumeFlowId?: string | null;
  username: string;
  /** Back to the reset's first screen, the user name kept. */
  onStartAgain: (username: string) => void;
}

/** The steps of a reset, once it has started: downloaded after its first screen (password-reset/route). */
export function ResetSteps({ flow, resumeFlowId, username, onStartAgain }: ResetStepsProps) {
  const actor = useActorRef(resetStepsMachine, {
    input: { username, ...(flow ? { flow } : {}), ...(resumeFlowId ? { resumeFlowId } : {}) },
  });
  const output = useSelector(actor, (snapshot) => snapshot.output);
  useEffect(() => {
    if (output?.to === 'start') onStartAgain(output.username);
  }, [output, onStartAgain]);
  // Leaving "Your password has been reset" in the app forgets the reset; a reload keeps it, to show
  // that screen again (the page cannot tell a reload from closing the tab, which clears it anyway).
  useEffect(
    () => () => {
      if (actor.getSnapshot().output?.to === 'done') forgetFlow('password-reset');
    },
    [actor],
  );
  return <ResetStepsView actor={actor} />;
}
