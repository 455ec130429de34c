import { useId } from 'react';
import type { VerificationMethod } from '../../api/types';
import { errorText } from '../../content/errors';
import { type MessageId, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorMessage } from '../../ui/Alert';
import { LiveRegion } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { CallClock } from '../../ui/CallClock';
import { LinkButton } from '../../ui/LinkButton';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { HelpTopicList } from './HelpTopicList';
import { Masked } from './Masked';
import type { Purpose, Send } from './machine';
import type { EndedCall, VerificationScreen } from './screen';
import { waysOutLinks } from './WaysOutLinks';

type CallingScreen = Extract<VerificationScreen, { name: 'calling' }>;
type CallEndedScreen = Extract<VerificationScreen, { name: 'callEnded' }>;

function TextInstead({ method, send }: { method: VerificationMethod | null; send: Send }) {
  if (!method) return null;
  return (
    <Button
      variant="secondary"
      onClick={() => send({ type: 'LEAVE', leave: { way: 'method', methodId: method.id } })}
    >
      {t('verification.call.textInstead')}
    </Button>
  );
}

const INTRO = {
  'sign-in': { phone: 'verification.call.intro', office: 'verification.call.introOffice' },
  reset: { phone: 'verification.call.intro.continue', office: 'verification.call.introOffice.continue' },
  register: { phone: 'verification.call.intro.register', office: 'verification.call.introOffice.register' },
  'step-up': { phone: 'verification.call.intro.continue', office: 'verification.call.introOffice.continue' },
} as const satisfies Record<Purpose, Record<'phone' | 'office', MessageId>>;

/** A text was asked for and the phone is called instead: a text is only ever sent to a mobile. */
const INTRO_INSTEAD_OF_TEXT = {
  'sign-in': 'verification.call.introInstead',
  reset: 'verification.call.introInstead.continue',
  register: 'verification.call.introInstead.register',
  'step-up': 'verification.call.introInstead.continue',
} as const satisfies Record<Purpose, MessageId>;

function introOf(screen: CallingScreen): MessageId {
  if (screen.insteadOfText) return INTRO_INSTEAD_OF_TEXT[screen.purpose];
  return INTRO[screen.purpose][screen.extension ? 'office' : 'phone'];
}

/** The call is under way: what to do, how it is going, and what else to try once it is overdue. */
export function CallScreen({ screen, send }: { screen: CallingScreen; send: Send }) {
  const helpId = useId();
  const destination = <Masked value={screen.maskedDestination} />;
  const trouble = screen.trouble ? errorText(screen.trouble) : null;
  return (
    <Page
      heading={t('verification.call.heading')}
      caption={screen.step && t('verification.step', screen.step)}
      intro={
        <p>
          {rich(introOf(screen), {
            destination,
            extension: <Ltr>{screen.extension ?? ''}</Ltr>,
          })}
        </p>
      }
      secondary={[
        screen.ways.cancelCall && (
          <LinkButton key="cancel" onClick={() => send({ type: 'LEAVE', leave: { way: 'cancelCall' } })}>
            {t('verification.call.cancel')}
          </LinkButton>
        ),
        ...waysOutLinks(screen.ways, send),
      ].filter(Boolean)}
    >
      {trouble && (
        <ErrorMessage title={trouble.title} reference={trouble.reference}>
          {t('verification.call.trouble')}
        </ErrorMessage>
      )}
      <LiveRegion visible className="call-status">
        {t(screen.answered ? 'verification.call.status.answered' : 'verification.call.status.ringing')}
      </LiveRegion>
      <CallClock
        startedAt={screen.startedAt}
        endsAt={screen.endsAt}
        elapsed={(wait) => t('verification.call.elapsed', { elapsed: wait })}
        left={(wait) => t('verification.call.left', { wait })}
      />
      {screen.help && (
        <section className="help" aria-labelledby={helpId}>
          <h2 id={helpId} className="section-heading">
            {t('verification.call.help.heading')}
          </h2>
          <p>{t('verification.call.help.body')}</p>
          <Actions>
            <Button variant="secondary" onClick={() => send({ type: 'CALL.AGAIN' })}>
              {t('verification.call.again')}
            </Button>
            <TextInstead method={screen.help.textInstead} send={send} />
          </Actions>
          <HelpTopicList help={screen.help.more} maskedDestination={screen.maskedDestination} send={send} />
        </section>
      )}
    </Page>
  );
}

const ENDED: Record<EndedCall, { heading: MessageId; body: MessageId }> = {
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

/**
 * The call ended without a #: each outcome says what happened and offers the next steps, with the
 * calls' help topics below.
 */
export function CallEndedScreen({ screen, send }: { screen: CallEndedScreen; send: Send }) {
  const copy = ENDED[screen.outcome];
  const helpId = useId();
  return (
    <Page
      heading={t(copy.heading)}
      caption={screen.step && t('verification.step', screen.step)}
      intro={t(copy.body)}
      secondary={waysOutLinks(screen.ways, send)}
    >
      <Actions>
        <Button onClick={() => send({ type: 'CALL.AGAIN' })}>{t('verification.call.again')}</Button>
        <TextInstead method={screen.textInstead} send={send} />
      </Actions>
      <section className="help" aria-labelledby={helpId}>
        <h2 id={helpId} className="section-heading">
          {t('verification.call.help.more')}
        </h2>
        <HelpTopicList help={screen.more} maskedDestination={screen.maskedDestination} send={send} />
      </section>
    </Page>
  );
}
