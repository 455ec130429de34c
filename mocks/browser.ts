// The mock backend in the browser (development and the demo build, never production): MSW's
// service worker in front of one identity service, whose state lives in sessionStorage, playing
// the backend's database, so a reload behaves as it would against a real backend.
import { HttpResponse, http } from 'msw';
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { createIdentityService, type StateStorage, systemClock } from './identity';
import { createNetworkControl, networkFaults } from './network-faults';

const STORAGE_KEY = 'self-service-sign-in.demo-backend';

const sessionStorageState: StateStorage = {
  load: () => sessionStorage.getItem(STORAGE_KEY),
  save: (json) => sessionStorage.setItem(STORAGE_KEY, json),
};

// A human check a browser solves in well under a second while the person types their user name.
const identity = createIdentityService({
  clock: systemClock,
  storage: sessionStorageState,
  humanCheckMaxNumber: 50_000,
  // The WebOTP line names a host without its port (the format has no room for one).
  host: location.hostname,
});

/** The personas' handset, for the demo phone panel. */
export const demoPhone = identity.demoPhone;

/** The demo phone's "Network" control, remembered for the tab like the rest of the panel. */
export const network = createNetworkControl({
  load: () => sessionStorage.getItem('demo-phone.network'),
  save: (value) => sessionStorage.setItem('demo-phone.network', value),
});

/**
 * The service worker keeps answering when the browser is offline; a real backend would not be
 * reachable. This fails API requests as network errors instead (Playwright's setOffline(true)).
 */
const offline = http.all('*/api/*', () => (navigator.onLine ? undefined : HttpResponse.error()));

export async function startDemoBackend(): Promise<void> {
  const service = createHandlers(identity, { baseUrl: '*/api' });
  const faults = networkFaults({ baseUrl: '*/api', setting: network.get, service });
  const worker = setupWorker(offline, faults, ...service);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
