import { useSelector } from '@xstate/react';
import { useId } from 'react';
import type { CallStatus, VerificationMethod } from '../../api/types';
import { type MessageId, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { Actions, Button, formatDuration, LinkButton, LiveRegion, Page, useSecondsLeft } from '../../ui';
import { Masked } from './Masked';
import type { VerificationActor } from './machine';
import { callHelpOffered, callStatusOf } from './screen';
import { waysOutLinks } from './WaysOutLinks';
import type { WaysOut } from './ways-out';

/** "Text me instead": a text to the same phone if there is one, else to any phone. */
function textInstead(ways: WaysOut, phoneType: VerificationMethod['phoneType']) {
  const texts = ways.methods.filter((method) => method.type === 'sms' && method.available);
  return texts.find((method) => method.phoneType === phoneType) ?? texts[0] ?? null;
}

function CallIntro({ actor }: { actor: VerificationActor }) {
  const verification = useSelector(actor, (s) => s.context.flow!.verification);
  const destination = <Masked value={verification.maskedDestination} />;
  return (
    <p>
      {verification.extension
        ? rich('verification.call.introOffice', { destination, extension: verification.extension })
        : rich('verification.call.intro', { destination })}
    </p>
  );
}

/** Time since the call was placed and time left to answer: a visible clock, ticking once a second. */
function CallClock({ actor }: { actor: VerificationActor }) {
  const startedAt = useSelector(actor, (s) => s.context.callStartedAt);
  const endsAt = useSelector(actor, (s) => s.context.callEndsAt);
  const left = useSecondsLeft(endsAt);
  if (startedAt === null || endsAt === null) return null;
  const elapsed = Math.max(0, Math.floor((Date.now() - startedAt) / 1000));
  const total = Math.max(1, Math.round((endsAt - startedAt) / 1000));
  return (
    <div className="call-clock">
      <progress max={total} value={Math.min(elapsed, total)} aria-hidden="true" />
      <p>
        <span>{t('verification.call.elapsed', { elapsed: formatDuration(elapsed) })}</span>
        <span>{t('verification.call.left', { wait: formatDuration(left) })}</span>
      </p>
    </div>
  );
}

/** The call is under way: what to do, how it is going, and what else to try once it is overdue. */
export function CallScreen({ actor, ways }: { actor: VerificationActor; ways: WaysOut }) {
  const status = useSelector(actor, callStatusOf);
  const offered = useSelector(actor, callHelpOffered);
  const phoneType = useSelector(
    actor,
    (s) => ways.methods.find((m) => m.id === s.context.flow?.verification.methodId)?.phoneType,
  );
  const text = textInstead(ways, phoneType);
  const helpId = useId();
  return (
    <Page
      heading={t('verification.call.heading')}
      intro={<CallIntro actor={actor} />}
      secondary={[
        ways.cancelCall && (
          <LinkButton key="cancel" onClick={ways.cancelCall}>
            {t('verification.call.cancel')}
          </LinkButton>
        ),
        ...waysOutLinks(ways),
      ].filter(Boolean)}
    >
      <LiveRegion visible className="call-status">
        {t(status === 'answered' ? 'verification.call.status.answered' : 'verification.call.status.ringing')}
      </LiveRegion>
      <CallClock actor={actor} />
      {offered && (
        <section className="help" aria-labelledby={helpId}>
          <h2 id={helpId} className="section-heading">
            {t('verification.call.help.heading')}
          </h2>
          <p>{t('verification.call.help.body')}</p>
          <Actions>
            <Button variant="secondary" onClick={() => actor.send({ type: 'CALL.AGAIN' })}>
              {t('verification.call.again')}
            </Button>
            {text && ways.onSelectMethod && (
              <Button variant="secondary" onClick={() => ways.onSelectMethod?.(text.id)}>
                {t('verification.call.textInstead')}
              </Button>
            )}
          </Actions>
        </section>
      )}
    </Page>
  );
}

type EndedStatus = Extract<CallStatus, 'voicemail' | 'no-key' | 'declined' | 'no-answer' | 'timed-out'>;

const ENDED: Record<EndedStatus, { heading: MessageId; body: MessageId }> = {
  voicemail: {
    heading: 'verification.call.ended.voicemail.heading',
    body: 'verification.call.ended.voicemail.body',
  },
  'no-key': {
    heading: 'verification.call.ended.no-key.heading',
    body: 'verification.call.ended.no-key.body',
  },
  declined: {
    heading: 'verification.call.ended.declined.heading',
    body: 'verification.call.ended.declined.body',
  },
  'no-answer': {
    heading: 'verification.call.ended.no-answer.heading',
    body: 'verification.call.ended.no-answer.body',
  },
  'timed-out': {
    heading: 'verification.call.ended.timed-out.heading',
    body: 'verification.call.ended.timed-out.body',
  },
};

/** The call ended without a #: each outcome says what happened and offers the next steps. */
export function CallEndedScreen({ actor, ways }: { actor: VerificationActor; ways: WaysOut }) {
  const status = useSelector(actor, callStatusOf);
  const phoneType = useSelector(
    actor,
    (s) => ways.methods.find((m) => m.id === s.context.flow?.verification.methodId)?.phoneType,
  );
  const text = textInstead(ways, phoneType);
  const copy = ENDED[status as EndedStatus] ?? ENDED['timed-out'];
  return (
    <Page heading={t(copy.heading)} intro={t(copy.body)} secondary={waysOutLinks(ways)}>
      <Actions>
        <Button onClick={() => actor.send({ type: 'CALL.AGAIN' })}>{t('verification.call.again')}</Button>
        {text && ways.onSelectMethod && (
          <Button variant="secondary" onClick={() => ways.onSelectMethod?.(text.id)}>
            {t('verification.call.textInstead')}
          </Button>
        )}
      </Actions>
    </Page>
  );
}
