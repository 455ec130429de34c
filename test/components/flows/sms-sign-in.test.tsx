import { act, screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { identity, server } from '../../../mocks/node';
import { allowInvalidResponses } from '../../contract/recorder';
import { recordApi } from '../../support/api-log';
import { axe } from '../../support/axe';
import { visibleText } from '../../support/visible-text';
import { renderApp } from '../app/render-app';

const api = recordApi();
const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 3000 });
const codeFor = (to: string) => identity.demoPhone.messages().find((m) => m.to === to && m.code)?.code;

async function startAt(number: string) {
  const view = await renderApp('/');
  await h1('Sign in with your phone');
  await view.user.type(screen.getByLabelText('Phone number'), number);
  await view.user.click(screen.getByRole('button', { name: 'Send code' }));
  return view;
}

describe('SMS sign-in', () => {
  it('signs in with the texted code: the request, the focus at each step, the signed-in page', async () => {
    const { user, container } = await startAt('(425) 555-0100');
    const heading = await h1('Enter the code');
    expect(heading).toHaveFocus();
    const sent = api.last('POST', '/sign-in/sms')!;
    expect(sent.body).toEqual({ phoneNumber: '+14255550100' });
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[\w-]{16,}$/);
    expect(visibleText(screen.getByText(/We texted a code to/))).toBe('We texted a code to +1 ••• ••• ••00.');
    const field = screen.getByLabelText('Code');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(await axe(container)).toHaveNoViolations();

    await user.type(field, codeFor('+1 425 555 0100')!);
    expect(await h1('You’re signed in')).toHaveFocus();
    expect(screen.getByText(/Signed in as/)).toHaveTextContent(
      'Signed in as Adele Vance (adele@contoso.example).',
    );
    expect(screen.getByText(/You signed in with/)).toHaveTextContent(
      'a code sent by text message to +1 ••• ••• ••00',
    );
    expect(sessionStorage.getItem('ssi.flow.sms-sign-in')).toBeNull();
    expect(JSON.stringify(sessionStorage)).not.toMatch(/4255550100|\d{6}"/);
  });

  it('accepts a pasted code with a space or a dash in it', async () => {
    const { user } = await startAt('4255550100');
    await h1('Enter the code');
    const code = codeFor('+1 425 555 0100')!;
    await user.click(screen.getByLabelText('Code'));
    await user.paste(`${code.slice(0, 3)}-${code.slice(3)}`);
    await h1('You’re signed in');
    expect(api.last('POST', /\/verification\/code$/)!.body).toEqual({ code });
  });

  it.each([
    ['', 'Enter your phone number.'],
    ['425 555', 'This number is too short. Check that you typed all of it.'],
    ['425 555 0100 999', 'This number is too long. Check it and try again.'],
  ])('explains what is wrong with %j at the field, sends nothing, and focuses it', async (typed, message) => {
    const { user } = await renderApp('/');
    await h1('Sign in with your phone');
    if (typed) await user.type(screen.getByLabelText('Phone number'), typed);
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const input = screen.getByLabelText('Phone number');
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(api.matching('POST', '/sign-in/sms')).toHaveLength(0);
  });

  it('asks for a country when the number has none', async () => {
    const { user } = await renderApp('/');
    await h1('Sign in with your phone');
    await user.selectOptions(screen.getByLabelText('Country or region'), '');
    await user.type(screen.getByLabelText('Phone number'), '4255550100');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    const select = screen.getByLabelText('Country or region');
    await waitFor(() =>
      expect(select).toHaveAccessibleDescription(expect.stringContaining('Choose your country or region')),
    );
    expect(select).toHaveFocus();
  });

  // Each persona number next to an account-less one with the same properties: the same screens.
  it.each([
    ['01', 'a persona'],
    ['05', 'no account'],
  ])('names WhatsApp and says the person was told by text, the first time (01%s, %s)', async (last) => {
    await startAt(`425 555 01${last}`);
    await h1('Enter the code');
    expect(visibleText(screen.getByText(/We sent a code to your WhatsApp/))).toBe(
      `We sent a code to your WhatsApp, +1 ••• ••• ••${last}.`,
    );
    expect(screen.getByRole('note')).toHaveTextContent('We sent you a text message about this change');
  });

  it.each([
    ['02', 'a persona'],
    ['06', 'no account'],
  ])('names RCS (01%s, %s)', async (last) => {
    await startAt(`425 555 01${last}`);
    await h1('Enter the code');
    expect(screen.getByText(/RCS message/)).toHaveTextContent(
      `We sent a code by RCS message to +1 ••• ••• ••${last}`,
    );
  });

  it.each([
    ['03', 'a persona'],
    ['07', 'no account'],
  ])('counts the text limit down and offers another way meanwhile (01%s, %s)', async (last) => {
    await startAt(`425 555 01${last}`);
    await h1('You’ve hit our limit on text verification codes');
    expect(screen.getByText(/You can ask for another text in 20 minutes/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Use a different number' })).toBeVisible();
  });

  it.each([
    ['04', 'a persona'],
    ['08', 'no account'],
  ])('says it is having trouble verifying the account (01%s, %s)', async (last) => {
    await startAt(`425 555 01${last}`);
    await h1('Sorry, we’re having trouble verifying your account');
    expect(screen.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
  });

  it('takes an unregistered number through the same screens, and its code never works', async () => {
    const { user } = await startAt('425 555 0177');
    await h1('Enter the code');
    expect(screen.getByText(/We texted a code to/)).toHaveTextContent('+1 ••• ••• ••77');
    expect(identity.demoPhone.messages()).toHaveLength(0);
    await user.type(screen.getByLabelText('Code'), '123456');
    await waitFor(() =>
      expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
        expect.stringContaining('That code didn’t work'),
      ),
    );
  });

  it('clears a wrong code, says how many tries are left, and puts focus back in the field', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    const right = codeFor('+1 425 555 0100')!;
    const wrong = right === '000000' ? '111111' : '000000';
    await user.type(screen.getByLabelText('Code'), wrong);
    const field = screen.getByLabelText('Code');
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(expect.stringContaining('You have 4 more tries')),
    );
    expect(field).toHaveValue('');
    expect(field).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('That code didn’t work');
  });

  it('locks after five wrong codes and offers to start again', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    const right = codeFor('+1 425 555 0100')!;
    const wrong = right === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      await waitFor(() => expect(screen.getByLabelText('Code')).toHaveValue(''));
      await user.type(screen.getByLabelText('Code'), wrong);
      if (i < 4) await waitFor(() => expect(api.matching('POST', /code$/)).toHaveLength(i + 1));
    }
    await h1('Too many wrong codes');
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    await h1('Sign in with your phone');
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0100');
  });

  it('keeps the code when the backend cannot be reached, and a retry works', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    server.use(
      http.post('*/api/flows/:flowId/verification/code', () => HttpResponse.error(), { once: true }),
    );
    const code = codeFor('+1 425 555 0100')!;
    await user.type(screen.getByLabelText('Code'), code);
    expect(await screen.findByRole('alert')).toHaveTextContent('We can’t reach the sign-in service');
    expect(screen.getByLabelText('Code')).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await h1('You’re signed in');
  });

  it('"Use a different number" goes back to the number, kept, with focus on the heading', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    expect(await h1('Sign in with your phone')).toHaveFocus();
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0100');
    await waitFor(() => expect(api.matching('DELETE', /^\/flows\//)).toHaveLength(1));
  });

  it('a reload on the code screen resumes the flow and sends nothing new', async () => {
    const first = await startAt('425 555 0100');
    await h1('Enter the code');
    first.unmount();
    const texts = identity.demoPhone.messages().length;
    const second = await renderApp('/');
    await h1('Enter the code');
    // the code was sent before the reload: the help is there at once, not 10 s later
    expect(screen.getByRole('region', { name: 'Didn’t get the code?' })).toBeVisible();
    expect(api.matching('POST', '/sign-in/sms')).toHaveLength(1);
    expect(api.matching('POST', /resend$/)).toHaveLength(0);
    expect(identity.demoPhone.messages()).toHaveLength(texts);
    await second.user.type(screen.getByLabelText('Code'), codeFor('+1 425 555 0100')!);
    await h1('You’re signed in');
  });

  it('signs out from the signed-in page', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    await user.type(screen.getByLabelText('Code'), codeFor('+1 425 555 0100')!);
    await h1('You’re signed in');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await h1('Sign in with your phone');
    expect(sessionStorage.getItem('ssi.session')).toBeNull();
    expect(api.matching('DELETE', '/session')).toHaveLength(1);
  });
});

describe('resend', () => {
  afterEach(() => vi.useRealTimers());

  it('offers help after 10 s and a new code after the 30 s countdown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    expect(screen.queryByRole('heading', { name: 'Didn’t get the code?' })).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    const help = await screen.findByRole('region', { name: 'Didn’t get the code?' });
    expect(within(help).getByText(/You can ask for a new code in \d+ seconds/)).toBeVisible();
    await act(() => vi.advanceTimersByTimeAsync(20_000));
    await user.click(await within(help).findByRole('button', { name: 'Send a new code' }));
    await waitFor(() => expect(api.matching('POST', /resend$/)).toHaveLength(1));
    await waitFor(() => expect(screen.getByLabelText('Code')).toHaveFocus());
    expect(identity.demoPhone.messages().filter((m) => m.to === '+1 425 555 0100')).toHaveLength(2);
  });
});

describe('codes as people type them', () => {
  it('signs in with a code typed in Arabic-Indic digits', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    const arabic = [...codeFor('+1 425 555 0100')!].map((d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]).join('');
    await user.type(screen.getByLabelText('Code'), arabic);
    await h1('You’re signed in');
    expect(api.last('POST', /\/verification\/code$/)!.body).toEqual({ code: codeFor('+1 425 555 0100') });
  });

  it('keeps a letter in the field and says codes are digits only', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    await user.type(screen.getByLabelText('Code'), '12o456');
    const field = screen.getByLabelText('Code');
    expect(field).toHaveValue('12o456');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('A code has digits only'));
    expect(api.matching('POST', /\/verification\/code$/)).toHaveLength(0);
  });

  it('refuses a pasted seven-digit string with a message, without spending a try', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    await user.click(screen.getByLabelText('Code'));
    await user.paste('1234567');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      expect.stringContaining('That’s more than 6 digits'),
    );
    expect(api.matching('POST', /\/verification\/code$/)).toHaveLength(0);
  });

  it('asks for the rest of the code when Verify is pressed early', async () => {
    const { user } = await startAt('425 555 0100');
    await h1('Enter the code');
    await user.type(screen.getByLabelText('Code'), '123');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription(
      expect.stringContaining('Enter all 6 digits of the code.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Enter all 6 digits of the code.');
  });
});

describe('an answer outside the contract', () => {
  /**
   * The simulator does the work (the text goes out) and answers once with a channel this app does
   * not know, as a newer backend might: a value outside the contract's enum.
   */
  function answerWithANewChannelOnce(route: 'start' | 'read') {
    allowInvalidResponses();
    const withNewChannel = (answer: { status: number; body?: unknown }) => {
      const body = structuredClone(answer.body) as { verification?: { channel: string } };
      if (body.verification) body.verification.channel = 'carrier-pigeon';
      return HttpResponse.json(body, { status: answer.status });
    };
    server.use(
      route === 'start'
        ? http.post(
            '*/api/sign-in/sms',
            async ({ request }) =>
              withNewChannel(
                identity.startSmsSignIn((await request.json()) as { phoneNumber: string }, {
                  idempotencyKey: request.headers.get('Idempotency-Key'),
                }),
              ),
            { once: true },
          )
        : http.get(
            '*/api/flows/:flowId',
            ({ params }) => withNewChannel(identity.getFlow(String(params.flowId))),
            {
              once: true,
            },
          ),
    );
  }

  it('says something unexpected happened; "Try again" is the same request, answered with the one text sent', async () => {
    answerWithANewChannelOnce('start');
    const { user, container } = await startAt('425 555 0100');
    expect(await h1('Something unexpected happened')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('We got an answer we couldn’t read');
    expect(screen.getByRole('button', { name: 'Use a different number' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Sign in another way' })).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    const [first, second] = api.matching('POST', '/sign-in/sms');
    expect(second!.headers.get('Idempotency-Key')).toBe(first!.headers.get('Idempotency-Key'));
    expect(identity.demoPhone.messages().filter((m) => m.to === '+1 425 555 0100')).toHaveLength(1);
  });

  it('"Use a different number" goes back to the number as typed, remembering no flow', async () => {
    answerWithANewChannelOnce('start');
    const { user } = await startAt('425 555 0100');
    await h1('Something unexpected happened');
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    expect(await h1('Sign in with your phone')).toHaveFocus();
    expect(screen.getByLabelText('Phone number')).toHaveValue('(425) 555-0100');
    expect(sessionStorage.getItem('ssi.flow.sms-sign-in')).toBeNull();
  });

  it('after a reload, a flow that reads as nonsense: "We couldn’t pick up where you left off"; "Try again" reads it again', async () => {
    const first = await startAt('425 555 0100');
    await h1('Enter the code');
    first.unmount();
    answerWithANewChannelOnce('read');
    const { user } = await renderApp('/');
    expect(await h1('We couldn’t pick up where you left off')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('We got an answer we couldn’t read');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await h1('Enter the code');
    expect(api.matching('POST', '/sign-in/sms')).toHaveLength(1);
  });

  it('after a reload, "Use a different number" drops the remembered flow and cancels it at the backend', async () => {
    const first = await startAt('425 555 0100');
    await h1('Enter the code');
    const flowId = sessionStorage.getItem('ssi.flow.sms-sign-in');
    first.unmount();
    answerWithANewChannelOnce('read');
    const { user } = await renderApp('/');
    await h1('We couldn’t pick up where you left off');
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    await h1('Sign in with your phone');
    expect(sessionStorage.getItem('ssi.flow.sms-sign-in')).toBeNull();
    await waitFor(() => expect(api.matching('DELETE', `/flows/${flowId}`)).toHaveLength(1));
  });
});
