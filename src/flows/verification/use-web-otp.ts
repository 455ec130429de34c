import { useEffect, useRef } from 'react';

interface OtpCredential extends Credential {
  code: string;
}

/**
 * Reads the code from the incoming SMS where the browser supports WebOTP (Chrome on Android): the
 * text must end with "@<this host> #<code>". Feature-detected; the request is aborted when the
 * screen goes away, so it never fills a later screen.
 */
export function useWebOtp(enabled: boolean, onCode: (code: string) => void) {
  const latest = useRef(onCode);
  latest.current = onCode;
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('OTPCredential' in window)) return;
    const controller = new AbortController();
    navigator.credentials
      .get({ otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions)
      .then((credential) => {
        if (credential && 'code' in credential) latest.current((credential as OtpCredential).code);
      })
      // Aborted, dismissed or unsupported: the person types the code.
      .catch(() => undefined);
    return () => controller.abort();
  }, [enabled]);
}
