// Faults a person can trigger with the demo phone's "Network" control (src/behaviour.md#demo-phone-panel,
// #errors), end to end in the demo build. In every flow, at the step that sends (the code or the call)
// and at the step that checks (the code typed, the call waited on), every fault is said in words, what
// was typed stays, nothing is left busy, and once the network is back to Normal the retry works, with
// one text (or call) for the one the person asked for.
//
// One test per flow and step, and in it one chain of faults at the same step: the first request under
// the first fault, each retry under the next one, then Normal and a retry that works. The service
// never sees a request while offline, busy or failing; under "Timeout" and "Malformed answer" it does
// the work and the answer is lost or garbled, so the retries after them show that nothing is done
// twice. "Slow" gets a send and a check of its own, in the send's test (one sign-in less). The page's
// clock runs out the client's 20 s request timeout and the 3 s of "Slow". The password reset's first
// screen and its new password have tests of their own: the first needs a solved automatic check for
// each request, and the new password, once its answer is lost, is read back rather than sent blindly
// (the person ends on "Your password has been reset" and the new password signs in).
import type { Page } from '@playwright/test';
import { type DemoPhone, expect, type NetworkSetting, test } from './fixtures';
import {
  authenticatorCode,
  busyIndicators,
  codeField,
  confirmNumberField,
  confirmPasswordField,
  DEMO_PASSWORD,
  expectScreen,
  freshDemo,
  humanCheckStatus,
  main,
  newPasswordField,
  phoneCall,
  waysToVerify,
} from './flows';

const ADELE = { number: '+1 425 555 0100', typed: '425 555 0100', shown: '(425) 555-0100' };
const MEGAN = 'megan@contoso.example';
const MEGANS_MOBILE = { number: '+1 425 555 0110', typed: '425 555 0110' };
const NEWT = 'newt@contoso.example';
/** A number nobody in the demo directory has (the fictional 555-01xx range). */
const NEWTS_MOBILE = { number: '+1 425 555 0195', typed: '425 555 0195', shown: '(425) 555-0195' };

const SIGNED_IN = 'You’re signed in';
const MFA = /Verify your identity$/;
const CODE = 'Enter the code';
const CALL = 'Answer the call';
const NOT_SENT = 'We couldn’t send your code';
const UNEXPECTED = 'Something unexpected happened';
const NOT_CALLED = 'We couldn’t call you';
const NEW_PASSWORD = /Choose a new password$/;
const TEXT_MOBILE = /^Text \+1 ••• ••• ••10/;
const CALL_MOBILE = /^Call \+1 ••• ••• ••10/;
const KEEPS_CHECKING =
  'We’ll keep checking whether you’ve answered. If you answer and press #, it still counts.';

interface Fault {
  setting: NetworkSetting;
  /** The alert's title: what happened. */
  title: string;
  /** What to do next, in the alert. */
  detail: RegExp;
  reference?: RegExp;
}

const OFFLINE: Fault = {
  setting: 'Offline',
  title: 'We can’t reach the sign-in service',
  detail: /Check your internet connection, then try again\. Nothing you entered is lost\./,
};
const BUSY: Fault = {
  setting: 'Server busy',
  title: 'The sign-in service is busy',
  detail: /Try again in 10 seconds\. Nothing you entered is lost\./,
};
const SERVER_ERROR: Fault = {
  setting: 'Server error',
  title: 'Something went wrong on our side',
  detail: /Try again in a moment\. Nothing you entered is lost\./,
  reference: /Reference for your administrator: SRVR-[A-Z2-9]{4}/,
};
const TIMEOUT: Fault = {
  setting: 'Timeout',
  title: 'The sign-in service didn’t answer in time',
  detail: /Try again\. Nothing you entered is lost\./,
};
const MALFORMED: Fault = {
  setting: 'Malformed answer',
  title: 'We got an answer we couldn’t read',
  detail: /Try again\. Nothing you entered is lost\./,
};

/**
 * Every fault that ends a request with a message. A send sees them in this order (after "Timeout",
 * the retry of the very same request is answered from what the service already did, garbled). A code
 * check sees "Malformed answer" then "Timeout": the garbled answer was the one that verified the code.
 * A retry of the same code (the same Idempotency-Key) is answered with it again where it completed
 * the flow (a sign-in's session, a registration's phone), or "out of date" where it moved a reset on
 * (the app then reads where the flow stands): lost again under "Timeout", through back to Normal.
 */
const SEND_FAULTS = [OFFLINE, BUSY, SERVER_ERROR, TIMEOUT, MALFORMED];
const CHECK_FAULTS = [OFFLINE, BUSY, SERVER_ERROR, MALFORMED, TIMEOUT];

const isApi = (url: string) => new URL(url).pathname.startsWith('/api/');

// ---------------------------------------------------------------------------------------------------
// Steps

/**
 * Sets `setting`, then does what sends a request (`act`), and lets the fault take its course: a
 * request that never answers is given up after the client's 20 s, which the page's clock jumps.
 */
async function under(page: Page, demoPhone: DemoPhone, setting: NetworkSetting, act: () => Promise<void>) {
  await demoPhone.setNetwork(setting);
  const sent = page.waitForRequest((request) => isApi(request.url()));
  await act();
  await sent;
  if (setting === 'Timeout') await page.clock.fastForward(20_000);
}

/** The fault is said in an alert on the screen, in words; nothing is left busy. */
async function expectSaid(page: Page, fault: Fault, detail: string | RegExp = fault.detail): Promise<void> {
  const alert = main(page).getByRole('alert').filter({ hasText: fault.title });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(detail);
  if (fault.reference) await expect(alert).toContainText(fault.reference);
  await expect(busyIndicators(page)).toHaveCount(0);
}

/**
 * The chain: `first` sends under the first fault, `retry` again under each next one; each time the
 * same `screen` says the fault, and `kept` checks what was typed is still there. Then back to Normal.
 * An answer outside the contract ("Malformed answer") is said on "Something unexpected happened"
 * instead, and asked again from there with "Try again", unless the screen goes on by itself
 * (`unreadableOnScreen`: a call's checks).
 */
async function throughFaults(
  page: Page,
  demoPhone: DemoPhone,
  axe: { check(label: string): Promise<void> },
  chain: {
    faults: Fault[];
    screen: string;
    first: () => Promise<void>;
    retry: () => Promise<void>;
    kept?: () => Promise<void>;
    detail?: string;
    unreadableOnScreen?: boolean;
    /** Scan these faults' screens with axe. */
    scan?: NetworkSetting[];
  },
): Promise<void> {
  let unexpected = false;
  for (const [i, fault] of chain.faults.entries()) {
    await test.step(fault.setting, async () => {
      const again = unexpected ? () => button(page, 'Try again').click() : chain.retry;
      await under(page, demoPhone, fault.setting, i === 0 ? chain.first : again);
      unexpected = fault === MALFORMED && !chain.unreadableOnScreen;
      const screen = unexpected ? UNEXPECTED : chain.screen;
      await expectScreen(page, screen);
      await expectSaid(page, fault, unexpected ? undefined : chain.detail);
      if (!unexpected) await chain.kept?.();
      if (chain.scan?.includes(fault.setting)) await axe.check(`${screen}, ${fault.setting}`);
    });
  }
  await demoPhone.setNetwork('Normal');
}

/** "Slow": the request is visibly under way for 3 s (the clock jumps them), then goes through. */
async function slowly(page: Page, demoPhone: DemoPhone, act: () => Promise<void>) {
  await test.step('Slow (3 s)', async () => {
    await under(page, demoPhone, 'Slow (3 s)', act);
    await expect(busyIndicators(page).first()).toBeVisible();
    await page.clock.fastForward(3_000);
  });
}

/** A demo as new as a new tab's at `path`: the last test of the flow left no limits or texts behind. */
async function fresh(page: Page, demoPhone: DemoPhone, path: string): Promise<void> {
  await freshDemo(page, path);
  demoPhone.forgetSeen();
}

const button = (page: Page, name: string) => main(page).getByRole('button', { name, exact: true });
const method = (page: Page, name: RegExp) => waysToVerify(page).filter({ hasText: name }).first();

async function signIn(page: Page, username: string): Promise<void> {
  await expectScreen(page, 'Sign in');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Adele at the start page, her number typed. */
async function adelesNumberTyped(page: Page, demoPhone: DemoPhone) {
  await fresh(page, demoPhone, '/');
  await expectScreen(page, 'Sign in with your phone');
  await page.getByLabel('Phone number').pressSequentially(ADELE.typed);
}

/** Megan, signed in with her password, at her methods. */
async function megansMethods(page: Page, demoPhone: DemoPhone) {
  await fresh(page, demoPhone, '/sign-in/password');
  await signIn(page, MEGAN);
  await expectScreen(page, MFA);
}

const RESET_START = 'Get back into your account';
const RESET_DONE = 'Your password has been reset';
/** Passes the reset's policy, names no one, is on no list. */
const MEGANS_NEW_PASSWORD = 'Blue-Harbour-42';

/**
 * Waits until a fresh automatic check is done, jumping the page's clock: a check that could not be
 * fetched is tried again every 3 s, and one left hanging by "Timeout" is given up after 20 s.
 */
async function humanCheckDone(page: Page) {
  await expect(async () => {
    await page.clock.fastForward(3_000);
    await expect(humanCheckStatus(page)).toHaveText('Automatic check done.', { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
}

/** Megan's reset, at "Choose a new password" (the authenticator app is the quickest way), both typed. */
async function megansNewPasswordTyped(page: Page, demoPhone: DemoPhone) {
  await fresh(page, demoPhone, '/reset-password');
  await expectScreen(page, RESET_START);
  await page.getByLabel('User name').fill(MEGAN);
  await button(page, 'Next').click();
  await expectScreen(page, 'Verify your identity');
  await method(page, /^Use a verification code from your authenticator app/).click();
  await expectScreen(page, CODE);
  await codeField(page).pressSequentially(await authenticatorCode(page, MEGAN));
  await expectScreen(page, NEW_PASSWORD);
  await newPasswordField(page).fill(MEGANS_NEW_PASSWORD);
  await confirmPasswordField(page).fill(MEGANS_NEW_PASSWORD);
}

async function passwordsKept(page: Page) {
  await expect(newPasswordField(page)).toHaveValue(MEGANS_NEW_PASSWORD);
  await expect(confirmPasswordField(page)).toHaveValue(MEGANS_NEW_PASSWORD);
}

/** A read of where a flow stands (GET /api/flows/{id}), from now on. */
const flowRead = (page: Page) =>
  page.waitForRequest(
    (request) => request.method() === 'GET' && /^\/api\/flows\/[^/]+$/.test(new URL(request.url()).pathname),
  );

/** "Sign in" from the last screen: her user name is filled in; the new password gets her to MFA. */
async function signsInWithTheNewPassword(page: Page) {
  await main(page).getByRole('link', { name: 'Sign in', exact: true }).click();
  await expectScreen(page, 'Sign in');
  await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
  await page.getByLabel('Password', { exact: true }).fill(MEGANS_NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectScreen(page, MFA);
}

/** Megan's reset, at her mobile's "Confirm your phone number" with the number typed. */
async function megansResetNumberTyped(page: Page, demoPhone: DemoPhone) {
  await fresh(page, demoPhone, '/reset-password');
  await expectScreen(page, 'Get back into your account');
  await page.getByLabel('User name').fill(MEGAN);
  await button(page, 'Next').click();
  await expectScreen(page, 'Verify your identity');
  await method(page, TEXT_MOBILE).click();
  await expectScreen(page, 'Confirm your phone number');
  await confirmNumberField(page).pressSequentially(MEGANS_MOBILE.typed);
}

const newtsNumberField = (page: Page) =>
  main(page).getByRole('textbox', { name: 'Phone number', exact: true });

/** Newt on "Add a phone", a mobile with his new number typed. */
async function newtsPhoneTyped(page: Page, demoPhone: DemoPhone) {
  await fresh(page, demoPhone, '/security-info');
  await signIn(page, NEWT);
  await expectScreen(page, 'Security info');
  await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
  await expectScreen(page, 'Add a phone');
  await main(page).getByRole('radio', { name: 'Mobile phone', exact: true }).check();
  await newtsNumberField(page).pressSequentially(NEWTS_MOBILE.typed);
}

async function phoneAdded(page: Page) {
  await expectScreen(page, 'Security info');
  await expect(main(page).getByRole('status').filter({ hasText: 'Mobile phone added.' })).toBeVisible();
}

async function newtsFormKept(page: Page) {
  await expectScreen(page, 'Add a phone');
  await expect(main(page).getByRole('radio', { name: 'Mobile phone', exact: true })).toBeChecked();
  await expect(newtsNumberField(page)).toHaveValue(NEWTS_MOBILE.shown);
}

/**
 * The code screen under every fault in turn: typed (checked as soon as it is complete) under the
 * first, "Verify" under the others ("Try again" after an answer outside the contract, which checks the
 * same code again); the code stays in the field, editable. Then Normal and "Verify".
 */
async function checkThroughFaults(
  page: Page,
  demoPhone: DemoPhone,
  axe: { check(label: string): Promise<void> },
  to: string,
  scan: NetworkSetting[] = [],
) {
  await expectScreen(page, CODE);
  const code = await demoPhone.latestCode({ to });
  await throughFaults(page, demoPhone, axe, {
    faults: CHECK_FAULTS,
    screen: CODE,
    first: () => codeField(page).pressSequentially(code),
    retry: () => button(page, 'Verify').click(),
    kept: async () => {
      await expect(codeField(page)).toHaveValue(code);
      await expect(codeField(page)).toBeEditable();
    },
    scan,
  });
  await button(page, 'Verify').click();
}

/** A call's checks go on by themselves (one still waiting gives up after 20 s): signed in. */
const signedInOnceChecked = (page: Page) =>
  expect(async () => {
    await page.clock.fastForward(5_000);
    await expectScreen(page, SIGNED_IN, 1_000);
  }).toPass({ timeout: 30_000 });

/** The code screen under "Slow": "Checking the code…" for 3 s, then on. */
async function checkSlowly(page: Page, demoPhone: DemoPhone, to: string) {
  await expectScreen(page, CODE);
  const code = await demoPhone.latestCode({ to });
  await slowly(page, demoPhone, () => codeField(page).pressSequentially(code));
}

// ---------------------------------------------------------------------------------------------------

test.beforeEach(async ({ page }) => {
  // A chain of faults and a slow request: longer than most tests, well under a minute.
  test.setTimeout(60_000);
  await page.clock.install();
});

test.describe('faults a person can trigger', () => {
  test('SMS sign-in, sending the code: every fault said; back to Normal, "Try again" sends one text; the number kept', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const sendCode = () => button(page, 'Send code').click();
    await adelesNumberTyped(page, demoPhone);
    await throughFaults(page, demoPhone, axe, {
      faults: SEND_FAULTS,
      screen: NOT_SENT,
      first: sendCode,
      retry: () => button(page, 'Try again').click(),
      scan: ['Offline'],
    });
    // The text went out under "Timeout"; its retries were the same request, answered from it.
    expect(await demoPhone.messageCountTo(ADELE.number), 'texts so far').toBe(1);
    await button(page, 'Try again').click();
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(ADELE.number), 'texts').toBe(1);

    await button(page, 'Use a different number').click();
    await expectScreen(page, 'Sign in with your phone');
    await expect(page.getByLabel('Phone number')).toHaveValue(ADELE.shown);
    await slowly(page, demoPhone, sendCode);
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(ADELE.number), 'texts').toBe(2);
    await checkSlowly(page, demoPhone, ADELE.number);
    await expectScreen(page, SIGNED_IN);
  });

  test('SMS sign-in, checking the code: every fault said, the code kept; back to Normal, "Verify" signs in', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await adelesNumberTyped(page, demoPhone);
    await button(page, 'Send code').click();
    await checkThroughFaults(page, demoPhone, axe, ADELE.number, ['Server error']);
    await expectScreen(page, SIGNED_IN);
  });

  test('MFA by text, sending the code: every fault said; back to Normal, "Try again" sends one text', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const choose = () => method(page, TEXT_MOBILE).click();
    await megansMethods(page, demoPhone);
    await throughFaults(page, demoPhone, axe, {
      faults: SEND_FAULTS,
      screen: NOT_SENT,
      first: choose,
      retry: () => button(page, 'Try again').click(),
      scan: ['Server busy'],
    });
    await button(page, 'Try again').click();
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(MEGANS_MOBILE.number), 'texts').toBe(1);

    // Back to the methods; a text again once the 30 s between two codes are over.
    await button(page, 'Sign in another way').click();
    await expectScreen(page, MFA);
    await page.clock.fastForward(31_000);
    await slowly(page, demoPhone, choose);
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(MEGANS_MOBILE.number), 'texts').toBe(2);
    await checkSlowly(page, demoPhone, MEGANS_MOBILE.number);
    await expectScreen(page, SIGNED_IN);
  });

  test('MFA by text, checking the code: every fault said, the code kept; back to Normal, "Verify" signs in', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page, demoPhone);
    await method(page, TEXT_MOBILE).click();
    await checkThroughFaults(page, demoPhone, axe, MEGANS_MOBILE.number);
    await expectScreen(page, SIGNED_IN);
  });

  test('MFA by call, placing the call: every fault said; back to Normal, "Try again" places one call', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const choose = () => method(page, CALL_MOBILE).click();
    await megansMethods(page, demoPhone);
    await throughFaults(page, demoPhone, axe, {
      faults: SEND_FAULTS,
      screen: NOT_CALLED,
      first: choose,
      retry: () => button(page, 'Try again').click(),
      scan: ['Offline'],
    });
    await button(page, 'Try again').click();
    await expectScreen(page, CALL);
    await expect(phoneCall(page, MEGANS_MOBILE.number)).toContainText('Ringing…');
    expect(await demoPhone.callCountTo(MEGANS_MOBILE.number), 'calls').toBe(1);

    // Hung up, back to the methods; a call again once the 30 s between two calls are over (counted
    // from the call "Timeout" placed, however fast the steps since ran), slowly, and # pressed while
    // its checks are slow.
    await button(page, 'Sign in another way').click();
    await expectScreen(page, MFA);
    await page.clock.fastForward(31_000);
    await slowly(page, demoPhone, choose);
    await expectScreen(page, CALL);
    expect(await demoPhone.callCountTo(MEGANS_MOBILE.number), 'calls').toBe(2);
    await under(page, demoPhone, 'Slow (3 s)', () => demoPhone.answerCall('Answer and press #'));
    await expect(main(page).getByRole('alert')).toHaveCount(0);
    await signedInOnceChecked(page);
  });

  test('MFA by call, waiting on it: every fault said while it keeps checking; # pressed meanwhile signs in once back to Normal', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const ringing = async () => {
      await megansMethods(page, demoPhone);
      await method(page, CALL_MOBILE).click();
      await expectScreen(page, CALL);
      await expect(phoneCall(page, MEGANS_MOBILE.number)).toContainText('Ringing…');
    };
    /** The next check on the call happens by itself, after a wait the clock jumps. */
    const nextCheck = async () => {
      await page.clock.fastForward(8_000);
    };

    // A call is waited on for at most 45 s between checks: two calls share the faults.
    for (const [faults, scan] of [
      [[OFFLINE, BUSY, SERVER_ERROR], ['Offline'] as NetworkSetting[]],
      [[MALFORMED, TIMEOUT], []],
    ] as const) {
      await ringing();
      await throughFaults(page, demoPhone, axe, {
        faults: [...faults],
        screen: CALL,
        first: () => demoPhone.answerCall('Answer and press #'),
        retry: nextCheck,
        detail: KEEPS_CHECKING,
        unreadableOnScreen: true,
        scan: [...scan],
      });
      await signedInOnceChecked(page);
      expect(await demoPhone.callCountTo(MEGANS_MOBILE.number), 'calls').toBe(1);
    }
  });

  test('password reset, sending the code: every fault said; back to Normal, "Try again" texts the number confirmed, once', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const send = () => button(page, 'Continue').click();
    await megansResetNumberTyped(page, demoPhone);
    await throughFaults(page, demoPhone, axe, {
      faults: SEND_FAULTS,
      screen: NOT_SENT,
      first: send,
      retry: () => button(page, 'Try again').click(),
      scan: ['Timeout'],
    });
    await button(page, 'Try again').click();
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(MEGANS_MOBILE.number), 'texts').toBe(1);

    // Back to the methods; the number confirmed again once the 30 s between two codes are over.
    await button(page, 'Use another method').click();
    await expectScreen(page, 'Verify your identity');
    await page.clock.fastForward(31_000);
    await method(page, TEXT_MOBILE).click();
    await expectScreen(page, 'Confirm your phone number');
    await confirmNumberField(page).pressSequentially(MEGANS_MOBILE.typed);
    await slowly(page, demoPhone, send);
    await expectScreen(page, CODE);
    await checkSlowly(page, demoPhone, MEGANS_MOBILE.number);
    await expectScreen(page, NEW_PASSWORD);
  });

  test('password reset, checking the code: every fault said, the code kept; back to Normal, "Verify" leads to the new password', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansResetNumberTyped(page, demoPhone);
    await button(page, 'Continue').click();
    await checkThroughFaults(page, demoPhone, axe, MEGANS_MOBILE.number, ['Timeout']);
    await expectScreen(page, NEW_PASSWORD);
  });

  test('password reset, the first screen: every fault said, the user name kept; back to Normal, "Next" leads on', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await fresh(page, demoPhone, '/reset-password');
    await expectScreen(page, RESET_START);
    await page.getByLabel('User name').fill(MEGAN);
    // Each fault meets a request with a solved check: a check is good for one request, whatever its
    // answer, and a fresh one is fetched (under the same fault) at once.
    for (const fault of [OFFLINE, SERVER_ERROR, TIMEOUT, MALFORMED]) {
      await test.step(fault.setting, async () => {
        await demoPhone.setNetwork('Normal');
        await humanCheckDone(page);
        await under(page, demoPhone, fault.setting, () => button(page, 'Next').click());
        await expectScreen(page, RESET_START);
        const alert = main(page).getByRole('alert').filter({ hasText: fault.title });
        await expect(alert).toBeVisible();
        await expect(alert).toContainText(fault.detail);
        await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
        await expect(button(page, 'Next')).not.toHaveAttribute('aria-busy', 'true');
        if (fault === TIMEOUT) await axe.check(`${RESET_START}, ${fault.setting}`);
      });
    }
    await demoPhone.setNetwork('Normal');
    await humanCheckDone(page);
    await button(page, 'Next').click();
    await expectScreen(page, 'Verify your identity');
  });

  test('password reset, the new password: its answer lost or garbled, said, the passwords kept; back to Normal, the same request finishes the reset and the new password signs in', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const resetPassword = () => button(page, 'Reset password').click();
    await megansNewPasswordTyped(page, demoPhone);

    await test.step('Timeout', async () => {
      // The password changes; neither its answer nor the read of the reset that follows comes back.
      const read = flowRead(page);
      await under(page, demoPhone, 'Timeout', resetPassword);
      await read;
      await page.clock.fastForward(20_000);
      await expectScreen(page, NEW_PASSWORD);
      await expectSaid(page, TIMEOUT);
      await passwordsKept(page);
      await axe.check(`${NEW_PASSWORD}, Timeout`);
    });
    await test.step('Malformed answer', async () => {
      // Sent again, the same request is answered from what was done: the completed reset, garbled.
      await under(page, demoPhone, 'Malformed answer', resetPassword);
      await expectScreen(page, NEW_PASSWORD);
      await expectSaid(page, MALFORMED);
      await passwordsKept(page);
    });
    await demoPhone.setNetwork('Normal');
    await resetPassword();
    await expectScreen(page, RESET_DONE);
    await signsInWithTheNewPassword(page);
  });

  test('password reset, the new password: no answer in time, the network back meanwhile: the reset is read, and it is done', async ({
    page,
    demoPhone,
  }) => {
    await megansNewPasswordTyped(page, demoPhone);
    await demoPhone.setNetwork('Timeout');
    const sent = page.waitForRequest((request) => request.method() === 'POST' && isApi(request.url()));
    await button(page, 'Reset password').click();
    await sent;
    await expect(button(page, 'Resetting your password…')).toHaveAttribute('aria-busy', 'true');
    await demoPhone.setNetwork('Normal');
    await page.clock.fastForward(20_000);
    await expectScreen(page, RESET_DONE);
    await signsInWithTheNewPassword(page);
  });

  test('security info, adding a phone: every fault said; back to Normal, "Try again" sends one text; the form kept', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const send = () => button(page, 'Text me a code').click();
    await newtsPhoneTyped(page, demoPhone);
    await throughFaults(page, demoPhone, axe, {
      faults: SEND_FAULTS,
      screen: NOT_SENT,
      first: send,
      retry: () => button(page, 'Try again').click(),
      scan: ['Malformed answer'],
    });
    await button(page, 'Try again').click();
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(NEWTS_MOBILE.number), 'texts').toBe(1);
    // "Cancel": nothing saved, the form as typed
    await button(page, 'Cancel').click();
    await newtsFormKept(page);

    await slowly(page, demoPhone, send);
    await expectScreen(page, CODE);
    expect(await demoPhone.messageCountTo(NEWTS_MOBILE.number), 'texts').toBe(2);
    await checkSlowly(page, demoPhone, NEWTS_MOBILE.number);
    await phoneAdded(page);
  });

  test('security info, checking the code: every fault said, the code kept; back to Normal, "Verify" adds the phone', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await newtsPhoneTyped(page, demoPhone);
    await button(page, 'Text me a code').click();
    await checkThroughFaults(page, demoPhone, axe, NEWTS_MOBILE.number, ['Malformed answer']);
    await phoneAdded(page);
  });
});

/** What someone holding only the flow id learns about it: a request without the flow's secret. */
const readWithoutSecret = (page: Page, flowId: string | null) =>
  page.evaluate(async (id) => (await fetch(`/api/flows/${id}`)).json(), flowId);

test.describe('the answer that completes a sign-in, lost', () => {
  test('SMS sign-in: the code signed in but its answer never came; the flow id alone gets no session, and a reload finishes the sign-in', async ({
    page,
    demoPhone,
  }) => {
    await adelesNumberTyped(page, demoPhone);
    await button(page, 'Send code').click();
    await expectScreen(page, CODE);
    const code = await demoPhone.latestCode({ to: ADELE.number });
    const flowId = await page.evaluate(() => sessionStorage.getItem('ssi.flow.sms-sign-in'));
    expect(flowId).toMatch(/^[\w-]{22}$/);
    await under(page, demoPhone, 'Timeout', () => codeField(page).pressSequentially(code));
    await expectSaid(page, TIMEOUT);
    await demoPhone.setNetwork('Normal');

    expect(await readWithoutSecret(page, flowId)).toEqual({
      flowId,
      kind: 'sms-sign-in',
      stage: 'completed',
    });
    await page.reload();
    await expectScreen(page, SIGNED_IN);
    expect(await demoPhone.messageCountTo(ADELE.number), 'texts').toBe(1);
    expect(await appStorageKeys(page), 'nothing of the flow kept once signed in').toEqual(['ssi.session']);
  });

  test('MFA by text: the code signed in but its answer came garbled; a reload finishes the sign-in', async ({
    page,
    demoPhone,
  }) => {
    await megansMethods(page, demoPhone);
    await method(page, TEXT_MOBILE).click();
    await expectScreen(page, CODE);
    const code = await demoPhone.latestCode({ to: MEGANS_MOBILE.number });
    const flowId = await page.evaluate(() => sessionStorage.getItem('ssi.flow.password-sign-in'));
    await under(page, demoPhone, 'Malformed answer', () => codeField(page).pressSequentially(code));
    await expectSaid(page, MALFORMED);
    await demoPhone.setNetwork('Normal');

    expect(await readWithoutSecret(page, flowId)).toEqual({
      flowId,
      kind: 'password-sign-in',
      stage: 'completed',
    });
    await page.reload();
    await expectScreen(page, SIGNED_IN);
    expect(await demoPhone.messageCountTo(MEGANS_MOBILE.number), 'texts').toBe(1);
  });
});

/** The app's own keys in sessionStorage (the mock backend's database aside). */
const appStorageKeys = (page: Page) =>
  page.evaluate(() =>
    Object.keys(sessionStorage)
      .filter((key) => key.startsWith('ssi.'))
      .sort(),
  );
