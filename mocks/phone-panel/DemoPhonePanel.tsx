// The demo phone: plays the person's handset in the dev server and the demo build, so people and the
// end-to-end tests can finish every flow without a real phone. Not part of the product: never in the
// production build, never translated (its words are all in TEXT below).
import './panel.css';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { CallStatus } from '../../src/api/types';
import type {
  AuthenticatorEntry,
  CallAnswer,
  DemoAccount,
  DemoPhone,
  MessageChannel,
  PhoneCall,
  PhoneMessage,
} from '../identity/demo-phone';
import { NETWORK_SETTINGS, type NetworkControl, type NetworkSetting } from '../network-faults';
import { createPhoneStore, useEverySecond } from './phone-store';
import { useSessionFlag } from './session-flag';

const TEXT = {
  title: 'Demo phone',
  disclaimer: 'Demo phone — this stands in for the person’s phone; it is not part of the real product.',
  summary: (messages: number, emails: number, ringing: number, network: NetworkSetting) =>
    [
      network === 'normal' ? null : `Network: ${TEXT.networkSettings[network]}`,
      ringing > 0 ? `${ringing} ${ringing === 1 ? 'call' : 'calls'} ringing` : null,
      `${messages} ${messages === 1 ? 'message' : 'messages'}`,
      emails > 0 ? `${emails} ${emails === 1 ? 'e-mail' : 'e-mails'}` : null,
    ]
      .filter(Boolean)
      .join(' · '),
  network: 'Network',
  networkSettings: {
    normal: 'Normal',
    offline: 'Offline',
    slow: 'Slow (3 s)',
    busy: 'Server busy',
    'server-error': 'Server error',
    timeout: 'Timeout',
    malformed: 'Malformed answer',
  } satisfies Record<NetworkSetting, string>,
  networkEffects: {
    normal: 'The app’s requests reach the demo service and its answers come back.',
    offline: 'No request gets through: the app sees a network error.',
    slow: 'Every answer comes back 3 seconds late.',
    busy: 'Every request is answered 503 Service Unavailable, Retry-After 10 seconds.',
    'server-error': 'Every request is answered 500 Internal Server Error, with a reference.',
    timeout: 'The service does the work, but its answer never comes back.',
    malformed:
      'The service does the work, but its successful answers come back as a 200 the contract doesn’t allow.',
  } satisfies Record<NetworkSetting, string>,
  calls: 'Calls',
  noCalls: 'No calls yet.',
  callTo: (to: string) => `Call to ${to}`,
  incomingCall: (to: string) => `Incoming call to ${to}`,
  answerGroup: (to: string) => `Answer the call to ${to}`,
  answers: {
    'press-hash': 'Answer and press #',
    'press-zero-hash': 'Answer and press 0#',
    voicemail: 'Send to voicemail',
    'no-key': 'Answer without pressing a key',
    decline: 'Decline',
  } satisfies Record<CallAnswer, string>,
  callStatus: {
    ringing: 'Ringing…',
    answered: 'Answered — waiting for a key',
    approved: 'Answered, # pressed: approved',
    voicemail: 'Went to voicemail',
    'no-key': 'Answered, no key pressed',
    declined: 'Declined',
    'no-answer': 'Not answered: rang out',
    'fraud-reported': 'Answered, 0# pressed: fraud reported',
    'timed-out': 'Timed out',
  } satisfies Record<CallStatus, string>,
  messages: 'Messages',
  noMessages: 'No messages yet. Start a sign-in to get a code.',
  inbox: 'Inbox',
  noEmails: 'No e-mails yet. Reset a password by e-mail code to get one.',
  channels: { sms: 'SMS', rcs: 'RCS', whatsapp: 'WhatsApp', email: 'E-mail' } satisfies Record<
    MessageChannel,
    string
  >,
  from: 'From',
  to: 'To',
  webOtp: 'For the browser to fill the code in (WebOTP):',
  copyCode: 'Copy code',
  copied: (code: string) => `Code ${code} copied`,
  copyFailed: 'Couldn’t copy: select the code instead.',
  authenticator: 'Authenticator app',
  noAuthenticator: 'No authenticator app codes.',
  changesIn: (seconds: number) => `changes in ${seconds} s`,
  accounts: 'Demo accounts',
  accountsIntro: 'Type these in the sign-in page. Codes arrive here.',
  password: 'Password:',
  clear: 'Clear messages and calls',
} as const;

const ANSWERS = Object.keys(TEXT.answers) as CallAnswer[];
const isLive = (call: PhoneCall) => call.status === 'ringing' || call.status === 'answered';
// A phone gets texts; e-mailed codes land in an inbox, where people look for them separately.
const isEmail = (message: PhoneMessage) => message.channel === 'email';

// In English like the rest of the panel, whatever the page's or the browser's language.
const timeOf = (at: number) =>
  new Date(at).toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function DemoPhonePanel({ phone, network }: { phone: DemoPhone; network: NetworkControl }) {
  const store = useMemo(() => createPhoneStore(phone), [phone]);
  const { messages, calls, authenticator } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const texts = useMemo(() => messages.filter((message) => !isEmail(message)), [messages]);
  const emails = useMemo(() => messages.filter(isEmail), [messages]);
  const networkSetting = useSyncExternalStore(network.subscribe, network.get);
  const [expanded, setExpanded] = useSessionFlag('demo-phone.expanded', true);
  const [news, setNews] = useState('');
  const bodyId = useId();

  // The service decides when a call rings out or an app code changes only when read: read every second.
  useEverySecond(store.refresh, calls.some(isLive) || (expanded && authenticator.length > 0));
  useIncomingCallAnnouncements(calls, setNews);

  return (
    <aside className="demo-phone" aria-label={TEXT.title}>
      <h2 className="demo-phone__title">
        <button
          type="button"
          className="demo-phone__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          <span className="demo-phone__chevron" aria-hidden="true" />
          {TEXT.title}
        </button>
      </h2>
      <p className="demo-phone__disclaimer">{TEXT.disclaimer}</p>
      <p className="demo-phone__summary">
        {TEXT.summary(texts.length, emails.length, calls.filter((c) => c.canAnswer).length, networkSetting)}
      </p>
      <div role="status" className="demo-phone__news">
        {news}
      </div>
      <div id={bodyId} className="demo-phone__body" hidden={!expanded}>
        <Network setting={networkSetting} onChange={network.set} />
        <Calls calls={calls} onAnswer={(callId, answer) => phone.answer(callId, answer)} />
        <Messages title={TEXT.messages} empty={TEXT.noMessages} messages={texts} onNews={setNews} />
        <Messages title={TEXT.inbox} empty={TEXT.noEmails} messages={emails} onNews={setNews} />
        <Authenticator entries={authenticator} />
        <Accounts accounts={phone.accounts()} />
        <button type="button" className="demo-phone__button" onClick={() => phone.clear()}>
          {TEXT.clear}
        </button>
      </div>
    </aside>
  );
}

/** Says "Incoming call to …" once per call, politely, wherever focus is. */
function useIncomingCallAnnouncements(calls: PhoneCall[], announce: (text: string) => void) {
  const announced = useRef(new Set<string>());
  useEffect(() => {
    const ringing = calls.filter((call) => call.status === 'ringing' && !announced.current.has(call.id));
    for (const call of ringing) announced.current.add(call.id);
    if (ringing.length > 0) announce(ringing.map((call) => `${TEXT.incomingCall(call.to)}.`).join(' '));
  }, [calls, announce]);
}

/** What the network between the app and the demo service does to every request (mocks/network-faults.ts). */
function Network({
  setting,
  onChange,
}: {
  setting: NetworkSetting;
  onChange: (setting: NetworkSetting) => void;
}) {
  const selectId = useId();
  const effectId = useId();
  return (
    <div className="demo-phone__network">
      <label htmlFor={selectId} className="demo-phone__label">
        {TEXT.network}
      </label>
      <select
        id={selectId}
        className="demo-phone__select"
        value={setting}
        aria-describedby={effectId}
        onChange={(event) => onChange(event.target.value as NetworkSetting)}
      >
        {NETWORK_SETTINGS.map((option) => (
          <option key={option} value={option}>
            {TEXT.networkSettings[option]}
          </option>
        ))}
      </select>
      <p id={effectId} className={`demo-phone__muted${setting === 'normal' ? '' : ' demo-phone__fault'}`}>
        {TEXT.networkEffects[setting]}
      </p>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="demo-phone__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

function Calls({
  calls,
  onAnswer,
}: {
  calls: PhoneCall[];
  onAnswer: (callId: string, answer: CallAnswer) => void;
}) {
  // After an answer the buttons go away; focus goes to the call's new status instead of the page top.
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <Section title={TEXT.calls}>
      {calls.length === 0 ? (
        <p className="demo-phone__empty">{TEXT.noCalls}</p>
      ) : (
        <ol className="demo-phone__list">
          {calls.map((call) => (
            <CallItem
              key={call.id}
              call={call}
              focusStatus={answered === call.id}
              onAnswer={(answer) => {
                setAnswered(call.id);
                onAnswer(call.id, answer);
              }}
            />
          ))}
        </ol>
      )}
    </Section>
  );
}

function CallItem({
  call,
  focusStatus,
  onAnswer,
}: {
  call: PhoneCall;
  focusStatus: boolean;
  onAnswer: (answer: CallAnswer) => void;
}) {
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusStatus) status.current?.focus();
  }, [focusStatus]);
  return (
    <li className={`demo-phone__item demo-phone__call${isLive(call) ? ' demo-phone__call--live' : ''}`}>
      <p className="demo-phone__meta">
        <strong>{TEXT.callTo(call.to)}</strong>{' '}
        <time dateTime={new Date(call.at).toISOString()}>{timeOf(call.at)}</time>
      </p>
      <p ref={status} tabIndex={-1} className="demo-phone__status">
        {call.status === 'ringing' && <span className="demo-phone__bell" aria-hidden="true" />}
        {TEXT.callStatus[call.status]}
      </p>
      {call.canAnswer && (
        <fieldset className="demo-phone__answers">
          <legend className="demo-phone__sr">{TEXT.answerGroup(call.to)}</legend>
          {ANSWERS.map((answer) => (
            <button
              key={answer}
              type="button"
              className={`demo-phone__button${answer === 'press-hash' ? ' demo-phone__button--primary' : ''}`}
              onClick={() => onAnswer(answer)}
            >
              {TEXT.answers[answer]}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}

function Messages({
  title,
  empty,
  messages,
  onNews,
}: {
  title: string;
  empty: string;
  messages: PhoneMessage[];
  onNews: (text: string) => void;
}) {
  const copy = (code: string) => {
    navigator.clipboard
      .writeText(code)
      .then(() => onNews(TEXT.copied(code)))
      .catch(() => onNews(TEXT.copyFailed));
  };
  return (
    <Section title={title}>
      {messages.length === 0 ? (
        <p className="demo-phone__empty">{empty}</p>
      ) : (
        <ol className="demo-phone__list">
          {messages.map((message) => (
            <li key={message.id} className="demo-phone__item">
              <p className="demo-phone__meta">
                <span className={`demo-phone__channel demo-phone__channel--${message.channel}`}>
                  {TEXT.channels[message.channel]}
                </span>{' '}
                <span className="demo-phone__sr">{TEXT.from} </span>
                <strong>{message.sender}</strong>{' '}
                <time dateTime={new Date(message.at).toISOString()}>{timeOf(message.at)}</time>
              </p>
              <p className="demo-phone__to">
                {TEXT.to} {message.to}
              </p>
              <MessageBody body={message.body} code={message.code} />
              {message.code && (
                <button
                  type="button"
                  className="demo-phone__button demo-phone__button--small"
                  onClick={() => copy(message.code ?? '')}
                >
                  {TEXT.copyCode}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** A text's last line for WebOTP (`@host #code`), which the phone shows as it is. */
const WEB_OTP_LINE = /\n+(@[\w.-]+ #\S+)$/;

/**
 * The text with its code stood out, so it is the first thing the eye finds. The WebOTP line is
 * meant for the browser, not the person: apart, small, and said to be so.
 */
function MessageBody({ body, code }: { body: string; code?: string }) {
  const webOtp = body.match(WEB_OTP_LINE);
  const text = webOtp ? body.slice(0, webOtp.index) : body;
  const at = code ? text.indexOf(code) : -1;
  return (
    <>
      <p className="demo-phone__body-text">
        {!code || at < 0 ? (
          text
        ) : (
          <>
            {text.slice(0, at)}
            <strong className="demo-phone__code">{code}</strong>
            {text.slice(at + code.length)}
          </>
        )}
      </p>
      {webOtp && (
        <p className="demo-phone__web-otp">
          <span className="demo-phone__sr">{TEXT.webOtp} </span>
          <code>{webOtp[1]}</code>
        </p>
      )}
    </>
  );
}

function Authenticator({ entries }: { entries: AuthenticatorEntry[] }) {
  return (
    <Section title={TEXT.authenticator}>
      {entries.length === 0 ? (
        <p className="demo-phone__empty">{TEXT.noAuthenticator}</p>
      ) : (
        <ul className="demo-phone__list">
          {entries.map((entry) => (
            <li key={`${entry.issuer}:${entry.account}`} className="demo-phone__row">
              <span>
                {entry.account} <span className="demo-phone__muted">({entry.issuer})</span>
              </span>{' '}
              <span>
                <strong className="demo-phone__code">{entry.code}</strong>{' '}
                <span className="demo-phone__muted">{TEXT.changesIn(entry.validForSeconds)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Accounts({ accounts }: { accounts: DemoAccount[] }) {
  return (
    <Section title={TEXT.accounts}>
      <p className="demo-phone__muted">{TEXT.accountsIntro}</p>
      <ul className="demo-phone__list">
        {accounts.map((account) => (
          <li key={account.signIn} className="demo-phone__item">
            <p className="demo-phone__meta">
              <strong className="demo-phone__mono">{account.signIn}</strong>{' '}
              <span className="demo-phone__tag">{account.flow}</span>
            </p>
            {account.password && (
              <p>
                {TEXT.password} <span className="demo-phone__mono">{account.password}</span>
              </p>
            )}
            <p className="demo-phone__muted">{account.behaviour}</p>
          </li>
        ))}
      </ul>
    </Section>
  );
}
