// The one selector from the password reset machine's snapshot to the screen that shows it.
import type { ErrorInfo } from '../../api/errors';
import type { FlowStep, PasswordViolation } from '../../api/types';
import type { ListedMethod } from '../verification/methods';
import type {
  NewPasswordProblem,
  PasswordResetContext,
  passwordResetMachine,
  UsernameProblem,
} from './machine';
import { checkPolicy } from './password-rules';

type Snapshot = import('xstate').SnapshotFrom<typeof passwordResetMachine>;

export interface ChooseMethodData {
  /** "Step 1 of 2" when the policy wants two. */
  step: FlowStep | null;
  methods: ListedMethod[];
  alert: ErrorInfo | null;
  /** The method chosen is starting: the list stays up, busy. */
  starting: { calling: boolean } | null;
}

export interface PasswordRules {
  min: number;
  max: number;
  length: boolean;
  classesNeeded: number;
  classes: boolean;
}

export type PasswordResetScreen =
  | {
      name: 'identify';
      username: string;
      usernameProblem: UsernameProblem | null;
      check: 'checking' | 'done' | 'failed';
      alert: ErrorInfo | null;
      /** Sending the name, or waiting for the automatic check to finish first. */
      busy: 'submitting' | 'waiting' | null;
    }
  | ({ name: 'chooseMethod' } & ChooseMethodData)
  | { name: 'verifying'; chooseMethod: ChooseMethodData }
  | {
      name: 'newPassword';
      username: string;
      newPassword: string;
      confirmPassword: string;
      rules: PasswordRules | null;
      /** What is wrong at the new password's field, and at the confirmation's. */
      newError: Extract<NewPasswordProblem, 'required' | 'policy'> | null;
      confirmError: Extract<NewPasswordProblem, 'confirm-required' | 'mismatch'> | null;
      /** The backend's refusal (weak, banned, reused) and its reasons, or no answer. */
      alert: ErrorInfo | null;
      violations: PasswordViolation[];
      busy: boolean;
    }
  | { name: 'done'; username: string }
  | { name: 'expired' }
  | { name: 'deadEnd'; error: ErrorInfo }
  | { name: 'lockedOut'; error: ErrorInfo }
  | { name: 'working' };

const UNEXPECTED: ErrorInfo = {
  code: 'unexpected-response',
  status: null,
  retryAfterSeconds: null,
  attemptsLeft: null,
  reference: null,
  alternatives: [],
  fieldErrors: [],
  violations: [],
};

function chooseMethod(context: PasswordResetContext, starting: boolean): ChooseMethodData {
  return {
    step: context.step && context.step.total > 1 ? context.step : null,
    methods: context.methods,
    alert: context.methodError,
    starting: starting
      ? { calling: context.methods.find((method) => method.id === context.methodId)?.type === 'voice' }
      : null,
  };
}

function rules(context: PasswordResetContext): PasswordRules | null {
  const { policy } = context;
  if (!policy) return null;
  const check = checkPolicy(context.newPassword, policy);
  return {
    min: policy.minLength,
    max: policy.maxLength,
    length: check.length,
    classesNeeded: policy.minCharacterClasses,
    classes: check.enoughClasses,
  };
}

export function passwordResetScreen(snapshot: Snapshot): PasswordResetScreen {
  const { context } = snapshot;
  if (snapshot.status === 'done') return { name: 'done', username: context.username.trim() };
  if (snapshot.matches('identifying')) {
    const check = snapshot.matches({ identifying: { check: 'solved' } })
      ? 'done'
      : snapshot.matches({ identifying: { check: 'failed' } })
        ? 'failed'
        : 'checking';
    return {
      name: 'identify',
      username: context.username,
      usernameProblem: context.usernameProblem,
      check,
      alert: context.identifyError,
      busy: snapshot.matches({ identifying: { form: 'submitting' } })
        ? 'submitting'
        : snapshot.matches({ identifying: { form: 'waiting' } })
          ? 'waiting'
          : null,
    };
  }
  if (snapshot.matches('choosingMethod')) return { name: 'chooseMethod', ...chooseMethod(context, false) };
  if (snapshot.matches('verifying')) return { name: 'verifying', chooseMethod: chooseMethod(context, true) };
  if (snapshot.matches('newPassword')) {
    const problem = context.passwordProblem;
    return {
      name: 'newPassword',
      username: context.username.trim(),
      newPassword: context.newPassword,
      confirmPassword: context.confirmPassword,
      rules: rules(context),
      newError: problem === 'required' || problem === 'policy' ? problem : null,
      confirmError: problem === 'confirm-required' || problem === 'mismatch' ? problem : null,
      alert: context.passwordError,
      violations: context.passwordError?.violations ?? [],
      busy: snapshot.hasTag('busy'),
    };
  }
  if (snapshot.matches('expired')) return { name: 'expired' };
  if (snapshot.matches('deadEnd')) return { name: 'deadEnd', error: context.deadEnd ?? UNEXPECTED };
  if (snapshot.matches('lockedOut')) return { name: 'lockedOut', error: context.deadEnd ?? UNEXPECTED };
  // reading where a reset stands after a reload, the instant after a verification
  return { name: 'working' };
}
