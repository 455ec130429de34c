// The demo phone's "Network" settings (mocks/network-faults.ts) in front of the simulator, against
// the real screens: what the app says for each fault, that the retry is the same request (one text),
// and that a call whose checks go unanswered says why and signs in once they are answered again.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NetworkSetting } from '../../../mocks/network-faults';
import { identity, network } from '../../../mocks/node';
import { DEMO_PASSWORD } from '../../../mocks/personas';
import { allowInvalidResponses } from '../../contract/recorder';
import { recordApi } from '../../support/api-log';
import { renderApp } from '../app/render-app';

const api = recordApi();
const h1 = (name: string | RegExp, timeout = 3000) =>
  screen.findByRole('heading', { level: 1, name }, { timeout });
const texts = (to: string) => identity.demoPhone.messages().filter((message) => message.to === to);

afterEach(() => vi.useRealTimers());

describe('a fault while the first code is sent', () => {
  const NOT_SENT = 'We couldn’t send your code';
  it.each([
    ['offline', NOT_SENT, 'We can’t reach the sign-in service', 'Check your internet connection'],
    ['busy', NOT_SENT, 'The sign-in service is busy', 'Try again in 10 seconds.'],
    [
      'server-error',
      NOT_SENT,
      'Something went wrong on our side',
      /Reference for your administrator: SRVR-\w{4}/,
    ],
    // an answer outside the contract is not the network's fault: something unexpected
    [
      'malformed',
      'Something unexpected happened',
      'We got an answer we couldn’t read',
      'If it keeps happening, contact your administrator.',
    ],
  ] as const)(
    '%s: said in words; back to normal, "Try again" sends one text',
    async (setting, heading, title, detail) => {
      if (setting === 'malformed') allowInvalidResponses();
      const { user } = await renderApp('/');
      await h1('Sign in with your phone');
      await user.type(screen.getByLabelText('Phone number'), '425 555 0100');
      act(() => network.set(setting as NetworkSetting));
      await user.click(screen.getByRole('button', { name: 'Send code' }));
      expect(await h1(heading)).toHaveFocus();
      const alert = screen.getByRole('alert');
      expect(alert).toHaveTextContent(title);
      expect(alert).toHaveTextContent(detail);

      act(() => network.set('normal'));
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      await h1('Enter the code');
      expect(texts('+1 425 555 0100')).toHaveLength(1);
      const [first, second] = api.matching('POST', '/sign-in/sms');
      // No answer, a busy gateway, a garbled answer: the same request again. A plain 500: a new one.
      expect(second!.headers.get('Idempotency-Key') === first!.headers.get('Idempotency-Key')).toBe(
        setting !== 'server-error',
      );
    },
  );

  it('timeout: given up after 20 s, said; the text had gone, and "Try again" gets it without another', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderApp('/');
    await h1('Sign in with your phone');
    await user.type(screen.getByLabelText('Phone number'), '425 555 0100');
    act(() => network.set('timeout'));
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(api.matching('POST', '/sign-in/sms')).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Sending code…' })).toHaveAttribute('aria-busy', 'true');
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    await h1('We couldn’t send your code');
    expect(screen.getByRole('alert')).toHaveTextContent('The sign-in service didn’t answer in time');
    expect(texts('+1 425 555 0100')).toHaveLength(1);

    act(() => network.set('normal'));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    expect(texts('+1 425 555 0100')).toHaveLength(1);
  });
});

describe('a fault while a call is waited on', () => {
  it('says why the checks get no answer, keeps checking, and signs in once they are answered', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderApp('/sign-in/password');
    await h1('Sign in');
    await user.type(screen.getByLabelText('User name'), 'megan@contoso.example');
    await user.type(screen.getByLabelText('Password'), DEMO_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await h1(/Verify your identity/);
    const methods = within(screen.getByRole('list', { name: 'Ways to verify' }));
    await user.click(methods.getByRole('button', { name: /^Call \+1/ }));
    await h1('Answer the call');

    act(() => network.set('server-error'));
    act(() => identity.demoPhone.answer(identity.demoPhone.calls()[0]!.id, 'press-hash'));
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side');
    expect(alert).toHaveTextContent('We’ll keep checking whether you’ve answered.');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Answer the call');

    act(() => network.set('normal'));
    await act(() => vi.advanceTimersByTimeAsync(8_000));
    await h1('You’re signed in');
  });
});
