// The help when a code or a call does not come (src/behaviour.md#help-when-nothing-arrives), end to
// end in the demo build: a WhatsApp code asked for again comes as a text on the demo phone and the
// screen says text; help topics open with the keyboard alone, and every screen passes axe.
import { expect, test } from './fixtures';
import {
  codeField,
  expectScreen,
  expectVisibleText,
  main,
  paragraph,
  sendCodeTo,
  signInWithPassword,
  tabTo,
  waysToVerify,
} from './flows';

const DIEGO = '+1 425 555 0101';

test.describe('help when nothing arrives', () => {
  test('+1 425 555 0101: "You don’t use WhatsApp", opened by keyboard; asking again brings a text, and the screen says text', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.clock.install();
    await sendCodeTo(page, '425 555 0101');
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(
      paragraph(page, /We sent a code to your WhatsApp/),
      'We sent a code to your WhatsApp, +1 ••• ••• ••01.',
    );
    await demoPhone.latestCode({ to: DIEGO, channel: 'whatsapp' });

    // Help comes after 10 s, a new code after 30 s.
    await page.clock.fastForward(31_000);
    const help = main(page).getByRole('region', { name: 'Didn’t get the code?' });
    await expect(help).toBeVisible();
    const topics = help.getByRole('list', { name: 'What else might help' }).getByRole('button');
    await expect(topics).toHaveText([
      'Where to find it in WhatsApp',
      'You don’t use WhatsApp, or it can’t connect',
      'Wrong number, or the wrong phone',
      'Still nothing after several tries',
    ]);
    for (const topic of await topics.all()) await expect(topic).toHaveAttribute('aria-expanded', 'false');
    await axe.check('code entry, WhatsApp, help offered');

    const fallback = help.getByRole('button', { name: 'You don’t use WhatsApp, or it can’t connect' });
    await tabTo(page, fallback);
    await page.keyboard.press('Enter');
    await expect(fallback).toHaveAttribute('aria-expanded', 'true');
    const body = page.locator(`#${await fallback.getAttribute('aria-controls')}`);
    await expect(body).toContainText('it comes as an ordinary text message instead');
    await axe.check('code entry, WhatsApp, a help topic open');

    // Its action, by keyboard too: the next Tab reaches it.
    const resend = body.getByRole('button', { name: 'Send a new code' });
    await tabTo(page, resend, { max: 3 });
    await page.keyboard.press('Enter');
    const code = await demoPhone.latestCode({ to: DIEGO, channel: 'sms' });
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••01.');
    await expect(
      page.getByText('We sent a new code by text message. The earlier one no longer works.'),
    ).toBeAttached();
    await expect(main(page).getByRole('note')).toHaveCount(0);
    await expect(codeField(page)).toBeFocused();

    // On the demo phone: a text from the organisation, the WebOTP line apart, for this page's host.
    const text = demoPhone
      .messages()
      .filter({ hasText: `To ${DIEGO}` })
      .first();
    await expect(text).toContainText(/^SMS\b/);
    await expect(text).toContainText('From Contoso');
    await expect(text.locator('.demo-phone__web-otp')).toContainText(`@localhost #${code}`);
    await axe.check('code entry, the new code by text');

    await codeField(page).pressSequentially(code);
    await expectScreen(page, 'You’re signed in');
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with a code sent by text message to +1 ••• ••• ••01.',
    );
  });

  test('tess (trial): a call asked for comes as a text, and the code screen says so', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await signInWithPassword(page, 'tess@northwind.example');
    await expectScreen(page, /Verify your identity/);
    await waysToVerify(page)
      .filter({ hasText: /^Call \+1/ })
      .click();
    await expectScreen(page, 'Enter the code');
    await expectVisibleText(
      paragraph(page, /We couldn’t call/),
      'We couldn’t call, so we texted a code to +1 ••• ••• ••42.',
    );
    await axe.check('code entry, a text instead of a call');
    await codeField(page).pressSequentially(
      await demoPhone.latestCode({ to: '+1 425 555 0142', channel: 'sms' }),
    );
    await expectScreen(page, 'You’re signed in');
  });
});
