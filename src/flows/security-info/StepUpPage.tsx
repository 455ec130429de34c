// The step-up before a change ("Verify it's you"): loaded behind the overview (View.tsx), since the page
// opens on the person's methods and a change comes later, if at all.
import { t } from '../../content/i18n';
import { type MethodChoice, MethodChoicePage } from '../verification/MethodChoicePage';
import type { SecurityInfoEvent } from './machine';

export function StepUpPage({
  choice,
  send,
  onRestart,
}: {
  choice: MethodChoice;
  send: (event: SecurityInfoEvent) => void;
  onRestart: () => void;
}) {
  return (
    <MethodChoicePage
      heading={t('securityInfo.stepUp.heading')}
      intro={t('securityInfo.stepUp.intro')}
      restartLabel={t('securityInfo.cancel')}
      choice={choice}
      onSelect={(methodId) => send({ type: 'METHOD.SELECT', methodId })}
      onRestart={onRestart}
    />
  );
}
