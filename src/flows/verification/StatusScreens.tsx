import { useSelector } from '@xstate/react';
import { errorText } from '../../content/errors';
import { t } from '../../content/i18n';
import { Actions, Button, Countdown, ErrorMessage, Page, Progress, useSecondsLeft } from '../../ui';
import type { VerificationActor } from './machine';
import { Alternatives, waysOutLinks } from './WaysOutLinks';
import type { WaysOut } from './ways-out';

interface ScreenProps {
  actor: VerificationActor;
  ways: WaysOut;
}

/** Sending again, or reading the flow after a reload: visible progress, ways out still there. */
export function WorkingScreen({ actor, ways }: ScreenProps) {
  const resuming = useSelector(actor, (s) => s.matches('resuming'));
  const calling = useSelector(
    actor,
    (s) =>
      s.context.flow?.verification.type === 'voice' ||
      (s.context.send?.kind === 'method' &&
        ways.methods.find((m) => m.id === (s.context.send as { methodId: string }).methodId)?.type ===
          'voice'),
  );
  const heading = resuming
    ? t('app.loading')
    : t(calling ? 'verification.sending.call' : 'verification.sending.code');
  return (
    <Page heading={heading} secondary={waysOutLinks(ways)}>
      <Progress>{heading}</Progress>
    </Page>
  );
}

/** A limit with a retry time: counted down, other methods offered meanwhile, retry when it lifts. */
export function ThrottledScreen({ actor, ways }: ScreenProps) {
  const error = useSelector(actor, (s) => s.context.error);
  const retryAt = useSelector(actor, (s) => s.context.retryAt);
  const retryable = useSelector(actor, (s) => s.matches('retryable'));
  const secondsLeft = useSecondsLeft(retryAt);
  if (!error) return null;
  const text = errorText(error, secondsLeft);
  return (
    <Page heading={text.title} secondary={waysOutLinks(ways)}>
      <div role="status">
        {retryable ? (
          <p>{t('verification.retryable')}</p>
        ) : (
          <div>
            <Countdown
              deadline={retryAt}
              announceEvery={60}
              format={(seconds) => errorText(error, seconds).detail}
            />
          </div>
        )}
      </div>
      {retryable && (
        <Actions>
          <Button onClick={() => actor.send({ type: 'RETRY' })}>{t('verification.tryAgain')}</Button>
        </Actions>
      )}
      <Alternatives ways={ways} named={error.alternatives} />
    </Page>
  );
}

/** This method cannot be used (having trouble verifying, trial tenant, country not enabled…). */
export function BlockedScreen({ actor, ways }: ScreenProps) {
  const error = useSelector(actor, (s) => s.context.error);
  if (!error) return null;
  const text = errorText(error);
  return (
    <Page heading={text.title} intro={text.detail} secondary={waysOutLinks(ways)}>
      {text.reference && <p className="reference">{text.reference}</p>}
      <Alternatives ways={ways} named={error.alternatives} />
    </Page>
  );
}

/** No answer, or one we could not read: say so and retry without losing anything. */
export function FailedScreen({ actor, ways }: ScreenProps) {
  const error = useSelector(actor, (s) => s.context.error);
  const resume = useSelector(actor, (s) => s.matches('resumeFailed'));
  const calling = useSelector(actor, (s) => s.context.flow?.verification.type === 'voice');
  const text = error ? errorText(error) : null;
  const heading = resume
    ? t('verification.resumeFailed.heading')
    : t(calling ? 'verification.sendFailed.call.heading' : 'verification.sendFailed.code.heading');
  return (
    <Page heading={heading} secondary={waysOutLinks(ways)}>
      {text && <ErrorMessage title={text.title}>{text.detail}</ErrorMessage>}
      <Actions>
        <Button onClick={() => actor.send({ type: 'RETRY' })}>{t('verification.tryAgain')}</Button>
      </Actions>
    </Page>
  );
}

/** The flow is over (too many wrong codes, 0# pressed, timed out): start again, or get help. */
export function StoppedScreen({ actor, ways }: ScreenProps) {
  const expired = useSelector(actor, (s) => s.matches('expired'));
  const fraud = useSelector(
    actor,
    (s) => s.context.latest?.stage === 'locked' && s.context.latest.reason === 'fraud-reported',
  );
  const reference = useSelector(actor, (s) =>
    s.context.latest?.stage === 'locked'
      ? (s.context.latest.reference ?? null)
      : (s.context.error?.reference ?? null),
  );
  const heading = expired
    ? t('verification.expired.heading')
    : fraud
      ? t('verification.locked.fraud.heading')
      : t('verification.locked.codes.heading');
  const body = expired
    ? t('verification.expired.body')
    : fraud
      ? t('verification.locked.fraud.body')
      : t('verification.locked.codes.body');
  return (
    <Page heading={heading} intro={body}>
      {fraud && <p>{t('verification.locked.fraud.next')}</p>}
      {reference && <p className="reference">{t('error.reference', { reference })}</p>}
      <Actions>
        <Button onClick={ways.restart.onSelect}>{t('verification.startAgain')}</Button>
      </Actions>
    </Page>
  );
}
