// The mock backend for Vitest: one identity service whose clock is Date.now(), so
// vi.useFakeTimers() and vi.setSystemTime() move it, behind MSW's Node server. Its human check is
// easy (test/support/human-check.ts solves it in milliseconds).
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createIdentityService, systemClock } from './identity';
import { createNetworkControl, networkFaults } from './network-faults';

export const identity = createIdentityService({ clock: systemClock, humanCheckMaxNumber: 1_000 });

/** The demo phone's "Network" control, for component tests of the app's faults (network.set('busy')). */
export const network = createNetworkControl();

const service = createHandlers(identity, { baseUrl: '*/api' });

export const server = setupServer(
  networkFaults({ baseUrl: '*/api', setting: network.get, service }),
  ...service,
);

/** Back to the personas' first state and a normal network (test/setup.ts calls it after every test). */
export function resetIdentity(): void {
  identity.reset();
  network.set('normal');
}
