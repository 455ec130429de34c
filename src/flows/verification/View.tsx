import { useSelector } from '@xstate/react';
import type { ReactNode } from 'react';
import './verification.css';
import { verificationErrors } from '../../content/en/verification-errors';
import { verificationScreens } from '../../content/en/verification-screens';
import { addMessages } from '../../content/i18n';
import { sameScreen } from '../same-screen';
import { CallEndedScreen, CallScreen } from './CallScreens';
import { CodeScreen } from './CodeScreen';
import { ConfirmNumberScreen } from './ConfirmNumberScreen';
import type { VerificationActor } from './machine';
import {
  BlockedScreen,
  DeniedScreen,
  FailedScreen,
  StoppedScreen,
  ThrottledScreen,
  UnexpectedScreen,
  WorkingScreen,
} from './StatusScreens';
import { verificationScreen } from './screen';

// The verification's words (and the errors it can answer with) load with its screens.
addMessages({ verificationScreens, verificationErrors });

interface VerificationViewProps {
  actor: VerificationActor;
  /** Shown while the first send is under way: the parent's own form, busy. */
  starting: ReactNode;
}

/** The screens of the shared verification: one per screen the selector names. */
export function VerificationView({ actor, starting }: VerificationViewProps) {
  const screen = useSelector(actor, verificationScreen, sameScreen);
  const send = actor.send;
  switch (screen.name) {
    case 'starting':
    case 'finished':
      return <>{starting}</>;
    case 'working':
      return <WorkingScreen screen={screen} send={send} />;
    case 'confirmNumber':
      return <ConfirmNumberScreen screen={screen} send={send} />;
    case 'code':
      return <CodeScreen screen={screen} send={send} />;
    case 'calling':
      return <CallScreen screen={screen} send={send} />;
    case 'callEnded':
      return <CallEndedScreen screen={screen} send={send} />;
    case 'throttled':
      return <ThrottledScreen screen={screen} send={send} />;
    case 'blocked':
      return <BlockedScreen screen={screen} send={send} />;
    case 'denied':
      return <DeniedScreen screen={screen} send={send} />;
    case 'failed':
      return <FailedScreen screen={screen} send={send} />;
    case 'unexpected':
      return <UnexpectedScreen screen={screen} send={send} />;
    case 'stopped':
      return <StoppedScreen screen={screen} send={send} />;
  }
}
