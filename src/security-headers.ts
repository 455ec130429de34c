// The page's security policy, in one place: the build writes the Content-Security-Policy into
// index.html as a <meta> (vite.config.ts), `npm run preview` sends every header below, and so does
// the production build's end-to-end server (test/e2e/production-server.ts). The README's "Serve it"
// section tells deployers to send the same headers.

/**
 * What the page may load: its own scripts, styles, images, fonts, workers (the ALTCHA solver, and
 * the demo's service worker) and API, nothing inline, nothing else. `apiOrigin` is a cross-origin
 * API (VITE_API_BASE_URL), which `connect-src` then allows too.
 */
function contentSecurityPolicyDirectives(apiOrigin: string | null): string[] {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    apiOrigin ? `connect-src 'self' ${apiOrigin}` : "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

/** The policy as the build's <meta> carries it (a <meta> ignores frame-ancestors, and warns about it). */
export function contentSecurityPolicyMeta(apiOrigin: string | null): string {
  return contentSecurityPolicyDirectives(apiOrigin).join('; ');
}

/** The same policy as an HTTP header, which can also forbid framing (clickjacking). */
function contentSecurityPolicyHeader(apiOrigin: string | null): string {
  return [...contentSecurityPolicyDirectives(apiOrigin), "frame-ancestors 'none'"].join('; ');
}

/**
 * Browser features the page never uses are turned off for it and anything it could embed. WebOTP
 * (`otp-credentials`, the texted code filled in by the browser) stays allowed for the page itself;
 * the clipboard is left at the browser's default. Only features Chromium knows are listed: it
 * reports an unknown one on the console (Chromium on Linux does not know `bluetooth`, for one).
 */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

const PERMISSIONS_POLICY = [
  ...DENIED_FEATURES.map((feature) => `${feature}=()`),
  'otp-credentials=(self)',
].join(', ');

/** Every header a host should send with the app's files (index.html and the assets alike). */
export function securityHeaders(apiOrigin: string | null): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicyHeader(apiOrigin),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': PERMISSIONS_POLICY,
  };
}
