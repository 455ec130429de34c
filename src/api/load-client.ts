// The API client (openapi-fetch, the contract's validators) is not needed to draw a first screen:
// nothing is asked of the backend before the person acts. It loads right after the first screen
// (preloadClient), and at the latest with the first request.
const load = () => import('./client');

/** The client, once loaded (the same module every time). */
export const apiClient = load;

/** Resolves once the client and the contract's validators are in (never rejects: a request retries). */
export function preloadClient(): Promise<void> {
  return load().then(
    (client) => client.preloadContract(),
    () => undefined,
  );
}
