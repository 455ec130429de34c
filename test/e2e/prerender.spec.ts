// The prerendered first screens (src/prerender/) in the demo build: every route's HTML already shows its
// screen before any JavaScript runs, React hydrates it without a mismatch (fixtures.ts fails a test on
// any console error or warning, React's hydration errors among them) and keeps the very DOM nodes, and
// what a person typed before the code arrived is kept, in the fields and in the flow's state.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The form's submit button: disabled in the prerendered HTML, so nothing is sent without the app. */
const submit = (page: Page) => page.locator('main button[type="submit"]');

/** Holds the app's entry script until `release()`: the page is the prerendered HTML alone until then. */
async function holdScripts(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The heading element of the prerendered HTML, to check hydration kept it rather than replacing it. */
async function markHeading(page: Page) {
  await heading(page).evaluate((element) => {
    (window as unknown as { prerenderedHeading: Element }).prerenderedHeading = element;
  });
}
const headingKept = (page: Page) =>
  page.evaluate(() => {
    const element = (window as unknown as { prerenderedHeading: Element }).prerenderedHeading;
    return element.isConnected && element === document.querySelector('h1');
  });

const ROUTES = [
  { path: '/', heading: 'Sign in with your phone', form: true },
  { path: '/sign-in/password', heading: 'Sign in', form: true },
  { path: '/reset-password', heading: 'Get back into your account', form: true },
  { path: '/does-not-exist', file: '/404.html', heading: 'Page not found', form: false },
];

test.describe('prerendered first screens', () => {
  for (const route of ROUTES) {
    test(`${route.file ?? route.path} is in the HTML and hydrates without a mismatch`, async ({
      page,
      request,
      demoPhone,
    }) => {
      const html = await (await request.get(route.file ?? route.path)).text();
      expect(html).toContain(`<h1 tabindex="-1" class="page-heading">${route.heading}</h1>`);
      expect(html).toContain('<noscript>');

      const release = await holdScripts(page);
      await page.goto(route.file ?? route.path, { waitUntil: 'commit' });
      await expect(heading(page)).toHaveText(route.heading);
      if (route.form) await expect(submit(page)).toBeDisabled();
      await markHeading(page);
      release();
      await expect(demoPhone.panel).toBeVisible();
      if (route.form) await expect(submit(page)).toBeEnabled();
      expect(await headingKept(page), 'hydration kept the prerendered DOM').toBe(true);
    });
  }

  // The first paint waits for the HTML and the stylesheets only: the app's modules are asked for once the
  // browser has painted the first screen (src/prerender/vite-plugin.ts, the boot script).
  for (const route of ROUTES.filter((r) => r.form)) {
    test(`${route.path}: no module is requested before the first screen is painted`, async ({
      page,
      demoPhone,
    }) => {
      await page.goto(route.path);
      await expect(demoPhone.panel).toBeVisible();
      const timing = await page.evaluate(() => {
        const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
        const requested = performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/(?!boot-)[^/]+\.js$/.test(new URL(entry.name).pathname))
          .map((entry) => entry.startTime);
        return { painted, requested };
      });
      expect(timing.painted, 'the first screen was painted').not.toBeNull();
      expect(timing.requested.length, 'the app was loaded').toBeGreaterThan(0);
      expect(Math.min(...timing.requested)).toBeGreaterThanOrEqual(timing.painted!);
    });
  }

  test('security info, signed out, is prerendered as loading, then goes to sign in', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/security-info', { waitUntil: 'commit' });
    await expect(page.getByRole('status').filter({ hasText: /security info/i })).toBeVisible();
    release();
    await expect(page).toHaveURL(/\/sign-in\/password$/);
    await expect(heading(page)).toHaveText('Sign in');
  });

  test('a user name and password typed before hydration are kept and submitted', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/sign-in/password', { waitUntil: 'commit' });
    await page.getByLabel('User name').fill('megan@contoso.example');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!demo');
    release();
    await expect(submit(page)).toBeEnabled();
    await expect(page.getByLabel('User name')).toHaveValue('megan@contoso.example');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('Passw0rd!demo');
    await submit(page).click();
    // The flow got both: the password was right, so it asks how to verify.
    await expect(heading(page)).not.toHaveText('Sign in', { timeout: 10_000 });
  });

  test('a phone number typed before hydration is kept', async ({ page }) => {
    const release = await holdScripts(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.getByRole('textbox').first().fill('425 555 0100');
    release();
    await expect(
      page
        .getByRole('main')
        .getByRole('button', { name: /send|next|sign in/i })
        .first(),
    ).toBeEnabled();
    await expect(page.getByRole('textbox').first()).toHaveValue(/425.*555.*0100/);
  });

  test('a remembered flow is not hydrated over: the page renders afresh', async ({ page }) => {
    await page.goto('/sign-in/password');
    await page.evaluate(() => sessionStorage.setItem('ssi.session', 'not-a-real-token'));
    await page.reload();
    await expect(heading(page)).toHaveText('Sign in');
  });
});

// The sign-in pages' first screens run before XState and their statecharts have downloaded
// (src/flows/lazy-flow.ts): what is typed and a submit meanwhile are handed to the statechart once it
// is in; a download that fails is said, and the next submit tries again.
test.describe('the sign-in pages before their statecharts', () => {
  const flowChunk = /\/assets\/flow-[\w-]+\.js$/;

  /** Holds back the statecharts' downloads until the returned function is called. */
  async function holdFlowChunks(page: Page): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    // the context's route: the demo's service worker fetches the app's later chunks
    await page.context().route(flowChunk, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('a number and a submit before the statechart has downloaded are carried out', async ({ page }) => {
    const release = await holdFlowChunks(page);
    await page.goto('/');
    await expect(submit(page)).toBeEnabled();
    await page.getByLabel('Phone number').pressSequentially('425 555 0100');
    await submit(page).click();
    await expect(submit(page)).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(heading(page)).toHaveText('Enter the code', { timeout: 10_000 });
  });

  test('a user name, password and submit before the statechart has downloaded are carried out', async ({
    page,
  }) => {
    const release = await holdFlowChunks(page);
    await page.goto('/sign-in/password');
    await expect(submit(page)).toBeEnabled();
    await page.getByLabel('User name').fill('megan@contoso.example');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!demo');
    await submit(page).click();
    await expect(submit(page)).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(heading(page)).toHaveText(/Verify your identity$/, { timeout: 10_000 });
  });

  test('a statechart that cannot be downloaded: said, both fields kept, the next submit tries again', async ({
    page,
  }) => {
    let reachable = false;
    await page.context().route(flowChunk, async (route) => {
      if (reachable) await route.continue();
      else await route.fulfill({ status: 503, body: '' });
    });
    await page.goto('/sign-in/password');
    await expect(submit(page)).toBeEnabled();
    await page.getByLabel('User name').fill('megan@contoso.example');
    await page.getByLabel('Password', { exact: true }).fill('Passw0rd!demo');
    await submit(page).click();
    await expect(page.getByRole('alert')).toContainText('We can’t reach the sign-in service');
    await expect(page.getByLabel('User name')).toHaveValue('megan@contoso.example');
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('Passw0rd!demo');
    reachable = true;
    await submit(page).click();
    await expect(heading(page)).toHaveText(/Verify your identity$/, { timeout: 10_000 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, axeAtEnd: false });

  for (const path of ['/', '/sign-in/password', '/reset-password']) {
    test(`${path} shows its heading and labelled fields, and says it needs JavaScript`, async ({
      page,
      request,
    }) => {
      // Chromium with scripts turned off by the test still parses <noscript> as if they ran: the note
      // is checked in the HTML.
      expect(await (await request.get(path)).text()).toMatch(
        /<noscript><p class="noscript">This page needs JavaScript to continue\./,
      );
      await page.goto(path);
      await expect(heading(page)).toBeVisible();
      await expect(page.getByRole('textbox').first()).toBeVisible();
      await expect(submit(page)).toBeDisabled();
    });
  }
});
