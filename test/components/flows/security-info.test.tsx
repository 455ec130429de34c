// Security info (src/behaviour.md#security-info) on the real pages against the simulated identity
// service: signing in to get there, adding phones by text and by call, the default, SMS sign-in,
// deleting with a dialog, the step-up before a change, every refusal in words, a reload part-way.
import { screen, waitFor, within } from '@testing-library/react';
import type { CallAnswer } from '../../../mocks/identity/demo-phone';
import { identity } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { recordApi } from '../../support/api-log';
import { axe } from '../../support/axe';
import { renderApp } from '../app/render-app';

const api = recordApi();
/** A heading by its words; a caption ("Step 1 of 2, …") may come before them. */
const h1 = (name: string | RegExp, timeout = 5000) =>
  screen.findByRole(
    'heading',
    { level: 1, name: typeof name === 'string' ? (heading) => heading.replace(/^.*, /, '') === name : name },
    { timeout },
  );
const methodsList = () => within(screen.getByRole('list', { name: /Your sign-in methods/ }));
/** One method's entry in the list, by its type ("Mobile phone", "Office phone"). */
const methodItem = (type: string) =>
  screen
    .getAllByRole('listitem')
    .find((item) => within(item).queryByRole('heading', { name: new RegExp(`^${type}`) }))!;
const method = (type: string) => within(methodItem(type));
/** The newest text's code (the demo phone lists the newest first). */
const latestCode = () => identity.demoPhone.messages()[0]!.code!;

type View = Awaited<ReturnType<typeof renderApp>>;

/** Signs in with the password (and the authenticator app, when asked) and lands on security info. */
async function signInTo(username: string): Promise<View> {
  const view = await renderApp('/security-info');
  await h1('Sign in');
  await view.user.type(screen.getByLabelText('User name'), username);
  await view.user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  const next = await screen.findByRole('heading', { level: 1, name: /Security info|Verify your identity/ });
  if (/Verify/.test(next.textContent ?? '')) {
    const app = identity.demoPhone.authenticator().find((a) => a.account === username);
    await view.user.click(screen.getByRole('button', { name: app ? /authenticator app/ : /^Text/ }));
    await h1('Enter the code');
    await view.user.type(screen.getByLabelText('Code'), app ? app.code : latestCode());
  }
  await h1('Security info');
  return view;
}

async function addPhone(
  user: View['user'],
  type: 'Mobile phone' | 'Alternate mobile phone' | 'Office phone',
  number: string,
  how: 'Text me a code' | 'Call me',
  extension?: string,
) {
  await user.click(screen.getByRole('button', { name: 'Add sign-in method' }));
  await h1('Add a phone');
  await user.click(screen.getByRole('radio', { name: type }));
  await user.type(screen.getByLabelText('Phone number'), number);
  if (extension) await user.type(screen.getByLabelText(/Extension/), extension);
  await user.click(screen.getByRole('button', { name: how }));
}

async function answerCall(answer: CallAnswer = 'press-hash') {
  const call = await waitFor(() => {
    const ringing = identity.demoPhone.calls().find((c) => c.status === 'ringing');
    if (!ringing) throw new Error('no call ringing');
    return ringing;
  });
  identity.demoPhone.answer(call.id, answer);
  return call;
}

describe('getting there', () => {
  it('signed out, it asks to sign in, then comes back here', async () => {
    const { container } = await signInTo('newt@contoso.example');
    expect(screen.getByText('You haven’t added a way to verify yet.')).toBeVisible();
    expect(screen.getByText(/None yet/)).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('newt adds his phones', () => {
  it('a mobile by text: the alternate waits for it, the code, then it is saved, the default, and announced', async () => {
    const { user, container } = await signInTo('newt@contoso.example');
    await user.click(screen.getByRole('button', { name: 'Add sign-in method' }));
    expect(await h1('Add a phone')).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Alternate mobile phone' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Alternate mobile phone' })).toHaveAccessibleDescription(
      'Add a mobile phone first.',
    );
    expect(await axe(container)).toHaveNoViolations();
    // nothing is sent until the form is complete
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    expect(screen.getByText('Choose the type of phone.')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'Mobile phone' }));
    await user.type(screen.getByLabelText('Phone number'), '425 555 0130');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await h1('Enter the code');
    expect(api.last('POST', '/me/phone-methods')!.body).toEqual({
      phoneNumber: '+1 4255550130',
      phoneType: 'mobile',
      verifyBy: 'sms',
    });
    await user.type(screen.getByLabelText('Code'), latestCode());
    await h1('Security info');
    expect(screen.getByText('Mobile phone added.')).toBeVisible();
    expect(method('Mobile phone').getByText('Default')).toBeVisible();
    expect(method('Mobile phone').getByText('+1 ••• ••• ••30')).toBeVisible();
    expect(screen.getByText(/Text a code to/)).toHaveTextContent('Text a code to +1 ••• ••• ••30');
  });

  it('an office phone with its extension, by a call answered with #; it offers no text', async () => {
    const { user } = await signInTo('newt@contoso.example');
    await user.click(screen.getByRole('button', { name: 'Add sign-in method' }));
    await h1('Add a phone');
    await user.click(screen.getByRole('radio', { name: 'Office phone' }));
    expect(screen.queryByRole('button', { name: 'Text me a code' })).not.toBeInTheDocument();
    expect(screen.getByText('An office or alternate mobile phone is checked with a call.')).toBeVisible();
    await user.type(screen.getByLabelText('Phone number'), '425 555 0131');
    await user.type(screen.getByLabelText(/Extension/), '77');
    await user.click(screen.getByRole('button', { name: 'Call me' }));
    await h1('Answer the call');
    // a new number is being checked: no word of signing in
    expect(screen.getByText(/^We’re calling/)).toHaveTextContent(
      /extension 77\. Answer it and press # to confirm it’s your phone\.$/,
    );
    const call = await answerCall();
    expect(call.to).toContain('ext. 77');
    await screen.findByText('Office phone added.', {}, { timeout: 8000 });
    expect(methodItem('Office phone')).toHaveTextContent(/number ending in 31, extension 77/);
  });

  it('a call answered with 0# stops the check, in words about the phone; starting again is the form as typed', async () => {
    const { user } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Office phone', '425 555 0137', 'Call me', '12');
    await h1('Answer the call');
    await answerCall('press-zero-hash');
    await h1('Phone check stopped', 8000);
    expect(screen.getByText(/didn’t ask for this call/)).toBeVisible();
    expect(screen.getByRole('main')).not.toHaveTextContent(/sign-in|signing in/i);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await h1('Add a phone');
    expect(screen.getByRole('radio', { name: 'Office phone' })).toBeChecked();
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0137');
    expect(screen.getByLabelText(/Extension/)).toHaveValue('12');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await h1('Security info');
    expect(screen.queryByRole('list', { name: /Your sign-in methods/ })).not.toBeInTheDocument();
  });

  it('turns SMS sign-in on for his new mobile, and then signs in with it at the start page', async () => {
    const { user, unmount } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Mobile phone', '425 555 0132', 'Text me a code');
    await h1('Enter the code');
    await user.type(screen.getByLabelText('Code'), latestCode());
    await screen.findByText('Mobile phone added.');
    expect(method('Mobile phone').getByText('Not enabled.')).toBeVisible();
    await user.click(method('Mobile phone').getByRole('button', { name: 'Enable for SMS sign-in' }));
    await screen.findByText(/SMS sign-in enabled/);
    expect(method('Mobile phone').getByText(/Ready/)).toBeVisible();
    unmount();

    const start = await renderApp('/');
    await h1('Sign in with your phone');
    await start.user.type(screen.getByLabelText('Phone number'), '425 555 0132');
    await start.user.click(screen.getByRole('button', { name: 'Send code' }));
    await h1('Enter the code');
    await start.user.type(screen.getByLabelText('Code'), latestCode());
    expect(await h1('You’re signed in')).toBeVisible();
    expect(screen.getByText(/Newt/)).toBeVisible();
  });

  it('cancelling the code goes back to the form with the number as typed; nothing is saved', async () => {
    const { user } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Mobile phone', '425 555 0133', 'Text me a code');
    await h1('Enter the code');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await h1('Add a phone');
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0133');
    expect(screen.getByRole('radio', { name: 'Mobile phone' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await h1('Security info');
    expect(screen.getByText('You haven’t added a way to verify yet.')).toBeVisible();
  });

  it('cancelling the call hangs it up and saves nothing; the form comes back as typed', async () => {
    const { user } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Office phone', '425 555 0138', 'Call me', '9');
    await h1('Answer the call');
    const call = await waitFor(() => {
      const ringing = identity.demoPhone.calls().find((c) => c.status === 'ringing');
      if (!ringing) throw new Error('no call ringing');
      return ringing;
    });
    await user.click(screen.getByRole('button', { name: 'Cancel the call' }));
    await h1('Add a phone');
    expect(identity.demoPhone.calls().find((c) => c.id === call.id)?.status).not.toBe('ringing');
    expect(screen.getByRole('radio', { name: 'Office phone' })).toBeChecked();
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0138');
    expect(screen.getByLabelText(/Extension/)).toHaveValue('9');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await h1('Security info');
    expect(screen.getByText('You haven’t added a way to verify yet.')).toBeVisible();
  });

  it('picks the registration up again after a reload', async () => {
    const { user, unmount } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Mobile phone', '425 555 0134', 'Text me a code');
    await h1('Enter the code');
    unmount();
    const again = await renderApp('/security-info');
    await h1('Enter the code');
    expect(identity.demoPhone.messages()).toHaveLength(1);
    await again.user.type(screen.getByLabelText('Code'), latestCode());
    await screen.findByText('Your phone is saved.');
    expect(method('Mobile phone').getByText('+1 ••• ••• ••34')).toBeVisible();
  });

  it('says in words why a number is refused, at the field, keeping it', async () => {
    const { user } = await signInTo('newt@contoso.example');
    await addPhone(user, 'Mobile phone', '425 555 0199', 'Text me a code');
    const field = screen.getByLabelText('Phone number');
    await waitFor(() => expect(field).toHaveAccessibleDescription(/can’t receive verification codes/));
    expect(field).toHaveValue('(425) 555-0199');
    expect(field, 'focus back in the field, where its message is read out').toHaveFocus();
  });
});

describe('deleting, the default, and the rules', () => {
  async function newtWithTwoPhones() {
    const view = await signInTo('newt@contoso.example');
    await addPhone(view.user, 'Mobile phone', '425 555 0135', 'Text me a code');
    await h1('Enter the code');
    await view.user.type(screen.getByLabelText('Code'), latestCode());
    await screen.findByText('Mobile phone added.');
    await addPhone(view.user, 'Office phone', '425 555 0136', 'Call me');
    await h1('Answer the call');
    await answerCall();
    await screen.findByText('Office phone added.', {}, { timeout: 8000 });
    return view;
  }

  it('the default can move to the office phone; then the mobile can be deleted, once confirmed', async () => {
    const { user, container } = await newtWithTwoPhones();
    await user.click(screen.getByRole('button', { name: 'Change default sign-in method' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Change default sign-in method' }));
    expect(await axe(container)).toHaveNoViolations();
    await user.click(dialog.getByRole('radio', { name: /Call your office phone/ }));
    await user.click(dialog.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Default sign-in method changed.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(method('Office phone').getByText('Default')).toBeVisible();

    const deleteMobile = screen.getByRole('button', { name: 'Delete your mobile phone' });
    await user.click(deleteMobile);
    const confirm = within(await screen.findByRole('dialog', { name: 'Delete your mobile phone?' }));
    expect(confirm.getByText(/\+1 ••• ••• ••35/)).toBeVisible();
    await user.click(confirm.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deleteMobile).toHaveFocus();

    await user.click(deleteMobile);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Mobile phone deleted.');
    expect(screen.queryByRole('heading', { name: /^Mobile phone/ })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your sign-in methods' })).toHaveFocus();
  });

  it('refuses, in words, to delete the default, or the last method', async () => {
    const { user } = await newtWithTwoPhones();
    await user.click(screen.getByRole('button', { name: 'Delete your mobile phone' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This phone is your default sign-in method');
    expect(method('Mobile phone').getByText('+1 ••• ••• ••35')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Delete your office phone' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await screen.findByText('Office phone deleted.');
    await user.click(screen.getByRole('button', { name: 'Delete your mobile phone' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is your only sign-in method');
  });

  it('refuses the same number under two types', async () => {
    const { user } = await newtWithTwoPhones();
    await addPhone(user, 'Alternate mobile phone', '425 555 0136', 'Call me');
    await waitFor(() =>
      expect(screen.getByLabelText('Phone number')).toHaveAccessibleDescription(/already one of your phones/),
    );
  });

  it('a registered type is changed, not added again', async () => {
    const { user } = await newtWithTwoPhones();
    await user.click(screen.getByRole('button', { name: 'Add sign-in method' }));
    await h1('Add a phone');
    expect(screen.getByRole('radio', { name: 'Mobile phone' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Mobile phone' })).toHaveAccessibleDescription(
      'You already have one: change its number instead.',
    );
    expect(screen.getByRole('radio', { name: 'Alternate mobile phone' })).toBeEnabled();
  });
});

describe('megan', () => {
  it('proves it is her first when her last verification is old, then changes her office number as typed', async () => {
    const { user } = await signInTo('megan@contoso.example');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 11 * 60_000);
      await user.click(screen.getByRole('button', { name: 'Change number of your office phone' }));
      await h1('Change your office phone number');
      await user.type(screen.getByLabelText('Phone number'), '425 555 0137');
      await user.type(screen.getByLabelText(/Extension/), '4321');
      await user.click(screen.getByRole('button', { name: 'Call me' }));
      expect(await h1('Verify it’s you')).toHaveFocus();
      await user.click(screen.getByRole('button', { name: /authenticator app/ }));
      await h1('Enter the code');
      const entry = identity.demoPhone.authenticator().find((a) => a.account === 'megan@contoso.example')!;
      await user.type(screen.getByLabelText('Code'), entry.code);
      await h1('Answer the call');
      expect(api.last('PATCH', /\/me\/phone-methods\//)!.body).toEqual({
        phoneNumber: '+1 4255550137x4321',
        verifyBy: 'voice',
      });
    } finally {
      vi.useRealTimers();
    }
    await answerCall();
    await screen.findByText('Office phone number changed.', {}, { timeout: 8000 });
    expect(methodItem('Office phone')).toHaveTextContent(/number ending in 37, extension 4321/);
  });

  it('can’t delete her mobile while she has an alternate', async () => {
    const { user } = await signInTo('megan@contoso.example');
    await user.click(screen.getByRole('button', { name: 'Delete your mobile phone' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Delete the alternate mobile phone first');
  });
});

describe('SMS sign-in states in words', () => {
  it.each([
    ['grace@contoso.example', /another account uses this number/],
    ['paul@contoso.example', /policy doesn’t allow SMS sign-in/],
  ])('%s sees why SMS sign-in is not possible, with no button to enable it', async (username, words) => {
    await signInTo(username);
    expect(method('Mobile phone').getByText(words)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enable for SMS sign-in' })).not.toBeInTheDocument();
  });

  it('rose’s mobile loses SMS sign-in when its number changes', async () => {
    const { user } = await signInTo('rose@contoso.example');
    expect(method('Mobile phone').getByText(/Ready/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Change number of your mobile phone' }));
    await h1('Change your mobile phone number');
    await user.type(screen.getByLabelText('Phone number'), '425 555 0139');
    await user.click(screen.getByRole('button', { name: 'Text me a code' }));
    await h1('Enter the code');
    await user.type(screen.getByLabelText('Code'), latestCode());
    await screen.findByText('Mobile phone number changed.');
    expect(method('Mobile phone').getByText('+1 ••• ••• ••39')).toBeVisible();
    expect(method('Mobile phone').getByText('Not enabled.')).toBeVisible();
    expect(method('Mobile phone').getByRole('button', { name: 'Enable for SMS sign-in' })).toBeVisible();
  });

  it('rose’s mobile is ready, and can be disabled', async () => {
    const { user } = await signInTo('rose@contoso.example');
    expect(method('Mobile phone').getByText(/Ready/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Disable SMS sign-in' }));
    await screen.findByText('SMS sign-in disabled.');
    expect(method('Mobile phone').getByText('Not enabled.')).toBeVisible();
  });
});

describe('methodsList', () => {
  it('lists megan’s methods by type, default first marked', async () => {
    await signInTo('megan@contoso.example');
    const headings = methodsList()
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings[0]).toMatch(/^Mobile phoneDefault$/);
    expect(headings).toEqual(
      expect.arrayContaining(['Alternate mobile phone', 'Office phone', 'Authenticator app']),
    );
  });
});
