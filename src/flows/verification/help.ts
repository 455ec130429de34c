// What to try when a code or a call does not come (src/behaviour.md#help-when-nothing-arrives):
// the topics each channel offers, in plain words, each with what it can do about it on the spot.
// Pure: the screen selector (screen.ts) asks for them, the screens draw them collapsed.
import type { Channel, FlowKind, VerificationMethod } from '../../api/types';
import type { MessageId } from '../../content/i18n';
import type { WaysOut } from './machine';

/** Something a topic lets the person do there and then. */
export type HelpAction =
  /** The resend control: a new code now, or how long until one can be asked for. */
  | { kind: 'resend' }
  | { kind: 'callAgain' }
  /** Another of the flow's methods: the authenticator app, or a text instead of a call. */
  | { kind: 'method'; method: VerificationMethod; label: MessageId }
  /** The flow's other ways to verify (the method list), or its way back to the number. */
  | { kind: 'leave'; way: 'anotherWay' | 'restart'; label: MessageId };

type HelpTopicId =
  | 'text-sender'
  | 'text-blocked'
  | 'whatsapp-sender'
  | 'whatsapp-fallback'
  | 'rcs-sender'
  | 'email-junk'
  | 'call-caller'
  | 'call-blocked'
  | 'call-voicemail'
  | 'call-keypad'
  | 'number'
  | 'signal'
  | 'provider';

export interface HelpTopic {
  id: HelpTopicId;
  title: MessageId;
  body: MessageId;
  actions: HelpAction[];
}

/** What support needs to find the sends in the backend's logs: the verification's id and when. */
export interface SupportDetails {
  reference: string;
  /** When the code was sent or the call placed (epoch ms); null when unknown. */
  at: number | null;
}

export interface HelpTopics {
  topics: HelpTopic[];
  /** The details a "still nothing after several tries" topic shows. */
  support: SupportDetails;
  /** Slots of the topics' words. */
  sender: string | null;
}

export interface HelpInput {
  /** How the code came, or `voice` for a call. */
  channel: Channel;
  flowKind: FlowKind;
  ways: WaysOut;
  /** A new code can be asked for now or after a wait (not refused for good, not limited). */
  canResend: boolean;
  /** The authenticator app, when the flow offers it and it isn't what is being used. */
  app: VerificationMethod | null;
  /** A text to offer instead of a call, if any. */
  textInstead: VerificationMethod | null;
  sender: string | null;
  support: SupportDetails;
}

const topic = (id: HelpTopicId, body: MessageId, actions: (HelpAction | null | false)[] = []): HelpTopic => ({
  id,
  title: `verification.help.${id}.title` as MessageId,
  body,
  actions: actions.filter((action): action is HelpAction => Boolean(action)),
});

/**
 * A wrong number or the wrong phone: who typed the number decides the fix. At SMS sign-in and when
 * adding a phone the person typed it here, and goes back to it; otherwise it is the account's, and
 * is corrected in security info once signed in (a step-up is already signed in).
 */
function numberTopic({ flowKind, ways }: HelpInput): HelpTopic {
  const anotherWay: HelpAction | null = ways.anotherWay
    ? { kind: 'leave', way: 'anotherWay', label: ways.anotherWay }
    : null;
  switch (flowKind) {
    case 'sms-sign-in':
      return topic('number', 'verification.help.number.typed', [
        { kind: 'leave', way: 'restart', label: ways.restart },
        anotherWay,
      ]);
    case 'register-phone':
      return topic('number', 'verification.help.number.new', [
        { kind: 'leave', way: 'restart', label: 'verification.help.changeNumber' },
      ]);
    case 'step-up':
      return topic('number', 'verification.help.number.signedIn', [anotherWay]);
    default:
      return topic('number', 'verification.help.number.account', [anotherWay]);
  }
}

function providerTopic(input: HelpInput): HelpTopic {
  const { ways } = input;
  return topic('provider', 'verification.help.provider.body', [
    ways.anotherWay ? { kind: 'leave', way: 'anotherWay', label: ways.anotherWay } : null,
  ]);
}

const resend = (input: HelpInput): HelpAction | null => (input.canResend ? { kind: 'resend' } : null);
const appAction = (input: HelpInput): HelpAction | null =>
  input.app && { kind: 'method', method: input.app, label: 'verification.help.useApp' };

/** The topics for a code sent to a phone or an inbox, or for a call; none for the authenticator app. */
export function helpTopics(input: HelpInput): HelpTopics {
  const { channel, sender, support } = input;
  const texts = (first: HelpTopic[], signal = true) => [
    ...first,
    numberTopic(input),
    ...(signal
      ? [
          topic('signal', input.app ? 'verification.help.signal.text.app' : 'verification.help.signal.text', [
            appAction(input),
            resend(input),
          ]),
        ]
      : []),
    providerTopic(input),
  ];
  const byChannel: Record<Channel, () => HelpTopic[]> = {
    sms: () =>
      texts([
        topic('text-sender', 'verification.help.text-sender.body'),
        topic('text-blocked', 'verification.help.text-blocked.body', [resend(input)]),
      ]),
    rcs: () =>
      texts([
        topic(
          'rcs-sender',
          sender ? 'verification.help.rcs-sender.named' : 'verification.help.rcs-sender.body',
        ),
        topic('text-blocked', 'verification.help.text-blocked.body', [resend(input)]),
      ]),
    // WhatsApp needs the internet, not signal: a new code coming by text is its answer to both.
    whatsapp: () =>
      texts(
        [
          topic(
            'whatsapp-sender',
            sender ? 'verification.help.whatsapp-sender.named' : 'verification.help.whatsapp-sender.body',
          ),
          topic('whatsapp-fallback', 'verification.help.whatsapp-fallback.body', [resend(input)]),
        ],
        false,
      ),
    email: () => [topic('email-junk', 'verification.help.email-junk.body', [resend(input)])],
    app: () => [],
    voice: () => [
      topic('call-caller', 'verification.help.call-caller.body'),
      topic('call-blocked', 'verification.help.call-blocked.body', [{ kind: 'callAgain' }]),
      topic('call-voicemail', 'verification.help.call-voicemail.body', [{ kind: 'callAgain' }]),
      topic('call-keypad', 'verification.help.call-keypad.body'),
      numberTopic(input),
      topic('signal', signalForCall(input), [
        input.textInstead && {
          kind: 'method',
          method: input.textInstead,
          label: 'verification.call.textInstead',
        },
        appAction(input),
        !input.textInstead && !input.app && { kind: 'callAgain' },
      ]),
      providerTopic(input),
    ],
  };
  return { topics: byChannel[channel](), support, sender };
}

function signalForCall({ app, textInstead }: HelpInput): MessageId {
  if (app && textInstead) return 'verification.help.signal.call.both';
  if (textInstead) return 'verification.help.signal.call.text';
  if (app) return 'verification.help.signal.call.app';
  return 'verification.help.signal.call';
}
