import { errorText } from '../../content/errors';
import { type MessageId, t } from '../../content/i18n';
import { rich } from '../../content/rich';
import { ErrorTextMessage } from '../../ui/Alert';
import { useLiveMuted } from '../../ui/announcer';
import { Button } from '../../ui/Button';
import { Countdown } from '../../ui/countdown';
import { Ltr } from '../../ui/Ltr';
import { Actions, Page } from '../../ui/Page';
import { Progress } from '../../ui/Spinner';
import type { Purpose, Send } from './machine';
import type { VerificationScreen } from './screen';
import { Alternatives, waysOutLinks } from './WaysOutLinks';

type Screen<N extends VerificationScreen['name']> = Extract<VerificationScreen, { name: N }>;

const WORKING = {
  loading: 'app.loading',
  sendingCode: 'verification.sending.code',
  sendingCall: 'verification.sending.call',
  hangingUp: 'verification.hangingUp',
} as const;

/** Sending again, reading the flow, hanging up: visible progress, ways out still there. */
export function WorkingScreen({ screen, send }: { screen: Screen<'working'>; send: Send }) {
  const heading = t(WORKING[screen.doing]);
  return (
    <Page heading={heading} secondary={waysOutLinks(screen.ways, send)}>
      <Progress>{heading}</Progress>
    </Page>
  );
}

/** A limit with a retry time: counted down, other methods offered meanwhile, retry when it lifts. */
export function ThrottledScreen({ screen, send }: { screen: Screen<'throttled'>; send: Send }) {
  const { error, retryAt, attempt } = screen;
  const muted = useLiveMuted();
  return (
    <Page heading={errorText(error).title} secondary={waysOutLinks(screen.ways, send)}>
      <div role="status" aria-live={muted}>
        {retryAt === null ? (
          <p>{t('verification.retryable')}</p>
        ) : (
          <div>
            <Countdown
              deadline={retryAt}
              announceEvery={60}
              format={(seconds) => errorText(error, seconds, attempt).detail}
              ready={t('verification.retryable')}
            />
          </div>
        )}
      </div>
      {retryAt === null && (
        <Actions>
          <Button onClick={() => send({ type: 'RETRY' })}>{t('verification.tryAgain')}</Button>
        </Actions>
      )}
      <Alternatives methods={screen.alternatives} send={send} />
    </Page>
  );
}

/** This method cannot be used (having trouble verifying, trial tenant, country not enabled…). */
export function BlockedScreen({ screen, send }: { screen: Screen<'blocked'>; send: Send }) {
  const text = errorText(screen.error);
  return (
    <Page heading={text.title} intro={text.detail} secondary={waysOutLinks(screen.ways, send)}>
      {text.reference && <p className="reference">{text.reference}</p>}
      <Alternatives methods={screen.alternatives} send={send} />
    </Page>
  );
}

/**
 * Nothing more can be done here for a long while (a lock on the whole reset): no countdown, no
 * alternatives, no other method, since none would be accepted; who can help, and starting again.
 */
export function DeniedScreen({ screen, send }: { screen: Screen<'denied'>; send: Send }) {
  const text = errorText(screen.error);
  return (
    <Page
      heading={text.title}
      intro={text.detail || t('verification.denied.body')}
      secondary={waysOutLinks(screen.ways, send, { anotherWay: false })}
    >
      {text.reference && <p className="reference">{text.reference}</p>}
    </Page>
  );
}

const FAILED = {
  code: 'verification.sendFailed.code.heading',
  call: 'verification.sendFailed.call.heading',
  read: 'verification.resumeFailed.heading',
} as const;

/** No answer, or the backend failed: say so and retry without losing anything. */
export function FailedScreen({ screen, send }: { screen: Screen<'failed'>; send: Send }) {
  const text = errorText(screen.error);
  return (
    <Page heading={t(FAILED[screen.attempt])} secondary={waysOutLinks(screen.ways, send)}>
      <ErrorTextMessage text={text} />
      <Actions>
        <Button onClick={() => send({ type: 'RETRY' })}>{t('verification.tryAgain')}</Button>
      </Actions>
    </Page>
  );
}

/**
 * An answer this app cannot read (or a key the backend says was reused): what happened, "Try again"
 * (the same request), and the ways out: start again, or another way.
 */
export function UnexpectedScreen({ screen, send }: { screen: Screen<'unexpected'>; send: Send }) {
  return (
    <Page
      heading={t('verification.unexpected.heading')}
      secondary={waysOutLinks(screen.ways, send, { restart: screen.retry })}
    >
      <ErrorTextMessage text={errorText(screen.error)} />
      <p>{t('verification.unexpected.body')}</p>
      <Actions>
        {screen.retry ? (
          <Button onClick={() => send({ type: 'RETRY' })}>{t('verification.tryAgain')}</Button>
        ) : (
          <Button onClick={() => send({ type: 'LEAVE', leave: { way: 'restart' } })}>
            {t(screen.ways.restart)}
          </Button>
        )}
      </Actions>
    </Page>
  );
}

const STOPPED = {
  'sign-in': {
    expired: { heading: 'verification.expired.heading', body: 'verification.expired.body' },
    codes: { heading: 'verification.locked.codes.heading', body: 'verification.locked.codes.body' },
    fraud: { heading: 'verification.locked.fraud.heading', body: 'verification.locked.fraud.body' },
  },
  reset: {
    expired: { heading: 'verification.expired.reset.heading', body: 'verification.expired.reset.body' },
    codes: { heading: 'verification.locked.codes.heading', body: 'verification.locked.codes.reset.body' },
    fraud: {
      heading: 'verification.locked.fraud.reset.heading',
      body: 'verification.locked.fraud.reset.body',
    },
  },
  register: {
    expired: { heading: 'verification.expired.register.heading', body: 'verification.expired.register.body' },
    codes: { heading: 'verification.locked.codes.heading', body: 'verification.locked.codes.register.body' },
    fraud: {
      heading: 'verification.locked.fraud.register.heading',
      body: 'verification.locked.fraud.register.body',
    },
  },
  'step-up': {
    expired: { heading: 'verification.expired.stepUp.heading', body: 'verification.expired.stepUp.body' },
    codes: { heading: 'verification.locked.codes.heading', body: 'verification.locked.codes.stepUp.body' },
    fraud: {
      heading: 'verification.locked.fraud.stepUp.heading',
      body: 'verification.locked.fraud.stepUp.body',
    },
  },
} as const satisfies Record<Purpose, Record<string, { heading: MessageId; body: MessageId }>>;

/** The flow is over (too many wrong codes, 0# pressed, timed out): start again, or get help. */
export function StoppedScreen({ screen, send }: { screen: Screen<'stopped'>; send: Send }) {
  const copy = STOPPED[screen.purpose][screen.reason];
  return (
    <Page heading={t(copy.heading)} intro={t(copy.body)}>
      {screen.reason === 'fraud' && <p>{t('verification.locked.fraud.next')}</p>}
      {screen.reference && (
        <p className="reference">{rich('error.reference', { reference: <Ltr>{screen.reference}</Ltr> })}</p>
      )}
      <Actions>
        <Button onClick={() => send({ type: 'LEAVE', leave: { way: 'restart' } })}>
          {t('verification.startAgain')}
        </Button>
      </Actions>
    </Page>
  );
}
