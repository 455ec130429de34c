// Which help topics each channel and flow offers, and what each one lets the person do: a table.
import type { Channel, FlowKind } from '../../../src/api/types';
import { type HelpInput, helpTopics } from '../../../src/flows/verification/help';
import { appMethod, smsMethod } from '../../support/flows';

const input = (overrides: Partial<HelpInput> = {}): HelpInput => ({
  channel: 'sms',
  flowKind: 'password-sign-in',
  ways: { anotherWay: 'verification.anotherWay', restart: 'verification.startAgain' },
  canResend: true,
  app: null,
  textInstead: null,
  sender: null,
  support: { reference: 'ref', at: 0 },
  ...overrides,
});

const ids = (overrides: Partial<HelpInput>) => helpTopics(input(overrides)).topics.map((topic) => topic.id);
const topic = (overrides: Partial<HelpInput>, id: string) =>
  helpTopics(input(overrides)).topics.find((candidate) => candidate.id === id)!;
const actionsOf = (overrides: Partial<HelpInput>, id: string) =>
  topic(overrides, id).actions.map((action) =>
    action.kind === 'method'
      ? `method:${action.method.id}`
      : action.kind === 'leave'
        ? action.way
        : action.kind,
  );

describe('help topics', () => {
  it.each<[Channel, string[]]>([
    ['sms', ['text-sender', 'text-blocked', 'number', 'signal', 'provider']],
    ['rcs', ['rcs-sender', 'text-blocked', 'number', 'signal', 'provider']],
    ['whatsapp', ['whatsapp-sender', 'whatsapp-fallback', 'number', 'provider']],
    ['email', ['email-junk']],
    ['app', []],
    [
      'voice',
      ['call-caller', 'call-blocked', 'call-voicemail', 'call-keypad', 'number', 'signal', 'provider'],
    ],
  ])('%s: %j', (channel, expected) => {
    expect(ids({ channel })).toEqual(expected);
  });

  it('asking again is offered only where a new code can come', () => {
    expect(actionsOf({}, 'text-blocked')).toEqual(['resend']);
    expect(actionsOf({ canResend: false }, 'text-blocked')).toEqual([]);
    expect(actionsOf({ channel: 'whatsapp' }, 'whatsapp-fallback')).toEqual(['resend']);
  });

  it.each<[FlowKind, string, string[]]>([
    ['sms-sign-in', 'verification.help.number.typed', ['restart', 'anotherWay']],
    ['register-phone', 'verification.help.number.new', ['restart']],
    ['step-up', 'verification.help.number.signedIn', ['anotherWay']],
    ['password-sign-in', 'verification.help.number.account', ['anotherWay']],
    ['password-reset', 'verification.help.number.account', ['anotherWay']],
  ])('a wrong number at %s: %s, %j', (flowKind, body, actions) => {
    expect(topic({ flowKind }, 'number').body).toBe(body);
    expect(actionsOf({ flowKind }, 'number')).toEqual(actions);
  });

  it('weak signal: the authenticator app where there is one, a text instead of a call where there is one', () => {
    expect(actionsOf({}, 'signal')).toEqual(['resend']);
    expect(actionsOf({ app: appMethod }, 'signal')).toEqual([`method:${appMethod.id}`, 'resend']);
    expect(topic({ app: appMethod }, 'signal').body).toBe('verification.help.signal.text.app');
    expect(actionsOf({ channel: 'voice' }, 'signal')).toEqual(['callAgain']);
    expect(actionsOf({ channel: 'voice', textInstead: smsMethod, app: appMethod }, 'signal')).toEqual([
      `method:${smsMethod.id}`,
      `method:${appMethod.id}`,
    ]);
    expect(topic({ channel: 'voice', textInstead: smsMethod }, 'signal').body).toBe(
      'verification.help.signal.call.text',
    );
  });

  it('names the sender where the backend gave one, and carries the support details', () => {
    expect(topic({ channel: 'whatsapp', sender: '+1 217 302 1989' }, 'whatsapp-sender').body).toBe(
      'verification.help.whatsapp-sender.named',
    );
    expect(topic({ channel: 'whatsapp' }, 'whatsapp-sender').body).toBe(
      'verification.help.whatsapp-sender.body',
    );
    expect(helpTopics(input({ support: { reference: 'AbC', at: 5 } })).support).toEqual({
      reference: 'AbC',
      at: 5,
    });
  });

  it('without another way to offer, the provider topic has no action', () => {
    expect(actionsOf({ ways: { restart: 'verification.startAgain' } }, 'provider')).toEqual([]);
  });
});
