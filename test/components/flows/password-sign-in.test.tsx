import { act, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { CallAnswer } from '../../../mocks/identity/demo-phone';
import { identity, network, server } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { allowInvalidResponses } from '../../contract/recorder';
import { recordApi } from '../../support/api-log';
import { axe } from '../../support/axe';
import { visibleText } from '../../support/visible-text';
import { renderApp } from '../app/render-app';

const api = recordApi();
const h1 = (name: string | RegExp, timeout = 3000) =>
  screen.findByRole('heading', { level: 1, name }, { timeout });
const methods = () => within(screen.getByRole('list', { name: 'Ways to verify' }));

async function signIn(username: string, password = DEMO_PASSWORD) {
  const view = await renderApp('/sign-in/password');
  await h1('Sign in');
  await view.user.type(screen.getByLabelText('User name'), username);
  await view.user.type(screen.getByLabelText('Password'), password);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  return view;
}

async function callMegan(method: RegExp = /^Call \+1/) {
  const view = await signIn('megan@contoso.example');
  await h1(/Verify your identity/);
  await view.user.click(methods().getByRole('button', { name: method }));
  await h1('Answer the call');
  const call = await waitFor(() => {
    const ringing = identity.demoPhone.calls()[0];
    if (!ringing) throw new Error('no call yet');
    return ringing;
  });
  return { ...view, call, answer: (how: CallAnswer) => identity.demoPhone.answer(call.id, how) };
}

describe('user name and password', () => {
  it('gives one message for a wrong password or an unknown user, keeping what was typed', async () => {
    for (const username of ['megan@contoso.example', 'nobody@contoso.example']) {
      const { unmount } = await signIn(username, 'not the password');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Your user name or password is incorrect');
      expect(screen.getByLabelText('User name')).toHaveValue(username);
      unmount();
    }
    expect(api.matching('POST', '/sign-in/password')).toHaveLength(2);
  });

  it('tells a user blocked by the administrator so, with a way back', async () => {
    const { user } = await signIn('bob@contoso.example');
    expect(await h1('Your account is blocked')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back to sign in' }));
    await h1('Sign in');
  });

  it('asks for the missing field without sending anything', async () => {
    const { user } = await renderApp('/sign-in/password');
    await h1('Sign in');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('User name')).toHaveAccessibleDescription(
      expect.stringContaining('Enter your user name.'),
    );
    expect(api.matching('POST', '/sign-in/password')).toHaveLength(0);
  });

  it('uses the right autocomplete tokens and a password toggle', async () => {
    await renderApp('/sign-in/password');
    await h1('Sign in');
    expect(screen.getByLabelText('User name')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('Verify your identity', () => {
  it('lists every method by action and masked number, the default first, the app recommended', async () => {
    const { container } = await signIn('megan@contoso.example');
    expect(await h1(/Verify your identity/)).toHaveFocus();
    const buttons = methods().getAllByRole('button');
    expect(buttons.map((button) => visibleText(button.querySelector('.choice-label')!))).toEqual([
      'Text +1 ••• ••• ••10',
      'Call +1 ••• ••• ••10',
      'Call your alternate phone +1 ••• ••• ••11',
      'Call your office phone +1 ••• ••• ••12, extension 1234',
      'Use a verification code from your authenticator app',
    ]);
    // screen readers hear the number's last digits, not a row of bullets
    expect(buttons[0]).toHaveAccessibleName('Text +1 number ending in 10');
    expect(methods().getByRole('button', { name: /^Text/ })).toHaveAccessibleDescription(
      'Your default method',
    );
    expect(methods().getByRole('button', { name: /authenticator/ })).toHaveAccessibleDescription(
      expect.stringContaining('Recommended'),
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('signs in with a texted code', async () => {
    const { user } = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    await user.click(methods().getByRole('button', { name: /^Text/ }));
    expect(await h1('Enter the code')).toHaveFocus();
    expect(api.last('POST', /\/verification$/)!.body).toEqual({ methodId: 'mobile-sms' });
    const code = identity.demoPhone.messages()[0]!.code!;
    await user.type(screen.getByLabelText('Code'), code);
    await h1('You’re signed in');
    expect(screen.getByText(/You signed in with/)).toHaveTextContent(
      'your password and a code sent by text message',
    );
  });

  it('signs in with a code from the authenticator app (nothing is sent)', async () => {
    const { user } = await signIn('olga@contoso.example');
    await h1(/Verify your identity/);
    await user.click(methods().getByRole('button', { name: /authenticator/ }));
    await h1('Enter the code');
    expect(screen.getByText(/Open your authenticator app/)).toBeVisible();
    const entry = identity.demoPhone.authenticator().find((a) => a.account === 'olga@contoso.example')!;
    await user.type(screen.getByLabelText('Code'), entry.code);
    await h1('You’re signed in');
    expect(identity.demoPhone.messages()).toHaveLength(0);
  });

  it('shows what the country or the tenant does not allow, and why (olga, tara)', async () => {
    const first = await signIn('olga@contoso.example');
    await h1(/Verify your identity/);
    const olga = within(screen.getByRole('region', { name: 'Not available right now' }));
    expect(olga.getAllByRole('listitem').map(visibleText)).toEqual([
      expect.stringMatching(/^Text \+44 •+ •+23/),
      expect.stringMatching(/^Call \+44 •+ •+23/),
    ]);
    expect(olga.getAllByText(/texts and calls to this country need your administrator/)).toHaveLength(2);
    first.unmount();
    sessionStorage.clear(); // a new tab: nothing to resume
    await signIn('tara@trial.example');
    await h1(/Verify your identity/);
    const tara = within(screen.getByRole('region', { name: 'Not available right now' }));
    expect(tara.getByText(/calls aren’t included in your organization’s subscription/)).toBeVisible();
    expect(methods().queryByRole('button', { name: /^Call/ })).toBeNull();
  });

  it('counts down the call limit and still offers the text (carl)', async () => {
    await signIn('carl@contoso.example');
    await h1(/Verify your identity/);
    const region = within(screen.getByRole('region', { name: 'Not available right now' }));
    expect(
      region.getByText(/Not available for \d+ minutes: you’ve hit our limit on verification calls/),
    ).toBeVisible();
    expect(methods().getByRole('button', { name: /^Text/ })).toBeVisible();
  });
});

describe('a reload', () => {
  it('that cannot read the flow says so, with the reason; "Try again" picks it up at the methods', async () => {
    const first = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    first.unmount();
    act(() => network.set('offline'));
    const { user } = await renderApp('/sign-in/password');
    // the first heading of a page load: focus stays where the browser put it
    expect(await h1('We couldn’t pick up where you left off')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('We can’t reach the sign-in service');
    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await h1(/Verify your identity/)).toHaveFocus();
  });

  it('that cannot read the flow: "Start again" forgets it, cancels it, and asks for the password again', async () => {
    const first = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    const flowId = sessionStorage.getItem('ssi.flow.password-sign-in');
    first.unmount();
    act(() => network.set('server-error'));
    const { user } = await renderApp('/sign-in/password');
    await h1('We couldn’t pick up where you left off');
    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Sign in')).toHaveFocus();
    expect(sessionStorage.getItem('ssi.flow.password-sign-in')).toBeNull();
    await waitFor(() => expect(api.matching('DELETE', `/flows/${flowId}`)).toHaveLength(1));
  });
});

describe('voice call', () => {
  it('says who is called and signs in when # is pressed', async () => {
    const { call, answer, container } = await callMegan();
    expect(api.last('POST', /\/verification$/)!.body).toEqual({ methodId: 'mobile-voice' });
    expect(call.to).toBe('+1 425 555 0110');
    expect(visibleText(screen.getByText(/We’re calling/))).toBe(
      'We’re calling +1 ••• ••• ••10. Answer it and press # to finish signing in.',
    );
    expect(screen.getByText('Your phone is ringing.')).toBeVisible();
    expect(screen.getByText(/left to answer/)).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
    answer('press-hash');
    await h1('You’re signed in', 6000);
  });

  it('names the office extension', async () => {
    const { call } = await callMegan(/office phone/);
    expect(call.to).toBe('+1 425 555 0112 ext. 1234');
    expect(screen.getByText(/We’re calling/)).toHaveTextContent('extension 1234');
  });

  it.each([
    ['voicemail', 'The call went to voicemail'],
    ['decline', 'The call was declined'],
    ['press-zero-hash', 'Sign-in stopped'],
  ] as const)('after "%s" shows its own outcome with a next step', async (how, heading) => {
    const { answer, user } = await callMegan();
    answer(how);
    expect(await h1(heading, 6000)).toHaveFocus();
    if (how === 'press-zero-hash') {
      expect(screen.getByText(/Reference for your administrator/)).toBeVisible();
      return;
    }
    await user.click(screen.getByRole('button', { name: 'Text me instead' }));
    await h1('Enter the code');
  });

  it('stops polling the moment the person leaves the call screen', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { user } = await callMegan();
    await act(() => vi.advanceTimersByTimeAsync(2_500));
    expect(api.matching('GET', /^\/flows\/[^/]+$/).length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Sign in another way' }));
    await h1(/Verify your identity/);
    // the hang-up and a read or two while leaving, then nothing more
    await waitFor(() => expect(screen.getByRole('list', { name: 'Ways to verify' })).toBeVisible());
    const count = api.matching('GET', /^\/flows\/[^/]+$/).length;
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(api.matching('GET', /^\/flows\/[^/]+$/)).toHaveLength(count);
  });

  it('"Cancel the call" hangs it up and goes back to the list', async () => {
    const { user, call } = await callMegan();
    await user.click(screen.getByRole('button', { name: 'Cancel the call' }));
    expect(await h1(/Verify your identity/)).toHaveFocus();
    await waitFor(() => expect(api.matching('DELETE', /\/verification$/)).toHaveLength(1));
    expect(identity.demoPhone.calls().find((c) => c.id === call.id)?.canAnswer).toBe(false);
  });

  it('places one call however often "Call again" is pressed at once', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { answer, user } = await callMegan();
    answer('decline');
    await h1('The call was declined', 6000);
    // past the flow's 30 s between two calls
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    const again = screen.getByRole('button', { name: 'Call again' });
    await user.dblClick(again);
    await h1('Answer the call');
    await waitFor(() => expect(identity.demoPhone.calls()).toHaveLength(2));
  });
});

describe('the 30 s between two texts or two calls of a sign-in, whichever methods', () => {
  it('"Call again" at once: the wait in words, other ways meanwhile, then the call', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { answer, user, container } = await callMegan();
    answer('decline');
    await h1('The call was declined', 6000);
    await act(() => vi.advanceTimersByTimeAsync(4_000));
    await user.click(screen.getByRole('button', { name: 'Call again' }));
    expect(await h1('Wait a moment before asking again')).toHaveFocus();
    expect(
      screen.getByText(/^We called you a moment ago\. You can ask for another call in 2\d seconds\.$/),
    ).toBeVisible();
    const others = within(screen.getByRole('region', { name: 'Other ways to verify' }));
    expect(others.getAllByRole('button').map((button) => button.textContent)).toEqual([
      expect.stringMatching(/authenticator app/),
      expect.stringMatching(/^Text \+1/),
    ]);
    expect(screen.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
    expect(identity.demoPhone.calls()).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(screen.getByText('You can try again now.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Answer the call');
    await waitFor(() => expect(identity.demoPhone.calls()).toHaveLength(2));
  });

  it('a text, a call, then a text again within 30 s: the wait in words, the app offered, then the text', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { user } = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    await user.click(methods().getByRole('button', { name: /^Text/ }));
    await h1('Enter the code');
    await user.click(screen.getByRole('button', { name: 'Sign in another way' }));
    await h1(/Verify your identity/);
    await user.click(methods().getByRole('button', { name: /^Call \+1/ }));
    await h1('Answer the call');
    await user.click(screen.getByRole('button', { name: 'Cancel the call' }));
    await h1(/Verify your identity/);
    await user.click(methods().getByRole('button', { name: /^Text/ }));
    expect(await h1('Wait a moment before asking again')).toHaveFocus();
    expect(screen.getByText(/^You can ask for a new code in \d+ seconds\.$/)).toBeVisible();
    // what this sign-in can use without waiting: the app (a call was just placed too)
    const others = within(screen.getByRole('region', { name: 'Other ways to verify' }));
    expect(others.getAllByRole('button')).toHaveLength(1);
    expect(others.getByRole('button', { name: /authenticator app/ })).toBeVisible();
    expect(identity.demoPhone.messages()).toHaveLength(1);

    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    expect(identity.demoPhone.messages()).toHaveLength(2);
  });
});

describe('locked out after too many wrong passwords', () => {
  it('says how long to wait, counting down, keeps what was typed, and signs in afterwards', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    for (let i = 0; i < 10; i++) {
      identity.startPasswordSignIn({ username: 'megan@contoso.example', password: 'not the password' });
    }
    const { user, container } = await signIn('megan@contoso.example');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many attempts in a short time');
    expect(alert).toHaveTextContent('Wait 1 minute, then try again.');
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
    expect(screen.getByLabelText('Password')).toHaveValue(DEMO_PASSWORD);
    expect(await axe(container)).toHaveNoViolations();

    await act(() => vi.advanceTimersByTimeAsync(15_000));
    expect(alert).toHaveTextContent('Wait 45 seconds, then try again.');
    await act(() => vi.advanceTimersByTimeAsync(45_000));
    expect(alert).toHaveTextContent('You can try again now.');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await h1(/Verify your identity/);
  });
});

describe('nothing sent twice, nothing stuck', () => {
  it('sends one request and shows one screen when a method is double-clicked', async () => {
    const view = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    await view.user.dblClick(methods().getByRole('button', { name: /^Text \+1/ }));
    expect(await h1('Enter the code')).toHaveFocus();
    expect(api.matching('POST', /\/verification$/)).toHaveLength(1);
    expect(api.last('POST', /\/verification$/)!.body).toEqual({ methodId: 'mobile-sms' });
    expect(identity.demoPhone.messages().filter((m) => m.to === '+1 425 555 0110')).toHaveLength(1);
    expect(screen.queryByText(/Wait a moment/)).toBeNull();
  });

  it('signs in when # is pressed just as the person asks for a text instead', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { answer, user } = await callMegan();
    answer('voicemail');
    await h1('The call went to voicemail', 6000);
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await user.click(screen.getByRole('button', { name: 'Call again' }));
    await h1('Answer the call');
    // the newest call first; # pressed, and "Sign in another way" before the screen heard of it
    identity.demoPhone.answer(identity.demoPhone.calls()[0]!.id, 'press-hash');
    await user.click(screen.getByRole('button', { name: 'Sign in another way' }));
    await h1('You’re signed in', 6000);
    expect(api.matching('DELETE', /\/verification$/)).toHaveLength(1);
    expect(api.matching('POST', /\/verification$/)).toHaveLength(2);
  });

  it('hangs the call up when the person leaves the page', async () => {
    const { call, unmount } = await callMegan();
    unmount();
    await waitFor(() => expect(api.matching('DELETE', /\/verification$/)).toHaveLength(1));
    expect(identity.demoPhone.calls().find((c) => c.id === call.id)?.canAnswer).toBe(false);
  });

  it('retries a text after the service was busy with the same key: one text goes out', async () => {
    const view = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    identity.failNext('service-unavailable', { retryAfterSeconds: 1 });
    await view.user.click(methods().getByRole('button', { name: /^Text \+1/ }));
    expect(await h1('We couldn’t send your code')).toHaveFocus();
    await view.user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    const [first, second] = api.matching('POST', /\/verification$/);
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'));
    expect(identity.demoPhone.messages().filter((m) => m.to === '+1 425 555 0110')).toHaveLength(1);
  });

  it('says so when an answer breaks the contract; "Try again" reuses the key: one text goes out', async () => {
    allowInvalidResponses();
    const view = await signIn('megan@contoso.example');
    await h1(/Verify your identity/);
    server.use(
      http.post(
        '*/api/flows/:flowId/verification',
        async ({ request }) => {
          // the simulator's own answer (this handler answers once), with a channel no contract has
          const flow = await (await fetch(request.clone())).json();
          return HttpResponse.json(
            { ...flow, verification: { ...flow.verification, channel: 'carrier-pigeon' } },
            { status: 201 },
          );
        },
        { once: true },
      ),
    );
    await view.user.click(methods().getByRole('button', { name: /^Text \+1/ }));
    expect(await h1('Something unexpected happened')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('We got an answer we couldn’t read');
    expect(screen.getByRole('button', { name: 'Start again' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
    // The text went out before the answer got garbled: the retry is the same request, replayed.
    await view.user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    const [first, second] = api.matching('POST', /\/verification$/);
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'));
    expect(identity.demoPhone.messages().filter((m) => m.to === '+1 425 555 0110')).toHaveLength(1);
  });
});

describe('what people really type', () => {
  it.each([
    [' '.repeat(4), 'Your password can’t be only spaces.'],
    ['a'.repeat(257), 'A password has at most 256 characters.'],
  ])('stops the password %j before sending, with the reason', async (password, message) => {
    const { user } = await renderApp('/sign-in/password');
    await h1('Sign in');
    await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await user.click(screen.getByLabelText('Password'));
    await user.paste(password);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(api.matching('POST', '/sign-in/password')).toHaveLength(0);
  });
});
