// Tenant policy and the limits of src/behaviour.md#limits, as the mock applies them. Tenants are configuration, not
// state: an administrator's settings do not change while someone signs in.
import { DAY, HOUR, MINUTE, SECOND } from './clock';

export type TenantId = 'contoso.example' | 'trial.example' | 'northwind.example';

export interface Tenant {
  id: TenantId;
  /** The name users see in texts and e-mails ("123456 is your Contoso verification code"). */
  displayName: string;
  /** Trial tenants cannot place verification calls (Entra: "Phone call verification isn't available"). */
  voiceCalls: boolean;
  smsSignIn: boolean;
  /**
   * A free or trial subscription whose codes may come another way than asked (Entra's "delivery
   * method optimizations"): a call as a text, or a text as a call, where the number is reached
   * better that way (numbers.ts, `deliveredBy`). The answer says so (`deliveredInsteadOf`).
   */
  deliveryOptimised: boolean;
  /**
   * Country calling codes the administrator opted in to. Verification by text or call to a code in
   * COUNTRY_CODES_NEEDING_OPT_IN is refused (country-not-enabled) unless it is listed here.
   */
  optedInCountryCodes: string[];
}

export const TENANTS: Record<TenantId, Tenant> = {
  'contoso.example': {
    id: 'contoso.example',
    displayName: 'Contoso',
    voiceCalls: true,
    smsSignIn: true,
    deliveryOptimised: false,
    optedInCountryCodes: [],
  },
  'trial.example': {
    id: 'trial.example',
    displayName: 'Fabrikam',
    voiceCalls: false,
    smsSignIn: false,
    deliveryOptimised: false,
    optedInCountryCodes: [],
  },
  // Another trial: calls are placed, but a code may come the other way where that reaches the phone.
  'northwind.example': {
    id: 'northwind.example',
    displayName: 'Northwind Traders',
    voiceCalls: true,
    smsSignIn: false,
    deliveryOptimised: true,
    optedInCountryCodes: [],
  },
};

/**
 * The tenant that serves the sign-in page. SMS sign-in is asked with only a number, so an unknown
 * number is judged by this tenant's policy (the same answer a registered one would get).
 */
export const HOME_TENANT: TenantId = 'contoso.example';

/** Country calling codes where voice and text verification need the administrator's opt-in. */
const COUNTRY_CODES_NEEDING_OPT_IN: readonly string[] = ['44'];

export function countryAllowed(tenant: Tenant, countryCallingCode: string): boolean {
  return (
    !COUNTRY_CODES_NEEDING_OPT_IN.includes(countryCallingCode) ||
    tenant.optedInCountryCodes.includes(countryCallingCode)
  );
}

export const LIMITS = {
  codeLength: 6,
  codeLifetime: 5 * MINUTE,
  wrongCodesPerFlow: 5,
  resendCooldown: 30 * SECOND,
  /**
   * Texts and calls per hour, counted per user and per number: SMS sign-in counts the number only
   * (whoever holds it), every other flow both the user and the number it sends to.
   */
  textsPerHour: { max: 5, window: HOUR },
  callsPerHour: { max: 5, window: HOUR },
  /**
   * Wrong codes for texts to one number, across every flow, before texts and calls to that number
   * are blocked ("having trouble verifying") for `numberBlock`. With the per-flow lock (5) and the
   * hourly texts (5), a guesser gets at most 10 tries at a number a day instead of 25 an hour.
   */
  wrongCodesPerNumber: { max: 10, window: HOUR },
  numberBlock: DAY,
  /**
   * Entra's smart lockout defaults, per user name as typed (known or not): 10 failed passwords lock
   * it for 1 minute; after that, each further failure locks it again, for twice as long as the last
   * time (2, 4, 8… minutes, at most an hour). A lock refuses even the right password. A successful
   * sign-in, or a day without a failure, forgets the name's failures.
   */
  passwordLockout: {
    threshold: 10,
    firstLockout: MINUTE,
    growth: 2,
    longestLockout: HOUR,
    forgetAfter: DAY,
  },
  failedResetChecks: { max: 5, window: DAY },
  resetLockout: DAY,
  signInFlowLifetime: 10 * MINUTE,
  resetFlowLifetime: 15 * MINUTE,
  securityInfoFlowLifetime: 10 * MINUTE,
  sessionLifetime: 8 * HOUR,
  /**
   * How long after a flow completed its client can get the outcome again (a lost answer), unless
   * the session has been used meanwhile (flows.ts, outcomeRecoverable).
   */
  outcomeRecovery: 2 * MINUTE,
  /** A sign-in with MFA, a step-up or a verified registration this recent lets security info change. */
  stepUpFreshness: 10 * MINUTE,
  humanCheckLifetime: 5 * MINUTE,
  /** Challenges handed out (a page asks for one at a time, and again only after an answer). */
  humanChecksIssued: { max: 30, window: MINUTE },
  idempotencyRetention: DAY,
  /** How long a placed call rings before the backend gives up (no-answer). */
  ringTimeout: 30 * SECOND,
  /** How long an answered call waits for # before it hangs up (no-key). */
  keyTimeout: 10 * SECOND,
  /** A TOTP-like step. */
  authenticatorStep: 30 * SECOND,
} as const;

export const PASSWORD_POLICY = { minLength: 8, maxLength: 256, minCharacterClasses: 3 } as const;
