import { useSelector } from '@xstate/react';
import './verification.css';
import { CallEndedScreen, CallScreen } from './CallScreens';
import { CodeScreen } from './CodeScreen';
import type { VerificationActor } from './machine';
import { BlockedScreen, FailedScreen, StoppedScreen, ThrottledScreen, WorkingScreen } from './StatusScreens';
import { screenOf } from './screen';
import type { WaysOut } from './ways-out';

interface VerificationViewProps {
  actor: VerificationActor;
  ways: WaysOut;
  /** Shown while the first send is under way: the parent's own form, busy. */
  starting: React.ReactNode;
}

/** The screens of the shared verification, picked by one selector from the child's state. */
export function VerificationView({ actor, ways, starting }: VerificationViewProps) {
  const screen = useSelector(actor, screenOf);
  switch (screen) {
    case 'starting':
    case 'finished':
      return <>{starting}</>;
    case 'working':
      return <WorkingScreen actor={actor} ways={ways} />;
    case 'code':
      return <CodeScreen actor={actor} ways={ways} />;
    case 'calling':
      return <CallScreen actor={actor} ways={ways} />;
    case 'callEnded':
      return <CallEndedScreen actor={actor} ways={ways} />;
    case 'throttled':
      return <ThrottledScreen actor={actor} ways={ways} />;
    case 'blocked':
      return <BlockedScreen actor={actor} ways={ways} />;
    case 'sendFailed':
    case 'resumeFailed':
      return <FailedScreen actor={actor} ways={ways} />;
    case 'locked':
    case 'expired':
      return <StoppedScreen actor={actor} ways={ways} />;
  }
}
