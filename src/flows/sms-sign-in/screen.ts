// The one selector from the SMS sign-in machine's snapshot to the screen that shows it.
import type { ErrorInfo } from '../../api/errors';
import type { PhoneProblem } from '../../phone/validate';
import type { smsSignInMachine } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof smsSignInMachine>;

export interface PhoneData {
  phone: string;
  country: string | undefined;
  /** What the field's own checks found. */
  problem: PhoneProblem | null;
  /** The backend refused the number itself: said at the field. */
  fieldError: ErrorInfo | null;
  /** Anything else the backend said (a flow that could not go on): said above the form. */
  alert: ErrorInfo | null;
  /** The first code is being sent: the form stays up, busy. */
  sending: boolean;
}

export type SmsSignInScreen = ({ name: 'phone' } & PhoneData) | { name: 'verifying'; phone: PhoneData };

/** Refusals of what was typed, as opposed to everything else that can go wrong. */
const NUMBER_REFUSED = new Set(['invalid-phone-number', 'validation-failed', 'virtual-number']);

function phoneData(snapshot: Snapshot, sending: boolean): PhoneData {
  const { phone, country, phoneProblem, backendError } = snapshot.context;
  const atField = backendError !== null && NUMBER_REFUSED.has(backendError.code);
  return {
    phone,
    country,
    problem: phoneProblem,
    fieldError: atField ? backendError : null,
    alert: atField ? null : backendError,
    sending,
  };
}

export function smsSignInScreen(snapshot: Snapshot): SmsSignInScreen {
  return snapshot.matches('enteringPhone')
    ? { name: 'phone', ...phoneData(snapshot, false) }
    : { name: 'verifying', phone: phoneData(snapshot, true) };
}
