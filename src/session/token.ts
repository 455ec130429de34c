// The session token a completed sign-in returns, kept for this tab only. It is a bearer secret for
// our own backend, not personal data: no phone number or code is ever stored.
import { tabStorage } from './tab-storage';

const KEY = 'ssi.session';

export const sessionToken = {
  get: (): string | null => tabStorage()?.getItem(KEY) ?? null,
  set: (token: string) => tabStorage()?.setItem(KEY, token),
  clear: () => tabStorage()?.removeItem(KEY),
};
