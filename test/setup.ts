// Vitest set-up for every test file: DOM matchers, the mock backend (MSW + the identity service),
// and the contract watch: a request or an answer that breaks src/api/openapi.yaml fails the test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import { resetIdentity, server } from '../mocks/node';
import { watchContract } from './contract/recorder';

expect.extend(axeMatchers);

// jsdom has <dialog> but not its modal methods: open and close it as a browser would (the top layer,
// inertness and Escape are the browser's, and the end-to-end tests check them in Chromium).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

const contractWatch = watchContract(server);

// A screen that shows a message id instead of words has a catalog part missing (src/content/i18n.ts
// says so on the console in development): fail the test that showed it.
const missingMessages: string[] = [];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('No message "')) missingMessages.push(args[0]);
  consoleError(...args);
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(async () => {
  cleanup();
  const violations = await contractWatch.takeViolations();
  server.resetHandlers();
  resetIdentity();
  // Test files may opt into the node environment, which has no DOM storage.
  globalThis.sessionStorage?.clear();
  const missing = missingMessages.splice(0);
  if (missing.length)
    throw new Error(`A screen showed a message id:\n- ${[...new Set(missing)].join('\n- ')}`);
  if (violations.length) {
    throw new Error(`The mock or the app broke the API contract:\n- ${violations.join('\n- ')}`);
  }
});

afterAll(() => server.close());
