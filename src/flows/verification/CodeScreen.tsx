import { useEffect, useId, useRef } from 'react';
import type { Channel } from '../../api/types';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorMessage, ErrorTextMessage } from '../../ui/Alert';
import { useAnnounce, useLiveMuted } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { Countdown, formatDuration } from '../../ui/countdown';
import { Notice } from '../../ui/Notice';
import { Actions, Page } from '../../ui/Page';
import { CodeField } from './CodeField';
import { Masked } from './Masked';
import type { Send } from './machine';
import type { CodeFieldError, CodeHelp, VerificationScreen } from './screen';
import { Alternatives, waysOutLinks } from './WaysOutLinks';

type CodeScreenProps = { screen: Extract<VerificationScreen, { name: 'code' }>; send: Send };

const SENT_TO = {
  sms: 'verification.code.sent.sms',
  rcs: 'verification.code.sent.rcs',
  whatsapp: 'verification.code.sent.whatsapp',
  email: 'verification.code.sent.email',
  voice: 'verification.code.sent.sms',
  app: 'verification.code.sent.app',
} as const satisfies Record<Channel, string>;

function fieldMessage(error: CodeFieldError, length: number): string | null {
  if (error === null) return null;
  if (error.kind === 'typed') return t(`verification.code.problem.${error.problem}`, { count: length });
  const text = errorText(error.error);
  return `${text.title}. ${text.detail}`;
}

/** Enter the code: typed, pasted or filled in by the browser; help and resend once it is overdue. */
export function CodeScreen({ screen, send }: CodeScreenProps) {
  const input = useRef<HTMLInputElement>(null);
  const announce = useAnnounce();
  const message = fieldMessage(screen.fieldError, screen.length);
  const wrongAttempts = screen.fieldError?.kind === 'wrong' ? screen.fieldError.error.attemptsLeft : null;
  const alert = screen.alert ? errorText(screen.alert) : null;
  const muted = useLiveMuted();

  // A wrong code is cleared: put the person back in the field to type the next one.
  useEffect(() => {
    if (wrongAttempts !== null) input.current?.focus();
  }, [wrongAttempts]);

  // A new code was sent: say so, and back to the field for it.
  const resends = useRef(screen.resends);
  useEffect(() => {
    if (screen.resends === resends.current) return;
    resends.current = screen.resends;
    announce(t('verification.code.resent'));
    input.current?.focus();
  }, [screen.resends, announce]);

  return (
    <Page
      heading={t('verification.code.heading')}
      caption={screen.step && t('verification.step', screen.step)}
      intro={
        <p>{rich(SENT_TO[screen.channel], { destination: <Masked value={screen.maskedDestination} /> })}</p>
      }
      secondary={waysOutLinks(screen.ways, send)}
    >
      {screen.whatsAppNotice && (
        <Notice title={t('verification.code.whatsAppNotice.title')}>
          {t('verification.code.whatsAppNotice.body')}
        </Notice>
      )}
      {alert && screen.field === 'throttled' && (
        <ErrorMessage title={alert.title} reference={alert.reference}>
          <div>
            <Countdown
              deadline={screen.retryAt}
              format={(seconds) => t('verification.code.throttled', { wait: formatDuration(seconds) })}
            />
          </div>
        </ErrorMessage>
      )}
      {alert && screen.field !== 'throttled' && <ErrorTextMessage text={alert} />}
      {message && (
        <p role="alert" aria-live={muted} className="visually-hidden">
          {message}
        </p>
      )}
      <form
        noValidate
        className="code-form"
        onSubmit={(event) => {
          event.preventDefault();
          send({ type: 'CODE.SUBMIT' });
        }}
      >
        <CodeField
          inputRef={input}
          value={screen.value}
          length={screen.length}
          onChange={(code) => send({ type: 'CODE.CHANGE', code })}
          readOnly={screen.field !== 'editing'}
          fromSms={screen.webOtp}
          error={message}
        />
        <Actions>
          <Button
            type="submit"
            busy={screen.field === 'checking'}
            aria-disabled={screen.field === 'throttled' || screen.field === 'expired' || undefined}
          >
            {screen.field === 'checking' ? t('verification.code.checking') : t('verification.code.submit')}
          </Button>
        </Actions>
      </form>
      {screen.help && <Help help={screen.help} send={send} />}
    </Page>
  );
}

/** "Didn't get the code?": a new code when one can be sent, and what else to try. */
function Help({ help, send }: { help: CodeHelp; send: Send }) {
  const headingId = useId();
  const { resend } = help;
  const failed =
    (resend.state === 'ready' || resend.state === 'refused') && resend.error ? errorText(resend.error) : null;
  return (
    <section className="help" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('verification.code.help.heading')}
      </h2>
      <p>{t(help.tip === 'app' ? 'verification.code.help.app' : 'verification.code.help.sms')}</p>
      {resend.state === 'limited' && (
        <ErrorMessage title={errorText(resend.error).title}>
          <div>
            <Countdown deadline={resend.at} format={(seconds) => errorText(resend.error, seconds).detail} />
          </div>
        </ErrorMessage>
      )}
      {failed && <ErrorTextMessage text={failed} />}
      {(resend.state === 'ready' || resend.state === 'resending') && (
        <Button
          variant="secondary"
          busy={resend.state === 'resending'}
          onClick={() => send({ type: 'CODE.RESEND' })}
        >
          {resend.state === 'resending' ? t('verification.code.resending') : t('verification.code.resend')}
        </Button>
      )}
      {resend.state === 'waiting' && (
        <div className="resend-wait">
          <Countdown
            deadline={resend.at}
            announceEvery={15}
            format={(seconds) => t('verification.code.resendIn', { wait: formatDuration(seconds) })}
          />
        </div>
      )}
      <Alternatives methods={help.alternatives} send={send} />
    </section>
  );
}
