import { useEffect, useId, useRef } from 'react';
import type { Channel } from '../../api/types';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorMessage, ErrorTextMessage } from '../../ui/Alert';
import { useAnnounce, useLiveMuted } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { Countdown, formatDuration, useSecondsLeft } from '../../ui/countdown';
import { Form } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { Actions, Page } from '../../ui/Page';
import { CodeField } from './CodeField';
import { HelpTopicList } from './HelpTopicList';
import { Masked } from './Masked';
import type { Send } from './machine';
import type { CodeFieldError, CodeHelp, ResendState, VerificationScreen } from './screen';
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

/** A call was asked for and a code came instead: only a text can stand in for a call. */
const SENT_INSTEAD_OF_CALL = {
  ...SENT_TO,
  sms: 'verification.code.sentInstead.sms',
  rcs: 'verification.code.sentInstead.rcs',
  whatsapp: 'verification.code.sentInstead.whatsapp',
} as const satisfies Record<Channel, string>;

const TIP = {
  sms: 'verification.code.help.sms',
  whatsapp: 'verification.code.help.whatsapp',
  email: 'verification.code.help.email',
  app: 'verification.code.help.app',
} as const satisfies Record<CodeHelp['tip'], string>;

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

  // A new code was sent: say so (and that it comes by text, when WhatsApp was given up), and back
  // to the field for it.
  const resends = useRef(screen.resends);
  const channel = useRef(screen.channel);
  useEffect(() => {
    const byText = screen.channel === 'sms' && channel.current !== 'sms';
    channel.current = screen.channel;
    if (screen.resends === resends.current) return;
    resends.current = screen.resends;
    announce(t(byText ? 'verification.code.resent.sms' : 'verification.code.resent'));
    input.current?.focus();
  }, [screen.resends, screen.channel, announce]);

  return (
    <Page
      heading={t('verification.code.heading')}
      caption={screen.step && t('verification.step', screen.step)}
      intro={
        <p>
          {rich((screen.insteadOfCall ? SENT_INSTEAD_OF_CALL : SENT_TO)[screen.channel], {
            destination: <Masked value={screen.maskedDestination} />,
          })}
        </p>
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
              ready={t('verification.retryable')}
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
      <Form className="code-form" onSubmit={() => send({ type: 'CODE.SUBMIT' })}>
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
      </Form>
      {screen.help && <Help help={screen.help} maskedDestination={screen.maskedDestination} send={send} />}
    </Page>
  );
}

/**
 * "Didn't get the code?": a new code when one can be sent, what else to try, and the topics for
 * this channel, collapsed.
 */
function Help({ help, maskedDestination, send }: { help: CodeHelp; maskedDestination: string; send: Send }) {
  const headingId = useId();
  const { resend } = help;
  const failed =
    (resend.state === 'ready' || resend.state === 'refused') && resend.error ? errorText(resend.error) : null;
  return (
    <section className="help" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('verification.code.help.heading')}
      </h2>
      <p>{t(TIP[help.tip])}</p>
      {resend.state === 'limited' && (
        <ErrorMessage title={errorText(resend.error).title}>
          <div>
            <Countdown
              deadline={resend.at}
              format={(seconds) => errorText(resend.error, seconds).detail}
              ready={t('verification.retryable')}
            />
          </div>
        </ErrorMessage>
      )}
      {failed && <ErrorTextMessage text={failed} />}
      <ResendControl resend={resend} send={send} />
      <Alternatives methods={help.alternatives} send={send} />
      <HelpTopicList
        help={help.more}
        maskedDestination={maskedDestination}
        send={send}
        resend={<ResendControl resend={resend} send={send} quiet />}
      />
    </section>
  );
}

/**
 * Send a new code, or how long until one can be asked for. Shown once more inside a topic that
 * suggests asking again, `quiet`: the wait is announced once, by the first.
 */
function ResendControl({
  resend,
  send,
  quiet = false,
}: {
  resend: ResendState;
  send: Send;
  quiet?: boolean;
}) {
  if (resend.state === 'ready' || resend.state === 'resending')
    return (
      <Button
        variant="secondary"
        busy={resend.state === 'resending'}
        onClick={() => send({ type: 'CODE.RESEND' })}
      >
        {resend.state === 'resending' ? t('verification.code.resending') : t('verification.code.resend')}
      </Button>
    );
  if (resend.state !== 'waiting') return null;
  const format = (seconds: number) => t('verification.code.resendIn', { wait: formatDuration(seconds) });
  return (
    <div className="resend-wait">
      {quiet ? (
        <QuietCountdown deadline={resend.at} format={format} />
      ) : (
        // the button takes its place at once
        <Countdown deadline={resend.at} announceEvery={15} format={format} ready={null} />
      )}
    </div>
  );
}

function QuietCountdown({
  deadline,
  format,
}: {
  deadline: number | null;
  format: (seconds: number) => string;
}) {
  const seconds = useSecondsLeft(deadline);
  // the button takes its place at once: never "in 0 seconds"
  return seconds > 0 ? <span className="countdown">{format(seconds)}</span> : null;
}
