// Watches every request the app sends to the mock and every answer the mock gives, during every
// test, and checks both against the contract. test/setup.ts fails the test that saw a violation.
import type { SetupServer } from 'msw/node';
import { type Contract, loadContract } from './openapi';

const API_PREFIX = '/api';

let requestsExempt = false;
let responsesExempt = false;

/**
 * For a test that sends a request the contract forbids on purpose (a malformed body, a missing
 * header) to check how the backend refuses it. Lasts until the end of the current test.
 */
export function allowInvalidRequests(): void {
  requestsExempt = true;
}

/**
 * For a test whose own handler (server.use) answers outside the contract on purpose, to check how
 * the client copes with an unexpected answer. Lasts until the end of the current test.
 */
export function allowInvalidResponses(): void {
  responsesExempt = true;
}

/** The part of the URL below the API's base, or null for anything that is not the API. */
function apiPath(url: string): string | null {
  const { pathname } = new URL(url);
  return pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)
    ? pathname.slice(API_PREFIX.length)
    : null;
}

export interface ContractWatch {
  contract: Contract;
  /** Waits for the checks still running, then hands over (and forgets) what they found. */
  takeViolations(): Promise<string[]>;
}

export function watchContract(server: SetupServer): ContractWatch {
  const contract = loadContract();
  const pending = new Set<Promise<void>>();
  let violations: string[] = [];

  const track = (check: Promise<string[]>, exempt: () => boolean) => {
    const done = check
      .then((found) => {
        if (!exempt()) violations.push(...found);
      })
      .catch((error: unknown) => {
        violations.push(`could not check a message: ${String(error)}`);
      })
      .finally(() => pending.delete(done));
    pending.add(done);
  };

  server.events.on('request:start', ({ request }) => {
    const path = apiPath(request.url);
    if (path === null) return;
    const copy = request.clone();
    track(
      copy
        .text()
        .then((body) =>
          contract.checkRequest({ method: request.method, path, headers: request.headers, body }),
        ),
      () => requestsExempt,
    );
  });

  server.events.on('response:mocked', ({ request, response }) => {
    const path = apiPath(request.url);
    // A network error (HttpResponse.error()) has no status to check: it is the absence of an answer.
    if (path === null || response.type === 'error') return;
    const copy = response.clone();
    track(
      copy.text().then((body) =>
        contract.checkResponse({
          method: request.method,
          path,
          status: response.status,
          headers: response.headers,
          body,
        }),
      ),
      () => responsesExempt,
    );
  });

  return {
    contract,
    async takeViolations() {
      while (pending.size) await Promise.all([...pending]);
      const found = violations;
      violations = [];
      requestsExempt = false;
      responsesExempt = false;
      return found;
    },
  };
}
