// Password reset (src/behaviour.md#password-reset) on the real pages against the simulated identity
// service: the user name and the automatic check, the methods reset allows, the complete number first,
// two steps, the new password and the backend's refusals, the ends (done, timed out, the dead end, the
// lock), a reload part-way, and the way in from password sign-in.
import { act, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { identity, network, server } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { allowInvalidResponses } from '../../contract/recorder';
import { recordApi } from '../../support/api-log';
import { axe } from '../../support/axe';
import { visibleText } from '../../support/visible-text';
import { renderApp } from '../app/render-app';

const api = recordApi();
/** A heading by its words; a step's caption ("Step 1 of 2, …") may come before them. */
const h1 = (name: string | RegExp, timeout = 5000) =>
  screen.findByRole(
    'heading',
    { level: 1, name: typeof name === 'string' ? (heading) => heading.replace(/^.*, /, '') === name : name },
    { timeout },
  );
const methods = () => within(screen.getByRole('list', { name: 'Ways to verify' }));
const methodLabels = () =>
  methods()
    .getAllByRole('button')
    .map((button) => visibleText(button.querySelector('.choice-label')!));
const NEW_PASSWORD = 'Blue-Harbour-Lantern-42';

async function startReset(username: string) {
  const view = await renderApp('/reset-password');
  await h1('Get back into your account');
  await view.user.type(screen.getByLabelText('User name'), username);
  await view.user.click(screen.getByRole('button', { name: 'Next' }));
  return view;
}

type User = Awaited<ReturnType<typeof startReset>>['user'];

/** Texts the mobile, confirms the complete number, and types the code the demo phone received. */
async function verifyByText(user: User, completeNumber: string) {
  await user.click(methods().getByRole('button', { name: /^Text/ }));
  await h1('Confirm your phone number');
  await user.type(screen.getByLabelText('Phone number'), completeNumber);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  await h1('Enter the code');
  const code = identity.demoPhone.messages().at(-1)!.code!;
  await user.type(screen.getByLabelText('Code'), code);
}

async function typeNewPassword(user: User, password: string, confirm = password) {
  const field = screen.getByLabelText('New password');
  const again = screen.getByLabelText('Confirm new password');
  await user.clear(field);
  await user.type(field, password);
  await user.clear(again);
  await user.type(again, confirm);
  await user.click(screen.getByRole('button', { name: 'Reset password' }));
}

async function meganAtNewPassword() {
  const view = await startReset('megan@contoso.example');
  await h1('Verify your identity');
  await verifyByText(view.user, '4255550110');
  expect(await h1('Choose a new password')).toHaveFocus();
  return view;
}

describe('the first screen', () => {
  it('asks for the user name without sending anything, and sends the solved check with it', async () => {
    const { user, container } = await renderApp('/reset-password');
    await h1('Get back into your account');
    expect(screen.getByLabelText('User name')).toHaveAttribute('autocomplete', 'username');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // said once the form's statechart has it (it may still be downloading: src/flows/lazy-flow.ts)
    await waitFor(() =>
      expect(screen.getByLabelText('User name')).toHaveAccessibleDescription(
        expect.stringContaining('Enter your user name.'),
      ),
    );
    expect(api.matching('POST', '/password-reset')).toHaveLength(0);
    expect(await screen.findByText('Automatic check done.', {}, { timeout: 5000 })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();

    await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await h1('Verify your identity');
    const body = api.last('POST', '/password-reset')!.body as { username: string; humanCheck: string };
    expect(body.username).toBe('megan@contoso.example');
    // The ALTCHA payload: base64 JSON with the number the browser found.
    expect(JSON.parse(atob(body.humanCheck))).toMatchObject({
      algorithm: 'SHA-256',
      number: expect.any(Number),
    });
  });

  it('gives an unknown user name and a user without methods the same dead end', async () => {
    const seen: string[] = [];
    for (const username of ['nora@contoso.example', 'nobody@contoso.example']) {
      const { container, unmount } = await startReset(username);
      const heading = await h1('You can’t reset your password here');
      expect(heading).toHaveFocus();
      expect(await axe(container)).toHaveNoViolations();
      // The reference differs per request; everything else must not.
      seen.push(visibleText(screen.getByRole('main')).replace(/[A-Z0-9]{4}-[A-Z0-9]{4}/, 'XXXX-XXXX'));
      unmount();
    }
    expect(seen[0]).toBe(seen[1]);
  });

  it('lets the dead end lead to another user name, the old one kept to correct', async () => {
    const { user } = await startReset('nobody@contoso.example');
    await h1('You can’t reset your password here');
    await user.click(screen.getByRole('button', { name: 'Try another user name' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('nobody@contoso.example');
  });

  it('leads from the dead end back to sign in with the user name kept', async () => {
    const { user } = await startReset('nobody@contoso.example');
    await h1('You can’t reset your password here');
    await user.click(screen.getByRole('link', { name: 'Back to sign in' }));
    expect(await h1('Sign in')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('nobody@contoso.example');
  });

  it('tells a locked user how long the lock lasts, with a reference for the administrator', async () => {
    const { container } = await startReset('leo@contoso.example');
    expect(await h1('Password reset is locked for now')).toHaveFocus();
    expect(screen.getByRole('main')).toHaveTextContent(/Try again in 24 hours/);
    expect(screen.getByRole('main')).toHaveTextContent('LCKD-24HR');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('comes from “Forgotten your password?” with the user name already typed', async () => {
    const { user } = await renderApp('/sign-in/password');
    await h1('Sign in');
    await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await user.click(screen.getByRole('link', { name: 'Forgotten your password?' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
  });
});

describe('verifying', () => {
  it('offers the methods reset allows: no alternate phone', async () => {
    const { container } = await startReset('megan@contoso.example');
    expect(await h1('Verify your identity')).toHaveFocus();
    expect(methodLabels()).toEqual([
      'Text +1 ••• ••• ••10',
      'Call +1 ••• ••• ••10',
      'Call your office phone +1 ••• ••• ••12, extension 1234',
      'Use a verification code from your authenticator app',
      'Email a code to m•••@fabrikam.example',
    ]);
    expect(screen.queryByText(/••11/)).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('asks for the complete number before texting, keeping a wrong one to correct', async () => {
    const { user, container } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /^Text/ }));
    expect(await h1('Confirm your phone number')).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    const field = screen.getByLabelText('Phone number');
    // Not ending in the digits shown: said at once, nothing sent.
    await user.type(field, '4255550119');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('doesn’t end in the digits shown'));
    expect(api.matching('POST', /\/verification$/)).toHaveLength(0);
    // Ending in them but not the number on the account: the backend says so, the number stays as typed.
    await user.clear(field);
    await user.type(field, '4255559910');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('That isn’t the number on your account'),
      ),
    );
    expect(field).toHaveValue('4255559910');
    expect(identity.demoPhone.messages()).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '4255550110');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Enter the code');
    expect(identity.demoPhone.messages()).toHaveLength(1);
  });

  it('verifies by a call to the office phone answered with #', async () => {
    const { user } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /office phone/ }));
    await h1('Confirm your phone number');
    await user.type(screen.getByLabelText('Phone number'), '4255550112');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Answer the call');
    const call = await waitFor(() => {
      const ringing = identity.demoPhone.calls()[0];
      if (!ringing) throw new Error('no call yet');
      return ringing;
    });
    expect(call.to).toContain('ext. 1234');
    identity.demoPhone.answer(call.id, 'press-hash');
    expect(await h1('Choose a new password', 8000)).toHaveFocus();
  });

  it('verifies by a code sent by e-mail', async () => {
    const { user } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /^Email/ }));
    await h1('Enter the code');
    const mail = identity.demoPhone.messages().find((message) => message.channel === 'email')!;
    await user.type(screen.getByLabelText('Code'), mail.code!);
    await h1('Choose a new password');
  });

  it('takes two steps when the organisation asks for two, never the same method twice', async () => {
    const { user } = await startReset('sam@contoso.example');
    await h1('Verify your identity');
    expect(screen.getByText('Step 1 of 2')).toBeVisible();
    const first = methodLabels();
    expect(first).toEqual(expect.arrayContaining([expect.stringMatching(/^Text \+1 ••• ••• ••60/)]));
    await verifyByText(user, '4255550160');

    expect(await h1('Verify your identity')).toHaveFocus();
    expect(screen.getByText('Step 2 of 2')).toBeVisible();
    const second = methodLabels();
    expect(second).not.toContain(first.find((label) => label.startsWith('Text')));
    expect(second.some((label) => /office phone/.test(label))).toBe(true);
    await user.click(methods().getByRole('button', { name: /office phone/ }));
    await h1('Confirm your phone number');
    await user.type(screen.getByLabelText('Phone number'), '4255550161');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Answer the call');
    const call = await waitFor(() => {
      const ringing = identity.demoPhone.calls().at(-1);
      if (!ringing) throw new Error('no call yet');
      return ringing;
    });
    identity.demoPhone.answer(call.id, 'press-hash');
    await h1('Choose a new password', 8000);
  });

  it('step 2’s call going to voicemail says so, still step 2 of 2, with "Call again" and another method', async () => {
    const { user, container } = await startReset('sam@contoso.example');
    await h1('Verify your identity');
    await verifyByText(user, '4255550160');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /office phone/ }));
    await h1('Confirm your phone number');
    await user.type(screen.getByLabelText('Phone number'), '4255550161');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Answer the call');
    const call = await waitFor(() => {
      const ringing = identity.demoPhone.calls()[0];
      if (!ringing) throw new Error('no call yet');
      return ringing;
    });
    identity.demoPhone.answer(call.id, 'voicemail');
    expect(await h1('The call went to voicemail', 8000)).toHaveFocus();
    expect(screen.getByText('Step 2 of 2')).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
    // sam has no text left to prove in step 2: only another call, or another method
    expect(screen.queryByRole('button', { name: 'Text me instead' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Use another method' })).toBeVisible();
    // within 30 s of the last call, another is refused with the wait, in words about a call
    await user.click(screen.getByRole('button', { name: 'Call again' }));
    expect(await h1('Wait a moment before asking again')).toHaveFocus();
    expect(screen.getByText(/We called you a moment ago\. You can ask for another call in/)).toBeVisible();
  });
});

describe('a reset stopped, in a reset’s words', () => {
  /** Megan's office phone, confirmed and ringing. */
  async function officeCallRinging() {
    const view = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await view.user.click(methods().getByRole('button', { name: /office phone/ }));
    await h1('Confirm your phone number');
    await view.user.type(screen.getByLabelText('Phone number'), '4255550112');
    await view.user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Answer the call');
    const call = await waitFor(() => {
      const ringing = identity.demoPhone.calls()[0];
      if (!ringing) throw new Error('no call yet');
      return ringing;
    });
    return { ...view, call };
  }

  it('0# on the call: "Reset stopped", the administrator told, a reference; Start again keeps the name', async () => {
    const { user, container, call } = await officeCallRinging();
    identity.demoPhone.answer(call.id, 'press-zero-hash');
    expect(await h1('Reset stopped', 8000)).toHaveFocus();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent(
      'You pressed 0# to report that you didn’t start this password reset. We stopped it and let your administrator know.',
    );
    expect(main).toHaveTextContent(/Reference for your administrator: [A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(main).not.toHaveTextContent(/sign-in/i);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
  });

  it('too many wrong codes, as a backend may answer them: the reset’s words, Start again', async () => {
    const { user } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /^Email/ }));
    await h1('Enter the code');
    server.use(
      http.post(
        '*/api/flows/:flowId/verification/code',
        () =>
          HttpResponse.json(
            {
              type: 'urn:problem:sign-in:flow-locked',
              title: 'Locked',
              status: 423,
              code: 'flow-locked',
              reference: 'LOCK-0001',
            },
            { status: 423, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await user.type(screen.getByLabelText('Code'), '000000');
    expect(await h1('Too many wrong codes')).toHaveFocus();
    expect(screen.getByRole('main')).toHaveTextContent(
      'For your security, we stopped this reset after too many wrong codes. Start again to get a new code.',
    );
    expect(screen.getByRole('main')).toHaveTextContent('Reference for your administrator: LOCK-0001');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Get back into your account')).toHaveFocus();
  });
});

describe('failed checks', () => {
  it('locks the name’s reset at the fifth wrong code, with the time and a reference, and on the next try', async () => {
    const { user, container, unmount } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(methods().getByRole('button', { name: /^Text/ }));
    await h1('Confirm your phone number');
    await user.type(screen.getByLabelText('Phone number'), '4255550110');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await h1('Enter the code');
    // Every digit of the real code moved by one: surely wrong.
    const real = identity.demoPhone.messages()[0]!.code!;
    const wrong = real.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
    for (let i = 1; i <= 4; i++) {
      await user.type(screen.getByLabelText('Code'), wrong);
      await waitFor(() =>
        expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
          new RegExp(`You have ${5 - i} more tr`),
        ),
      );
      await user.clear(screen.getByLabelText('Code'));
    }
    await user.type(screen.getByLabelText('Code'), wrong);
    expect(await h1('Password reset is locked for now')).toHaveFocus();
    expect(screen.getByRole('main')).toHaveTextContent(/Try again in 24 hours/);
    expect(screen.getByRole('main')).toHaveTextContent(/[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(await axe(container)).toHaveNoViolations();
    // every method is refused while the name is locked: none is offered
    expect(screen.queryByRole('button', { name: 'Use another method' })).not.toBeInTheDocument();
    unmount();

    // A reload starts afresh (the locked reset is forgotten) and meets the lock on the first screen.
    await startReset('Megan@Contoso.example ');
    expect(await h1('Password reset is locked for now')).toBeVisible();
  });
});

describe('the new password', () => {
  it('shows a live checklist and asks for a stronger one before sending', async () => {
    const { user, container } = await meganAtNewPassword();
    expect(screen.getByLabelText('New password')).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByText(/Between 8 and 256 characters/)).toHaveTextContent(/^Not yet:/);
    await user.type(screen.getByLabelText('New password'), 'abcdefgh');
    expect(screen.getByText(/Between 8 and 256 characters/)).toHaveTextContent(/^Done:/);
    expect(screen.getByText(/At least 3 of these/)).toHaveTextContent(/^Not yet:/);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      expect.stringContaining('doesn’t meet everything in the list'),
    );
    expect(api.matching('POST', /\/password$/)).toHaveLength(0);

    await typeNewPassword(user, NEW_PASSWORD, `${NEW_PASSWORD}x`);
    expect(screen.getByLabelText('Confirm new password')).toHaveAccessibleDescription(
      expect.stringContaining('don’t match'),
    );
    expect(api.matching('POST', /\/password$/)).toHaveLength(0);
  });

  it.each([
    ['a common password', 'Password1!', 'That password is too easy to guess', 'It’s a common password'],
    ['the current one', DEMO_PASSWORD, 'That’s your current password', 'It’s the password you have now.'],
    [
      'one with the name in it',
      'Megan-2026-xyz!',
      'That password is too easy to guess',
      'It contains your name',
    ],
  ])('refuses %s, saying why and keeping what was typed', async (_, password, title, reason) => {
    const { user } = await meganAtNewPassword();
    await typeNewPassword(user, password);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(reason);
    expect(screen.getByLabelText('New password')).toHaveValue(password);
    expect(screen.getByLabelText('Confirm new password')).toHaveValue(password);
  });

  it('resets it: the new password signs in, the old one no longer does', async () => {
    const { user, container } = await meganAtNewPassword();
    await typeNewPassword(user, NEW_PASSWORD);
    expect(await h1('Your password has been reset')).toHaveFocus();
    expect(await axe(container)).toHaveNoViolations();
    expect(api.last('POST', /\/password$/)!.body).toEqual({ newPassword: NEW_PASSWORD });

    await user.click(screen.getByRole('link', { name: 'Sign in' }));
    await h1('Sign in');
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your user name or password is incorrect');

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await h1(/Verify your identity/);
  });
});

describe('the new password when its answer is lost', () => {
  afterEach(() => vi.useRealTimers());

  it('an answer it cannot read: the form as typed, why; back to normal, the same request finishes the reset', async () => {
    const { user } = await meganAtNewPassword();
    allowInvalidResponses();
    act(() => network.set('malformed'));
    await typeNewPassword(user, NEW_PASSWORD);
    // the password changed, but neither its answer nor the read after it could be read
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('We got an answer we couldn’t read');
    expect(screen.getByLabelText('New password')).toHaveValue(NEW_PASSWORD);
    expect(screen.getByLabelText('Confirm new password')).toHaveValue(NEW_PASSWORD);
    expect(api.matching('GET', /^\/flows\//).length).toBeGreaterThan(0);

    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(await h1('Your password has been reset')).toHaveFocus();
    const [first, second] = api.matching('POST', /\/password$/);
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'));
    expect(
      identity.startPasswordSignIn({ username: 'megan@contoso.example', password: NEW_PASSWORD }).status,
    ).toBe(201);
  });

  it('no answer in time: where the reset stands is read, and it is done', async () => {
    const { user } = await meganAtNewPassword();
    vi.useFakeTimers({ shouldAdvanceTime: true });
    act(() => network.set('timeout'));
    await typeNewPassword(user, NEW_PASSWORD);
    await waitFor(() => expect(api.matching('POST', /\/password$/)).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Resetting your password…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    act(() => network.set('normal'));
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    expect(await h1('Your password has been reset')).toHaveFocus();
    expect(api.matching('POST', /\/password$/)).toHaveLength(1);
    expect(
      identity.startPasswordSignIn({ username: 'megan@contoso.example', password: NEW_PASSWORD }).status,
    ).toBe(201);
  });
});

describe('part-way', () => {
  it('a reload on the last screen shows it again, "Sign in" still with the user name; leaving it forgets the reset', async () => {
    const { user, unmount } = await meganAtNewPassword();
    await typeNewPassword(user, NEW_PASSWORD);
    await h1('Your password has been reset');
    // a reload: the page goes, nothing of it runs (unmount would be leaving it in the app)
    const remembered = sessionStorage.getItem('ssi.flow.password-reset');
    const secret = sessionStorage.getItem('ssi.flow.password-reset.secret');
    expect(remembered).not.toBeNull();
    expect(secret).not.toBeNull();
    unmount();
    sessionStorage.setItem('ssi.flow.password-reset', remembered!);
    sessionStorage.setItem('ssi.flow.password-reset.secret', secret!);

    const again = await renderApp('/reset-password');
    expect(await h1('Your password has been reset')).toBeVisible();
    await again.user.click(screen.getByRole('link', { name: 'Sign in' }));
    await h1('Sign in');
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
    expect(sessionStorage.getItem('ssi.flow.password-reset')).toBeNull();
  });

  it('a reload that cannot read the reset says so; "Try again" picks it up where it was', async () => {
    const first = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    first.unmount();
    act(() => network.set('offline'));
    const { user } = await renderApp('/reset-password');
    // the first heading of a page load: focus stays where the browser put it
    expect(await h1('We couldn’t pick up where you left off')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('We can’t reach the sign-in service');
    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await h1('Verify your identity')).toHaveFocus();
  });

  it('a reload that cannot read the reset: "Start again" forgets it and cancels it at the backend', async () => {
    const first = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    const flowId = sessionStorage.getItem('ssi.flow.password-reset');
    first.unmount();
    act(() => network.set('server-error'));
    const { user } = await renderApp('/reset-password');
    await h1('We couldn’t pick up where you left off');
    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(sessionStorage.getItem('ssi.flow.password-reset')).toBeNull();
    await waitFor(() => expect(api.matching('DELETE', `/flows/${flowId}`)).toHaveLength(1));
  });

  it('picks up where it was after a reload, on the methods and on the new password', async () => {
    const first = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    first.unmount();

    const second = await renderApp('/reset-password');
    expect(await h1('Verify your identity')).toBeVisible();
    await verifyByText(second.user, '4255550110');
    await h1('Choose a new password');
    second.unmount();

    const third = await renderApp('/reset-password');
    await h1('Choose a new password');
    expect(screen.getByLabelText('New password')).toHaveValue('');
    await typeNewPassword(third.user, NEW_PASSWORD);
    await h1('Your password has been reset');
  });

  it('times out after 15 minutes and starts again with the user name kept', async () => {
    const { user } = await meganAtNewPassword();
    // Only the clock moves: the simulator judges the flow's age by Date.now().
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 16 * 60_000);
      await typeNewPassword(user, NEW_PASSWORD);
      expect(await h1('Your reset timed out')).toHaveFocus();
    } finally {
      vi.useRealTimers();
    }
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
  });

  it('starts again from the methods, the user name kept', async () => {
    const { user } = await startReset('megan@contoso.example');
    await h1('Verify your identity');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await h1('Get back into your account')).toHaveFocus();
    expect(screen.getByLabelText('User name')).toHaveValue('megan@contoso.example');
  });
});
