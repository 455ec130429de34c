// Contract-shaped answers for machine tests: each builder returns what the backend could send.
import { ApiError, type AppErrorCode } from '../../src/api/errors';
import { PROBLEM_STATUS } from '../../src/api/problem-status';
import type {
  CallStatus,
  Channel,
  ErrorCode,
  Flow,
  FlowAwaitingMethod,
  FlowCompleted,
  FlowPasswordRequired,
  FlowVerifying,
  Problem,
  VerificationMethod,
} from '../../src/api/types';

export const FLOW_ID = 'flow_0123456789abcdefghij';

export const smsMethod: VerificationMethod = {
  id: 'mobile-sms',
  type: 'sms',
  phoneType: 'mobile',
  maskedDestination: '+1 ••• ••• ••10',
  isDefault: true,
  available: true,
};
export const voiceMethod: VerificationMethod = {
  id: 'mobile-voice',
  type: 'voice',
  phoneType: 'mobile',
  maskedDestination: '+1 ••• ••• ••10',
  isDefault: false,
  available: true,
};
export const appMethod: VerificationMethod = {
  id: 'app-code',
  type: 'app-code',
  maskedDestination: 'Authenticator app',
  isDefault: false,
  available: true,
  recommended: true,
};

export function codeFlow(
  overrides: { channel?: Channel; resendInSeconds?: number | null; whatsAppFirstUse?: boolean } = {},
): FlowVerifying {
  return {
    flowId: FLOW_ID,
    kind: 'sms-sign-in',
    stage: 'verifying',
    expiresInSeconds: 600,
    step: { current: 1, total: 1 },
    methods: [],
    verification: {
      id: 'ver-1',
      methodId: 'sms-sign-in',
      type: 'sms',
      channel: overrides.channel ?? 'sms',
      maskedDestination: '+1 ••• ••• ••00',
      whatsAppFirstUse: overrides.whatsAppFirstUse ?? false,
      codeLength: 6,
      codeExpiresInSeconds: 300,
      resendInSeconds: overrides.resendInSeconds === undefined ? 30 : overrides.resendInSeconds,
      attemptsLeft: 5,
    },
  };
}

/** "Verify your identity": the methods to choose from, the text to the mobile the default. */
export function awaitingFlow(
  methods: VerificationMethod[] = [smsMethod, voiceMethod, appMethod],
): FlowAwaitingMethod {
  return {
    flowId: FLOW_ID,
    kind: 'password-sign-in',
    stage: 'awaiting-method',
    expiresInSeconds: 600,
    step: { current: 1, total: 1 },
    methods,
    defaultMethodId: smsMethod.id,
    user: { username: 'megan@contoso.example' },
  };
}

export function appCodeFlow(): FlowVerifying {
  return {
    ...codeFlow({ resendInSeconds: null }),
    kind: 'password-sign-in',
    methods: [smsMethod, voiceMethod, appMethod],
    verification: {
      id: 'ver-app',
      methodId: appMethod.id,
      type: 'app-code',
      channel: 'app',
      maskedDestination: 'Authenticator app',
      codeLength: 6,
      resendInSeconds: null,
      attemptsLeft: 5,
    },
  };
}

export function callFlow(
  status: CallStatus = 'ringing',
  elapsedSeconds = 0,
  remainingSeconds = 30,
): FlowVerifying {
  return {
    flowId: FLOW_ID,
    kind: 'password-sign-in',
    stage: 'verifying',
    expiresInSeconds: 600,
    step: { current: 1, total: 1 },
    methods: [smsMethod, voiceMethod, appMethod],
    verification: {
      id: 'ver-call',
      methodId: voiceMethod.id,
      type: 'voice',
      channel: 'voice',
      maskedDestination: '+1 ••• ••• ••10',
      call: { status, elapsedSeconds, remainingSeconds },
    },
  };
}

export function completedFlow(kind: Flow['kind'] = 'sms-sign-in'): FlowCompleted {
  return {
    flowId: FLOW_ID,
    kind,
    stage: 'completed',
    sessionToken: 'session_0123456789abcdef',
    session: {
      user: { id: 'u-1', displayName: 'Ava Ortiz', username: 'ava@contoso.example' },
      signInMethod: kind === 'sms-sign-in' ? 'sms-sign-in' : 'password-and-sms',
      channel: 'sms',
      maskedDestination: '+1 ••• ••• ••00',
      authenticatedAt: '2026-11-27T09:00:00Z',
      expiresInSeconds: 3600,
    },
  };
}

/** A reset whose checks have passed: the new password's turn, with the policy its checklist shows. */
export function passwordRequiredFlow(): FlowPasswordRequired {
  return {
    flowId: FLOW_ID,
    kind: 'password-reset',
    stage: 'password-required',
    expiresInSeconds: 600,
    passwordPolicy: { minLength: 8, maxLength: 256, minCharacterClasses: 3 },
    user: { username: 'sam@contoso.example' },
  };
}

export function lockedFlow(reason: 'too-many-wrong-codes' | 'fraud-reported' = 'too-many-wrong-codes'): Flow {
  return { flowId: FLOW_ID, kind: 'password-sign-in', stage: 'locked', reason, reference: 'REF-1234' };
}

/**
 * The ApiError the client throws for an answer: a problem answer with the status the contract gives
 * its code (or `status`, for a gateway's 502/504), or one of the client's own codes.
 */
export function problem(code: AppErrorCode, extra: Partial<Problem> = {}, status?: number): ApiError {
  if (!(code in PROBLEM_STATUS)) return new ApiError(code, status ?? null);
  const problemCode = code as ErrorCode;
  const answered = status ?? PROBLEM_STATUS[problemCode];
  return new ApiError(problemCode, answered, {
    type: `urn:problem:sign-in:${code}`,
    title: code,
    status: answered,
    code: problemCode,
    ...extra,
  });
}

export const networkError = () => new ApiError('network-error');
