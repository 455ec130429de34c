// The one selector from the reset steps machine's snapshot to the screen that shows it.
import { type ErrorInfo, UNEXPECTED } from '../../api/errors';
import type { FlowStep, PasswordViolation } from '../../api/types';
import { checkPolicy } from '../password-reset/password-rules';
import type { MethodChoice } from '../verification/MethodChoicePage';
import type { NewPasswordProblem, ResetStepsContext, resetStepsMachine } from './machine';

type Snapshot = import('xstate').SnapshotFrom<typeof resetStepsMachine>;

/** The methods page: what every flow's shows, and this flow's own part of it. */
export interface ChooseMethodData extends MethodChoice {
  /** "Step 1 of 2" when the policy wants two. */
  step: FlowStep | null;
}

export interface PasswordRules {
  min: number;
  max: number;
  length: boolean;
  classesNeeded: number;
  classes: boolean;
}

export type ResetStepsScreen =
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
  /** After a reload, the reset could not be read: why, read again, or start again. */
  | { name: 'resumeFailed'; error: ErrorInfo }
  | { name: 'working' };

function chooseMethod(context: ResetStepsContext, starting: boolean): ChooseMethodData {
  return {
    step: context.step && context.step.total > 1 ? context.step : null,
    methods: context.methods,
    alert: context.methodError,
    starting: starting
      ? { calling: context.methods.find((method) => method.id === context.methodId)?.type === 'voice' }
      : null,
  };
}

function rules(context: ResetStepsContext): PasswordRules | null {
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

export function resetStepsScreen(snapshot: Snapshot): ResetStepsScreen {
  const { context } = snapshot;
  if (snapshot.matches('done')) return { name: 'done', username: context.username };
  if (snapshot.matches('choosingMethod')) return { name: 'chooseMethod', ...chooseMethod(context, false) };
  if (snapshot.matches('verifying')) return { name: 'verifying', chooseMethod: chooseMethod(context, true) };
  if (snapshot.matches('newPassword')) {
    const problem = context.passwordProblem;
    return {
      name: 'newPassword',
      username: context.username,
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
  if (snapshot.matches('resumeFailed'))
    return { name: 'resumeFailed', error: context.resumeError ?? UNEXPECTED };
  // reading where a reset stands after a reload, the instant after a verification, leaving
  return { name: 'working' };
}
