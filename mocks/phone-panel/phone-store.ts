// Reads the demo phone for React: a cached snapshot for useSyncExternalStore (the service returns new
// arrays on every read), refreshed when the service says something changed or when asked to (the
// service works out time-driven changes, like a call ringing out, only when it is read).
import { useEffect } from 'react';
import type { AuthenticatorEntry, DemoPhone, PhoneCall, PhoneMessage } from '../identity/demo-phone';

interface PhoneSnapshot {
  messages: PhoneMessage[];
  calls: PhoneCall[];
  authenticator: AuthenticatorEntry[];
}

export interface PhoneStore {
  getSnapshot(): PhoneSnapshot;
  subscribe(listener: () => void): () => void;
  /** Read the phone again; listeners hear only if something changed. */
  refresh(): void;
}

const read = (phone: DemoPhone): PhoneSnapshot => ({
  messages: phone.messages(),
  calls: phone.calls(),
  authenticator: phone.authenticator(),
});

export function createPhoneStore(phone: DemoPhone): PhoneStore {
  let snapshot = read(phone);
  let signature = JSON.stringify(snapshot);
  const listeners = new Set<() => void>();

  const update = (): boolean => {
    const next = read(phone);
    const nextSignature = JSON.stringify(next);
    if (nextSignature === signature) return false;
    snapshot = next;
    signature = nextSignature;
    return true;
  };

  const refresh = () => {
    if (update()) for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => snapshot,
    refresh,
    subscribe(listener) {
      listeners.add(listener);
      // Deferred: the service may notify in the middle of its own work, or while React renders.
      const unsubscribe = phone.subscribe(() => queueMicrotask(refresh));
      // Catch up on anything that happened between the first read and subscribing.
      update();
      return () => {
        listeners.delete(listener);
        unsubscribe();
      };
    },
  };
}

/** Calls `refresh` once a second while `active`. */
export function useEverySecond(refresh: () => void, active: boolean) {
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(refresh, 1000);
    return () => clearInterval(timer);
  }, [refresh, active]);
}
