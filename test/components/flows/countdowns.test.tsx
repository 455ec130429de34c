// Every countdown on the real screens, met with its deadline already past: the moment between a
// wait running out on screen and the flow's own timer moving on. No screen says "in 0 seconds" (or
// "0 seconds left"); each says the wait is over, or says nothing about it (src/behaviour.md#errors).
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describeError } from '../../../src/api/errors';
import { passwordSignIn } from '../../../src/content/en/password-sign-in';
import { addMessages } from '../../../src/content/i18n';
import { CredentialsScreen } from '../../../src/flows/password-sign-in/screens';
import { CodeScreen } from '../../../src/flows/verification/CodeScreen';
import { MethodList } from '../../../src/flows/verification/MethodList';
import { ThrottledScreen } from '../../../src/flows/verification/StatusScreens';
import type { VerificationScreen } from '../../../src/flows/verification/screen';
// the verification's words load with its screens' module
import '../../../src/flows/verification/View';
import { CallClock } from '../../../src/ui/CallClock';
import { problem, smsMethod } from '../../support/flows';
import { ScreenShell } from '../../support/screen-shell';

await addMessages({ passwordSignIn });

const PAST = () => Date.now() - 1_500;
const WAYS = { anotherWay: 'verification.anotherWay', restart: 'verification.startAgain' } as const;
const send = vi.fn();
const NO_TOPICS = { topics: [], support: { reference: 'vrf-0001', at: null }, sender: null };
const show = (element: ReactElement) => render(<ScreenShell>{element}</ScreenShell>);

/** Nothing on the page counts a wait of nothing. */
function expectNoZeroWait() {
  expect(document.body).not.toHaveTextContent(/\b0 seconds\b/);
}

type CodeData = Extract<VerificationScreen, { name: 'code' }>;
const codeScreen = (overrides: Partial<CodeData>): CodeData => ({
  name: 'code',
  step: null,
  channel: 'sms',
  insteadOfCall: false,
  maskedDestination: '+1 ••• ••• ••00',
  whatsAppNotice: false,
  value: '',
  length: 6,
  field: 'editing',
  fieldError: null,
  alert: null,
  retryAt: null,
  resends: 0,
  webOtp: false,
  help: null,
  ways: WAYS,
  ...overrides,
});

it('the throttled screen: "You can try again now."', () => {
  show(
    <ThrottledScreen
      screen={{
        name: 'throttled',
        attempt: 'code',
        error: describeError(problem('resend-cooldown', { retryAfterSeconds: 30 })),
        retryAt: PAST(),
        alternatives: [],
        ways: WAYS,
      }}
      send={send}
    />,
  );
  expect(screen.getByText('You can try again now.')).toBeVisible();
  expectNoZeroWait();
});

it('the code screen, while checks are throttled: "You can try again now."', () => {
  show(
    <CodeScreen
      screen={codeScreen({
        field: 'throttled',
        alert: describeError(problem('too-many-requests', { retryAfterSeconds: 30 })),
        retryAt: PAST(),
      })}
      send={send}
    />,
  );
  expect(screen.getByText('You can try again now.')).toBeVisible();
  expectNoZeroWait();
});

it('the code screen, new codes limited: "You can try again now."', () => {
  show(
    <CodeScreen
      screen={codeScreen({
        help: {
          tip: 'sms',
          resend: {
            state: 'limited',
            error: describeError(problem('text-limit', { retryAfterSeconds: 600 })),
            at: PAST(),
          },
          alternatives: [],
          more: NO_TOPICS,
        },
      })}
      send={send}
    />,
  );
  expect(screen.getByText('You can try again now.')).toBeVisible();
  expectNoZeroWait();
});

it('the code screen, waiting to offer a new code: nothing, the button takes its place', () => {
  show(
    <CodeScreen
      screen={codeScreen({
        help: { tip: 'sms', resend: { state: 'waiting', at: PAST() }, alternatives: [], more: NO_TOPICS },
      })}
      send={send}
    />,
  );
  expect(screen.queryByText(/You can ask for a new code in/)).toBeNull();
  expectNoZeroWait();
});

it('the method list, a limit lifting: the method is "later", not "for 0 seconds"', () => {
  show(
    <MethodList
      methods={[{ ...smsMethod, available: false, unavailableReason: 'text-limit', availableAt: PAST() }]}
      busy={false}
      onSelect={send}
    />,
  );
  expect(screen.queryByText(/Not available for/)).toBeNull();
  expect(screen.getByText(/limit on text verification codes/)).toBeVisible();
  expectNoZeroWait();
});

it('the password page, a lockout over: "You can try again now."', () => {
  show(
    <CredentialsScreen
      screen={{
        name: 'credentials',
        username: 'megan@contoso.example',
        password: 'x',
        usernameError: null,
        passwordError: null,
        alert: describeError(problem('too-many-requests', { retryAfterSeconds: 60 })),
        alertUntil: PAST(),
        busy: false,
      }}
      send={send}
    />,
  );
  expect(screen.getByText('You can try again now.')).toBeVisible();
  expectNoZeroWait();
});

it('the call clock, past the call’s deadline: no time left is shown', () => {
  show(
    <CallClock
      startedAt={Date.now() - 40_000}
      endsAt={PAST()}
      elapsed={(wait) => `${wait} since we called`}
      left={(wait) => `${wait} left to answer`}
    />,
  );
  expect(screen.getByText('40 seconds since we called')).toBeVisible();
  expect(screen.queryByText(/left to answer/)).toBeNull();
  expectNoZeroWait();
});
