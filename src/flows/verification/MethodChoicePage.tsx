import type { ErrorInfo } from '../../api/errors';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorTextMessage } from '../../ui/Alert';
import { LinkButton } from '../../ui/LinkButton';
import { Page } from '../../ui/Page';
import { Progress } from '../../ui/Spinner';
import { MethodList } from './MethodList';
import type { ListedMethod } from './methods';

/** What a flow's "Verify your identity" list shows, whichever flow it is. */
export interface MethodChoice {
  methods: ListedMethod[];
  /** Why the last method could not be used. */
  alert: ErrorInfo | null;
  /** The method chosen is starting: the list stays up, busy, saying what is being sent. */
  starting: { calling: boolean } | null;
}

/**
 * The methods as a page of their own, before any verification: the flow names the page and its way
 * back; the list, the reason the last method failed and the progress of the chosen one are alike.
 */
export function MethodChoicePage({
  heading,
  caption,
  intro,
  restartLabel,
  choice,
  onSelect,
  onRestart,
}: {
  heading: string;
  caption?: string;
  intro: string;
  restartLabel: string;
  choice: MethodChoice;
  onSelect: (methodId: string) => void;
  onRestart: () => void;
}) {
  const alert = choice.alert ? errorText(choice.alert) : null;
  return (
    <Page
      heading={heading}
      caption={caption}
      intro={intro}
      secondary={[
        <LinkButton key="restart" onClick={onRestart}>
          {restartLabel}
        </LinkButton>,
      ]}
    >
      {alert && <ErrorTextMessage text={alert} />}
      {choice.starting && (
        <Progress>
          {t(choice.starting.calling ? 'verification.sending.call' : 'verification.sending.code')}
        </Progress>
      )}
      <MethodList methods={choice.methods} busy={choice.starting !== null} onSelect={onSelect} />
    </Page>
  );
}
