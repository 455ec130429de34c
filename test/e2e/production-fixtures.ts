// The `test` of the production build's journeys (production.spec.ts): every guard of fixtures.ts
// (other origins, CSP violations the page sees, errors, console noise, axe at the end), plus:
// - the simulated identity service reset before each test (the journeys run one after another);
// - a check after each test that the browser reported no CSP violation to the server's report-uri
//   (which also sees what a worker was refused);
// - `handset`: the personas' phone, read through the server's test-only endpoints, since dist/ has
//   no demo phone panel.
import type { APIRequestContext } from '@playwright/test';
import type {
  AuthenticatorEntry,
  CallAnswer,
  PhoneCall,
  PhoneMessage,
} from '../../mocks/identity/demo-phone';
import { test as base, expect } from './fixtures';
import { TEST_ENDPOINTS } from './production-test-api';

export { expect };

const digits = (text: string) => text.replace(/\D/g, '');
const sameRecipient = (to: string, wanted: string) =>
  wanted.includes('@') ? to.toLowerCase() === wanted.toLowerCase() : digits(to) === digits(wanted);

class Handset {
  /** Messages already handed out: `latestCode` waits for a newer one. */
  private readonly seen = new Set<string>();

  constructor(private readonly request: APIRequestContext) {}

  private async read<T>(url: string): Promise<T> {
    const response = await this.request.get(url);
    expect(response.ok(), `GET ${url}: ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  }

  /** Waits for a message with a code, to `to` if given, that no earlier call returned. */
  async latestCode({ to, timeout = 10_000 }: { to?: string; timeout?: number } = {}): Promise<string> {
    let code = '';
    await expect
      .poll(
        async () => {
          const messages = await this.read<PhoneMessage[]>(TEST_ENDPOINTS.messages);
          const fresh = messages.find(
            (message) => !this.seen.has(message.id) && message.code && (!to || sameRecipient(message.to, to)),
          );
          if (!fresh?.code) return false;
          for (const message of messages) this.seen.add(message.id);
          code = fresh.code;
          return true;
        },
        { timeout, intervals: [100, 250], message: `a new message with a code${to ? ` to ${to}` : ''}` },
      )
      .toBe(true);
    return code;
  }

  /** Waits for a call ringing on `to` and answers it (by default: answered, # pressed). */
  async answerCall(to: string, answer: CallAnswer = 'press-hash'): Promise<void> {
    let callId = '';
    await expect
      .poll(
        async () => {
          const calls = await this.read<PhoneCall[]>(TEST_ENDPOINTS.calls);
          callId = calls.find((call) => call.canAnswer && sameRecipient(call.to, to))?.id ?? '';
          return callId !== '';
        },
        { timeout: 10_000, intervals: [100, 250], message: `a call ringing on ${to}` },
      )
      .toBe(true);
    const response = await this.request.post(TEST_ENDPOINTS.answer(callId), { data: { answer } });
    expect(response.status(), `answering call ${callId}`).toBe(204);
  }

  /** The status of the newest call to `to` ("approved" once answered with #). */
  async lastCallTo(to: string): Promise<PhoneCall | undefined> {
    const calls = await this.read<PhoneCall[]>(TEST_ENDPOINTS.calls);
    return calls.find((call) => sameRecipient(call.to, to));
  }

  /** The current code of the authenticator app for `account`. */
  async authenticatorCode(account: string): Promise<string> {
    const entries = await this.read<AuthenticatorEntry[]>(TEST_ENDPOINTS.authenticator);
    const entry = entries.find((one) => one.account === account);
    if (!entry) throw new Error(`no authenticator entry for ${account}`);
    return entry.code;
  }
}

interface ProductionFixtures {
  handset: Handset;
  /** The service reset before the test, the CSP reports checked after it (automatic). */
  productionServer: undefined;
}

export const test = base.extend<ProductionFixtures>({
  productionServer: [
    async ({ request }, use) => {
      expect((await request.post(TEST_ENDPOINTS.reset)).status(), 'resetting the identity service').toBe(204);
      await use(undefined);
      const reports = await (await request.get(TEST_ENDPOINTS.cspReports)).json();
      expect(reports, 'CSP violations the browser reported to the report-uri').toEqual([]);
    },
    { auto: true },
  ],

  handset: async ({ request }, use) => {
    await use(new Handset(request));
  },
});
