import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { ErrorTextMessage } from '../../ui/Alert';
import { LiveRegion } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { cx } from '../../ui/cx';
import { Form } from '../../ui/Form';
import { Actions, Page } from '../../ui/Page';
import { Spinner } from '../../ui/Spinner';
import { UsernameField } from '../../ui/TextField';
import { TextLink } from '../../ui/TextLink';
import type { ResetStartEvent } from './machine';
import type { ResetStartScreen } from './screen';

type Send = (event: ResetStartEvent) => void;
type Screen<N extends ResetStartScreen['name']> = Extract<ResetStartScreen, { name: N }>;

/** "Get back into your account": the user name, while the browser does the human check. */
export function IdentifyScreen({ screen, send }: { screen: Screen<'identify'>; send: Send }) {
  const alert = screen.alert ? errorText(screen.alert) : null;
  const busy = screen.busy !== null;
  return (
    <Page
      heading={t('passwordReset.heading')}
      intro={t('passwordReset.intro')}
      secondary={[
        // the user name goes along in the router's state, never in the URL
        <TextLink key="back" to="/sign-in/password" state={{ username: screen.username.trim() }}>
          {t('passwordReset.backToSignIn')}
        </TextLink>,
      ]}
    >
      {alert && <ErrorTextMessage text={alert} />}
      <Form onSubmit={() => send({ type: 'IDENTIFY.SUBMIT' })}>
        <UsernameField
          label={t('passwordReset.username.label')}
          hint={t('passwordReset.username.hint')}
          value={screen.username}
          readOnly={busy}
          onChange={(event) => send({ type: 'USERNAME.CHANGE', username: event.target.value })}
          error={screen.usernameProblem && t(`passwordReset.problem.${screen.usernameProblem}`)}
        />
        {/* Every status's words lie hidden under the one shown (drawn by CSS, so they are nobody's
            text), making the box as tall as the longest from the first paint: the button below
            doesn't move when the check ends (CLS 0). */}
        <div className="human-check">
          <LiveRegion visible className="human-check__status">
            {screen.check === 'checking' && <Spinner />}
            {t(`passwordReset.check.${screen.check === 'done' ? 'done' : screen.check}`)}
          </LiveRegion>
          {(['checking', 'done', 'failed'] as const).map((check) => (
            <span
              key={check}
              className={cx('human-check__sizer', check === 'checking' && 'human-check__sizer--spinner')}
              data-text={t(`passwordReset.check.${check}`)}
              aria-hidden="true"
            />
          ))}
        </div>
        <Actions>
          <Button type="submit" busy={busy}>
            {screen.busy === 'waiting'
              ? t('passwordReset.waiting')
              : screen.busy === 'submitting'
                ? t('passwordReset.submitting')
                : t('passwordReset.submit')}
          </Button>
        </Actions>
      </Form>
    </Page>
  );
}

/**
 * The one dead end for every name that cannot reset here (and the lock, with its time): who can
 * help, and the reference to give them.
 */
export function DeadEndScreen({ screen, send }: { screen: Screen<'deadEnd'>; send: Send }) {
  const text = errorText(screen.error);
  return (
    <Page
      heading={text.title}
      intro={text.detail}
      secondary={[
        <TextLink key="back" to="/sign-in/password" state={{ username: screen.username }}>
          {t('passwordReset.backToSignIn')}
        </TextLink>,
      ]}
    >
      {text.reference && <p className="reference">{text.reference}</p>}
      <Actions>
        <Button variant="secondary" onClick={() => send({ type: 'RESTART' })}>
          {t('passwordReset.deadEnd.next')}
        </Button>
      </Actions>
    </Page>
  );
}
