// The new password checked against the policy the flow returned, as the person types: what the
// live checklist shows. The backend decides (it also refuses common, personal and reused
// passwords); these are the same rules as the contract states them, so the two agree.
import type { PasswordPolicy } from '../../api/types';

const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u];

export interface PolicyCheck {
  /** Between the policy's minimum and maximum length, in characters (code points). */
  length: boolean;
  /** How many of the four classes (lower case, upper case, digits, symbols) it has. */
  classes: number;
  enoughClasses: boolean;
  met: boolean;
}

export function checkPolicy(password: string, policy: PasswordPolicy): PolicyCheck {
  const characters = [...password].length;
  const length = characters >= policy.minLength && characters <= policy.maxLength;
  const classes = CLASSES.filter((pattern) => pattern.test(password)).length;
  const enoughClasses = classes >= policy.minCharacterClasses;
  return { length, classes, enoughClasses, met: length && enoughClasses };
}
