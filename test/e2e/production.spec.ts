// The production build (dist/), the bundle people get, end to end: one journey per flow against
// production-server.ts (a static host sending the production headers, the simulated identity
// service at /api over HTTP), the handset read through the server's test-only endpoints. The demo
// build's specs cover every path; these prove the production bundle and its headers carry them.
// Any CSP violation fails a test: on the console, as a `securitypolicyviolation` event
// (fixtures.ts), or reported by the browser to the server's report-uri (production-fixtures.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { securityHeaders } from '../../src/security-headers';
import {
  chooseNewPassword,
  codeField,
  confirmPhoneNumber,
  DEMO_PASSWORD,
  expectScreen,
  expectVisibleText,
  main,
  paragraph,
  sendCodeTo,
  signInWithPassword,
  startPasswordReset,
  waysToVerify,
} from './flows';
import { expect, test } from './production-fixtures';
import { TEST_ENDPOINTS } from './production-test-api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MEGAN = 'megan@contoso.example';
const MEGANS_MOBILE = { number: '+1 425 555 0110', typed: '425 555 0110' };
const SIGNED_IN = 'You’re signed in';
const MFA = /Verify your identity$/;

const method = (page: Page, name: RegExp) => waysToVerify(page).filter({ hasText: name }).first();
const noDemoPhone = (page: Page) =>
  expect(page.getByRole('complementary', { name: 'Demo phone' })).toHaveCount(0);

/** A header's directives by name: "a x; b y z" → {a: ['x'], b: ['y', 'z']}. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

test.describe('the production build', () => {
  test('sends the security headers with the page, its routes and its scripts', async ({ request }) => {
    const html = await request.get('/');
    expect(html.status()).toBe(200);
    const body = await html.text();
    const script = body.match(/<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script, 'index.html loads its entry script from /assets/').toBeTruthy();
    // A worker runs under the CSP its own script comes with, not the page's.
    const worker = readdirSync(resolve(root, 'dist/assets')).find((name) =>
      name.startsWith('solver.worker-'),
    );
    expect(worker, 'the human check’s worker in dist/assets').toBeTruthy();

    const route = await request.get('/sign-in/password');
    expect(route.status(), 'a route of the app gets its own prerendered page').toBe(200);
    expect(await route.text()).toBe(readFileSync(resolve(root, 'dist/sign-in/password/index.html'), 'utf8'));
    const other = await request.get('/signed-in');
    expect(other.status(), 'an address with no page of its own gets index.html').toBe(200);
    expect(await other.text()).toBe(body);

    const expected = securityHeaders(null);
    for (const [what, response] of [
      ['index.html', html],
      ['a route (/sign-in/password)', route],
      [`the entry script (${script})`, await request.get(script!)],
      [`the human check’s worker (${worker})`, await request.get(`/assets/${worker}`)],
    ] as const) {
      expect(response.status(), what).toBe(200);
      const headers = response.headers();
      const csp = directives(headers['content-security-policy'] ?? '');
      expect(csp['frame-ancestors'], `${what}: CSP frame-ancestors`).toEqual(["'none'"]);
      expect(csp['script-src'], `${what}: CSP script-src`).toEqual(["'self'"]);
      expect(csp['worker-src'], `${what}: CSP worker-src`).toEqual(["'self'"]);
      expect(csp['object-src'], `${what}: CSP object-src`).toEqual(["'none'"]);
      expect(csp['report-uri'], `${what}: this server's report-uri`).toEqual([TEST_ENDPOINTS.cspReports]);
      expect(headers['content-security-policy'], `${what}: the CSP of security-headers.ts`).toBe(
        `${expected['Content-Security-Policy']}; report-uri ${TEST_ENDPOINTS.cspReports}`,
      );
      expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer');
      expect(headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
      const permissions = headers['permissions-policy'] ?? '';
      for (const denied of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(permissions, `${what}: Permissions-Policy denies ${denied}`).toContain(`${denied}=()`);
      }
      expect(permissions, `${what}: Permissions-Policy keeps WebOTP`).toContain('otp-credentials=(self)');
      expect(permissions, `${what}: the Permissions-Policy of security-headers.ts`).toBe(
        expected['Permissions-Policy'],
      );
    }
    const scriptHeaders = (await request.get(script!)).headers();
    expect(scriptHeaders['content-type']).toMatch(/^text\/javascript/);

    // The header is the build's <meta> policy, plus what only a header can say.
    const meta = body.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(meta, 'the CSP <meta> in index.html').toBeTruthy();
    expect(expected['Content-Security-Policy']).toBe(
      `${meta!.replaceAll('&#39;', "'")}; frame-ancestors 'none'`,
    );

    const missing = await request.get('/assets/no-such-file.js');
    expect(missing.status(), 'a missing asset is not answered with the page').toBe(404);
  });

  test('cannot be framed, and the browser reports the refusal to the report-uri', async ({
    browser,
    baseURL,
    request,
  }) => {
    // Another page, outside the guarded test context: a framing attempt is a violation on purpose.
    const context = await browser.newContext();
    const framer = await context.newPage();
    await framer.setContent(`<iframe title="the app" src="${baseURL}/"></iframe>`);
    await expect
      .poll(async () => JSON.stringify(await (await request.get(TEST_ENDPOINTS.cspReports)).json()), {
        message: 'a frame-ancestors report',
      })
      .toContain('frame-ancestors');
    await expect(framer.frameLocator('iframe').getByRole('heading')).toHaveCount(0);
    await context.close();
    // What this test caused on purpose is not a failure of the next check.
    expect((await request.post(TEST_ENDPOINTS.reset)).status()).toBe(204);
  });

  test('SMS sign-in: +1 425 555 0100 signs in with the texted code', async ({ page, handset }) => {
    await sendCodeTo(page, '425 555 0100');
    await expectScreen(page, 'Enter the code');
    await noDemoPhone(page);
    await expectVisibleText(paragraph(page, /We texted a code to/), 'We texted a code to +1 ••• ••• ••00.');
    await codeField(page).pressSequentially(await handset.latestCode({ to: '+1 425 555 0100' }));
    await expectScreen(page, SIGNED_IN);
    await expect(paragraph(page, 'Signed in as')).toHaveText(
      'Signed in as Adele Vance (adele@contoso.example).',
    );
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectScreen(page, 'Sign in with your phone');
  });

  test('password sign-in: megan verifies by text', async ({ page, handset }) => {
    await signInWithPassword(page, MEGAN);
    await expectScreen(page, MFA);
    await method(page, /^Text \+1 ••• ••• ••10/).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await handset.latestCode({ to: MEGANS_MOBILE.number }));
    await expectScreen(page, SIGNED_IN);
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a code sent by text message to +1 ••• ••• ••10.',
    );
  });

  test('password sign-in: megan answers the call and presses #', async ({ page, handset }) => {
    await signInWithPassword(page, MEGAN);
    await expectScreen(page, MFA);
    await method(page, /^Call \+1 ••• ••• ••10/).click();
    await expectScreen(page, 'Answer the call');
    await expect(main(page).getByRole('status').filter({ hasText: 'Your phone is ringing.' })).toBeVisible();
    await handset.answerCall(MEGANS_MOBILE.number, 'press-hash');
    await expectScreen(page, SIGNED_IN);
    await expectVisibleText(
      paragraph(page, 'You signed in with'),
      'You signed in with your password and a call to +1 ••• ••• ••10.',
    );
    expect((await handset.lastCallTo(MEGANS_MOBILE.number))?.status).toBe('approved');
  });

  test('password reset: the human check in a worker, megan by text, a new password that signs her in', async ({
    page,
    handset,
  }) => {
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto('/reset-password');
    await expectScreen(page, 'Get back into your account');
    await expect(main(page).getByRole('status')).toHaveText('Automatic check done.', { timeout: 10_000 });
    expect(workers, 'the proof of work ran in a Web Worker from the app’s origin').toEqual([
      expect.stringMatching(/^\/assets\/solver\.worker-[\w-]+\.js$/),
    ]);

    await startPasswordReset(page, MEGAN);
    await expectScreen(page, 'Verify your identity');
    await method(page, /^Text \+1 ••• ••• ••10/).click();
    await expectScreen(page, 'Confirm your phone number');
    await confirmPhoneNumber(page, MEGANS_MOBILE.typed);
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await handset.latestCode({ to: MEGANS_MOBILE.number }));
    await expectScreen(page, `${MEGAN}, Choose a new password`);
    await chooseNewPassword(page, 'Blue-Harbour-42');
    await expectScreen(page, 'Your password has been reset');

    await signInWithPassword(page, MEGAN, 'Blue-Harbour-42');
    await expectScreen(page, MFA);
    await method(page, /authenticator app/).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await handset.authenticatorCode(MEGAN));
    await expectScreen(page, SIGNED_IN);
  });

  test('security info: newt signs in and adds a mobile by text', async ({ page, handset }) => {
    await page.goto('/security-info');
    await expectScreen(page, 'Sign in');
    await page.getByLabel('User name').fill('newt@contoso.example');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expectScreen(page, 'Security info');

    await main(page).getByRole('button', { name: 'Add sign-in method' }).click();
    await expectScreen(page, 'Add a phone');
    await main(page).getByRole('radio', { name: 'Mobile phone', exact: true }).check();
    await main(page)
      .getByRole('textbox', { name: 'Phone number', exact: true })
      .pressSequentially('425 555 0196');
    await main(page).getByRole('button', { name: 'Text me a code', exact: true }).click();
    await expectScreen(page, 'Enter the code');
    await codeField(page).pressSequentially(await handset.latestCode({ to: '+1 425 555 0196' }));

    await expectScreen(page, 'Security info');
    await expect(main(page).getByRole('status').filter({ hasText: /\.$/ })).toHaveText('Mobile phone added.');
    await expectVisibleText(
      main(page).getByRole('region', { name: 'Default sign-in method' }).getByRole('paragraph'),
      'Text a code to +1 ••• ••• ••96',
    );
  });
});
