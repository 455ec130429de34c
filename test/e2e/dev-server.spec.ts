// The README's first command: the dev server (Vite, the mock backend as a service worker, the demo
// phone) really runs the flows. Its modules are served one by one, untransformed by the build, so
// what only breaks there (a CommonJS require in a generated module, a worker, a dev-only warning)
// shows up here. Runs in the `dev-server` project (playwright.config.ts).
import { expect, test } from './fixtures';
import { codeField, confirmPhoneNumber, expectScreen, sendCodeTo, startPasswordReset } from './flows';

test('SMS sign-in works against the dev server’s mock backend', async ({ page, demoPhone }) => {
  await sendCodeTo(page, '425 555 0100');
  await expectScreen(page, 'Enter the code', 20_000);
  await codeField(page).fill(await demoPhone.latestCode());
  await expectScreen(page, 'You’re signed in');
});

test('password reset runs its automatic check in a worker and reaches the new password', async ({
  page,
  demoPhone,
}) => {
  await startPasswordReset(page, 'megan@contoso.example');
  await expectScreen(page, /Verify your identity$/, 20_000);
  await page.getByRole('button', { name: /^Text/ }).click();
  await expectScreen(page, /Confirm your phone number$/);
  await confirmPhoneNumber(page, '4255550110');
  await expectScreen(page, /Enter the code$/);
  await codeField(page).fill(await demoPhone.latestCode());
  await expectScreen(page, /Choose a new password$/);
  await expect(page).toHaveURL(/\/reset-password$/);
});
