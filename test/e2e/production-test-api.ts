// The test-only endpoints of the production build's end-to-end server (production-server.ts), which
// the journeys (production.spec.ts) call instead of the demo phone panel dist/ does not have. They
// exist on that server only, never in the app or the demo.

/** Everything test-only lives under this path. */
export const TEST_API = '/__test__';

export const TEST_ENDPOINTS = {
  /** POST: the identity service back to the personas' first state, and the CSP reports forgotten. */
  reset: `${TEST_API}/reset`,
  /** GET: every text and e-mail the personas received, newest first (mocks/identity's PhoneMessage). */
  messages: `${TEST_API}/handset/messages`,
  /** GET: every call, newest first (PhoneCall). */
  calls: `${TEST_API}/handset/calls`,
  /** POST {"answer": CallAnswer}: answer a ringing call as the demo phone's buttons do. */
  answer: (callId: string) => `${TEST_API}/handset/calls/${encodeURIComponent(callId)}/answer`,
  /** GET: every authenticator app entry with its current code (AuthenticatorEntry). */
  authenticator: `${TEST_API}/handset/authenticator`,
  /** The CSP's report-uri: POST by the browser; GET lists what it reported since the last reset. */
  cspReports: `${TEST_API}/csp-reports`,
} as const;
