// Password sign-in with phone MFA (src/behaviour.md#password-sign-in-with-mfa) in the demo build, end to end: Megan's every method
// and call outcome (answered on the demo phone), the personas whose calls or texts cannot be used,
// the blocked account, wrong credentials, leaving the call screen, and the keyboard alone. Every
// screen is scanned with axe.
import type { Page } from '@playwright/test';
import { type CallButton, expect, test } from './fixtures';
import {
  authenticatorCode,
  codeField,
  DEMO_PASSWORD,
  expectScreen,
  expectVisibleText,
  h1,
  main,
  paragraph,
  phoneCall,
  recordFlowRequests,
  signInWithPassword,
  tabTo,
  unavailableMethods,
  waysToVerify,
} from './flows';

const MEGAN = 'megan@contoso.example';
const VERIFY = /Verify your identity$/;
const SIGNED_IN = 'You’re signed in';

const method = (page: Page, name: string | RegExp) => waysToVerify(page).filter({ hasText: name }).first();
/** Megan's methods by what their buttons say. */
const TEXT_MOBILE = /^Text \+1 ••• ••• ••10/;
const CALL_MOBILE = /^Call \+1 ••• ••• ••10/;
const CALL_OFFICE = /^Call your office phone/;

async function megansMethods(page: Page) {
  await signInWithPassword(page, MEGAN);
  await expectScreen(page, VERIFY);
}

/** Megan's mobile rings, the clock installed so the test can hold time still; the flow's requests logged. */
async function megansMobileRings(page: Page) {
  await page.clock.install();
  const log = recordFlowRequests(page);
  await megansMethods(page);
  await method(page, CALL_MOBILE).click();
  await expectScreen(page, 'Answer the call');
  return log;
}

/** Megan calls her mobile and answers with `button` on the demo phone. */
async function callMeganAndAnswer(
  page: Page,
  demoPhone: { answerCall(button: CallButton): Promise<void> },
  button: CallButton,
) {
  await megansMethods(page);
  await method(page, CALL_MOBILE).click();
  await expectScreen(page, 'Answer the call');
  await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Ringing…');
  await demoPhone.answerCall(button);
}

test.describe('password sign-in with phone MFA', () => {
  test('megan verifies by text: the methods listed, default first, then the texted code', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/sign-in/password');
    await expectScreen(page, 'Sign in');
    await axe.check('password sign-in');

    await signInWithPassword(page, MEGAN);
    await expectScreen(page, VERIFY);
    await expect(h1(page)).toContainText(MEGAN);
    const methods = waysToVerify(page);
    await expect(methods).toHaveCount(5);
    await expectVisibleText(methods.nth(0), /^Text \+1 ••• ••• ••10\s*Your default method$/);
    await expect(methods.nth(0)).toHaveAccessibleName(/^Text \+1 number ending in 10$/);
    await expect(methods.nth(0)).toHaveAccessibleDescription('Your default method');
    await expectVisibleText(methods.nth(1), /^Call \+1 ••• ••• ••10$/);
    await expectVisibleText(methods.nth(2), /^Call your alternate phone \+1 ••• ••• ••11$/);
    await expectVisibleText(methods.nth(3), /^Call your office phone \+1 ••• ••• ••12, extension 1234$/);
    await expectVisibleText(
      methods.nth(4),
      /^Use a verification code from your authenticator app\s*Recommended: the most secure way to verify$/,
    );
    await expect(methods.nth(4)).toHaveAccessibleDescription('Recommended: the most secure way to verify');
    await expect(unavailableMethods(page)).toHaveCount(0);
    await axe.check('verify your identity, megan');

    await method(page, TEXT_MOBILE).click();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••10.');
    await axe.check('code entry, megan by text');

    await codeField(page).pressSequentially(
      await demoPhone.latestCode({ to: '+1 425 555 0110', channel: 'sms' }),
    );
    await expectScreen(page, SIGNED_IN);
    await expect(paragraph(page, 'Signed in as')).toHaveText(
      'Signed in as Megan Bowen (megan@contoso.example).',
    );
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a code sent by text message to +1 ••• ••• ••10.',
    );
    await axe.check('signed in, megan by text');
  });

  test('megan answers the call and presses #: signed in', async ({ page, demoPhone, axe }) => {
    await megansMethods(page);
    await method(page, CALL_MOBILE).click();

    await expectScreen(page, 'Answer the call');
    await expectVisibleText(
      paragraph(page, /We’re calling/),
      'We’re calling +1 ••• ••• ••10. Answer it and press # to finish signing in.',
    );
    await expect(main(page).getByRole('status').filter({ hasText: 'Your phone is ringing.' })).toBeVisible();
    const elapsed = main(page).getByText(/^\d+ seconds? since we called$/);
    const left = main(page).getByText(/^\d+ seconds? left to answer$/);
    await expect(elapsed).toBeVisible();
    await expect(left).toBeVisible();
    const secondsLeft = async () => Number((await left.textContent())?.match(/^(\d+)/)?.[1]);
    const before = await secondsLeft();
    expect(before).toBeGreaterThan(20);
    await expect.poll(secondsLeft, { message: 'the time left to answer goes down' }).toBeLessThan(before);
    await expect(elapsed).not.toHaveText(/^0 seconds/);
    await axe.check('call, ringing');

    await demoPhone.answerCall('Answer and press #');
    await expectScreen(page, SIGNED_IN);
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a call to +1 ••• ••• ••10.',
    );
    await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Answered, # pressed: approved');
    await axe.check('signed in, megan by call');
  });

  test('megan’s office phone: the extension on the list, the call screen and the phone', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await megansMethods(page);
    const office = method(page, CALL_OFFICE);
    await expectVisibleText(office, 'Call your office phone +1 ••• ••• ••12, extension 1234');
    await office.click();

    await expectScreen(page, 'Answer the call');
    await expectVisibleText(
      paragraph(page, /We’re calling/),
      'We’re calling +1 ••• ••• ••12, extension 1234. Answer it and press # to finish signing in.',
    );
    const call = phoneCall(page, '+1 425 555 0112 ext. 1234');
    await expect(call).toContainText('Ringing…');
    await axe.check('call, office phone');

    await demoPhone.answerCall('Answer and press #');
    await expectScreen(page, SIGNED_IN);
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a call to +1 ••• ••• ••12.',
    );
    await axe.check('signed in, office phone');
  });

  test('megan presses 0#: "Sign-in stopped", what happens next and a reference', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await callMeganAndAnswer(page, demoPhone, 'Answer and press 0#');
    await expectScreen(page, 'Sign-in stopped');
    await expect(main(page)).toContainText('You pressed 0# to report that you didn’t start this sign-in.');
    await expect(main(page)).toContainText(
      'If it was you after all, start again. If it wasn’t, change your password and tell your administrator.',
    );
    await expect(main(page).getByText(/^Reference for your administrator: \S+$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
    await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Answered, 0# pressed: fraud reported');
    await axe.check('sign-in stopped');

    await page.getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, 'Sign in');
    await axe.check('password sign-in, after 0#');
  });

  test('megan answers without pressing a key: "You didn’t press #", call again or text instead', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.clock.install();
    await callMeganAndAnswer(page, demoPhone, 'Answer without pressing a key');
    const call = phoneCall(page, '+1 425 555 0110');
    await expect(call).toContainText('Answered — waiting for a key');
    await expect(
      main(page).getByRole('status').filter({ hasText: 'Call answered. Press # on your phone’s keypad.' }),
    ).toBeVisible();
    await axe.check('call answered, waiting for #');

    await page.clock.fastForward(11_000);
    await expectScreen(page, 'You didn’t press #');
    await expect(main(page)).toContainText('we didn’t hear the # key before the call ended');
    await expect(page.getByRole('button', { name: 'Call again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Text me instead' })).toBeVisible();
    await expect(call).toContainText('Answered, no key pressed');
    await axe.check('call ended, no key');
  });

  test('megan sends the call to voicemail; "Text me instead" leads to the code', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await callMeganAndAnswer(page, demoPhone, 'Send to voicemail');
    await expectScreen(page, 'The call went to voicemail');
    await expect(main(page)).toContainText('the call went to voicemail');
    await expect(page.getByRole('button', { name: 'Call again' })).toBeVisible();
    await axe.check('call ended, voicemail');

    await page.getByRole('button', { name: 'Text me instead' }).click();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••10.');
    await axe.check('code entry, after voicemail');
    await codeField(page).pressSequentially(
      await demoPhone.latestCode({ to: '+1 425 555 0110', channel: 'sms' }),
    );
    await expectScreen(page, SIGNED_IN);
  });

  test('megan declines the call', async ({ page, demoPhone, axe }) => {
    await callMeganAndAnswer(page, demoPhone, 'Decline');
    await expectScreen(page, 'The call was declined');
    await expect(main(page)).toContainText('The call was declined, so we couldn’t verify you.');
    await expect(page.getByRole('button', { name: 'Call again' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Text me instead' })).toBeVisible();
    await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Declined');
    await axe.check('call ended, declined');
  });

  test('victor’s call goes to voicemail by itself', async ({ page, axe }) => {
    await page.clock.install();
    await signInWithPassword(page, 'victor@contoso.example');
    await expectScreen(page, VERIFY);
    const call = method(page, /^Call \+1 ••• ••• ••20/);
    await expect(waysToVerify(page).first()).toHaveAccessibleName(/^Call \+1 number ending in 20$/);
    await axe.check('verify your identity, victor');
    await call.click();

    await expectScreen(page, 'Answer the call');
    await axe.check('call, victor');
    // Nobody touches the demo phone.
    await page.clock.fastForward(6_000);
    await expectScreen(page, 'The call went to voicemail');
    await expect(phoneCall(page, '+1 425 555 0120')).toContainText('Went to voicemail');
    await axe.check('call ended, victor’s voicemail');
  });

  test('carl: calls are over the limit, counted down; a text works', async ({ page, demoPhone, axe }) => {
    await page.clock.install();
    await signInWithPassword(page, 'carl@contoso.example');
    await expectScreen(page, VERIFY);
    const call = unavailableMethods(page).filter({ hasText: /^Call \+1 ••• ••• ••30/ });
    await expect(call).toContainText(
      /Not available for \d+ minutes: you’ve hit our limit on verification calls\./,
    );
    await expect(waysToVerify(page).filter({ hasText: /^Call/ })).toHaveCount(0);
    const minutes = async () => Number((await call.textContent())?.match(/for (\d+) minute/)?.[1]);
    const before = await minutes();
    expect(before).toBeGreaterThan(2);
    await axe.check('verify your identity, carl');

    await page.clock.fastForward('02:00');
    await expect
      .poll(minutes, { message: 'the call limit countdown after two minutes' })
      .toBeLessThanOrEqual(before - 2);

    await method(page, /^Text \+1 ••• ••• ••30/).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0130' }));
    await expectScreen(page, SIGNED_IN);
    await axe.check('signed in, carl');
  });

  test('tara (trial tenant): no voice, with the reason; a text works', async ({ page, demoPhone, axe }) => {
    await signInWithPassword(page, 'tara@trial.example');
    await expectScreen(page, VERIFY);
    await expect(waysToVerify(page).filter({ hasText: /^Call/ })).toHaveCount(0);
    const call = unavailableMethods(page).filter({ hasText: /^Call \+1 ••• ••• ••40/ });
    await expect(call).toContainText(
      'Not available: calls aren’t included in your organization’s subscription.',
    );
    await axe.check('verify your identity, tara');

    await method(page, /^Text \+1 ••• ••• ••40/).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await demoPhone.latestCode({ to: '+1 425 555 0140' }));
    await expectScreen(page, SIGNED_IN);
    await axe.check('signed in, tara');
  });

  test('olga (+44 needs opt-in): no text or call, with the reason; the authenticator app signs her in', async ({
    page,
    axe,
  }) => {
    await signInWithPassword(page, 'olga@contoso.example');
    await expectScreen(page, VERIFY);
    const reason = 'Not available: texts and calls to this country need your administrator to turn them on.';
    await expect(unavailableMethods(page).filter({ hasText: /^Text \+44 •••• ••••23/ })).toContainText(
      reason,
    );
    await expect(unavailableMethods(page).filter({ hasText: /^Call \+44 •••• ••••23/ })).toContainText(
      reason,
    );
    await expect(waysToVerify(page)).toHaveCount(1);
    await axe.check('verify your identity, olga');

    await method(page, 'Use a verification code from your authenticator app').click();
    await expectScreen(page, 'Enter the code');
    await expect(main(page)).toContainText(
      'Open your authenticator app and enter the code it shows for this account.',
    );
    await axe.check('code entry, authenticator app');

    await codeField(page).pressSequentially(await authenticatorCode(page, 'olga@contoso.example'));
    await expectScreen(page, SIGNED_IN);
    await expect(paragraph(page, 'You signed in with')).toHaveText(
      'You signed in with your password and a code from your authenticator app.',
    );
    await axe.check('signed in, olga');
  });

  test('bob is blocked, with a way back', async ({ page, axe }) => {
    await signInWithPassword(page, 'bob@contoso.example');
    await expectScreen(page, 'Your account is blocked');
    await expect(main(page)).toContainText('Your administrator has blocked sign-in for this account.');
    await axe.check('account blocked');

    await page.getByRole('button', { name: 'Back to sign in' }).click();
    await expectScreen(page, 'Sign in');
    await expect(page.getByLabel('User name')).toBeVisible();
    await axe.check('password sign-in, after blocked');
  });

  test('a wrong password and an unknown user get the same message, and keep what was typed', async ({
    page,
    axe,
  }) => {
    const messages: string[] = [];
    for (const [username, password] of [
      [MEGAN, 'not-her-password'],
      ['nobody@contoso.example', DEMO_PASSWORD],
    ] as const) {
      await signInWithPassword(page, username, password);
      const alert = main(page).getByRole('alert');
      await expect(alert).toContainText('Your user name or password is incorrect');
      await expect(h1(page)).toHaveText('Sign in');
      await expect(page.getByLabel('User name')).toHaveValue(username);
      await expect(page.getByLabel('Password', { exact: true })).toHaveValue(password);
      messages.push((await alert.textContent()) ?? '');
      await axe.check(`password sign-in, refused (${username})`);
    }
    expect(messages[1], 'the unknown user’s message').toBe(messages[0]);
  });

  test('"Sign in another way" from the call screen hangs up, goes back to the list and stops asking about the call', async ({
    page,
    axe,
  }) => {
    const log = await megansMobileRings(page);
    await expect
      .poll(() => log.reads.length, { message: 'status requests while the call rings' })
      .toBeGreaterThan(0);
    await axe.check('call, ringing');

    const before = log.reads.length;
    await page.getByRole('button', { name: 'Sign in another way' }).click();
    await expectScreen(page, VERIFY);
    await expect(waysToVerify(page)).toHaveCount(5);
    const afterLeaving = log.reads.length;
    expect(log.hangUps, 'the call hung up at the backend').toHaveLength(1);
    // at most: the poll already on its way, the read after hanging up (was # pressed meanwhile?), the list
    expect(afterLeaving - before, 'status requests made while leaving').toBeLessThanOrEqual(3);
    await axe.check('verify your identity, after leaving the call');

    // Well past the slowest polling interval (3 s) of the app's timers; then a moment of real time for
    // any request those timers would have started.
    await page.clock.fastForward(10_000);
    await page.waitForTimeout(1_000);
    expect(log.reads.length - afterLeaving, 'status requests after leaving the call screen').toBe(0);
  });

  test('the voice path with the keyboard alone, the demo phone answered with the keyboard too', async ({
    page,
    axe,
  }) => {
    await page.goto('/sign-in/password');
    await expectScreen(page, 'Sign in');
    await axe.check('password sign-in');

    await tabTo(page, page.getByLabel('User name'));
    await page.keyboard.type(MEGAN);
    await tabTo(page, page.getByLabel('Password', { exact: true }));
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    await expectScreen(page, VERIFY);
    await axe.check('verify your identity');
    await tabTo(page, method(page, CALL_MOBILE));
    await page.keyboard.press('Enter');

    await expectScreen(page, 'Answer the call');
    await axe.check('call, ringing');
    const answer = page
      .getByRole('complementary', { name: 'Demo phone', exact: true })
      .getByRole('region', { name: 'Calls', exact: true })
      .getByRole('button', { name: 'Answer and press #', exact: true });
    await tabTo(page, answer);
    await page.keyboard.press('Enter');

    await expectScreen(page, SIGNED_IN);
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a call to +1 ••• ••• ••10.',
    );
    await axe.check('signed in');
  });

  test('a double click on a method sends one text and shows one code screen', async ({ page, demoPhone }) => {
    await megansMethods(page);
    const before = await demoPhone.messageCount();
    await method(page, TEXT_MOBILE).dblclick();
    await expectScreen(page, 'Enter the code');
    await expect(h1(page)).toBeFocused();
    await expect(main(page).getByText(/Wait a moment/)).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(await demoPhone.messageCount()).toBe(before + 1);
  });

  test('"Text me instead" chosen, then # pressed before the call is hung up: no loop, megan is signed in, no text sent', async ({
    page,
    demoPhone,
    axe,
  }) => {
    const log = await megansMobileRings(page);
    const call = phoneCall(page, '+1 425 555 0110');
    await expect(call).toContainText('Ringing…');
    await page.clock.fastForward(10_000);
    const textInstead = main(page).getByRole('button', { name: 'Text me instead' });
    await expect(textInstead).toBeVisible();

    // The network is slow: the hang-up is on its way while the phone is answered and # pressed.
    await demoPhone.setNetwork('Slow (3 s)');
    await textInstead.click();
    await expectScreen(page, 'Hanging up…');
    // answered at once: the slow hang-up is on a real 3 s timer, which a scan first could outlast
    await demoPhone.answerCall('Answer and press #');
    await expect(call).toContainText('Answered, # pressed: approved');
    await axe.check('call, hanging up');
    await page.clock.fastForward(3_000); // the hang-up arrives: too late, the call was approved
    await page.clock.fastForward(3_000); // where the flow stands is read
    // The slow network's delays run on real timers: the hang-up's 3 s, then the read's 3 s, can both
    // still be ahead here (seen at 6.4 s after this point, and at 3.4 s, on an idle machine).
    await expectScreen(page, SIGNED_IN, 10_000);
    expect(log.hangUps, 'the call hung up once').toHaveLength(1);
    await demoPhone.setNetwork('Normal');
    expect(await demoPhone.messageCountTo('+1 425 555 0110'), 'texts').toBe(0);
  });

  test('"Start again" from a ringing call hangs it up: the demo phone shows it ended', async ({ page }) => {
    const log = await megansMobileRings(page);
    const call = phoneCall(page, '+1 425 555 0110');
    await expect(call).toContainText('Ringing…');
    await main(page).getByRole('button', { name: 'Start again' }).click();
    await expectScreen(page, 'Sign in');
    expect(log.hangUps, 'the call hung up at the backend').toHaveLength(1);
    await expect(call).toContainText('Timed out');
    await expect(call.getByRole('button')).toHaveCount(0);
  });

  test('# pressed just before "Sign in another way": the call is hung up and megan is signed in', async ({
    page,
    demoPhone,
  }) => {
    const log = await megansMobileRings(page);
    await expect(phoneCall(page, '+1 425 555 0110')).toContainText('Ringing…');
    // Time stands still: the call screen cannot hear of the # before the person leaves.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
    await demoPhone.answerCall('Answer and press #');
    await page.getByRole('button', { name: 'Sign in another way' }).click();
    await expectScreen(page, SIGNED_IN);
    expect(log.hangUps).toHaveLength(1);
    await page.clock.resume();
  });
});
