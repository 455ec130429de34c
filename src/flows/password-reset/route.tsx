import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { Flow } from '../../api/types';
import { wordsLoaded } from '../../content/i18n';
import { Progress } from '../../ui/Spinner';
import { whenIdle } from '../../ui/when-idle';
import { useLazyFlow } from '../lazy-flow';
import { usePreloadVerification } from '../verification/LazyVerificationView';
import { rememberedFlow } from '../verification-parent';
import type { ResetStartActor } from './flow';
import type { ResetStartEvent, ResetStartInput } from './machine';
import { type ResetStartScreen, resetStartScreen } from './screen';
import { ResetStartView } from './View';

const loadSteps = () => import('../password-reset-steps/route');
const ResetSteps = lazy(() =>
  loadSteps()
    .then(wordsLoaded)
    .then((module) => ({ default: module.ResetSteps })),
);

/** Where the reset is: its first screen, or its steps (a new flow, or one remembered before a reload). */
type Stage =
  | { start: string }
  | { flow: Flow; username: string }
  | { resumeFlowId: string; username: string };

function Start({
  username,
  onStarted,
}: {
  username: string;
  onStarted: (flow: Flow, username: string) => void;
}) {
  // The user name's form runs before XState and the statechart (../lazy-flow.ts); the automatic check
  // starts with the statechart, a moment after the page is up or at the first keystroke.
  const { screen, send, snapshot } = useLazyFlow<
    ReturnType<ResetStartActor['getSnapshot']>,
    ResetStartEvent,
    { username: string },
    ResetStartInput,
    ResetStartScreen
  >({
    load: () => import('./flow').then((flow) => flow.startResetStart),
    immediately: false,
    typed: { username },
    keystroke: (_typed, event) => (event.type === 'USERNAME.CHANGE' ? { username: event.username } : null),
    submit: 'IDENTIFY.SUBMIT',
    input: (typed) => typed,
    select: resetStartScreen,
    before: (typed, { busy, alert }) => ({
      name: 'identify',
      username: typed.username,
      usernameProblem: null,
      check: 'checking',
      alert,
      busy: busy ? 'waiting' : null,
    }),
  });
  const output = snapshot?.output;
  useEffect(() => {
    if (output) onStarted(output.flow, output.username);
  }, [output, onStarted]);
  return <ResetStartView screen={screen} send={send} started={<Progress />} />;
}

/** `/reset-password`: get back into your account (src/behaviour.md#password-reset). */
export function Component() {
  // "Forgotten your password?" hands over the user name typed so far, in the router's state.
  const handedOver = useLocation().state as { username?: unknown } | null;
  const [stage, setStage] = useState<Stage>(() => {
    const username = typeof handedOver?.username === 'string' ? handedOver.username : '';
    const resumeFlowId = rememberedFlow('password-reset');
    return resumeFlowId ? { resumeFlowId, username } : { start: username };
  });
  // The steps' screens (and the verification's) download while the person types the name.
  usePreloadVerification();
  useEffect(
    () =>
      whenIdle(() => {
        // a failed download is met again, and said, when the steps are needed
        loadSteps().catch(() => undefined);
      }),
    [],
  );
  const started = useCallback((flow: Flow, username: string) => setStage({ flow, username }), []);
  const startAgain = useCallback((username: string) => setStage({ start: username }), []);

  if ('start' in stage) return <Start key="start" username={stage.start} onStarted={started} />;
  return (
    <Suspense fallback={<Progress />}>
      <ResetSteps
        {...('flow' in stage ? { flow: stage.flow } : { resumeFlowId: stage.resumeFlowId })}
        username={stage.username}
        onStartAgain={startAgain}
      />
    </Suspense>
  );
}
