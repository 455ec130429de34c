import { passwordReset } from '../../content/en/password-reset';
import { addMessages } from '../../content/i18n';
import type { ResetStartEvent } from './machine';
import type { ResetStartScreen } from './screen';
import { DeadEndScreen, IdentifyScreen } from './screens';

// This flow's words load with its screens (the steps' screens use them too).
addMessages({ passwordReset });

/** The start of a reset: the user name and the automatic check, or the dead end. */
export function ResetStartView({
  screen,
  send,
  started,
}: {
  screen: ResetStartScreen;
  send: (event: ResetStartEvent) => void;
  /** Shown once the reset has started, while the steps' screens load. */
  started: React.ReactNode;
}) {
  switch (screen.name) {
    case 'identify':
      return <IdentifyScreen screen={screen} send={send} />;
    case 'deadEnd':
      return <DeadEndScreen screen={screen} send={send} />;
    case 'started':
      return <>{started}</>;
  }
}
