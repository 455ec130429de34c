import { test } from './fixtures';
import { DEMO_PASSWORD, expectScreen, main } from './flows';

test('focus after refusal', async ({ page }) => {
  await page.goto('/security-info');
  await page.getByLabel('User name').fill('newt@contoso.example');
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expectScreen(page, 'Security info');
  await page.getByRole('button', { name: 'Add sign-in method' }).click();
  await page.getByRole('radio', { name: 'Mobile phone', exact: true }).check();
  await main(page).getByRole('textbox', { name: 'Phone number' }).pressSequentially('425 555 0199');
  const log: string[] = [];
  for (let i = 0; i < 30; i++) {
    log.push(await page.evaluate(() => `${document.querySelector('h1')?.textContent} | ${document.activeElement?.outerHTML.slice(0, 90)}`));
    if (i === 0) await page.getByRole('button', { name: 'Text me a code' }).click();
    await page.waitForTimeout(50);
  }
  console.log([...new Set(log)].join('\n'));
});
