import { useSelector } from '@xstate/react';
import { useEffect, useId, useRef } from 'react';
import type { FlowVerifying } from '../../api/types';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { rich } from '../../content/rich';
import {
  Actions,
  Button,
  Countdown,
  ErrorMessage,
  formatDuration,
  Notice,
  Page,
  useAnnounce,
} from '../../ui';
import { CodeField } from './CodeField';
import { Masked } from './Masked';
import type { VerificationActor } from './machine';
import { HELP_AFTER_MS } from './rules';
import { entryOf, resendOf } from './screen';
import { useAfter } from './use-after';
import { Alternatives, waysOutLinks } from './WaysOutLinks';
import type { WaysOut } from './ways-out';

const SENT_TO = {
  sms: 'verification.code.sent.sms',
  rcs: 'verification.code.sent.rcs',
  whatsapp: 'verification.code.sent.whatsapp',
  email: 'verification.code.sent.email',
  voice: 'verification.code.sent.sms',
  app: 'verification.code.sent.app',
} as const;

function SentTo({ flow }: { flow: FlowVerifying }) {
  const { channel, maskedDestination } = flow.verification;
  return <p>{rich(SENT_TO[channel], { destination: <Masked value={maskedDestination} /> })}</p>;
}

/** Enter the code: typed, pasted or filled in by the browser; help and resend once it is overdue. */
export function CodeScreen({ actor, ways }: { actor: VerificationActor; ways: WaysOut }) {
  const flow = useSelector(actor, (s) => s.context.flow!);
  const code = useSelector(actor, (s) => s.context.code);
  const codeLength = useSelector(actor, (s) => s.context.codeLength);
  const error = useSelector(actor, (s) => s.context.error);
  const retryAt = useSelector(actor, (s) => s.context.retryAt);
  const entry = useSelector(actor, entryOf);
  const input = useRef<HTMLInputElement>(null);
  const alertId = useId();

  const wrongCode = error?.code === 'wrong-code' ? errorText(error) : null;
  const otherError = error && !wrongCode ? errorText(error) : null;
  const { verification } = flow;

  // A wrong code is cleared: put the person back in the field to type the next one.
  useEffect(() => {
    if (wrongCode) input.current?.focus();
  }, [wrongCode]);

  return (
    <Page
      heading={t('verification.code.heading')}
      intro={<SentTo flow={flow} />}
      secondary={waysOutLinks(ways)}
    >
      {verification.whatsAppFirstUse && (
        <Notice title={t('verification.code.whatsAppNotice.title')}>
          {t('verification.code.whatsAppNotice.body')}
        </Notice>
      )}
      {otherError && entry !== 'codeExpired' && entry !== 'throttled' && (
        <ErrorMessage id={alertId} title={otherError.title}>
          {otherError.detail}
        </ErrorMessage>
      )}
      {entry === 'codeExpired' && error && (
        <ErrorMessage title={errorText(error).title}>{errorText(error).detail}</ErrorMessage>
      )}
      {entry === 'throttled' && error && (
        <ErrorMessage title={errorText(error).title}>
          <div>
            <Countdown
              deadline={retryAt}
              format={(seconds) => t('verification.code.throttled', { wait: formatDuration(seconds) })}
            />
          </div>
        </ErrorMessage>
      )}
      {wrongCode && (
        <p role="alert" className="visually-hidden">
          {`${wrongCode.title}. ${wrongCode.detail}`}
        </p>
      )}
      <form
        noValidate
        className="code-form"
        onSubmit={(event) => {
          event.preventDefault();
          actor.send({ type: 'CODE.SUBMIT' });
        }}
      >
        <CodeField
          inputRef={input}
          value={code}
          length={codeLength}
          onChange={(value) => actor.send({ type: 'CODE.CHANGE', code: value })}
          readOnly={entry !== 'editing'}
          fromSms={verification.channel === 'sms'}
          error={wrongCode ? `${wrongCode.title}. ${wrongCode.detail}` : null}
        />
        <Actions>
          <Button
            type="submit"
            busy={entry === 'checking'}
            aria-disabled={entry === 'throttled' || undefined}
          >
            {entry === 'checking' ? t('verification.code.checking') : t('verification.code.submit')}
          </Button>
        </Actions>
      </form>
      <CodeHelp actor={actor} ways={ways} onResent={() => input.current?.focus()} />
    </Page>
  );
}

/** "Didn't get the code?": shown once it is overdue, or as soon as a new code is the only way on. */
function CodeHelp({
  actor,
  ways,
  onResent,
}: {
  actor: VerificationActor;
  ways: WaysOut;
  onResent: () => void;
}) {
  const resend = useSelector(actor, resendOf);
  const verificationId = useSelector(actor, (s) => s.context.flow!.verification.id);
  // After a reload the code was sent a while ago: help at once rather than 10 s after the reload.
  const resumed = useSelector(actor, (s) => s.context.resumeFlowId !== null);
  const overdue = useAfter(HELP_AFTER_MS, verificationId) || resumed;
  const entry = useSelector(actor, entryOf);
  const resendAt = useSelector(actor, (s) => s.context.resendAt);
  const resendError = useSelector(actor, (s) => s.context.resendError);
  const channel = useSelector(actor, (s) => s.context.flow!.verification.channel);
  const headingId = useId();
  const announce = useAnnounce();
  const wasResending = useRef(false);

  useEffect(() => {
    if (wasResending.current && resend === 'coolingDown') {
      announce(t('verification.code.resent'));
      onResent();
    }
    wasResending.current = resend === 'resending';
  }, [resend, announce, onResent]);

  const limited = resend === 'limited' && resendError ? errorText(resendError) : null;
  // Shown once the code is overdue, or as soon as a new code is possible or needed.
  if (
    !overdue &&
    resend !== 'ready' &&
    resend !== 'resending' &&
    entry !== 'codeExpired' &&
    !limited &&
    !resendError
  )
    return null;

  return (
    <section className="help" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {t('verification.code.help.heading')}
      </h2>
      <p>{t(channel === 'app' ? 'verification.code.help.app' : 'verification.code.help.sms')}</p>
      {limited && (
        <ErrorMessage title={limited.title}>
          <div>
            <Countdown deadline={resendAt} format={(seconds) => errorText(resendError!, seconds).detail} />
          </div>
        </ErrorMessage>
      )}
      {resendError && !limited && (
        <ErrorMessage title={errorText(resendError).title}>{errorText(resendError).detail}</ErrorMessage>
      )}
      {resend === 'ready' || resend === 'resending' ? (
        <Button
          variant="secondary"
          busy={resend === 'resending'}
          onClick={() => actor.send({ type: 'CODE.RESEND' })}
        >
          {resend === 'resending' ? t('verification.code.resending') : t('verification.code.resend')}
        </Button>
      ) : resend === 'coolingDown' ? (
        <div className="resend-wait">
          <Countdown
            deadline={resendAt}
            announceEvery={15}
            format={(seconds) => t('verification.code.resendIn', { wait: formatDuration(seconds) })}
          />
        </div>
      ) : null}
      {limited && <Alternatives ways={ways} named={resendError?.alternatives} />}
    </section>
  );
}
