// The page's security policy (security-headers.ts) is one source for the build's CSP <meta>, the
// headers `npm run preview` and the production build's end-to-end server send, and the README's
// "Serve it" section, which deployers copy: this keeps them from drifting apart.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyMeta, securityHeaders } from '../../src/security-headers';

const README = join(dirname(fileURLToPath(import.meta.url)), '../../README.md');

describe('the security headers', () => {
  it('are the ones the README tells deployers to send', () => {
    const block = readFileSync(README, 'utf8').match(/\n## Serve it\n[\s\S]*?```http\n([\s\S]*?)```/)?.[1];
    expect(block, 'an http block in the README’s "Serve it" section').toBeDefined();
    const listed = Object.fromEntries(
      block!
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );
    expect(listed).toEqual(securityHeaders(null));
  });

  it('carry the build’s <meta> policy, plus frame-ancestors, which only a header can say', () => {
    expect(securityHeaders(null)['Content-Security-Policy']).toBe(
      `${contentSecurityPolicyMeta(null)}; frame-ancestors 'none'`,
    );
    expect(contentSecurityPolicyMeta(null)).not.toContain('frame-ancestors');
  });

  it('let a cross-origin API through connect-src, in the header and the <meta> alike', () => {
    const api = 'https://login.example.com';
    expect(contentSecurityPolicyMeta(api)).toContain(`connect-src 'self' ${api};`);
    expect(securityHeaders(api)['Content-Security-Policy']).toContain(`connect-src 'self' ${api};`);
  });

  it('turn off the features the app does not use and keep WebOTP for the page', () => {
    const policy = securityHeaders(null)['Permissions-Policy'];
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
      expect(policy).toContain(`${feature}=()`);
    }
    expect(policy).toContain('otp-credentials=(self)');
    expect(policy).not.toMatch(/clipboard/);
  });
});
