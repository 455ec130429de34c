// The demo phone driven by the real simulated identity service: start sign-ins over the service's
// API and see on the panel what the person's phone would get; answer calls with the panel's buttons.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createIdentityService, type IdentityService, systemClock } from '../../../mocks/identity';
import type { CallAnswer } from '../../../mocks/identity/demo-phone';
import { createNetworkControl, type NetworkControl } from '../../../mocks/network-faults';
import { DemoPhonePanel } from '../../../mocks/phone-panel/DemoPhonePanel';
import type { HumanCheck } from '../../../src/api/types';
import { axe } from '../../support/axe';
import { solveHumanCheck } from '../../support/human-check';

const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);
let keys = 0;
const sending = () => ({ idempotencyKey: `demo-phone-panel-test-${++keys}` });

function succeeded<A extends { status: number; body?: unknown }>(answer: A): A & { status: 200 | 201 } {
  if (answer.status !== 200 && answer.status !== 201)
    throw new Error(`service said ${JSON.stringify(answer)}`);
  return answer as A & { status: 200 | 201 };
}

/** Runs service calls the way the app would cause them, letting the panel catch up (act). */
function inAct<T>(work: () => T): T {
  let result: T | undefined;
  act(() => {
    result = work();
  });
  return result as T;
}

function textCode(identity: IdentityService, phoneNumber: string) {
  inAct(() => succeeded(identity.startSmsSignIn({ phoneNumber }, sending())));
}

/** Megan signs in with her password and asks for a call to her office phone: the panel rings. */
function callOffice(identity: IdentityService) {
  return inAct(() => placeOfficeCall(identity));
}

function placeOfficeCall(identity: IdentityService) {
  const answer = succeeded(
    identity.startPasswordSignIn({ username: 'megan@contoso.example', password: 'Passw0rd!demo' }),
  );
  const flow = answer.body as { flowId: string; methods: { id: string; type: string; phoneType?: string }[] };
  const office = flow.methods.find((method) => method.type === 'voice' && method.phoneType === 'office');
  if (!office) throw new Error('megan has no office phone');
  succeeded(identity.startVerification(flow.flowId, { methodId: office.id }, sending()));
  return flow.flowId;
}

/**
 * Megan resets her password by e-mailed code: the code goes to her alternate address. All of it in act:
 * the panel reads the service on every change, the reset's own included.
 */
async function emailResetCode(identity: IdentityService) {
  await act(async () => {
    const check = succeeded(await identity.getHumanCheck()).body as HumanCheck;
    const humanCheck = await solveHumanCheck(check);
    const reset = succeeded(
      await identity.startPasswordReset({ username: 'megan@contoso.example', humanCheck }),
    );
    const { flowId } = reset.body as { flowId: string };
    succeeded(identity.startVerification(flowId, { methodId: 'email-code' }, sending()));
  });
}

function setUp(network: NetworkControl = createNetworkControl()) {
  const identity = createIdentityService({ clock: systemClock, humanCheckMaxNumber: 1_000 });
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(<DemoPhonePanel phone={identity.demoPhone} network={network} />);
  const panel = screen.getByRole('complementary', { name: 'Demo phone' });
  return { identity, user, panel, network, ...view };
}

const section = (name: string) => screen.getByRole('region', { name });

beforeEach(() => {
  // Fake timers that still move on their own: the service reads Date.now, the panel ticks every second.
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('demo phone panel', () => {
  it('says it is a demo and lists the demo accounts', async () => {
    const { panel, identity } = setUp();
    expect(
      within(panel).getByText(
        'Demo phone — this stands in for the person’s phone; it is not part of the real product.',
      ),
    ).toBeVisible();
    expect(within(panel).getByRole('heading', { level: 2, name: 'Demo phone' })).toBeVisible();
    for (const name of ['Calls', 'Messages', 'Inbox', 'Authenticator app', 'Demo accounts']) {
      expect(within(panel).getByRole('heading', { level: 3, name })).toBeVisible();
    }
    expect(within(section('Calls')).getByText('No calls yet.')).toBeVisible();
    expect(within(section('Messages')).getByText(/No messages yet/)).toBeVisible();
    expect(within(section('Inbox')).getByText(/No e-mails yet/)).toBeVisible();

    const accounts = within(section('Demo accounts')).getAllByRole('listitem');
    expect(accounts).toHaveLength(identity.demoPhone.accounts().length);
    const megan = accounts.find((item) => item.textContent?.includes('megan@contoso.example'));
    expect(megan).toHaveTextContent('Passw0rd!demo');
    expect(megan).toHaveTextContent('password + MFA');
    expect(within(section('Demo accounts')).getByText('+1 425 555 0100')).toBeVisible();
    // The human check is a proof of work the browser solves: nothing for the person to read off.
    expect(within(panel).queryByRole('heading', { name: 'Human check' })).not.toBeInTheDocument();

    const app = within(section('Authenticator app')).getAllByRole('listitem')[0]!;
    expect(app).toHaveTextContent('megan@contoso.example');
    expect(app).toHaveTextContent(/\d{6}/);
    expect(app).toHaveTextContent('changes in 30 s');

    vi.useRealTimers();
    expect(await axe(panel)).toHaveNoViolations();
  });

  it('shows each text as it arrives, newest first, with channel, sender, time and the code stood out', async () => {
    const { identity, panel } = setUp();
    textCode(identity, '+14255550100');
    const messages = () => within(section('Messages')).getAllByRole('listitem');
    await waitFor(() => expect(messages()).toHaveLength(1));
    const [sms] = identity.demoPhone.messages();
    expect(messages()[0]).toHaveTextContent('SMS');
    expect(messages()[0]).toHaveTextContent(sms!.sender);
    expect(messages()[0]).toHaveTextContent('To +1 425 555 0100');
    expect(within(messages()[0]!).getByText(sms!.code!, { selector: 'strong' })).toHaveClass(
      'demo-phone__code',
    );
    expect(within(messages()[0]!).getByRole('button', { name: 'Copy code' })).toBeVisible();
    // The sentence reads as a sentence; the WebOTP line for the browser sits apart, and says what it is.
    expect(within(messages()[0]!).getByText(/is your Contoso verification code/)).toHaveTextContent(
      `${sms!.code} is your Contoso verification code. Don't share it.`,
    );
    const webOtp = within(messages()[0]!).getByText(`@localhost #${sms!.code}`);
    expect(webOtp.closest('p')).toHaveClass('demo-phone__web-otp');
    expect(webOtp.closest('p')).toHaveTextContent(/^For the browser to fill the code in \(WebOTP\):/);

    // The WhatsApp persona gets a notice by SMS and then the code by WhatsApp.
    act(() => vi.advanceTimersByTime(60_000));
    textCode(identity, '+14255550101');
    await waitFor(() => expect(messages()).toHaveLength(3));
    expect(messages()[0]).toHaveTextContent('WhatsApp');
    expect(messages()[0]).toHaveTextContent(identity.demoPhone.messages()[0]!.code!);
    expect(messages()[2]).toHaveTextContent(sms!.code!);
    expect(within(panel).getByText('3 messages')).toBeVisible();

    vi.useRealTimers();
    expect(await axe(panel)).toHaveNoViolations();
  });

  it('e-mailed codes arrive in the Inbox, apart from the texts', async () => {
    const { identity, panel } = setUp();
    textCode(identity, '+14255550100');
    await emailResetCode(identity);
    const inbox = () => within(section('Inbox')).getAllByRole('listitem');
    await waitFor(() => expect(inbox()).toHaveLength(1));
    const email = identity.demoPhone.messages().find((message) => message.channel === 'email')!;
    expect(inbox()[0]).toHaveTextContent('E-mail');
    expect(inbox()[0]).toHaveTextContent('Contoso account team');
    expect(inbox()[0]).toHaveTextContent('To megan@fabrikam.example');
    expect(within(inbox()[0]!).getByText(email.code!, { selector: 'strong' })).toHaveClass(
      'demo-phone__code',
    );
    expect(within(inbox()[0]!).getByRole('button', { name: 'Copy code' })).toBeVisible();
    const texts = within(section('Messages')).getAllByRole('listitem');
    expect(texts).toHaveLength(1);
    expect(texts[0]).toHaveTextContent('To +1 425 555 0100');
    expect(within(panel).getByText('1 message · 1 e-mail')).toBeVisible();

    vi.useRealTimers();
    expect(await axe(panel)).toHaveNoViolations();
  });

  it('copies a code to the clipboard and says so', async () => {
    const { identity, user, panel } = setUp();
    textCode(identity, '+14255550102');
    const copy = await within(panel).findByRole('button', { name: 'Copy code' });
    await user.click(copy);
    const code = identity.demoPhone.messages()[0]!.code!;
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(`Code ${code} copied`));
    expect(await navigator.clipboard.readText()).toBe(code);
    expect(identity.demoPhone.messages()[0]!.channel).toBe('rcs');
    expect(within(section('Messages')).getByText('RCS')).toBeVisible();
  });

  it('rings for a call: announces it politely and offers exactly the five ways to answer', async () => {
    const { identity, panel } = setUp();
    callOffice(identity);
    const call = await within(section('Calls')).findByRole('listitem');
    expect(call).toHaveTextContent('Call to +1 425 555 0112 ext. 1234');
    expect(call).toHaveTextContent('Ringing…');
    await waitFor(() =>
      expect(within(panel).getByRole('status')).toHaveTextContent(
        'Incoming call to +1 425 555 0112 ext. 1234.',
      ),
    );
    expect(within(panel).getByText('1 call ringing · 0 messages')).toBeVisible();
    const answers = within(call).getByRole('group', { name: 'Answer the call to +1 425 555 0112 ext. 1234' });
    expect(
      within(answers)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'Answer and press #',
      'Answer and press 0#',
      'Send to voicemail',
      'Answer without pressing a key',
      'Decline',
    ]);
    vi.useRealTimers();
    expect(await axe(panel)).toHaveNoViolations();
  });

  it.each<[string, CallAnswer, string, string]>([
    ['Answer and press #', 'press-hash', 'Answered, # pressed: approved', 'completed'],
    ['Answer and press 0#', 'press-zero-hash', 'Answered, 0# pressed: fraud reported', 'locked'],
    ['Send to voicemail', 'voicemail', 'Went to voicemail', 'verifying'],
    ['Decline', 'decline', 'Declined', 'verifying'],
  ])(
    '"%s" answers the call (%s): the outcome shows, focus lands on it',
    async (button, _answer, outcome, stage) => {
      const { identity, user } = setUp();
      const flowId = callOffice(identity);
      const call = await within(section('Calls')).findByRole('listitem');
      await user.click(within(call).getByRole('button', { name: button }));
      await waitFor(() => expect(within(call).getByText(outcome)).toHaveFocus());
      expect(within(call).queryByRole('button')).not.toBeInTheDocument();
      expect((identity.getFlow(flowId).body as { stage: string }).stage).toBe(stage);
    },
  );

  it('"Answer without pressing a key": answered, then hung up when no key comes', async () => {
    const { identity, user } = setUp();
    callOffice(identity);
    const call = await within(section('Calls')).findByRole('listitem');
    await user.click(within(call).getByRole('button', { name: 'Answer without pressing a key' }));
    await waitFor(() => expect(within(call).getByText('Answered — waiting for a key')).toHaveFocus());
    await act(() => vi.advanceTimersByTimeAsync(11_000));
    await waitFor(() => expect(call).toHaveTextContent('Answered, no key pressed'));
  });

  it('a call nobody answers rings out: the panel notices by itself', async () => {
    const { identity } = setUp();
    callOffice(identity);
    const call = await within(section('Calls')).findByRole('listitem');
    await act(() => vi.advanceTimersByTimeAsync(31_000));
    await waitFor(() => expect(call).toHaveTextContent('Not answered: rang out'));
    expect(within(call).queryByRole('button')).not.toBeInTheDocument();
  });

  it('collapses and expands with one button, and remembers it for the session', async () => {
    const { identity, user, panel, unmount } = setUp();
    const toggle = within(panel).getByRole('button', { name: 'Demo phone' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body).toBeVisible();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(body).not.toBeVisible();
    // The disclaimer and the summary stay: a ringing call is never hidden without a word.
    callOffice(identity);
    await waitFor(() => expect(within(panel).getByText('1 call ringing · 0 messages')).toBeVisible());

    unmount();
    render(<DemoPhonePanel phone={identity.demoPhone} network={createNetworkControl()} />);
    expect(screen.getByRole('button', { name: 'Demo phone' })).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Demo phone' }));
    expect(screen.getByRole('button', { name: 'Answer and press #' })).toBeVisible();
  });

  it('"Clear messages and calls" empties the lists but keeps a call that is still ringing', async () => {
    const { identity, user } = setUp();
    textCode(identity, '+14255550100');
    callOffice(identity);
    await within(section('Calls')).findByRole('listitem');
    await waitFor(() => expect(within(section('Messages')).getAllByRole('listitem')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Clear messages and calls' }));
    await waitFor(() => expect(within(section('Messages')).getByText(/No messages yet/)).toBeVisible());
    expect(within(section('Calls')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('"Network" is a labelled list of the faults; the choice says what it does, and shows when collapsed', async () => {
    const saved: string[] = [];
    const network = createNetworkControl({ load: () => null, save: (value) => saved.push(value) });
    const { user, panel } = setUp(network);
    const select = within(panel).getByRole('combobox', { name: 'Network' });
    expect(select).toHaveValue('normal');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Normal',
      'Offline',
      'Slow (3 s)',
      'Server busy',
      'Server error',
      'Timeout',
      'Malformed answer',
    ]);
    expect(select).toHaveAccessibleDescription(
      'The app’s requests reach the demo service and its answers come back.',
    );

    await user.selectOptions(select, 'Server busy');
    expect(network.get()).toBe('busy');
    expect(saved).toEqual(['busy']);
    expect(select).toHaveAccessibleDescription(
      'Every request is answered 503 Service Unavailable, Retry-After 10 seconds.',
    );
    await user.click(within(panel).getByRole('button', { name: 'Demo phone' }));
    expect(within(panel).getByText('Network: Server busy · 0 messages')).toBeVisible();

    // Set elsewhere (a test, another panel): the control follows.
    act(() => network.set('offline'));
    expect(select).toHaveValue('offline');
    expect(await axe(panel)).toHaveNoViolations();
  });
});
