// The organisation's branding in the demo build (the Contoso sample, src/branding/branding.json):
// its logo in the header in either theme, its links in the footer, its sign-in page text in the card
// of the sign-in pages, its accent on the primary button; nothing scrolls sideways at 320 and 360 px.
// Each test also checks (fixtures.ts) that nothing is requested from another origin, the CSP holds,
// and the screen is axe-clean.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectLive } from './flows';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const logo = (page: Page) => page.getByRole('banner').getByRole('img', { name: 'Contoso' });
const signInPageText = (page: Page) => page.getByRole('main').getByText(/^Use your Contoso work account\./);

/** The logo the browser chose and drew, or null if it did not load. */
const shownLogo = (page: Page) =>
  logo(page).evaluate((img: HTMLImageElement) =>
    img.complete && img.naturalWidth > 0 ? img.currentSrc : null,
  );

const primaryButtonColours = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('button')
    .first()
    .evaluate((button) => {
      const style = getComputedStyle(button);
      return [style.backgroundColor, style.color];
    });

test.describe('branding', () => {
  test('the start page shows the organisation’s logo, sign-in page text, links and accent', async ({
    page,
    axe,
  }) => {
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await expect(logo(page)).toBeVisible();
    await expect.poll(() => shownLogo(page)).toMatch(/\/assets\/contoso-logo-light-[\w-]+\.svg$/);
    await expect(signInPageText(page)).toBeVisible();

    const footer = page.getByRole('contentinfo');
    for (const [name, href] of [
      ['Privacy', 'https://contoso.example/privacy'],
      ['Terms of use', 'https://contoso.example/terms'],
      ['Help', 'https://contoso.example/it-help'],
    ] as const) {
      const link = footer.getByRole('link', { name: `${name} (opens in a new tab)` });
      await expect(link).toBeVisible();
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // #0067b8 under white text (branding.json, accent.light)
    expect(await primaryButtonColours(page)).toEqual(['rgb(0, 103, 184)', 'rgb(255, 255, 255)']);
    await axe.check('start page, branded');
  });

  test('the dark theme shows the dark logo and the dark accent', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await expect.poll(() => shownLogo(page)).toMatch(/\/assets\/contoso-logo-dark-[\w-]+\.svg$/);
    // #6cb8f6 under #0b1a33 (branding.json, accent.dark)
    expect(await primaryButtonColours(page)).toEqual(['rgb(108, 184, 246)', 'rgb(11, 26, 51)']);
    await axe.check('start page, branded, dark theme');
  });

  test('the password sign-in page shows the sign-in page text; the reset does not', async ({ page }) => {
    await page.goto('/sign-in/password');
    await expect(heading(page)).toHaveText('Sign in');
    await expect(signInPageText(page)).toBeVisible();
    await expectLive(page);

    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await expect(heading(page)).toHaveText('Get back into your account');
    await expect(page.getByText(/Use your Contoso work account/)).toHaveCount(0);
    await expect(logo(page)).toBeVisible();
  });

  for (const width of [320, 360]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`fits ${width} px, ${colorScheme} theme`, async ({ page, axe }, testInfo) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto('/');
        await expect(heading(page)).toBeVisible();
        await expect.poll(() => shownLogo(page)).toContain(`contoso-logo-${colorScheme}`);
        await expect(signInPageText(page)).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal scrolling at ${width} px (px)`).toBeLessThanOrEqual(0);
        const help = page.getByRole('contentinfo').getByRole('link', { name: /^Help/ });
        await help.scrollIntoViewIfNeeded();
        await expect(help).toBeInViewport();
        // For a person to look at (the HTML report, or test/e2e/results/).
        const path = testInfo.outputPath(`start-page-${width}-${colorScheme}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`start page at ${width} px, ${colorScheme}`, {
          path,
          contentType: 'image/png',
        });
        await axe.check(`start page at ${width} px, ${colorScheme} theme`);
      });
    }
  }
});
