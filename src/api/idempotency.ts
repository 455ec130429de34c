/**
 * A fresh key per user action (send a code, place a call): a retry of the same action reuses it, so
 * the backend sends one text however often the request is repeated. Not crypto.randomUUID, which
 * only exists in secure contexts (a demo served over plain http on a LAN is not one).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
