// The Playwright `test` every end-to-end spec imports (`import { test, expect } from './fixtures'`).
//
// It adds, to every test:
// - a guard that fails the test if the page requests anything from another origin than the app's
//   (no fonts, flag images, analytics, CDNs — ever), breaks its Content-Security-Policy (on the
//   console, or a `securitypolicyviolation` event), throws an uncaught error, or logs any error or
//   warning to the console;
// - accessibility scans: `await axe.check('what is on screen')` after each step (or the standalone
//   `expectAccessible(page)`), and an automatic scan of whatever is on screen when the test ends;
// - `demoPhone`: the demo phone panel, driven by its accessible roles and names only.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

// ---------------------------------------------------------------------------------------------------
// Accessibility

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AccessibilityOptions {
  /** Names the screen in the failure message and the report, e.g. "code entry, wrong code". */
  label?: string;
  /** Only scan inside this selector. */
  include?: string;
  /** Leave these selectors out (say why next to the call). */
  exclude?: string[];
  /** Turn off these axe rules (say why next to the call). */
  disableRules?: string[];
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  html: string;
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const MAX_NODES_PER_RULE = 5;

function formatViolations(violations: AxeViolation[], where: string): string {
  const lines = [`${violations.length} accessibility violation(s) on ${where}:`];
  violations.forEach((v, i) => {
    lines.push('', `${i + 1}. [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`, `   ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, MAX_NODES_PER_RULE)) {
      lines.push(`   - ${node.target.map(String).join(' ')}`);
      lines.push(`     ${node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html}`);
      for (const summaryLine of (node.failureSummary ?? '').split('\n').filter(Boolean)) {
        lines.push(`     ${summaryLine.trim()}`);
      }
    }
    if (v.nodes.length > MAX_NODES_PER_RULE) {
      lines.push(`   … and ${v.nodes.length - MAX_NODES_PER_RULE} more element(s)`);
    }
  });
  return lines.join('\n');
}

async function describeScreen(page: Page, label?: string): Promise<string> {
  const path = new URL(page.url()).pathname;
  const heading = await page
    .getByRole('heading', { level: 1 })
    .first()
    .textContent({ timeout: 500 })
    .catch(() => null);
  return [label && `"${label}"`, path, heading && `(h1: "${heading.trim()}")`].filter(Boolean).join(' ');
}

/** Runs axe (WCAG 2.x A + AA) on what the page shows now and fails with a readable list of violations. */
async function expectAccessible(page: Page, options: AccessibilityOptions = {}): Promise<void> {
  const where = await describeScreen(page, options.label);
  await base.step(`axe: ${where}`, async () => {
    let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
    if (options.include) builder = builder.include(options.include);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    // A colour caught halfway through a transition (a button fading to its hover colour) is no colour
    // a person reads: the scan looks at the screen once its transitions have ended.
    await page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation instanceof CSSTransition)
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
    );
    const { violations } = await builder.analyze();
    if (violations.length > 0) {
      throw new Error(formatViolations(violations as AxeViolation[], where));
    }
  });
}

interface Axe {
  /** Scan the screen now (call it after each step that shows something new). */
  check(label?: string, options?: Omit<AccessibilityOptions, 'label'>): Promise<void>;
  /** How many scans this test ran so far. */
  readonly scans: number;
}

// ---------------------------------------------------------------------------------------------------
// Demo phone panel

export type CallButton =
  | 'Answer and press #'
  | 'Answer and press 0#'
  | 'Send to voicemail'
  | 'Answer without pressing a key'
  | 'Decline';

type MessageChannel = 'sms' | 'rcs' | 'whatsapp' | 'email';

/** The panel's "Network" settings (mocks/network-faults.ts), as the control names them. */
export type NetworkSetting =
  | 'Normal'
  | 'Offline'
  | 'Slow (3 s)'
  | 'Server busy'
  | 'Server error'
  | 'Timeout'
  | 'Malformed answer';

interface LatestCodeOptions {
  /** Only a message delivered to this number ("+1 425 555 0100", any formatting) or e-mail address. */
  to?: string;
  /** Only a message that came by this channel. */
  channel?: MessageChannel;
  /** How long to wait for the message, in ms (default 10 s). */
  timeout?: number;
}

/** How the panel names each channel: the first word of a message. */
const CHANNEL_LABEL: Record<MessageChannel, string> = {
  sms: 'SMS',
  rcs: 'RCS',
  whatsapp: 'WhatsApp',
  email: 'E-mail',
};

const digits = (text: string) => text.replace(/\D/g, '');

interface ParsedMessage {
  channel: MessageChannel | null;
  to: string;
  body: string;
  code: string | null;
}

/**
 * Reads one message as the panel shows it: a first line "SMS From Contoso 10:42:07", a line
 * "To +1 425 555 0100", then the text (with the code), then a "Copy code" button.
 */
function parseMessage(text: string): ParsedMessage {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const first = lines[0] ?? '';
  const channel =
    (Object.keys(CHANNEL_LABEL) as MessageChannel[]).find((id) =>
      new RegExp(`^${CHANNEL_LABEL[id]}\\b`, 'i').test(first),
    ) ?? null;
  const toIndex = lines.findIndex((line) => /^To\s/.test(line));
  const to = toIndex >= 0 ? (lines[toIndex] ?? '').replace(/^To\s+/, '') : '';
  // The body is what follows the "To" line (everything but the first line if there is none).
  const body = lines
    .slice(toIndex >= 0 ? toIndex + 1 : 1)
    .filter((line) => line !== 'Copy code')
    .join('\n');
  const code = body.match(/(?<!\d)\d{6}(?!\d)/)?.[0] ?? null;
  return { channel, to, body, code };
}

function matchesRecipient(message: ParsedMessage, to: string): boolean {
  if (to.includes('@')) return message.to.toLowerCase().includes(to.toLowerCase());
  const wanted = digits(to);
  return wanted.length > 0 && digits(message.to) === wanted;
}

/**
 * The demo phone panel (`<aside aria-label="Demo phone">`, mocks/phone-panel): texts and e-mails newest
 * first, and a ringing call's answer buttons. Only accessible roles and names are used, so the tests
 * also check the panel is usable with a screen reader.
 */
export class DemoPhone {
  readonly panel: Locator;
  /**
   * Messages already handed out (or marked seen), per list (texts in "Messages", e-mailed codes in
   * "Inbox"): `latestCode` waits for one after these.
   */
  private seen: Record<'Messages' | 'Inbox', number> = { Messages: 0, Inbox: 0 };

  private static boxFor({ to, channel }: LatestCodeOptions): 'Messages' | 'Inbox' {
    return channel === 'email' || to?.includes('@') ? 'Inbox' : 'Messages';
  }

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Demo phone', exact: true });
  }

  /** Opens the panel if someone collapsed it (it remembers that for the session). */
  async open(): Promise<void> {
    const toggle = this.panel.getByRole('button', { name: 'Demo phone', exact: true });
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  }

  /** Every text on the handset (or, for "Inbox", every e-mail), newest first. */
  messages(box: 'Messages' | 'Inbox' = 'Messages'): Locator {
    return this.panel.getByRole('region', { name: box, exact: true }).getByRole('listitem');
  }

  async messageCount(box: 'Messages' | 'Inbox' = 'Messages'): Promise<number> {
    await this.open();
    return this.messages(box).count();
  }

  /** How many texts (or, for an address, e-mails) the handset got for `to` ("+1 425 555 0100"). */
  async messageCountTo(to: string): Promise<number> {
    const box = DemoPhone.boxFor({ to });
    await this.open();
    const texts = await this.messages(box).allInnerTexts();
    return texts.map(parseMessage).filter((message) => matchesRecipient(message, to)).length;
  }

  /** How many calls the handset got for `to` ("+1 425 555 0110"), ringing or over. */
  async callCountTo(to: string): Promise<number> {
    await this.open();
    return this.panel
      .getByRole('region', { name: 'Calls', exact: true })
      .getByRole('listitem')
      .filter({ hasText: `Call to ${to}` })
      .count();
  }

  /** The panel's "Network" control: what the network does to the app's requests from now on. */
  async setNetwork(setting: NetworkSetting): Promise<void> {
    const control = this.panel.getByRole('combobox', { name: 'Network', exact: true });
    if (!(await control.isVisible())) await this.open();
    await control.selectOption({ label: setting });
  }

  /** The demo started afresh (an empty handset): every message from now on is new. */
  forgetSeen(): void {
    this.seen = { Messages: 0, Inbox: 0 };
  }

  /** Treat every message on the handset now as old: the next `latestCode` waits for a newer one. */
  async markAllSeen(): Promise<void> {
    this.seen = { Messages: await this.messageCount('Messages'), Inbox: await this.messageCount('Inbox') };
  }

  /**
   * Waits for a message that arrived after the last one this returned (or `markAllSeen`), matching
   * `to` / `channel` if given, and returns its 6-digit code. E-mails (channel `email`, or `to` an
   * address) are read from the inbox, texts from the messages.
   */
  async latestCode(options: LatestCodeOptions = {}): Promise<string> {
    const { to, channel, timeout = 10_000 } = options;
    const box = DemoPhone.boxFor(options);
    const wanted = [to && `to ${to}`, channel && `by ${CHANNEL_LABEL[channel]}`].filter(Boolean).join(' ');
    const found = { code: '', count: 0 };
    let lastSeen: string[] = [];

    await this.open();
    await expect
      .poll(
        async () => {
          const texts = await this.messages(box).allInnerTexts();
          lastSeen = texts;
          // The handset was cleared (or the page reloaded without keeping messages): all are new.
          if (texts.length < this.seen[box]) this.seen[box] = 0;
          const fresh = texts.slice(0, texts.length - this.seen[box]).map(parseMessage); // newest first
          const match = fresh.find(
            (message) =>
              message.code !== null &&
              (!to || matchesRecipient(message, to)) &&
              (!channel || message.channel === channel),
          );
          if (!match?.code) return false;
          found.code = match.code;
          found.count = texts.length;
          return true;
        },
        {
          timeout,
          intervals: [100, 250, 500],
          message: `a new message with a 6-digit code ${wanted} in the demo phone panel's ${box}`,
        },
      )
      .toBe(true)
      .catch((error: Error) => {
        const handset = lastSeen.length
          ? lastSeen.map(
              (text, i) =>
                `  ${i < lastSeen.length - this.seen[box] ? 'new' : 'old'}: ${text.replace(/\s+/g, ' ')}`,
            )
          : ['  (no messages)'];
        error.message += `\n\nThe demo phone's ${box} shows, newest first:\n${handset.join('\n')}`;
        throw error;
      });

    this.seen[box] = found.count;
    return found.code;
  }

  /** Answers the ringing call (the newest one that can be answered) with one of the panel's buttons. */
  async answerCall(button: CallButton, options: { timeout?: number } = {}): Promise<void> {
    await this.open();
    const target = this.panel
      .getByRole('region', { name: 'Calls', exact: true })
      .getByRole('button', { name: button, exact: true })
      .first();
    await target.click({ timeout: options.timeout ?? 10_000 });
  }
}

// ---------------------------------------------------------------------------------------------------
// The extended test

export interface Options {
  /** Scan the screen with axe when the test ends (default on). */
  axeAtEnd: boolean;
  /** Fail the test on uncaught errors in the page (default on). */
  failOnPageErrors: boolean;
}

/**
 * Chromium's own report of an HTTP answer with an error status ("Failed to load resource: the
 * server responded with a status of 400"): the app asked, the backend refused, which tests cause on
 * purpose. It is the browser's line, not the app's; anything else on the console is the app's.
 */
const BROWSER_NETWORK_REPORT = /^Failed to load resource: /;

interface Fixtures {
  axe: Axe;
  demoPhone: DemoPhone;
  /** Requests the page made to other origins, CSP violations, uncaught errors, console noise (automatic). */
  pageGuard: undefined;
}

export const test = base.extend<Fixtures & Options>({
  axeAtEnd: [true, { option: true }],
  failOnPageErrors: [true, { option: true }],

  pageGuard: [
    async ({ context, baseURL, failOnPageErrors }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://localhost').origin;
      const crossOrigin: string[] = [];
      const cspViolations: string[] = [];
      const pageErrors: string[] = [];
      const consoleProblems: string[] = [];

      context.on('request', (request) => {
        const url = request.url();
        if (!isAppRequest(url, appOrigin)) {
          crossOrigin.push(`${request.method()} ${url} (${request.resourceType()})`);
        }
      });
      context.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy/i.test(text)) cspViolations.push(text);
        else if (
          (message.type() === 'error' || message.type() === 'warning') &&
          !BROWSER_NETWORK_REPORT.test(text)
        )
          consoleProblems.push(`${message.type()}: ${text}`);
      });
      context.on('weberror', (error) => {
        pageErrors.push(String(error.error().stack ?? error.error()));
      });
      // The page's own report of what its CSP blocked, should the console not say it.
      await context.exposeBinding('__e2eCspViolation', (_source, violation: string) => {
        cspViolations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __e2eCspViolation(text: string): void }).__e2eCspViolation;
          report(
            `securitypolicyviolation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
              ` (${event.sourceFile || location.href}:${event.lineNumber})`,
          );
        });
      });

      await use(undefined);

      expect(
        crossOrigin,
        `The app must never contact another origin than ${appOrigin} (fonts, images, analytics, CDNs)`,
      ).toEqual([]);
      expect(cspViolations, 'The page broke its Content-Security-Policy').toEqual([]);
      if (failOnPageErrors) expect(pageErrors, 'Uncaught errors in the page').toEqual([]);
      expect(consoleProblems, 'Errors and warnings on the console').toEqual([]);
    },
    { auto: true },
  ],

  axe: [
    async ({ page, axeAtEnd }, use, testInfo) => {
      let scans = 0;
      // What the last full-page scan saw, so the scan at the end skips a screen already checked.
      let lastScanned: string | null = null;
      await use({
        async check(label, options) {
          scans += 1;
          await expectAccessible(page, { ...options, label });
          const partial = options?.include || options?.exclude?.length || options?.disableRules?.length;
          lastScanned = partial ? null : await screenFingerprint(page);
        },
        get scans() {
          return scans;
        },
      });
      const visited = !page.isClosed() && page.url().startsWith('http');
      if (axeAtEnd && visited && testInfo.status === testInfo.expectedStatus) {
        if (lastScanned === null || lastScanned !== (await screenFingerprint(page))) {
          await expectAccessible(page, { label: 'end of test' });
        }
      }
    },
    { auto: true },
  ],

  demoPhone: async ({ page }, use) => {
    await use(new DemoPhone(page));
  },
});

/** A hash of the address and the whole DOM: equal fingerprints mean the same screen in the same state. */
function screenFingerprint(page: Page): Promise<string> {
  return page.evaluate(() => {
    const text = location.href + document.documentElement.outerHTML;
    let hash = 2166136261;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 16777619);
    }
    return `${text.length}:${hash >>> 0}`;
  });
}

/** Same origin as the app, or not a network request at all (data:, blob:, about:). */
function isAppRequest(url: string, appOrigin: string): boolean {
  if (/^(data|blob|about):/i.test(url)) return true;
  try {
    return new URL(url).origin === appOrigin;
  } catch {
    return false;
  }
}
