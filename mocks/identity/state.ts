// The service's whole state: plain JSON, so it can be persisted anywhere (the browser demo keeps it
// in sessionStorage, which plays the backend's database) and a new service resumes where the last
// one stopped. Records hold absolute times from the service's clock; answers turn them into
// relative seconds.
import type {
  Channel,
  DefaultMethod,
  DeliveryKind,
  FlowKind,
  FlowStage,
  PhoneType,
  SignInMethod,
  VerificationMethodType,
} from '../../src/api/types';
import type { CallAnswer, PhoneMessage } from './demo-phone';
import type { PhoneNumber } from './phone-numbers';
import type { TenantId } from './policy';
import type { RandomSource } from './random';

export type TextChannel = 'sms' | 'rcs' | 'whatsapp';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  tenant: TenantId;
  /** A digest, never the password (see passwords.ts); null for accounts that sign in by SMS only. */
  passwordDigest: string | null;
  phones: Partial<Record<PhoneType, PhoneNumber>>;
  /** The mobile is enabled for SMS sign-in (its state also depends on policy and uniqueness). */
  smsSignInEnabled: boolean;
  /** The tenant's SMS sign-in policy leaves this person out (its groups do not include them). */
  excludedFromSmsSignIn: boolean;
  /** An alternate e-mail address for password reset. */
  email: string | null;
  authenticator: { name: string; secret: string } | null;
  /** The last authenticator time step accepted, so a code cannot be replayed (RFC 6238 §5.2). */
  authenticatorLastStep: number | null;
  defaultMethod: DefaultMethod | null;
  blockedByAdministrator: boolean;
  reset: { enabled: boolean; methodsRequired: 1 | 2 };
  /** What this person's phone does with calls when nobody touches the demo phone. */
  callScript: 'voicemail' | null;
}

/** The kinds of verification that send something, each with its own cooldown in a flow. */
type CooledDown = Exclude<VerificationMethodType, 'app-code'>;

/** A proof the person can give: a phone (by text or call), the app, or the alternate e-mail. */
export type Factor = PhoneType | 'app' | 'email';

export type Destination =
  | { kind: 'phone'; phone: PhoneNumber }
  | { kind: 'email'; address: string }
  | { kind: 'app'; name: string };

export interface VerificationRecord {
  id: string;
  methodId: string;
  type: VerificationMethodType;
  factor: Factor;
  channel: Channel;
  /** The way the person asked for, when the code went the other way (a trial's delivery optimisation). */
  deliveredInsteadOf: DeliveryKind | null;
  /** Who the handset shows a WhatsApp or RCS message is from; null for SMS, whose senders vary. */
  sender: string | null;
  destination: Destination;
  whatsAppFirstUse: boolean;
  /** Texts and e-mail: the code that works now (a resend replaces it). */
  code: { value: string; expiresAt: number } | null;
  sentAt: number;
  callId: string | null;
  /**
   * Whose text and call limits it counts against: "number:{e164}" for SMS sign-in, and the user
   * ("user:{id}") too in every other flow.
   */
  limitSubjects: string[];
  /**
   * False for SMS sign-in to a number without an enabled account: the flow looks the same, nothing
   * is delivered, and no code verifies.
   */
  genuine: boolean;
}

export interface FlowRecord {
  id: string;
  /**
   * Given only to the client that created the flow, in that answer: a read that carries it may get
   * the outcome of a completed flow again while it can be recovered (flows.ts, outcomeRecoverable).
   */
  secret: string;
  kind: FlowKind;
  stage: FlowStage;
  expiresAt: number;
  /** Null only for SMS sign-in to a number without an enabled account. */
  userId: string | null;
  /** What the person typed to start (password sign-in and reset); never set for SMS sign-in. */
  username: string | null;
  step: { current: number; total: number };
  /** Password reset: the factors already proven, which step 2 must not offer again. */
  usedFactors: Factor[];
  wrongCodes: number;
  /**
   * When the flow last sent a text, placed a call or e-mailed a code, whichever method it was for:
   * the resend cooldown holds per kind of send across methods. Forgotten when a step is verified.
   */
  lastSent?: Partial<Record<CooledDown, number>>;
  verification: VerificationRecord | null;
  lock: { reason: 'too-many-wrong-codes' | 'fraud-reported'; reference: string } | null;
  /** The session a sign-in flow created. */
  issuedSession: string | null;
  /** When the flow completed: the outcome can be recovered for a short while after. */
  completedAt: number | null;
  /**
   * The code check that completed the flow (its Idempotency-Key and a digest of the request): a
   * retry of that very check is answered as it was, outcome included while it can be recovered.
   */
  completingCheck: { key: string; fingerprint: number } | null;
  /** Step-up and registration: the session that asked. */
  ownerSession: string | null;
  /** Registration: the phone being verified, saved only once verified. */
  registration: { phoneType: PhoneType; phone: PhoneNumber } | null;
}

export interface SessionRecord {
  token: string;
  userId: string;
  signInMethod: SignInMethod;
  channel: Channel | null;
  maskedDestination: string | null;
  authenticatedAt: number;
  expiresAt: number;
  /** When the person last proved a second factor (MFA sign-in, step-up, verified registration). */
  verifiedAt: number | null;
  /** The first request that carried the token: from then on the client evidently has it. */
  usedAt: number | null;
}

export interface CallRecord {
  id: string;
  placedAt: number;
  /** As the handset shows it. */
  to: string;
  flowId: string;
  verificationId: string;
  script: 'voicemail' | null;
  answer: { kind: CallAnswer; at: number } | null;
  hungUpAt: number | null;
}

interface IdempotencyRecord {
  fingerprint: number;
  at: number;
  answer: { status: number; body?: unknown; headers?: Record<string, string> };
}

export interface IdentityState {
  version: typeof STATE_VERSION;
  users: UserRecord[];
  flows: Record<string, FlowRecord>;
  sessions: Record<string, SessionRecord>;
  /** Signs the human checks (human-check.ts); kept with the state so a resumed service trusts them. */
  humanCheckKey: string;
  /** Human checks already used, by challenge, with their expiry: each one is good for one request. */
  spentHumanChecks: Record<string, number>;
  /** Sliding-window limits: timestamps per key (see limits.ts). */
  events: Record<string, number[]>;
  /**
   * The messaging provider's numbers that are not reached by SMS (numbers.ts), by E.164, and
   * whether a WhatsApp number was already told its codes come by WhatsApp.
   */
  numbers: Record<string, { channel: TextChannel; whatsAppNoticeSent: boolean; deliveredBy?: DeliveryKind }>;
  /** Texts and calls to these numbers (E.164) are blocked until then ("having trouble verifying"). */
  numberBlocks: Record<string, { until: number }>;
  /**
   * Smart lockout per user name as typed (trimmed, lower-cased), known or not (passwords.ts): the
   * failures since it was last forgotten, how often it was locked, and until when.
   */
  passwordLockouts: Record<
    string,
    { failures: number; lockouts: number; lockedUntil: number; lastFailureAt: number }
  >;
  /**
   * Password reset locks, per user name as typed (trimmed, lower-cased): until when, and the
   * reference the person can quote.
   */
  resetLocks: Record<string, { until: number; reference: string }>;
  idempotency: Record<string, IdempotencyRecord>;
  /** What the demo phone shows: only what was really delivered to a persona. */
  handset: { messages: PhoneMessage[]; calls: CallRecord[] };
}

/** Bumped whenever the shape changes, so a stale persisted state is reseeded rather than misread. */
export const STATE_VERSION = 6;

/** What every rule gets: the state to read and change, the time of the request, and randomness. */
export interface Context {
  state: IdentityState;
  now: number;
  random: RandomSource;
  /** The sign-in page's host name, which texted codes are bound to (the WebOTP line, messaging.ts). */
  host: string;
  /** The request's Accept-Language, for the words of the texts and e-mails it sends. */
  language?: string | null;
}

export function findUser(state: IdentityState, userId: string | null): UserRecord | undefined {
  return userId === null ? undefined : state.users.find((user) => user.id === userId);
}
