// A flow's methods as people choose among them: the list (default first, limits as deadlines) and
// what to suggest instead of the method that did not work.
import type { VerificationMethod } from '../../api/types';

/** The method to offer as "Text me instead" on a call: a text to the same phone, else any text. */
export function textInstead(
  methods: readonly VerificationMethod[],
  currentMethodId: string | null,
): VerificationMethod | null {
  const current = methods.find((method) => method.id === currentMethodId);
  const texts = methods.filter((method) => method.type === 'sms' && method.available);
  return texts.find((method) => method.phoneType === current?.phoneType) ?? texts[0] ?? null;
}

/**
 * Methods worth suggesting instead of the current one: those the backend named, else every other
 * usable method; the recommended one (an authenticator app) first.
 */
export function alternativesTo(
  methods: readonly VerificationMethod[],
  currentMethodId: string | null,
  named: readonly string[] = [],
): VerificationMethod[] {
  const usable = methods.filter((method) => method.available && method.id !== currentMethodId);
  const picked = named.length > 0 ? usable.filter((method) => named.includes(method.id)) : [];
  return [...(picked.length > 0 ? picked : usable)].sort(
    (a, b) => Number(b.recommended ?? false) - Number(a.recommended ?? false),
  );
}

/** A method as a list shows it: when a temporary limit lifts, as a deadline (epoch ms). */
export type ListedMethod = VerificationMethod & { availableAt: number | null };

/** Default first, then the backend's order; a limit's retry time becomes a deadline. */
export function listMethods(methods: readonly VerificationMethod[], now: number): ListedMethod[] {
  return [...methods]
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
    .map((method) => ({
      ...method,
      availableAt: method.retryAfterSeconds === undefined ? null : now + method.retryAfterSeconds * 1000,
    }));
}
