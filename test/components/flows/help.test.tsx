// The help when a code or a call does not come (src/behaviour.md#help-when-nothing-arrives), on the
// real screens against the simulated identity service: each channel's topics are there, one line
// each and closed, open by keyboard, say their piece, and their actions do what they say.
import { act, screen, waitFor, within } from '@testing-library/react';
import { identity } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import type { Flow } from '../../../src/api/types';
import { recordApi } from '../../support/api-log';
import { axe } from '../../support/axe';
import { visibleText } from '../../support/visible-text';
import { renderApp } from '../app/render-app';

const api = recordApi();
const h1 = (name: string | RegExp, timeout = 3000) =>
  screen.findByRole('heading', { level: 1, name }, { timeout });
const methods = () => within(screen.getByRole('list', { name: 'Ways to verify' }));
const messagesTo = (to: string) => identity.demoPhone.messages().filter((m) => m.to === to);

const SMS_TOPICS = [
  'The sender isn’t one you know',
  'Your phone may be holding it back',
  'Wrong number, or the wrong phone',
  'Weak signal',
  'Still nothing after several tries',
];
const CALL_TOPICS = [
  'The number calling isn’t one you know',
  'Your phone doesn’t ring',
  'It went to voicemail',
  'What to press',
  'Wrong number, or the wrong phone',
  'Weak signal',
  'Still nothing after several tries',
];

beforeEach(() => {
  // Help comes 10 s after a send, a new code 30 s after it: time moves on its own, and on demand.
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => vi.useRealTimers());

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** The help section by its heading, once it is offered (10 s after the send). */
async function helpSection(name: 'Didn’t get the code?' | 'Didn’t get the call?' | 'Help with calls') {
  await wait(10_000);
  return within(await screen.findByRole('region', { name }));
}

/** The topics list: each topic's toggle, in order, as a person tabbing through hears them. */
const topicList = (help: ReturnType<typeof within>) =>
  within(help.getByRole('list', { name: 'What else might help' }));
const toggles = (help: ReturnType<typeof within>) =>
  topicList(help)
    .getAllByRole('button')
    .map((button) => [button.textContent, button.getAttribute('aria-expanded')]);

type View = Awaited<ReturnType<typeof renderApp>>;

/** Opens a topic with the keyboard (Tab to it, Enter) and returns what it shows. */
async function openTopic(view: View, help: ReturnType<typeof within>, title: string) {
  const toggle = help.getByRole('button', { name: title });
  toggle.focus();
  await view.user.keyboard('{Enter}');
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  expect(body).toBeVisible();
  return within(body!);
}

async function smsSignIn(number: string) {
  const view = await renderApp('/');
  await h1('Sign in with your phone');
  await view.user.type(screen.getByLabelText('Phone number'), number);
  await view.user.click(screen.getByRole('button', { name: 'Send code' }));
  await h1('Enter the code');
  return view;
}

async function passwordSignIn(username: string) {
  const view = await renderApp('/sign-in/password');
  await h1('Sign in');
  await view.user.type(screen.getByLabelText('User name'), username);
  await view.user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  await h1(/Verify your identity/);
  return view;
}

/** The verification under way, as the backend holds it (its id is the reference support asks for). */
function currentVerification() {
  const flowId = Object.keys(sessionStorage)
    .filter((key) => key.startsWith('ssi.flow.'))
    .map((key) => sessionStorage.getItem(key) ?? '')
    .map((value) => value.match(/[A-Za-z0-9_-]{22}/)?.[0] ?? '')
    .find(Boolean);
  const flow = identity.getFlow(flowId ?? '').body as Flow;
  if (flow.stage !== 'verifying') throw new Error(`flow is ${flow.stage}`);
  return flow.verification;
}

describe('texts (SMS sign-in, +1 425 555 0100)', () => {
  it('offers the texts’ topics, closed, one line each; each opens by keyboard; axe is clean with one open', async () => {
    const view = await smsSignIn('425 555 0100');
    const help = await helpSection('Didn’t get the code?');
    expect(toggles(help)).toEqual(SMS_TOPICS.map((title) => [title, 'false']));
    // Closed, a topic shows nothing but its line.
    expect(help.queryByText(/short number/)).toBeNull();

    const sender = await openTopic(view, help, 'The sender isn’t one you know');
    expect(
      sender.getByText(/Only in the US and Canada can it be a short number of 5 or 6 digits/),
    ).toBeVisible();
    expect(await axe(view.container)).toHaveNoViolations();
    // Enter again closes it.
    await view.user.keyboard('{Enter}');
    expect(help.getByRole('button', { name: 'The sender isn’t one you know' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(help.queryByText(/short number/)).toBeNull();
  });

  it('"Your phone may be holding it back": the wait for a new code, then a new code sent from there', async () => {
    const view = await smsSignIn('425 555 0100');
    const help = await helpSection('Didn’t get the code?');
    const blocked = await openTopic(view, help, 'Your phone may be holding it back');
    expect(blocked.getByText(/allow texts from unknown senders/)).toBeVisible();
    expect(blocked.getByText(/You can ask for a new code in \d+ seconds/)).toBeVisible();
    await wait(20_000);
    await view.user.click(await blocked.findByRole('button', { name: 'Send a new code' }));
    await waitFor(() => expect(api.matching('POST', /resend$/)).toHaveLength(1));
    await waitFor(() => expect(messagesTo('+1 425 555 0100')).toHaveLength(2));
    await waitFor(() => expect(screen.getByLabelText('Code')).toHaveFocus());
  });

  it('"Wrong number": back to the number, as typed', async () => {
    const view = await smsSignIn('425 555 0100');
    const help = await helpSection('Didn’t get the code?');
    const number = await openTopic(view, help, 'Wrong number, or the wrong phone');
    expect(number.getByText(/Check the number you typed, and its country/)).toBeVisible();
    expect(number.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
    await view.user.click(number.getByRole('button', { name: 'Use a different number' }));
    expect(await h1('Sign in with your phone')).toHaveFocus();
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0100');
  });

  it('"Weak signal" without an authenticator app: move, then ask again', async () => {
    const view = await smsSignIn('425 555 0100');
    const help = await helpSection('Didn’t get the code?');
    const signal = await openTopic(view, help, 'Weak signal');
    expect(signal.getByText(/Texts need mobile signal/)).toBeVisible();
    expect(signal.queryByRole('button', { name: 'Use your authenticator app' })).toBeNull();
    expect(signal.getByText(/You can ask for a new code in/)).toBeVisible();
  });

  it('"Still nothing after several tries": the reference and time to give support, and another way', async () => {
    const view = await smsSignIn('425 555 0100');
    const help = await helpSection('Didn’t get the code?');
    const provider = await openTopic(view, help, 'Still nothing after several tries');
    expect(provider.getByText(/your mobile provider may be having trouble/)).toBeVisible();
    const terms = provider.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Reference', 'Time']);
    const [reference, time] = provider.getAllByRole('definition').map((dd) => dd.textContent);
    expect(reference).toBe(currentVerification().id);
    expect(time).toMatch(/\d{1,2}:\d{2}/);
    await view.user.click(provider.getByRole('button', { name: 'Sign in another way' }));
    await h1('Sign in');
  });
});

describe('WhatsApp (+1 425 555 0101)', () => {
  it('names the sender; "You don’t use WhatsApp": a new code comes by text, and the screen says so', async () => {
    const view = await smsSignIn('425 555 0101');
    expect(visibleText(screen.getByText(/We sent a code to your WhatsApp/))).toBe(
      'We sent a code to your WhatsApp, +1 ••• ••• ••01.',
    );
    const help = await helpSection('Didn’t get the code?');
    expect(
      help.getByText(/If it doesn’t come in WhatsApp, ask again: the new code comes by text message/),
    ).toBeVisible();
    expect(toggles(help).map(([title]) => title)).toEqual([
      'Where to find it in WhatsApp',
      'You don’t use WhatsApp, or it can’t connect',
      'Wrong number, or the wrong phone',
      'Still nothing after several tries',
    ]);
    const where = await openTopic(view, help, 'Where to find it in WhatsApp');
    expect(where.getByText(/from \+1 217 302 1989, a business account with a verified badge/)).toBeVisible();

    const fallback = await openTopic(view, help, 'You don’t use WhatsApp, or it can’t connect');
    expect(fallback.getByText(/it comes as an ordinary text message instead/)).toBeVisible();
    await wait(20_000);
    await view.user.click(await fallback.findByRole('button', { name: 'Send a new code' }));
    await waitFor(() =>
      expect(visibleText(screen.getByText(/We texted a code to/))).toBe(
        'We texted a code to +1 ••• ••• ••01.',
      ),
    );
    expect(
      await screen.findByText('We sent a new code by text message. The earlier one no longer works.'),
    ).toBeInTheDocument();
    // The WhatsApp notice has done its job; the phone got a text.
    expect(screen.queryByRole('note')).toBeNull();
    expect(messagesTo('+1 425 555 0101')[0]).toMatchObject({ channel: 'sms' });
    await view.user.type(screen.getByLabelText('Code'), messagesTo('+1 425 555 0101')[0]!.code!);
    await h1('You’re signed in');
  });
});

describe('RCS (+1 425 555 0102)', () => {
  it('says the message may look like a chat, from the verified name', async () => {
    const view = await smsSignIn('425 555 0102');
    const help = await helpSection('Didn’t get the code?');
    expect(toggles(help)[0]).toEqual(['It may look like a chat', 'false']);
    const chat = await openTopic(view, help, 'It may look like a chat');
    expect(chat.getByText(/it shows the verified name Contoso with a badge/)).toBeVisible();
  });
});

describe('MFA by text (megan)', () => {
  it('"Weak signal" offers the authenticator app; "Wrong number" leads to the other ways', async () => {
    const view = await passwordSignIn('megan@contoso.example');
    await view.user.click(methods().getByRole('button', { name: /^Text/ }));
    await h1('Enter the code');
    const help = await helpSection('Didn’t get the code?');
    const number = await openTopic(view, help, 'Wrong number, or the wrong phone');
    expect(number.getByText(/you can correct it in your security info/)).toBeVisible();
    const signal = await openTopic(view, help, 'Weak signal');
    expect(signal.getByText(/use your authenticator app: it works over Wi-Fi/)).toBeVisible();
    await view.user.click(signal.getByRole('button', { name: 'Use your authenticator app' }));
    await h1('Enter the code');
    expect(screen.getByText(/Open your authenticator app/)).toBeVisible();
    expect(api.last('POST', /\/verification$/)?.body).toEqual({ methodId: 'authenticator-app' });
  });
});

describe('calls (megan’s mobile)', () => {
  async function calling() {
    const view = await passwordSignIn('megan@contoso.example');
    await view.user.click(methods().getByRole('button', { name: /^Call \+1/ }));
    await h1('Answer the call');
    return view;
  }

  it('offers the calls’ topics; "What to press" warns about 0#; axe is clean with one open', async () => {
    const view = await calling();
    const help = await helpSection('Didn’t get the call?');
    expect(toggles(help)).toEqual(CALL_TOPICS.map((title) => [title, 'false']));
    const keypad = await openTopic(view, help, 'What to press');
    expect(keypad.getByText(/press the # key/)).toBeVisible();
    expect(keypad.getByText(/0# tells us you didn’t ask for this call, and stops it/)).toBeVisible();
    const caller = await openTopic(view, help, 'The number calling isn’t one you know');
    expect(caller.getByText(/depends on your country/)).toBeVisible();
    expect(await axe(view.container)).toHaveNoViolations();
  });

  it('"Your phone doesn’t ring": Call again places a new call', async () => {
    const view = await calling();
    const help = await helpSection('Didn’t get the call?');
    const blocked = await openTopic(view, help, 'Your phone doesn’t ring');
    expect(blocked.getByText(/Allow calls from unknown numbers/)).toBeVisible();
    await wait(20_000);
    await view.user.click(blocked.getByRole('button', { name: 'Call again' }));
    await waitFor(() => expect(identity.demoPhone.calls()).toHaveLength(2));
    await h1('Answer the call');
  });

  it('"Weak signal": a text instead, or the app', async () => {
    const view = await calling();
    const help = await helpSection('Didn’t get the call?');
    const signal = await openTopic(view, help, 'Weak signal');
    expect(signal.getByRole('button', { name: 'Use your authenticator app' })).toBeVisible();
    await view.user.click(signal.getByRole('button', { name: 'Text me instead' }));
    await h1('Enter the code');
    expect(visibleText(screen.getByText(/We texted a code to/))).toBe('We texted a code to +1 ••• ••• ••10.');
  });

  it('"Still nothing after several tries": the call’s reference and time', async () => {
    const view = await calling();
    const help = await helpSection('Didn’t get the call?');
    const provider = await openTopic(view, help, 'Still nothing after several tries');
    expect(provider.getAllByRole('definition')[0]).toHaveTextContent(currentVerification().id);
  });

  it('after voicemail (victor), the same topics under "Help with calls"', async () => {
    const view = await passwordSignIn('victor@contoso.example');
    await view.user.click(methods().getByRole('button', { name: /^Call \+1/ }));
    await h1('Answer the call');
    await wait(6_000);
    await h1('The call went to voicemail', 6000);
    const help = within(screen.getByRole('region', { name: 'Help with calls' }));
    expect(toggles(help)).toEqual(CALL_TOPICS.map((title) => [title, 'false']));
    const voicemail = await openTopic(view, help, 'It went to voicemail');
    expect(voicemail.getByText(/Voicemail can’t press # for you/)).toBeVisible();
    expect(voicemail.getByRole('button', { name: 'Call again' })).toBeVisible();
  });
});

describe('a trial tenant delivers another way, and the screens say so', () => {
  it('tess asks for a call and gets a text: "We couldn’t call, so we texted a code to …"', async () => {
    const view = await passwordSignIn('tess@northwind.example');
    await view.user.click(methods().getByRole('button', { name: /^Call \+1/ }));
    await h1('Enter the code');
    expect(visibleText(screen.getByText(/We couldn’t call/))).toBe(
      'We couldn’t call, so we texted a code to +1 ••• ••• ••42.',
    );
    expect(identity.demoPhone.calls()).toEqual([]);
    await view.user.type(screen.getByLabelText('Code'), messagesTo('+1 425 555 0142')[0]!.code!);
    await h1('You’re signed in');
  });

  it('theo asks for a text and gets a call: said so, and no "Text me instead"', async () => {
    const view = await passwordSignIn('theo@northwind.example');
    await view.user.click(methods().getByRole('button', { name: /^Text/ }));
    await h1('Answer the call');
    expect(visibleText(screen.getByText(/We couldn’t send a text/))).toBe(
      'We couldn’t send a text, so we’re calling +1 ••• ••• ••43 instead. Answer it and press # to finish signing in.',
    );
    const help = await helpSection('Didn’t get the call?');
    expect(help.queryByRole('button', { name: 'Text me instead' })).toBeNull();
    const signal = await openTopic(view, help, 'Weak signal');
    expect(signal.queryByRole('button', { name: 'Text me instead' })).toBeNull();
    expect(signal.getByRole('button', { name: 'Use your authenticator app' })).toBeVisible();
    const call = identity.demoPhone.calls()[0]!;
    identity.demoPhone.answer(call.id, 'press-hash');
    await h1('You’re signed in', 6000);
  });
});

describe('other channels and flows', () => {
  it('an e-mailed reset code (megan): the junk folder', async () => {
    const view = await renderApp('/reset-password');
    await h1('Get back into your account');
    await view.user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await view.user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('Verify your identity', 5000);
    await view.user.click(methods().getByRole('button', { name: /^Email a code/ }));
    await h1('Enter the code');
    const help = await helpSection('Didn’t get the code?');
    expect(help.getByText(/E-mails can take a minute\. Check your junk folder/)).toBeVisible();
    expect(toggles(help)).toEqual([['Check your junk folder', 'false']]);
    const junk = await openTopic(view, help, 'Check your junk folder');
    expect(junk.getByText(/You can ask for a new code in/)).toBeVisible();
  });

  it('the authenticator app: its one tip, no topics about texts', async () => {
    const view = await passwordSignIn('megan@contoso.example');
    await view.user.click(methods().getByRole('button', { name: /authenticator app/ }));
    await h1('Enter the code');
    const help = await helpSection('Didn’t get the code?');
    expect(help.getByText(/The code changes every 30 seconds/)).toBeVisible();
    expect(help.queryByRole('list', { name: 'What else might help' })).toBeNull();
  });

  it('adding a phone (newt): "Wrong number" changes the number, back on the form as typed', async () => {
    const view = await renderApp('/security-info');
    await h1('Sign in');
    await view.user.type(screen.getByLabelText('User name'), 'newt@contoso.example');
    await view.user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
    await h1('Security info', 5000);
    await view.user.click(screen.getByRole('button', { name: 'Add sign-in method' }));
    await h1('Add a phone');
    await view.user.click(screen.getByRole('radio', { name: 'Mobile phone' }));
    await view.user.type(screen.getByLabelText('Phone number'), '425 555 0135');
    await view.user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await h1('Enter the code');
    const help = await helpSection('Didn’t get the code?');
    const number = await openTopic(view, help, 'Wrong number, or the wrong phone');
    expect(number.getByText(/If it’s wrong, change it and try again/)).toBeVisible();
    await view.user.click(number.getByRole('button', { name: 'Change the number' }));
    await h1('Add a phone');
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0135');
  });
});
