import type { VerificationMethod } from '../../api/types';

/**
 * What the parent flow offers on every verification screen. Choosing any of these is the parent's
 * business: it stops the verification (and any call polling) and goes where the person asked.
 */
export interface WaysOut {
  /** The flow's methods, for "other ways to verify" suggestions (empty for SMS sign-in). */
  methods: readonly VerificationMethod[];
  currentMethodId: string | null;
  onSelectMethod?: (methodId: string) => void;
  /** "Sign in another way". */
  anotherWay?: { label: string; onSelect: () => void };
  /** "Cancel the call" (where there is something else to choose). */
  cancelCall?: () => void;
  /** "Use a different number" / "Start again". */
  restart: { label: string; onSelect: () => void };
}

/**
 * Methods worth suggesting instead of the current one: those the backend named, else every other
 * usable method; the recommended one (an authenticator app) first.
 */
export function suggestions(ways: WaysOut, named: readonly string[] = []): VerificationMethod[] {
  const usable = ways.methods.filter((method) => method.available && method.id !== ways.currentMethodId);
  const picked = named.length > 0 ? usable.filter((method) => named.includes(method.id)) : usable;
  return [...(picked.length > 0 ? picked : usable)].sort(
    (a, b) => Number(b.recommended ?? false) - Number(a.recommended ?? false),
  );
}
