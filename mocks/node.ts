// The mock backend for Vitest: one identity service whose clock is Date.now(), so
// vi.useFakeTimers() and vi.setSystemTime() move it, behind MSW's Node server. Its human check is
// easy (test/support/human-check.ts solves it in milliseconds).
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createIdentityService, systemClock } from './identity';

export const identity = createIdentityService({ clock: systemClock, humanCheckMaxNumber: 1_000 });

export const server = setupServer(...createHandlers(identity, { baseUrl: '*/api' }));

/** Back to the personas' first state (test/setup.ts calls it after every test). */
export function resetIdentity(): void {
  identity.reset();
}
