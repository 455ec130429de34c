// The one selector from the verification machine's snapshot to the screen that shows it, with
// everything that screen needs: which error shows at the field and which in an alert, whether help
// is offered, what to suggest instead, and the deadlines its countdowns count to. Screens decide
// nothing; they draw this.
import type { ErrorInfo } from '../../api/errors';
import type { CallStatus, Channel, VerificationMethod } from '../../api/types';
import { maskParts } from '../../phone/mask';
import { type HelpTopics, helpTopics } from './help';
import type { Purpose, VerificationSnapshot, WaysOut } from './machine';
import { alternativesTo, textInstead } from './methods';
import { type CodeProblem, type ConfirmProblem, isVerifying } from './rules';

export type EndedCall = Extract<CallStatus, 'voicemail' | 'no-key' | 'declined' | 'no-answer' | 'timed-out'>;

export type ResendState =
  | { state: 'waiting'; at: number | null }
  /** With why the last try failed, if it did (no answer: try again). */
  | { state: 'ready'; error: ErrorInfo | null }
  | { state: 'resending' }
  | { state: 'limited'; error: ErrorInfo; at: number | null }
  /** No new code for this verification, and why. */
  | { state: 'refused'; error: ErrorInfo }
  | { state: 'none' };

export interface CodeHelp {
  tip: 'sms' | 'whatsapp' | 'email' | 'app';
  resend: ResendState;
  /** Other methods, shown once texts are limited. */
  alternatives: VerificationMethod[];
  /** What else might help, per channel, collapsed. */
  more: HelpTopics;
}

export type CodeFieldError =
  | { kind: 'wrong'; error: ErrorInfo }
  | { kind: 'typed'; problem: CodeProblem }
  | null;

/** "Step 1 of 2" where a flow needs more than one verification (a reset). */
type Step = { current: number; total: number } | null;

export type VerificationScreen =
  /** The first send is under way: the parent keeps showing its own form, busy. */
  | { name: 'starting' }
  /** Sending again, reading the flow, hanging up: progress, with the ways out still there. */
  | { name: 'working'; doing: 'loading' | 'sendingCode' | 'sendingCall' | 'hangingUp'; ways: WaysOut }
  | {
      name: 'confirmNumber';
      step: Step;
      maskedDestination: string;
      callingCode: string | null;
      value: string;
      fieldError: ConfirmProblem | 'mismatch' | null;
      alert: ErrorInfo | null;
      busy: boolean;
      ways: WaysOut;
    }
  | {
      name: 'code';
      step: Step;
      channel: Channel;
      /** A call was asked for, and the code was texted instead (a trial's delivery optimisation). */
      insteadOfCall: boolean;
      maskedDestination: string;
      whatsAppNotice: boolean;
      value: string;
      length: number;
      field: 'editing' | 'checking' | 'expired' | 'throttled';
      fieldError: CodeFieldError;
      /** Failures that are not about what was typed (expired code, no answer, a throttle). */
      alert: ErrorInfo | null;
      retryAt: number | null;
      /** Successful resends so far: each one is announced, and focus goes back to the field. */
      resends: number;
      webOtp: boolean;
      help: CodeHelp | null;
      ways: WaysOut;
    }
  | {
      name: 'calling';
      purpose: Purpose;
      step: Step;
      maskedDestination: string;
      extension: string | null;
      /** A text was asked for, and this call placed instead (a trial's delivery optimisation). */
      insteadOfText: boolean;
      answered: boolean;
      startedAt: number | null;
      endsAt: number | null;
      /** "Didn't get the call?" once it has rung a while; with a text to offer instead, if any. */
      help: { textInstead: VerificationMethod | null; more: HelpTopics } | null;
      /** Why the last check on the call got no answer (offline, busy…): polling goes on meanwhile. */
      trouble: ErrorInfo | null;
      ways: WaysOut;
    }
  | {
      name: 'callEnded';
      step: Step;
      outcome: EndedCall;
      maskedDestination: string;
      textInstead: VerificationMethod | null;
      more: HelpTopics;
      ways: WaysOut;
    }
  | {
      name: 'throttled';
      /** What was refused: a new code, or another call (the wait is worded for it). */
      attempt: 'code' | 'call';
      error: ErrorInfo;
      /** Counted down; null once the person can try again. */
      retryAt: number | null;
      alternatives: VerificationMethod[];
      ways: WaysOut;
    }
  | { name: 'blocked'; error: ErrorInfo; alternatives: VerificationMethod[]; ways: WaysOut }
  | { name: 'denied'; error: ErrorInfo; ways: WaysOut }
  | { name: 'failed'; attempt: 'code' | 'call' | 'read'; error: ErrorInfo; ways: WaysOut }
  /**
   * An answer outside the contract (or a key the backend says was reused): what it was, "Try again"
   * where the request can be made again, and the ways out.
   */
  | { name: 'unexpected'; error: ErrorInfo; retry: boolean; ways: WaysOut }
  | {
      name: 'stopped';
      purpose: Purpose;
      reason: 'expired' | 'codes' | 'fraud';
      reference: string | null;
      ways: WaysOut;
    }
  /** The child is done; the parent moves on. */
  | { name: 'finished' };

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

const stepOf = ({ context }: VerificationSnapshot): Step =>
  context.step && context.step.total > 1 ? context.step : null;

const currentMethodId = ({ context }: VerificationSnapshot) =>
  isVerifying(context.flow)
    ? context.flow.verification.methodId
    : context.send?.kind === 'method'
      ? context.send.methodId
      : null;

const currentMethod = (snapshot: VerificationSnapshot) =>
  snapshot.context.methods.find((method) => method.id === currentMethodId(snapshot));

/** Whether the request being sent places a call. */
function placesCall(snapshot: VerificationSnapshot): boolean {
  const { send, flow } = snapshot.context;
  if (send?.kind === 'register-phone' || send?.kind === 'change-phone') return send.verifyBy === 'voice';
  if (isVerifying(flow)) return flow.verification.type === 'voice';
  return currentMethod(snapshot)?.type === 'voice';
}

/** The authenticator app, when the flow offers it and it isn't the method in use. */
const appInstead = ({ context }: VerificationSnapshot, currentId: string) =>
  context.methods.find(
    (method) => method.type === 'app-code' && method.available && method.id !== currentId,
  ) ?? null;

/** A text instead of a call, unless the call was placed because a text can't reach the phone. */
function textInsteadOfCall(snapshot: VerificationSnapshot): VerificationMethod | null {
  const { context } = snapshot;
  if (!isVerifying(context.flow)) return null;
  const { verification } = context.flow;
  return verification.deliveredInsteadOf === 'sms'
    ? null
    : textInstead(context.methods, verification.methodId);
}

/** The help topics for the verification under way (help.ts), with what support needs to know. */
function topicsFor(snapshot: VerificationSnapshot, canResend: boolean, at: number | null): HelpTopics {
  const { context } = snapshot;
  if (!isVerifying(context.flow)) throw new Error('Help is only offered while verifying');
  const { flow } = context;
  const { verification } = flow;
  return helpTopics({
    channel: verification.channel,
    flowKind: flow.kind,
    ways: context.ways,
    canResend,
    app: appInstead(snapshot, verification.methodId),
    textInstead: verification.type === 'voice' ? textInsteadOfCall(snapshot) : null,
    sender: verification.sender ?? null,
    support: { reference: verification.id, at },
  });
}

const TIPS = { whatsapp: 'whatsapp', email: 'email', app: 'app' } as const;

function resendState(snapshot: VerificationSnapshot): ResendState {
  const { resendAt, resendFailure } = snapshot.context;
  if (snapshot.matches({ code: { resend: 'ready' } }))
    return { state: 'ready', error: resendFailure?.error ?? null };
  if (snapshot.matches({ code: { resend: 'resending' } })) return { state: 'resending' };
  if (snapshot.matches({ code: { resend: 'limited' } }) && resendFailure)
    return { state: 'limited', error: resendFailure.error, at: resendAt };
  if (snapshot.matches({ code: { resend: 'coolingDown' } })) return { state: 'waiting', at: resendAt };
  return resendFailure ? { state: 'refused', error: resendFailure.error } : { state: 'none' };
}

/** A screen whose flow is not the kind it shows (a backend's answer this app can't follow). */
const cannotShow = (ways: WaysOut): VerificationScreen => ({
  name: 'unexpected',
  error: UNEXPECTED,
  retry: false,
  ways,
});

function codeScreen(snapshot: VerificationSnapshot): VerificationScreen {
  const { context } = snapshot;
  if (!isVerifying(context.flow)) return cannotShow(context.ways);
  // The check's or the resend's answer made no sense: asked again from the unexpected screen.
  if (snapshot.matches({ code: { field: 'unexpected' } }))
    return {
      name: 'unexpected',
      error: context.failure?.error ?? UNEXPECTED,
      retry: true,
      ways: context.ways,
    };
  if (snapshot.matches({ code: { resend: 'unexpected' } }))
    return {
      name: 'unexpected',
      error: context.resendFailure?.error ?? UNEXPECTED,
      retry: true,
      ways: context.ways,
    };
  const { verification } = context.flow;
  const field = snapshot.matches({ code: { field: 'checking' } })
    ? 'checking'
    : snapshot.matches({ code: { field: 'codeExpired' } })
      ? 'expired'
      : snapshot.matches({ code: { field: 'throttled' } })
        ? 'throttled'
        : 'editing';
  const failure = context.failure;
  const fieldError: CodeFieldError =
    failure?.kind === 'wrong'
      ? { kind: 'wrong', error: failure.error }
      : context.codeProblem
        ? { kind: 'typed', problem: context.codeProblem }
        : null;
  const resend = resendState(snapshot);
  const helpOffered =
    snapshot.matches({ code: { help: 'offered' } }) ||
    field === 'expired' ||
    resend.state === 'ready' ||
    resend.state === 'resending' ||
    resend.state === 'limited' ||
    resend.state === 'refused';
  return {
    name: 'code',
    step: stepOf(snapshot),
    channel: verification.channel,
    insteadOfCall: verification.deliveredInsteadOf === 'voice',
    maskedDestination: verification.maskedDestination,
    whatsAppNotice: verification.whatsAppFirstUse === true,
    value: context.code,
    length: context.codeLength,
    field,
    fieldError,
    alert: failure && failure.kind !== 'wrong' ? failure.error : null,
    retryAt: field === 'throttled' ? context.retryAt : null,
    resends: context.resends,
    webOtp: verification.channel === 'sms',
    help: helpOffered
      ? {
          tip: verification.channel in TIPS ? TIPS[verification.channel as keyof typeof TIPS] : 'sms',
          resend,
          alternatives:
            resend.state === 'limited'
              ? alternativesTo(context.methods, verification.methodId, resend.error.alternatives)
              : [],
          more: topicsFor(
            snapshot,
            resend.state === 'ready' || resend.state === 'resending' || resend.state === 'waiting',
            context.sentAt,
          ),
        }
      : null,
    ways: context.ways,
  };
}

function callScreen(snapshot: VerificationSnapshot): VerificationScreen {
  const { context } = snapshot;
  if (!isVerifying(context.flow)) return cannotShow(context.ways);
  const { verification } = context.flow;
  return {
    name: 'calling',
    purpose: context.purpose,
    step: stepOf(snapshot),
    maskedDestination: verification.maskedDestination,
    extension: verification.extension ?? null,
    insteadOfText: verification.deliveredInsteadOf === 'sms',
    answered: verification.call?.status === 'answered',
    startedAt: context.callStartedAt,
    endsAt: context.callEndsAt,
    help: snapshot.matches({ calling: { help: 'offered' } })
      ? {
          textInstead: textInsteadOfCall(snapshot),
          more: topicsFor(snapshot, false, context.callStartedAt),
        }
      : null,
    trouble: context.failure?.error ?? null,
    ways: context.ways,
  };
}

function callEndedScreen(snapshot: VerificationSnapshot): VerificationScreen {
  const { context } = snapshot;
  if (!isVerifying(context.flow)) return cannotShow(context.ways);
  const { verification } = context.flow;
  const status = verification.call?.status;
  const outcome: EndedCall =
    !context.callTimedOut &&
    (status === 'voicemail' || status === 'no-key' || status === 'declined' || status === 'no-answer')
      ? status
      : 'timed-out';
  return {
    name: 'callEnded',
    step: stepOf(snapshot),
    outcome,
    maskedDestination: verification.maskedDestination,
    textInstead: textInsteadOfCall(snapshot),
    more: topicsFor(snapshot, false, context.callStartedAt),
    ways: context.ways,
  };
}

function stoppedScreen(snapshot: VerificationSnapshot): VerificationScreen {
  const { flow, failure, ways, purpose } = snapshot.context;
  if (snapshot.matches('expired'))
    return { name: 'stopped', purpose, reason: 'expired', reference: null, ways };
  return flow?.stage === 'locked'
    ? {
        name: 'stopped',
        purpose,
        reason: flow.reason === 'fraud-reported' ? 'fraud' : 'codes',
        reference: flow.reference ?? null,
        ways,
      }
    : { name: 'stopped', purpose, reason: 'codes', reference: failure?.error.reference ?? null, ways };
}

export function verificationScreen(snapshot: VerificationSnapshot): VerificationScreen {
  if (snapshot.status === 'done') return { name: 'finished' };
  const { context } = snapshot;
  const { ways } = context;
  const error = context.failure?.error ?? UNEXPECTED;
  const alternatives = () => alternativesTo(context.methods, currentMethodId(snapshot), error.alternatives);

  if (snapshot.matches('code')) return codeScreen(snapshot);
  if (snapshot.matches('calling')) return callScreen(snapshot);
  if (
    snapshot.matches('confirmingNumber') ||
    (snapshot.matches('sending') && context.flow === null && context.confirmNumber !== '')
  ) {
    const masked = currentMethod(snapshot)?.maskedDestination ?? '';
    const mismatch = context.failure?.kind === 'mismatch';
    return {
      name: 'confirmNumber',
      step: stepOf(snapshot),
      maskedDestination: masked,
      callingCode: maskParts(masked)?.callingCode ?? null,
      value: context.confirmNumber,
      fieldError: mismatch ? 'mismatch' : context.confirmProblem,
      alert: context.failure && !mismatch ? context.failure.error : null,
      busy: snapshot.hasTag('busy'),
      ways,
    };
  }
  if (snapshot.matches('sending'))
    return context.flow === null && context.resumeFlowId === null
      ? { name: 'starting' }
      : { name: 'working', doing: placesCall(snapshot) ? 'sendingCall' : 'sendingCode', ways };
  if (snapshot.matches('hangingUp')) return { name: 'working', doing: 'hangingUp', ways };
  if (snapshot.matches('callEnded')) return callEndedScreen(snapshot);
  if (snapshot.matches('throttled') || snapshot.matches('retryable'))
    return {
      name: 'throttled',
      attempt: placesCall(snapshot) ? 'call' : 'code',
      error,
      retryAt: snapshot.matches('throttled') ? context.retryAt : null,
      alternatives: alternatives(),
      ways,
    };
  if (snapshot.matches('blocked')) return { name: 'blocked', error, alternatives: alternatives(), ways };
  if (snapshot.matches('denied')) return { name: 'denied', error, ways };
  if (snapshot.matches('sendFailed'))
    return { name: 'failed', attempt: placesCall(snapshot) ? 'call' : 'code', error, ways };
  if (snapshot.matches('readFailed')) return { name: 'failed', attempt: 'read', error, ways };
  if (snapshot.matches('unexpected')) return { name: 'unexpected', error, retry: true, ways };
  if (snapshot.matches('locked') || snapshot.matches('expired')) return stoppedScreen(snapshot);
  // starting, reading, and the instants between an answer and the state it leads to
  return { name: 'working', doing: snapshot.matches('hungUp') ? 'hangingUp' : 'loading', ways };
}
