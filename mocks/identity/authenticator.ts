// The demo's authenticator app: a TOTP-like code per user that changes every 30 seconds. It is not
// RFC 6238 (the service is synchronous and nobody scans a QR code here: the demo phone shows the
// codes), but it keeps TOTP's rules: the current and the previous step are accepted, and a step
// that was used once is not accepted again.
import { sameCode } from './codes';
import { digest53 } from './digest';
import { LIMITS } from './policy';

const stepAt = (now: number): number => Math.floor(now / LIMITS.authenticatorStep);

function authenticatorCode(secret: string, step: number): string {
  return String(digest53(`${secret}:${step}`) % 1_000_000).padStart(LIMITS.codeLength, '0');
}

export function currentAuthenticatorCode(
  secret: string,
  now: number,
): { code: string; validForSeconds: number } {
  const step = stepAt(now);
  const nextStepAt = (step + 1) * LIMITS.authenticatorStep;
  return { code: authenticatorCode(secret, step), validForSeconds: Math.ceil((nextStepAt - now) / 1000) };
}

/** The step the code belongs to, if it is accepted now; null otherwise. */
export function acceptAuthenticatorCode(
  secret: string,
  typed: string,
  now: number,
  lastUsedStep: number | null,
): number | null {
  const current = stepAt(now);
  for (const step of [current, current - 1]) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (sameCode(authenticatorCode(secret, step), typed)) return step;
  }
  return null;
}
