// Small helpers shared by the sign-in specs (sms-sign-in.spec.ts, password-sign-in.spec.ts): reaching a
// screen the way a person does, reading what a sighted person reads, moving focus with the keyboard only,
// and looking into the browser's storage. Everything goes through roles, names and visible text.
import type { Locator, Page, Request } from '@playwright/test';
import { expect } from './fixtures';

export const DEMO_PASSWORD = 'Passw0rd!demo';

/** The screen's heading. */
export const h1 = (page: Page): Locator => page.getByRole('heading', { level: 1 });
export const main = (page: Page): Locator => page.getByRole('main');
/** The reset's first screen's automatic check ("Automatic check done." once a check is solved). */
export const humanCheckStatus = (page: Page): Locator =>
  main(page)
    .getByRole('status')
    .filter({ hasText: /automatic/i });

/** Waits for the screen whose <h1> reads `name` (a regex also matches a heading with a caption in it). */
export async function expectScreen(page: Page, name: string | RegExp, timeout?: number): Promise<void> {
  await expect(h1(page)).toHaveText(name, timeout === undefined ? undefined : { timeout });
  await expectLive(page);
}

/**
 * A prerendered first screen shows before the app runs: until then its submit button waits
 * (data-until-hydrated) and a link loads the next page afresh. The steps of a test act once it is live,
 * as a person a moment later would.
 */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.locator('[data-until-hydrated]')).toHaveCount(0);
}

/**
 * The text a sighted person reads in `locator`: without the words kept for screen readers only
 * (`.visually-hidden`, e.g. "+1 number ending in 00" next to the visible "+1 ••• ••• ••00").
 */
function visibleText(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Waits until the visible text of `locator` matches `expected`. */
export async function expectVisibleText(
  locator: Locator,
  expected: string | RegExp,
  options: { timeout?: number } = {},
): Promise<void> {
  await expect
    .poll(() => visibleText(locator), { timeout: options.timeout, message: `visible text of ${locator}` })
    .toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
}

/** The first paragraph of the main landmark that contains `text`. */
export const paragraph = (page: Page, text: string | RegExp): Locator =>
  main(page).getByRole('paragraph').filter({ hasText: text }).first();

// ---------------------------------------------------------------------------------------------------
// Keyboard

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would; fails after `max`
 * presses. Returns how many presses it took.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 25 }: { backwards?: boolean; max?: number } = {},
): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 160) ?? null);
  throw new Error(`${target} did not get focus after ${max} presses of Tab; focus is on ${focused}`);
}

// ---------------------------------------------------------------------------------------------------
// Flows

/** The start page: type the national number with the default country (United States) and send it. */
export async function sendCodeTo(page: Page, nationalNumber: string): Promise<void> {
  await page.goto('/');
  await expectScreen(page, 'Sign in with your phone');
  await expect(page.getByLabel('Country or region')).toHaveValue('US');
  await page.getByLabel('Phone number').pressSequentially(nationalNumber);
  await page.getByRole('button', { name: 'Send code' }).click();
}

/** The password page: user name and password, then "Sign in". */
export async function signInWithPassword(
  page: Page,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<void> {
  await page.goto('/sign-in/password');
  await expectScreen(page, 'Sign in');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The code field. */
export const codeField = (page: Page): Locator => main(page).getByRole('textbox', { name: 'Code' });

/** "Ways to verify": the usable methods, as big buttons. */
export const waysToVerify = (page: Page): Locator =>
  main(page).getByRole('list', { name: 'Ways to verify' }).getByRole('button');

/** The methods listed under "Not available right now". */
export const unavailableMethods = (page: Page): Locator =>
  main(page).getByRole('region', { name: 'Not available right now' }).getByRole('listitem');

/** The current code the demo phone's authenticator app shows for `account`. */
export async function authenticatorCode(page: Page, account: string): Promise<string> {
  const entry = page
    .getByRole('complementary', { name: 'Demo phone', exact: true })
    .getByRole('region', { name: 'Authenticator app', exact: true })
    .getByRole('listitem')
    .filter({ hasText: account });
  await expect(entry).toHaveText(/\b\d{6}\b/);
  const text = (await entry.textContent()) ?? '';
  const code = text.match(/(?<!\d)\d{6}(?!\d)/)?.[0];
  if (!code) throw new Error(`no code in the authenticator entry for ${account}: ${text}`);
  return code;
}

/** The call as the demo phone shows it ("Call to +1 425 555 0110 …"). */
export const phoneCall = (page: Page, to: string): Locator =>
  page
    .getByRole('complementary', { name: 'Demo phone', exact: true })
    .getByRole('region', { name: 'Calls', exact: true })
    .getByRole('listitem')
    .filter({ hasText: `Call to ${to}` })
    .first();

/** Reads of a flow (`GET /api/flows/{id}`: the call screen polls) and hang-ups (`DELETE …/verification`). */
export function recordFlowRequests(page: Page): { reads: string[]; hangUps: string[] } {
  const log = { reads: [] as string[], hangUps: [] as string[] };
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'GET' && /\/api\/flows\/[^/]+$/.test(path)) log.reads.push(request.url());
    if (request.method() === 'DELETE' && /\/api\/flows\/[^/]+\/verification$/.test(path))
      log.hangUps.push(request.url());
  });
  return log;
}

// ---------------------------------------------------------------------------------------------------
// Storage

/**
 * The demo build's mock backend keeps its whole database (directory, flows, the handset's texts) in
 * sessionStorage under this key (mocks/browser.ts): it stands in for the server, and is not in the
 * production build. It holds every persona's number and every code by design, so it is the one key the
 * privacy checks leave out; everything the app itself keeps is checked.
 */
export const MOCK_BACKEND_KEY = 'self-service-sign-in.demo-backend';

/** Everything in localStorage and sessionStorage, but the mock backend's database. */
export function appStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate((skip) => {
    const all: Record<string, string> = {};
    for (const [name, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        if (name === 'sessionStorage' && key === skip) continue;
        all[`${name}:${key}`] = storage.getItem(key) ?? '';
      }
    }
    return all;
  }, MOCK_BACKEND_KEY);
}

/**
 * A pattern for a run of digits however it is written: "4255550100", "425 555 0100", "(425) 555-0100",
 * "425.555.0100", "123-456", and not inside a longer number.
 */
export function digitsPattern(digits: string): RegExp {
  const body = digits.replace(/\D/g, '').split('').join('[\\s().\\-–]{0,2}');
  return new RegExp(`(?<!\\d)${body}(?!\\d)`);
}

// ---------------------------------------------------------------------------------------------------
// Password reset

/** The reset's first screen: the user name, then "Next" (the automatic human check is the app's own). */
export async function startPasswordReset(page: Page, username: string): Promise<void> {
  await page.goto('/reset-password');
  await expectScreen(page, 'Get back into your account');
  await page.getByLabel('User name').fill(username);
  await page.getByRole('button', { name: 'Next' }).click();
}

/** "Confirm your phone number": the complete number's field. */
export const confirmNumberField = (page: Page): Locator =>
  main(page).getByRole('textbox', { name: 'Phone number', exact: true });

/** Types the complete number (replacing what is there) and presses "Continue". */
export async function confirmPhoneNumber(page: Page, typed: string): Promise<void> {
  await confirmNumberField(page).fill('');
  await confirmNumberField(page).pressSequentially(typed);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

/** The new password screen's two fields. */
export const newPasswordField = (page: Page): Locator =>
  main(page).getByLabel('New password', { exact: true });
export const confirmPasswordField = (page: Page): Locator =>
  main(page).getByLabel('Confirm new password', { exact: true });

/** Types the new password and its confirmation (replacing what is there) and presses "Reset password". */
export async function chooseNewPassword(
  page: Page,
  password: string,
  confirmation = password,
): Promise<void> {
  await newPasswordField(page).fill(password);
  await confirmPasswordField(page).fill(confirmation);
  await page.getByRole('button', { name: 'Reset password', exact: true }).click();
}

// ---------------------------------------------------------------------------------------------------
// A fresh demo

const FRESH = 'e2e:fresh-demo';
const freshPages = new WeakSet<Page>();

/**
 * Opens `path` on a demo as new as a new tab's: the mock backend's database (its limits, texts and
 * flows), the app's flow ids and session and the panel's settings are all forgotten. For a test that
 * goes through a flow several times, more often than the hourly limits allow. The page's own storage
 * is cleared before any of its scripts runs, so nothing of the old demo can write itself back.
 */
export async function freshDemo(page: Page, path = '/'): Promise<void> {
  if (!freshPages.has(page)) {
    freshPages.add(page);
    await page.addInitScript((flag) => {
      if (window.name !== flag) return;
      window.name = '';
      sessionStorage.clear();
    }, FRESH);
    await page.goto(path);
    await keepMockWorker(page);
    return;
  }
  await page.evaluate((flag) => {
    window.name = flag;
  }, FRESH);
  await page.goto(path);
}

/**
 * MSW's service worker unregisters itself when the last page it controls closes, and a page that
 * loads meanwhile fails to update it (an uncaught "Failed to update a ServiceWorker"). A test that
 * navigates again and again keeps a second, idle page under it: the worker is never left alone.
 */
async function keepMockWorker(page: Page): Promise<void> {
  // Any page of the origin opened once the worker is active is one it controls.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const keeper = await page.context().newPage();
  await keeper.goto(new URL('/mockServiceWorker.js', page.url()).href);
}

/** Anything on the main screen still saying it is busy: a spinner, a busy button. */
export const busyIndicators = (page: Page): Locator => main(page).locator('[aria-busy="true"], .spinner');

// ---------------------------------------------------------------------------------------------------
// Addresses

/**
 * Every address the page shows from now on (loads, reloads, and the app's own history changes), to
 * check that no phone number or code ever gets into one.
 */
export function recordAddresses(page: Page): string[] {
  const addresses: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) addresses.push(frame.url());
  });
  return addresses;
}
