// The app shell in the demo build: the start page, deep links (the password reset among them), the 404
// page, the page of the feature this version does not have yet (security info), the demo phone
// panel next to the form on a small screen, and the security headers `vite preview` sends. Every test
// also checks (fixtures.ts) that nothing is requested from another origin, the CSP holds, and the
// screen it ends on is axe-clean.
import type { Page } from '@playwright/test';
import { securityHeaders } from '../../src/security-headers';
import { expect, test } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The form's primary action: the first button in the main landmark. */
const primaryButton = (page: Page) => page.getByRole('main').getByRole('button').first();

test.describe('start page', () => {
  test('loads at / with its heading and the demo phone listing the demo accounts', async ({
    page,
    demoPhone,
    axe,
  }) => {
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await expect(page).toHaveTitle(/sign in/i);
    await expect(primaryButton(page)).toBeVisible();

    await expect(demoPhone.panel).toBeVisible();
    // The demo directory (src/behaviour.md#demo-personas): a phone number for SMS sign-in and a user name for password sign-in.
    await expect(demoPhone.panel.getByText('+1 425 555 0100').first()).toBeVisible();
    await expect(demoPhone.panel.getByText('megan@contoso.example').first()).toBeVisible();
    await axe.check('start page');
  });

  test('is axe-clean in the dark theme too', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await axe.check('start page, dark theme');
  });
});

test.describe('deep links', () => {
  test('the static server answers every app address with index.html', async ({ request }) => {
    for (const path of ['/', '/sign-in/password', '/reset-password', '/signed-in', '/does-not-exist']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text(), path).toContain('<div id="root"');
    }
  });

  test('vite preview sends the security headers with the page and its scripts (vite.config.ts)', async ({
    request,
  }) => {
    const html = await request.get('/sign-in/password');
    const script = (await html.text()).match(/<script type="module"[^>]* src="([^"]+\.js)"/)?.[1];
    expect(script, 'the entry script').toBeTruthy();
    const expected = Object.entries(securityHeaders(null)).map(([name, value]) => [
      name.toLowerCase(),
      value,
    ]);
    for (const response of [html, await request.get(script!)]) {
      const headers = response.headers();
      expect(
        expected.map(([name]) => [name, headers[name!]]),
        response.url(),
      ).toEqual(expected);
    }
  });

  test('/sign-in/password opens the password sign-in page directly', async ({ page, axe }) => {
    await page.goto('/sign-in/password');
    await expect(heading(page)).toBeVisible();
    await expect(heading(page)).not.toHaveText(/page not found/i);
    await axe.check('password sign-in');
  });

  test('an unknown address shows the 404 page with a way back to sign in', async ({ page, axe }) => {
    await page.goto('/does-not-exist');
    await expect(heading(page)).toHaveText(/page not found/i);
    await axe.check('404');

    await page.getByRole('link', { name: /back to sign in/i }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(heading(page)).toBeVisible();
  });

  test('/reset-password opens the password reset directly', async ({ page, axe }) => {
    await page.goto('/reset-password');
    await expect(heading(page)).toHaveText('Get back into your account');
    await expect(page.getByRole('main').getByRole('textbox', { name: 'User name' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next' })).toBeVisible();
    await expect(page.getByRole('link', { name: /back to sign in/i })).toBeVisible();
    await axe.check('/reset-password');
  });

  test('/security-info, signed out, asks to sign in first', async ({ page, axe }) => {
    await page.goto('/security-info');
    await expect(heading(page)).toHaveText('Sign in');
    await expect(page).toHaveURL(/\/sign-in\/password$/);
    await axe.check('/security-info, signed out');
  });
});

test.describe('on a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the demo phone panel does not cover the form', async ({ page, demoPhone, axe }) => {
    await page.goto('/');
    await expect(heading(page)).toBeVisible();
    await expect(demoPhone.panel).toBeAttached();

    const button = primaryButton(page);
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
    // A trial click runs every actionability check, including "receives pointer events": it fails if
    // the panel (or anything else) sits on top of the button.
    await button.click({ trial: true, timeout: 5_000 });
    const covered = await button.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit && !element.contains(hit) ? hit.outerHTML.slice(0, 200) : null;
    });
    expect(covered, 'the element on top of the primary button').toBeNull();

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scrolling at 360 px (px)').toBeLessThanOrEqual(0);
    await axe.check('start page at 360 px');
  });
});
