// Self-service password reset (src/behaviour.md#password-reset) in the demo build, end to end: the user
// name with the automatic human check, Megan's methods (text with the complete number confirmed, the
// office call, the e-mailed code), Sam's two steps, the one dead end for Nora and for a stranger, Leo's
// lockout and a lockout earned with wrong numbers, the new password's refusals, the 15-minute limit, a
// reload, the keyboard alone, and the way in from the password page. Every screen is scanned with axe.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  appStorage,
  authenticatorCode,
  chooseNewPassword,
  codeField,
  confirmNumberField,
  confirmPasswordField,
  confirmPhoneNumber,
  DEMO_PASSWORD,
  digitsPattern,
  expectScreen,
  expectVisibleText,
  h1,
  humanCheckStatus,
  main,
  newPasswordField,
  paragraph,
  phoneCall,
  startPasswordReset,
  tabTo,
  waysToVerify,
} from './flows';

const MEGAN = 'megan@contoso.example';
const SAM = 'sam@contoso.example';
const MEGANS_MOBILE = { number: '+1 425 555 0110', typed: '425 555 0110' };
/** Ends in the digits shown (10), so only the backend can tell it is not Megan's. */
const NOT_MEGANS_MOBILE = '425 555 9910';
/** Passes the policy, names no one, is on no list. */
const NEW_PASSWORD = 'Blue-Harbour-42';

const START = 'Get back into your account';
const VERIFY = 'Verify your identity';
const NEW_PASSWORD_SCREEN = /Choose a new password$/;
const DONE = 'Your password has been reset';
const TIMED_OUT = 'Your reset timed out';
const DEAD_END = 'You can’t reset your password here';
const LOCKED = 'Password reset is locked for now';
/** The password sign-in's MFA screen ("megan@contoso.example, Verify your identity"). */
const MFA = /Verify your identity$/;

const method = (page: Page, name: string | RegExp) => waysToVerify(page).filter({ hasText: name }).first();
/** Megan's reset methods by what their buttons say. */
const TEXT_MOBILE = /^Text \+1 ••• ••• ••10/;
const CALL_OFFICE = /^Call your office phone \+1 ••• ••• ••12/;
const EMAIL = /^Email a code to /;
const APP = /^Use a verification code from your authenticator app/;

const userNameField = (page: Page) => main(page).getByRole('textbox', { name: 'User name', exact: true });
/** The caption and the heading, as the <h1> reads them: "Step 1 of 2, Verify your identity". */
const step = (current: number, heading: string) => `Step ${current} of 2, ${heading}`;

/** The reset's first screen on the page's own clock, once its automatic check is done. */
async function resetPageCheckDone(page: Page) {
  await page.clock.install();
  await page.goto('/reset-password');
  await expectScreen(page, START);
  const status = humanCheckStatus(page);
  await expect(status).toHaveText('Automatic check done.', { timeout: 10_000 });
  return status;
}

/** Megan's reset, up to her methods. */
async function megansMethods(page: Page) {
  await startPasswordReset(page, MEGAN);
  await expectScreen(page, VERIFY);
}

/** Megan proves it's her with the authenticator app: the quickest way to the new password. */
async function megansNewPassword(page: Page) {
  await megansMethods(page);
  await method(page, APP).click();
  await expectScreen(page, 'Enter the code');
  await codeField(page).pressSequentially(await authenticatorCode(page, MEGAN));
  await expectScreen(page, NEW_PASSWORD_SCREEN);
}

test.describe('password reset', () => {
  test('megan by text: her reset methods, the complete number confirmed, the code, a new password that signs her in', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/reset-password');
    await expectScreen(page, START);
    await expect(main(page)).toContainText(
      'Enter your user name. We’ll check it’s you with a way you set up, then you choose a new password.',
    );
    await expect(main(page).getByRole('status')).toHaveText('Automatic check done.', { timeout: 10_000 });
    await axe.check('reset, user name');

    await userNameField(page).fill(MEGAN);
    await page.getByRole('button', { name: 'Next' }).click();

    await expectScreen(page, VERIFY);
    await expect(main(page)).toContainText('Choose how you want to prove it’s you.');
    const methods = waysToVerify(page);
    await expect(methods).toHaveCount(5);
    await expectVisibleText(methods.nth(0), /^Text \+1 ••• ••• ••10\s*Your default method$/);
    await expect(methods.nth(0)).toHaveAccessibleName('Text +1 number ending in 10');
    await expect(methods.nth(0)).toHaveAccessibleDescription('Your default method');
    await expectVisibleText(methods.nth(1), 'Call +1 ••• ••• ••10');
    await expectVisibleText(methods.nth(2), 'Call your office phone +1 ••• ••• ••12, extension 1234');
    await expectVisibleText(
      methods.nth(3),
      /^Use a verification code from your authenticator app\s*Recommended: the most secure way to verify$/,
    );
    await expectVisibleText(methods.nth(4), 'Email a code to m•••@fabrikam.example');
    // The alternate mobile (0111) is for MFA only, never for a reset.
    await expect(main(page).getByText(/alternate/i)).toHaveCount(0);
    await expect(main(page).getByText(/••11\b/)).toHaveCount(0);
    await axe.check('reset, megan’s methods');

    await method(page, TEXT_MOBILE).click();
    await expectScreen(page, 'Confirm your phone number');
    await expectVisibleText(
      paragraph(page, /enter the complete number/),
      'To make sure it’s you, enter the complete number that ends as shown: +1 ••• ••• ••10. We send nothing until it matches.',
    );
    await expect(confirmNumberField(page)).toHaveAccessibleDescription(
      'The country code +1 is filled in for you; you can type it too.',
    );
    await axe.check('reset, confirm the number');

    // A complete number that ends as shown but is not hers: refused by the backend, kept as typed.
    await confirmPhoneNumber(page, NOT_MEGANS_MOBILE);
    await expect(confirmNumberField(page)).toHaveAccessibleDescription(
      /That isn’t the number on your account\. Check it and try again; your number is kept as you typed it\./,
    );
    await expect(confirmNumberField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(confirmNumberField(page)).toHaveValue(NOT_MEGANS_MOBILE);
    await expect(h1(page)).toHaveText('Confirm your phone number');
    expect(await demoPhone.messageCount(), 'texts sent to a number that did not match').toBe(0);
    await axe.check('reset, confirm the number, wrong number');

    await confirmPhoneNumber(page, MEGANS_MOBILE.typed);
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••10.');
    await axe.check('reset, code entry, text');
    await codeField(page).pressSequentially(
      await demoPhone.latestCode({ to: MEGANS_MOBILE.number, channel: 'sms' }),
    );

    await expectScreen(page, `${MEGAN}, Choose a new password`);
    await axe.check('reset, new password');
    await chooseNewPassword(page, NEW_PASSWORD);

    await expectScreen(page, DONE);
    await expect(main(page)).toContainText('Your old password no longer works. Sign in with the new one.');
    await axe.check('reset, done');

    await main(page).getByRole('link', { name: 'Sign in', exact: true }).click();
    await expect(page).toHaveURL(/\/sign-in\/password$/);
    await expectScreen(page, 'Sign in');
    await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');

    // The old password no longer works...
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(main(page).getByRole('alert')).toContainText('Your user name or password is incorrect');

    // ...the new one does, as far as her second factor.
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectScreen(page, MFA);
    await expect(h1(page)).toContainText(MEGAN);
    await axe.check('MFA after signing in with the new password');
  });

  test('megan by her office phone: the number confirmed, the call answered with #', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    await method(page, CALL_OFFICE).click();
    await expectScreen(page, 'Confirm your phone number');
    await expectVisibleText(
      paragraph(page, /enter the complete number/),
      'To make sure it’s you, enter the complete number that ends as shown: +1 ••• ••• ••12. We send nothing until it matches.',
    );
    await axe.check('reset, confirm the office number');

    await confirmPhoneNumber(page, '425 555 0112');
    await expectScreen(page, 'Answer the call');
    await expectVisibleText(
      paragraph(page, /We’re calling/),
      'We’re calling +1 ••• ••• ••12, extension 1234. Answer it and press # to continue.',
    );
    const call = phoneCall(page, '+1 425 555 0112 ext. 1234');
    await expect(call).toContainText('Ringing…');
    await axe.check('reset, office call ringing');

    await demoPhone.answerCall('Answer and press #');
    await expectScreen(page, `${MEGAN}, Choose a new password`);
    await expect(call).toContainText('Answered, # pressed: approved');
    await axe.check('reset, new password after the call');
  });

  test('megan by e-mail: the code from the inbox; "Start again" keeps her user name', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    await method(page, EMAIL).click();
    await expectScreen(page, 'Enter the code');
    await expect(paragraph(page, /We emailed a code to/)).toHaveText(
      'We emailed a code to m•••@fabrikam.example.',
    );
    await axe.check('reset, code entry, e-mail');

    await codeField(page).pressSequentially(
      await demoPhone.latestCode({ to: 'megan@fabrikam.example', channel: 'email' }),
    );
    await expectScreen(page, `${MEGAN}, Choose a new password`);
    expect(await demoPhone.messageCount('Messages'), 'texts sent for an e-mailed code').toBe(0);
    await axe.check('reset, new password after the e-mail');

    await main(page).getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue(MEGAN);
  });

  test('sam resets in two steps; step 2 offers none of what step 1 proved', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await startPasswordReset(page, SAM);
    await expectScreen(page, step(1, VERIFY));
    await expect(h1(page).getByText('Step 1 of 2', { exact: true })).toBeVisible();
    const methods = waysToVerify(page);
    await expect(methods).toHaveCount(3);
    await expectVisibleText(methods.nth(0), /^Text \+1 ••• ••• ••60\s*Your default method$/);
    await expectVisibleText(methods.nth(1), 'Call +1 ••• ••• ••60');
    await expectVisibleText(methods.nth(2), 'Call your office phone +1 ••• ••• ••61, extension 5678');
    await axe.check('reset, sam, step 1');

    await method(page, /^Text \+1 ••• ••• ••60/).click();
    await expectScreen(page, step(1, 'Confirm your phone number'));
    await confirmPhoneNumber(page, '425 555 0160');
    await expectScreen(page, step(1, 'Enter the code'));
    await codeField(page).pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0160' }));

    await expectScreen(page, step(2, VERIFY));
    await expect(h1(page).getByText('Step 2 of 2', { exact: true })).toBeVisible();
    // The mobile proved step 1: neither its text nor its call counts again.
    await expect(methods).toHaveCount(1);
    await expectVisibleText(methods.nth(0), 'Call your office phone +1 ••• ••• ••61, extension 5678');
    await expect(main(page).getByText(/••60\b/)).toHaveCount(0);
    await axe.check('reset, sam, step 2');

    await methods.nth(0).click();
    await expectScreen(page, step(2, 'Confirm your phone number'));
    await confirmPhoneNumber(page, '425 555 0161');
    await expectScreen(page, step(2, 'Answer the call'));
    await axe.check('reset, sam, step 2, call ringing');
    await demoPhone.answerCall('Answer and press #');

    await expectScreen(page, `${SAM}, Choose a new password`);
    await axe.check('reset, sam, new password');
  });

  test('nora (no methods) and a stranger get the one same dead end', async ({ page, axe }) => {
    const sameButTheReference = (snapshot: string) =>
      snapshot.replace(/(Reference for your administrator: )[A-Z0-9-]+/, '$1REFERENCE');
    const screens: string[] = [];
    for (const username of ['nora@contoso.example', 'nobody@contoso.example']) {
      await startPasswordReset(page, username);
      await expectScreen(page, DEAD_END);
      await expect(main(page)).toContainText(
        'Either this account isn’t set up for self-service password reset, or it doesn’t have enough ways to verify registered. Your administrator can reset your password: give them the reference below.',
      );
      await expect(
        main(page).getByText(/^Reference for your administrator: [A-Z0-9]{4}-[A-Z0-9]{4}$/),
      ).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to sign in' })).toBeVisible();
      if (screens.length === 0) await axe.check('reset, dead end');
      screens.push(sameButTheReference(await main(page).ariaSnapshot()));

      await page.getByRole('button', { name: 'Try another user name' }).click();
      await expectScreen(page, START);
      await expect(userNameField(page)).toHaveValue(username);
    }
    expect(screens[1], 'the stranger’s dead end, but for its reference').toBe(screens[0]);
  });

  test('leo’s reset is locked: the time left and the reference', async ({ page, axe }) => {
    await startPasswordReset(page, 'leo@contoso.example');
    await expectScreen(page, LOCKED);
    await expect(main(page)).toContainText(
      /There were too many failed attempts\. Try again in \d+ hours?, or contact your administrator\./,
    );
    await expect(main(page).getByText('Reference for your administrator: LCKD-24HR')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to sign in' })).toBeVisible();
    await axe.check('reset, locked');

    await page.getByRole('button', { name: 'Try another user name' }).click();
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue('leo@contoso.example');
  });

  test('five wrong numbers lock the reset: a dead end, with no other method offered, after a reload too', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    await method(page, TEXT_MOBILE).click();
    await expectScreen(page, 'Confirm your phone number');
    for (let attempt = 1; attempt <= 4; attempt++) {
      const typed = `425 555 9${attempt}10`;
      await confirmPhoneNumber(page, typed);
      await expect(confirmNumberField(page)).toHaveAccessibleDescription(
        /That isn’t the number on your account/,
      );
      await expect(confirmNumberField(page)).toHaveValue(typed);
    }
    await confirmPhoneNumber(page, '425 555 9510');
    await expectScreen(page, LOCKED);
    await expect(main(page)).toContainText(/Try again in \d+ hours?, or contact your administrator\./);
    await expect(main(page).getByText(/^Reference for your administrator: \S+$/)).toBeVisible();
    expect(await demoPhone.messageCount(), 'texts sent').toBe(0);
    await axe.check('reset, locked after five wrong numbers');
    // The lock is on the user name, so every other method is refused too: offering one leads nowhere.
    await expect(main(page).getByRole('button', { name: 'Use another method' })).toHaveCount(0);

    // Nor may a reload bring back a list of methods that all fail for the next 24 hours: the reset
    // starts afresh, and the name meets the same lock on the first screen.
    await page.reload();
    await expectScreen(page, START);
    await userNameField(page).fill(MEGAN);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectScreen(page, LOCKED);
  });

  test('the new password: the live checklist; weak, common, personal, current and mismatched passwords refused, what was typed kept', async ({
    page,
    axe,
  }) => {
    await megansNewPassword(page);
    const rule = (text: string) => main(page).getByRole('listitem').filter({ hasText: text });
    const length = rule('Between 8 and 256 characters');
    const classes = rule('At least 3 of these: lower case, upper case, digits, symbols');
    await expect(length).toContainText('Not yet:');
    await expect(classes).toContainText('Not yet:');
    await expect(main(page)).toContainText(
      'We also refuse common passwords, ones with your name in them, and your current password.',
    );
    await expect(newPasswordField(page)).toHaveAccessibleDescription(/Between 8 and 256 characters/);

    // The checklist follows the typing.
    await newPasswordField(page).pressSequentially('harbour');
    await expect(length).toContainText('Not yet:');
    await expect(classes).toContainText('Not yet:');
    await newPasswordField(page).pressSequentially('42');
    await expect(length).toContainText('Done:');
    await expect(classes).toContainText('Not yet:');
    await newPasswordField(page).pressSequentially('!');
    await expect(classes).toContainText('Done:');

    // Weak: refused before it is sent, at the field.
    await chooseNewPassword(page, 'harbour');
    await expect(newPasswordField(page)).toHaveAccessibleDescription(
      /Your new password doesn’t meet everything in the list\./,
    );
    await expect(newPasswordField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(newPasswordField(page)).toHaveValue('harbour');
    await expect(confirmPasswordField(page)).toHaveValue('harbour');
    await expect(length).toContainText('Not yet:');
    await expectScreen(page, NEW_PASSWORD_SCREEN);
    await axe.check('reset, new password, weak');

    // Refused by the backend: the reason as a heading, every violation listed.
    for (const { password, title, reason } of [
      {
        password: 'Summer2024!',
        title: 'That password is too easy to guess',
        reason: 'It’s a common password, or too close to one.',
      },
      {
        password: 'Megan-Harbour-42',
        title: 'That password is too easy to guess',
        reason: 'It contains your name or user name.',
      },
      {
        password: DEMO_PASSWORD,
        title: 'That’s your current password',
        reason: 'It’s the password you have now.',
      },
    ]) {
      await chooseNewPassword(page, password);
      const alert = main(page).getByRole('alert');
      await expect(alert.getByRole('heading', { name: title })).toBeVisible();
      await expect(alert.getByRole('listitem')).toHaveText([reason]);
      await expect(newPasswordField(page)).toHaveValue(password);
      await expect(confirmPasswordField(page)).toHaveValue(password);
      await expectScreen(page, NEW_PASSWORD_SCREEN);
      // One scan for the refusal's alert (the three differ in their words only).
      if (password === 'Summer2024!') await axe.check('reset, new password refused');
    }

    // Typing again clears the refusal.
    await newPasswordField(page).fill(NEW_PASSWORD);
    await expect(main(page).getByRole('alert')).toHaveCount(0);

    // The confirmation does not match.
    await chooseNewPassword(page, NEW_PASSWORD, 'Blue-Harbour-24');
    await expect(confirmPasswordField(page)).toHaveAccessibleDescription(
      /The two passwords don’t match\. Type the same password in both\./,
    );
    await expect(confirmPasswordField(page)).toHaveAttribute('aria-invalid', 'true');
    await expect(newPasswordField(page)).toHaveValue(NEW_PASSWORD);
    await expect(confirmPasswordField(page)).toHaveValue('Blue-Harbour-24');
    await axe.check('reset, new password, confirmation does not match');

    await chooseNewPassword(page, NEW_PASSWORD);
    await expectScreen(page, DONE);
  });

  test('after 15 minutes the reset times out, from the methods and from the new password; start again keeps the user name', async ({
    page,
    axe,
  }) => {
    await page.clock.install();
    await megansMethods(page);

    // On the list: nothing is asked until a method is chosen.
    await page.clock.fastForward('15:30');
    await method(page, EMAIL).click();
    await expectScreen(page, TIMED_OUT);
    await expect(main(page)).toContainText(
      'For your security, a password reset has to be finished within 15 minutes. Start again: your user name is kept.',
    );
    await axe.check('reset timed out, choosing a method');
    await main(page).getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue(MEGAN);

    // On the new password.
    await page.getByRole('button', { name: 'Next' }).click();
    await expectScreen(page, VERIFY);
    await method(page, APP).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await authenticatorCode(page, MEGAN));
    await expectScreen(page, NEW_PASSWORD_SCREEN);
    await page.clock.fastForward('15:30');
    await chooseNewPassword(page, NEW_PASSWORD);
    await expectScreen(page, TIMED_OUT);
    await expect(main(page)).toContainText('has to be finished within 15 minutes');
    await axe.check('reset timed out, new password');
    await main(page).getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue(MEGAN);
  });

  test('a reload resumes the reset where it stands, and no number or code is in the address or storage', async ({
    page,
    demoPhone,
  }) => {
    const addresses: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) addresses.push(frame.url());
    });
    await megansMethods(page);

    await page.reload();
    await expectScreen(page, VERIFY);
    await expect(waysToVerify(page)).toHaveCount(5);

    await method(page, TEXT_MOBILE).click();
    await confirmPhoneNumber(page, MEGANS_MOBILE.typed);
    await expectScreen(page, 'Enter the code');
    const code = await demoPhone.latestCode({ to: MEGANS_MOBILE.number });
    await page.reload();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••10.');
    expect(await demoPhone.messageCount(), 'texts after the reload').toBe(1);

    await codeField(page).pressSequentially(code);
    await expectScreen(page, `${MEGAN}, Choose a new password`);
    await newPasswordField(page).fill(NEW_PASSWORD);
    await page.reload();
    await expectScreen(page, `${MEGAN}, Choose a new password`);
    // Passwords are never kept: typed again after a reload.
    await expect(newPasswordField(page)).toHaveValue('');

    const storage = await appStorage(page);
    // the flow id, and the flow's secret (only its creator reads the name a finished reset was for)
    expect(Object.keys(storage).sort(), 'what the app keeps in the browser').toEqual([
      'sessionStorage:ssi.flow.password-reset',
      'sessionStorage:ssi.flow.password-reset.secret',
    ]);
    for (const address of [...addresses, page.url()]) {
      expect(new URL(address).pathname, address).toBe('/reset-password');
      expect(address, 'the address').not.toMatch(digitsPattern(MEGANS_MOBILE.typed));
      expect(address, 'the address').not.toMatch(digitsPattern(code));
      expect(address, 'the address').not.toContain('megan');
    }
    for (const value of Object.values(storage)) {
      expect(value, 'the remembered flow and its secret').toMatch(/^[A-Za-z0-9_-]{16,128}$/);
      expect(value).not.toMatch(digitsPattern(MEGANS_MOBILE.typed));
      expect(value).not.toMatch(digitsPattern(code));
    }

    await chooseNewPassword(page, NEW_PASSWORD);
    await expectScreen(page, DONE);
    // A reload on the last screen shows it again, "Sign in" still with her user name (read back from
    // the flow); leaving it forgets the reset.
    await page.reload();
    await expectScreen(page, DONE);
    await main(page).getByRole('link', { name: 'Sign in', exact: true }).click();
    await expectScreen(page, 'Sign in');
    await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
    expect(await appStorage(page), 'what the app keeps once the reset is left').toEqual({});
  });

  test('the automatic check as it runs: "Checking…", Next waiting for it, and stopping with the reason when it can’t run', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const status = await resetPageCheckDone(page);

    // The check's request gets no answer (the page's clock holds the client's 20 s): it keeps checking.
    await demoPhone.setNetwork('Timeout');
    await page.reload();
    await expectScreen(page, START);
    await expect(status).toHaveText('Checking automatically that you’re a person…');
    await userNameField(page).fill(MEGAN);
    await page.getByRole('button', { name: 'Next' }).click();
    const waiting = main(page).getByRole('button', { name: 'Finishing the automatic check…' });
    await expect(waiting).toHaveAttribute('aria-busy', 'true');
    await axe.check('reset, the automatic check running, Next waiting for it');

    // No answer in time: the wait stops with the reason, the name kept; the check runs again by itself.
    await demoPhone.setNetwork('Normal');
    await page.clock.fastForward(20_000);
    await expect(main(page).getByRole('alert')).toContainText('The sign-in service didn’t answer in time');
    await expect(page.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-busy', 'true');
    await expect(userNameField(page)).toHaveValue(MEGAN);
    await axe.check('reset, the automatic check could not run');
    await page.clock.fastForward(3_000);
    await expect(status).toHaveText('Automatic check done.', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Next' }).click();
    await expectScreen(page, VERIFY);
  });

  test('a check left until it ran out: the name sent with it is refused once, a fresh check runs, Next goes on', async ({
    page,
    axe,
  }) => {
    const status = await resetPageCheckDone(page);
    await userNameField(page).fill(MEGAN);
    // a check lasts 5 minutes
    await page.clock.fastForward('06:00');
    await page.getByRole('button', { name: 'Next' }).click();
    const alert = main(page).getByRole('alert');
    await expect(alert).toContainText('The automatic check ran out of time');
    await expect(alert).toContainText('We’re running a new one now. Send the form again once it says Done.');
    await expect(userNameField(page)).toHaveValue(MEGAN);
    await axe.check('reset, the automatic check ran out');
    await expect(status).toHaveText('Automatic check done.', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Next' }).click();
    await expectScreen(page, VERIFY);
  });

  test('megan presses 0# on the reset call: "Reset stopped", in a reset’s words, with a reference', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    await method(page, CALL_OFFICE).click();
    await confirmPhoneNumber(page, '425 555 0112');
    await expectScreen(page, 'Answer the call');
    await demoPhone.answerCall('Answer and press 0#');
    await expectScreen(page, 'Reset stopped');
    await expect(main(page)).toContainText(
      'You pressed 0# to report that you didn’t start this password reset. We stopped it and let your administrator know.',
    );
    await expect(main(page).getByText(/^Reference for your administrator: \S+$/)).toBeVisible();
    await axe.check('reset stopped (0#)');
    await main(page).getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue(MEGAN);
  });

  test('sam’s step 2 call goes to voicemail: said, still step 2; "Cancel the call" from a new call hangs it up', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.clock.install();
    await startPasswordReset(page, SAM);
    await method(page, /^Text \+1 ••• ••• ••60/).click();
    await confirmPhoneNumber(page, '425 555 0160');
    await codeField(page).pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0160' }));
    await expectScreen(page, step(2, VERIFY));
    await waysToVerify(page).first().click();
    await confirmPhoneNumber(page, '425 555 0161');
    await expectScreen(page, step(2, 'Answer the call'));
    await demoPhone.answerCall('Send to voicemail');
    await expectScreen(page, step(2, 'The call went to voicemail'));
    await expect(main(page).getByRole('button', { name: 'Call again' })).toBeVisible();
    // step 1 proved the mobile: no text to offer instead
    await expect(main(page).getByRole('button', { name: 'Text me instead' })).toHaveCount(0);
    await axe.check('reset, sam, step 2, call went to voicemail');

    // Another call once the 30 s between two calls are over; this one cancelled while it rings.
    await page.clock.fastForward(31_000);
    await main(page).getByRole('button', { name: 'Call again' }).click();
    await expectScreen(page, step(2, 'Answer the call'));
    const call = phoneCall(page, '+1 425 555 0161 ext. 5678');
    await expect(call).toContainText('Ringing…');
    await main(page).getByRole('button', { name: 'Cancel the call' }).click();
    await expectScreen(page, step(2, VERIFY));
    await expect(call).toContainText('Timed out');
    await expect(call.getByRole('button')).toHaveCount(0);
  });

  test('progress screens on a slow network: the reset read after a reload, a call hung up', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    await demoPhone.setNetwork('Slow (3 s)');
    await page.reload();
    // the reset is read (3 s): only progress, no heading yet
    await expect(main(page).getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
    await axe.check('reset, read after a reload');
    await expectScreen(page, VERIFY, 10_000);

    await method(page, CALL_OFFICE).click();
    await confirmPhoneNumber(page, '425 555 0112');
    await expect(main(page).getByRole('button', { name: 'Checking the number…' })).toBeVisible();
    await axe.check('reset, the complete number being checked');
    await expectScreen(page, 'Answer the call', 10_000);
    await main(page).getByRole('button', { name: 'Use another method' }).click();
    await expectScreen(page, 'Hanging up…');
    await axe.check('reset, hanging up');
    await expectScreen(page, VERIFY, 15_000);
    await demoPhone.setNetwork('Normal');
  });

  test('the whole reset with the keyboard alone', async ({ page, demoPhone }) => {
    await page.goto('/reset-password');
    await expectScreen(page, START);
    await tabTo(page, userNameField(page));
    await page.keyboard.type(MEGAN);
    await page.keyboard.press('Enter');

    await expectScreen(page, VERIFY);
    await tabTo(page, method(page, TEXT_MOBILE));
    await page.keyboard.press('Enter');

    await expectScreen(page, 'Confirm your phone number');
    await tabTo(page, confirmNumberField(page));
    await page.keyboard.type(MEGANS_MOBILE.typed);
    await page.keyboard.press('Enter');

    await expectScreen(page, 'Enter the code');
    const code = await demoPhone.latestCode({ to: MEGANS_MOBILE.number });
    await tabTo(page, codeField(page));
    await page.keyboard.type(code);

    await expectScreen(page, NEW_PASSWORD_SCREEN);
    await tabTo(page, newPasswordField(page));
    await page.keyboard.type(NEW_PASSWORD);
    await tabTo(page, confirmPasswordField(page));
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');

    await expectScreen(page, DONE);
    await tabTo(page, main(page).getByRole('link', { name: 'Sign in', exact: true }));
    await page.keyboard.press('Enter');

    await expectScreen(page, 'Sign in');
    await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
    await tabTo(page, page.getByLabel('Password', { exact: true }));
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await expectScreen(page, MFA);
  });

  test('"Forgotten your password?" carries the user name to the reset, and "Back to sign in" brings it back', async ({
    page,
  }) => {
    await page.goto('/sign-in/password');
    await expectScreen(page, 'Sign in');
    await page.getByLabel('User name').fill(SAM);
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();

    await expect(page).toHaveURL(/\/reset-password$/);
    await expectScreen(page, START);
    await expect(userNameField(page)).toHaveValue(SAM);

    await userNameField(page).fill(MEGAN);
    await page.getByRole('link', { name: 'Back to sign in' }).click();
    await expect(page).toHaveURL(/\/sign-in\/password$/);
    await expectScreen(page, 'Sign in');
    await expect(page.getByLabel('User name')).toHaveValue(MEGAN);
  });

  test('a user name typed with spaces around it still finds the reset; an empty one is asked for', async ({
    page,
    axe,
  }) => {
    await page.goto('/reset-password');
    await expectScreen(page, START);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(userNameField(page)).toHaveAccessibleDescription(/Enter your user name\./);
    await expect(userNameField(page)).toHaveAttribute('aria-invalid', 'true');
    await axe.check('reset, user name missing');

    await userNameField(page).fill(`  ${MEGAN} `);
    await page.getByRole('button', { name: 'Next' }).click();
    await expectScreen(page, VERIFY);
  });
});
