// Security info (src/behaviour.md#security-info): the signed-in person's methods, and every change
// to them: add or change a phone (verified by the shared verification before it is saved), delete
// one, choose the default method, turn SMS sign-in on or off. A person who has methods and has not
// verified lately proves it is them first (a step-up, with the same method list and verification as
// sign-in), then the change they asked for goes ahead with what they typed kept.
import { assign, fromPromise, setup } from 'xstate';
import { describeError, type ErrorInfo } from '../../api/errors';
import { apiClient } from '../../api/load-client';
import type {
  AuthenticationMethods,
  DefaultMethod,
  DeliveryKind,
  Flow,
  PhoneMethodId,
  PhoneType,
} from '../../api/types';
import type { PhoneProblem } from '../../phone/validate';
import { sessionToken } from '../../session/token';
import { errorOf, outputOf, snapshotOf } from '../actor-events';
import { methodGuards, verificationActors, verifiedState, verifyingState } from '../parent-states';
import { forgetFlow, rememberFlow } from '../remembered-flow';
import type { SendRequest, VerificationOutput, WaysOut } from '../verification/machine';
import { type ListedMethod, listMethods } from '../verification/methods';
import { abandonFlow, childFlowId, leftForMethod, outcomeGuards, rejectionOf } from '../verification-parent';
import { extensionValid, verifyOptions } from './rules';

export interface SecurityInfoInput {
  token: string | null;
  /** A registration under way before a reload (its flow id), to pick up again. */
  resumeFlowId?: string | null;
  /** The tenant's default country (ISO 3166 alpha-2): a new form starts in it. */
  defaultCountry?: string;
}

/** One change the person asked for: kept whole through a step-up. */
export type Change =
  | { kind: 'add'; phoneType: PhoneType; phoneNumber: string; verifyBy: DeliveryKind }
  | {
      kind: 'change';
      methodId: PhoneMethodId;
      phoneType: PhoneType;
      phoneNumber: string;
      verifyBy: DeliveryKind;
    }
  | { kind: 'delete'; methodId: PhoneMethodId; phoneType: PhoneType }
  | { kind: 'default'; method: DefaultMethod }
  | { kind: 'sms'; methodId: PhoneMethodId; enable: boolean };

/** What the add/change form holds, as typed: it survives refusals, a step-up and a cancelled call. */
export interface Draft {
  mode: 'add' | 'change';
  /** The phone being changed. */
  methodId: PhoneMethodId | null;
  phoneType: PhoneType | null;
  /** E.164 as the phone field reports it, '' while nothing valid-looking is typed. */
  phone: string;
  country: string | undefined;
  /** The number in directory format ("+1 4255550100"), worked out by the phone field; null if none. */
  directory: string | null;
  /** What the phone field found wrong with the number (it knows the numbering plans). */
  phoneProblem: PhoneProblem | null;
  extension: string;
}

export type DraftProblem = 'type-required' | 'extension-invalid' | PhoneProblem;

/** Done, to say so (announced) on the list. */
export type Notice =
  | { kind: 'added' | 'changed' | 'deleted'; phoneType: PhoneType | null }
  | { kind: 'default' | 'smsEnabled' | 'smsDisabled' };

export type SecurityInfoEvent =
  | { type: 'RETRY' }
  | { type: 'ADD' }
  | { type: 'CHANGE'; methodId: PhoneMethodId }
  | { type: 'DELETE'; methodId: PhoneMethodId }
  | { type: 'DELETE.CONFIRM' }
  | { type: 'DEFAULT.CHANGE' }
  | { type: 'DEFAULT.SELECT'; method: DefaultMethod }
  | { type: 'DEFAULT.SAVE' }
  | { type: 'SMS.ENABLE'; methodId: PhoneMethodId }
  | { type: 'SMS.DISABLE'; methodId: PhoneMethodId }
  /** Close a dialog, or leave the form or the step-up, changing nothing. */
  | { type: 'CANCEL' }
  | { type: 'DRAFT.TYPE'; phoneType: PhoneType }
  | {
      type: 'DRAFT.NUMBER';
      phone: string;
      country: string | undefined;
      directory: string | null;
      problem: PhoneProblem | null;
    }
  | { type: 'DRAFT.EXTENSION'; extension: string }
  | { type: 'DRAFT.SUBMIT'; verifyBy: DeliveryKind }
  /** Step-up: one of the person's methods. */
  | { type: 'METHOD.SELECT'; methodId: string };

export interface SecurityInfoContext {
  token: string | null;
  defaultCountry: string | undefined;
  methods: AuthenticationMethods | null;
  /** The list could not be read. */
  loadError: ErrorInfo | null;
  draft: Draft;
  draftProblem: DraftProblem | null;
  /** The change asked for, until it is done, refused or given up. */
  change: Change | null;
  /** Why the last change was refused or failed: shown where it was asked for. */
  error: ErrorInfo | null;
  notice: Notice | null;
  /** The default picked in its dialog, before saving. */
  defaultChoice: DefaultMethod | null;
  /** A step-up passed in this visit (the backend says when one is needed again). */
  steppedUp: boolean;
  stepUpFlowId: string | null;
  stepUpMethods: ListedMethod[];
  stepUpMethodId: string | null;
  stepUpError: ErrorInfo | null;
  /** A registration to pick up after a reload, and the one under way (its flow id). */
  resumeFlowId: string | null;
  registrationFlowId: string | null;
  outcome: VerificationOutput | null;
}

const STEP_UP_WAYS: WaysOut = {
  anotherWay: 'securityInfo.stepUp.anotherMethod',
  restart: 'securityInfo.cancel',
  cancelCall: true,
};

const REGISTRATION_WAYS: WaysOut = { restart: 'securityInfo.cancel', cancelCall: true };

const EMPTY_DRAFT: Draft = {
  mode: 'add',
  methodId: null,
  phoneType: null,
  phone: '',
  country: undefined,
  directory: null,
  phoneProblem: 'required',
  extension: '',
};

/** What is wrong with the form before anything is sent (the backend checks it all again). */
export function draftProblem(draft: Draft): DraftProblem | null {
  if (draft.phoneType === null) return 'type-required';
  if (draft.phoneProblem) return draft.phoneProblem;
  if (draft.phoneType === 'office' && !extensionValid(draft.extension)) return 'extension-invalid';
  return null;
}

/** The number to register, in directory format; an extension on an office phone only. */
const numberOf = (draft: Draft) =>
  `${draft.directory}${draft.phoneType === 'office' && draft.extension !== '' ? `x${draft.extension}` : ''}`;

const NOTICE_OF = { add: 'added', change: 'changed', delete: 'deleted' } as const;

const changeOf = (context: SecurityInfoContext) => context.change!;
const stepUpGuards = methodGuards(
  (context: Pick<SecurityInfoContext, 'stepUpMethods'>) => context.stepUpMethods,
);

export const securityInfoMachine = setup({
  types: {
    input: {} as SecurityInfoInput,
    context: {} as SecurityInfoContext,
    events: {} as SecurityInfoEvent,
    output: {} as { to: 'sign-in' },
    children: {} as {
      loadMethods: 'loadMethods';
      saveChange: 'saveChange';
      startStepUp: 'startStepUp';
      verification: 'verification';
      loadVerification: 'loadVerification';
    },
    tags: {} as 'busy',
  },
  actors: {
    // The statechart downloads when a verification is about to start: the list does not need it.
    ...verificationActors,
    loadMethods: fromPromise<AuthenticationMethods, { token: string }>(async ({ input, signal }) =>
      (await apiClient()).listAuthenticationMethods(input.token, signal),
    ),
    /** Delete, default, SMS sign-in: the methods as they now stand, or null when to read them again. */
    saveChange: fromPromise<AuthenticationMethods | null, { token: string; change: Change }>(
      async ({ input, signal }) => {
        const api = await apiClient();
        const { token, change } = input;
        switch (change.kind) {
          case 'delete':
            await api.deletePhoneMethod(token, change.methodId, signal);
            return null;
          case 'default':
            return api.setDefaultMethod(token, change.method, signal);
          case 'sms':
            return api.setSmsSignIn(token, change.methodId, change.enable, signal);
          default:
            throw new Error(`saveChange: a ${change.kind} is verified, not saved`);
        }
      },
    ),
    startStepUp: fromPromise<Flow, { token: string }>(async ({ input, signal }) =>
      (await apiClient()).startStepUp(input.token, signal),
    ),
  },
  guards: {
    ...outcomeGuards,
    hasToken: ({ context }) => context.token !== null,
    resuming: ({ context }) => context.resumeFlowId !== null,
    failedWith: ({ event }, { code }: { code: string }) => describeError(errorOf(event)).code === code,
    outcomeFailedWith: ({ context }, { code }: { code: string }) =>
      context.outcome?.outcome === 'rejected' && context.outcome.failure.error.code === code,
    /** Someone with methods who has not proved it is them lately proves it first. */
    needsStepUp: ({ context }) => context.methods?.stepUpRequired === true && !context.steppedUp,
    verifiesNumber: ({ context }) => context.change?.kind === 'add' || context.change?.kind === 'change',
    draftValid: ({ context, event }) =>
      event.type === 'DRAFT.SUBMIT' &&
      draftProblem(context.draft) === null &&
      context.draft.phoneType !== null &&
      verifyOptions(context.draft.phoneType).includes(event.verifyBy),
    hasDraft: ({ context }) => context.draft.phoneType !== null,
    fromForm: ({ context }) => context.change?.kind === 'add' || context.change?.kind === 'change',
    fromDefaultDialog: ({ context }) => context.change?.kind === 'default',
    defaultUnchanged: ({ context }) =>
      context.defaultChoice === null || context.defaultChoice === context.methods?.defaultMethod,
    answeredMethods: ({ event }) => outputOf<AuthenticationMethods | null>(event) !== null,
    /** The registration's flow id, when the child first knows it (or a new one). */
    newRegistrationFlow: ({ context, event }) => {
      const flowId = childFlowId(snapshotOf(event));
      return flowId !== null && flowId !== context.registrationFlowId;
    },
    stepUpMethodUsable: stepUpGuards.methodUsable,
    leftForUsableMethod: stepUpGuards.leftForUsableMethod,
  },
  actions: {
    forgetSession: () => sessionToken.clear(),
    recordError: assign({ error: ({ event }) => describeError(errorOf(event)) }),
    recordOutcome: assign({ outcome: ({ event }) => outputOf<VerificationOutput>(event) }),
    acceptMethods: assign({ methods: ({ event }) => outputOf<AuthenticationMethods>(event) }),
    /** The notice for the change just done; the change is over. */
    announceDone: assign(({ context }) => {
      const change = context.change;
      const notice: Notice =
        change === null
          ? // a registration picked up after a reload: which phone it was is not known here
            { kind: 'added', phoneType: null }
          : change.kind === 'default'
            ? { kind: 'default' }
            : change.kind === 'sms'
              ? { kind: change.enable ? 'smsEnabled' : 'smsDisabled' }
              : { kind: NOTICE_OF[change.kind], phoneType: change.phoneType };
      return { notice, change: null, error: null, defaultChoice: null };
    }),
    keepRegistrationFlow: assign({ registrationFlowId: ({ event }) => childFlowId(snapshotOf(event)) }),
    rememberRegistration: ({ context }) => {
      if (context.registrationFlowId) rememberFlow('register-phone', context.registrationFlowId);
    },
    forgetRegistration: assign(() => {
      forgetFlow('register-phone');
      return { registrationFlowId: null, resumeFlowId: null };
    }),
    abandonStepUp: assign(({ context }) => {
      abandonFlow('step-up', context.stepUpFlowId);
      return { stepUpFlowId: null, stepUpMethods: [], stepUpMethodId: null, stepUpError: null };
    }),
    /** Proved: the change goes ahead; this step-up is over. */
    finishStepUp: assign({ steppedUp: true, stepUpFlowId: null, stepUpMethods: [], stepUpMethodId: null }),
    chooseLeftStepUpMethod: assign(({ context }) => ({ stepUpMethodId: leftForMethod(context.outcome) })),
    explainStepUpRejection: assign(({ context }) => ({ stepUpError: rejectionOf(context.outcome) })),
    explainStepUpLoadFailure: assign({ stepUpError: ({ event }) => describeError(errorOf(event)) }),
    acceptStepUp: assign(({ event }) => {
      const flow = outputOf<Flow>(event);
      return {
        stepUpFlowId: flow.flowId,
        stepUpMethods:
          flow.stage === 'awaiting-method' || flow.stage === 'verifying'
            ? listMethods(flow.methods, Date.now())
            : [],
        stepUpError: null,
      };
    }),
  },
}).createMachine({
  id: 'securityInfo',
  context: ({ input }) => ({
    token: input.token,
    defaultCountry: input.defaultCountry,
    methods: null,
    loadError: null,
    draft: EMPTY_DRAFT,
    draftProblem: null,
    change: null,
    error: null,
    notice: null,
    defaultChoice: null,
    steppedUp: false,
    stepUpFlowId: null,
    stepUpMethods: [],
    stepUpMethodId: null,
    stepUpError: null,
    resumeFlowId: input.resumeFlowId ?? null,
    registrationFlowId: null,
    outcome: null,
  }),
  initial: 'booting',
  states: {
    booting: { always: [{ guard: 'hasToken', target: 'loading' }, { target: 'signedOut' }] },
    loading: {
      tags: ['busy'],
      invoke: {
        id: 'loadMethods',
        src: 'loadMethods',
        input: ({ context }) => ({ token: context.token! }),
        onDone: [
          { guard: 'resuming', target: 'registering', actions: 'acceptMethods' },
          { target: 'overview', actions: ['acceptMethods', assign({ loadError: null })] },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { code: 'not-authenticated' } },
            target: 'signedOut',
            actions: 'forgetSession',
          },
          { target: 'loadFailed', actions: assign({ loadError: ({ event }) => describeError(event.error) }) },
        ],
      },
    },
    /** Nothing to show without the list: say why, and try again. */
    loadFailed: { on: { RETRY: 'loading' } },
    /** Every method, the default, SMS sign-in; what was just done is announced. */
    overview: {
      on: {
        ADD: {
          target: 'editing',
          actions: assign(({ context }) => ({
            draft: { ...EMPTY_DRAFT, country: context.defaultCountry },
            draftProblem: null,
            error: null,
            notice: null,
          })),
        },
        CHANGE: {
          target: 'editing',
          actions: assign(({ context, event }) => ({
            draft: {
              ...EMPTY_DRAFT,
              country: context.defaultCountry,
              mode: 'change' as const,
              methodId: event.methodId,
              phoneType:
                context.methods?.phoneMethods.find((phone) => phone.id === event.methodId)?.phoneType ?? null,
            },
            draftProblem: null,
            error: null,
            notice: null,
          })),
        },
        DELETE: {
          target: 'confirmingDelete',
          actions: assign(({ context, event }) => ({
            change: {
              kind: 'delete' as const,
              methodId: event.methodId,
              phoneType:
                context.methods?.phoneMethods.find((phone) => phone.id === event.methodId)?.phoneType ??
                'mobile',
            },
            error: null,
            notice: null,
          })),
        },
        'DEFAULT.CHANGE': {
          target: 'choosingDefault',
          actions: assign(({ context }) => ({
            defaultChoice: context.methods?.defaultMethod ?? null,
            error: null,
            notice: null,
          })),
        },
        'SMS.ENABLE': {
          target: 'applying',
          actions: assign({
            change: ({ event }) => ({ kind: 'sms' as const, methodId: event.methodId, enable: true }),
            error: null,
            notice: null,
          }),
        },
        'SMS.DISABLE': {
          target: 'applying',
          actions: assign({
            change: ({ event }) => ({ kind: 'sms' as const, methodId: event.methodId, enable: false }),
            error: null,
            notice: null,
          }),
        },
      },
    },
    /** "Delete your mobile phone +1 ••• ••• ••10?": nothing happens until it is confirmed. */
    confirmingDelete: {
      on: {
        'DELETE.CONFIRM': 'applying',
        CANCEL: { target: 'overview', actions: assign({ change: null }) },
      },
    },
    /** The methods that can be the default, the current one picked. */
    choosingDefault: {
      on: {
        'DEFAULT.SELECT': { actions: assign({ defaultChoice: ({ event }) => event.method, error: null }) },
        'DEFAULT.SAVE': [
          {
            guard: 'defaultUnchanged',
            target: 'overview',
            actions: assign({ defaultChoice: null, change: null }),
          },
          {
            target: 'applying',
            actions: assign({
              change: ({ context }) => ({ kind: 'default' as const, method: context.defaultChoice! }),
            }),
          },
        ],
        CANCEL: { target: 'overview', actions: assign({ defaultChoice: null, change: null, error: null }) },
      },
    },
    /** Add a phone, or change one's number: the type, country and number, an extension for an office. */
    editing: {
      on: {
        'DRAFT.TYPE': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, phoneType: event.phoneType }),
            draftProblem: null,
            error: null,
          }),
        },
        'DRAFT.NUMBER': {
          actions: assign({
            draft: ({ context, event }) => ({
              ...context.draft,
              phone: event.phone,
              country: event.country,
              directory: event.directory,
              phoneProblem: event.problem,
            }),
            draftProblem: null,
            error: null,
          }),
        },
        'DRAFT.EXTENSION': {
          actions: assign({
            draft: ({ context, event }) => ({ ...context.draft, extension: event.extension }),
            draftProblem: null,
            error: null,
          }),
        },
        'DRAFT.SUBMIT': [
          {
            guard: 'draftValid',
            target: 'applying',
            actions: assign({
              change: ({ context, event }): Change => {
                const { draft } = context;
                const phoneNumber = numberOf(draft);
                return draft.mode === 'change'
                  ? {
                      kind: 'change',
                      methodId: draft.methodId!,
                      phoneType: draft.phoneType!,
                      phoneNumber,
                      verifyBy: event.verifyBy,
                    }
                  : { kind: 'add', phoneType: draft.phoneType!, phoneNumber, verifyBy: event.verifyBy };
              },
              error: null,
            }),
          },
          {
            actions: assign({
              draftProblem: ({ context }) => draftProblem(context.draft) ?? 'type-required',
            }),
          },
        ],
        CANCEL: { target: 'overview', actions: assign({ change: null, error: null }) },
      },
    },
    /** The change goes ahead: after a step-up if one is due; a number is verified, the rest saved. */
    applying: {
      always: [
        { guard: 'needsStepUp', target: 'stepUp' },
        { guard: 'verifiesNumber', target: 'registering' },
        { target: 'saving' },
      ],
    },
    saving: {
      tags: ['busy'],
      invoke: {
        id: 'saveChange',
        src: 'saveChange',
        input: ({ context }) => ({ token: context.token!, change: changeOf(context) }),
        onDone: [
          { guard: 'answeredMethods', target: 'overview', actions: ['acceptMethods', 'announceDone'] },
          // deleted: read the list again (the default or SMS sign-in may have changed with it)
          { target: 'refreshing' },
        ],
        onError: [
          {
            guard: { type: 'failedWith', params: { code: 'step-up-required' } },
            target: 'stepUp',
            actions: assign({ steppedUp: false }),
          },
          {
            guard: { type: 'failedWith', params: { code: 'not-authenticated' } },
            target: 'signedOut',
            actions: 'forgetSession',
          },
          { target: 'returning', actions: 'recordError' },
        ],
      },
    },
    /** After a change, the list as it now stands; if it cannot be read, the old one, the change announced. */
    refreshing: {
      tags: ['busy'],
      invoke: {
        id: 'loadMethods',
        src: 'loadMethods',
        input: ({ context }) => ({ token: context.token! }),
        // the change is announced once the list shows it
        onDone: { target: 'overview', actions: ['acceptMethods', 'announceDone'] },
        onError: [
          {
            guard: { type: 'failedWith', params: { code: 'not-authenticated' } },
            target: 'signedOut',
            actions: 'forgetSession',
          },
          { target: 'overview', actions: ['announceDone', 'recordError'] },
        ],
      },
    },
    /** Refused, failed or given up: back where it was asked for, everything typed still there. */
    returning: {
      always: [
        { guard: 'fromForm', target: 'editing' },
        { guard: 'fromDefaultDialog', target: 'choosingDefault' },
        { target: 'overview', actions: assign({ change: null }) },
      ],
    },
    /** The new number is verified (a text or a call); only then is it saved, by the backend. */
    registering: verifyingState({
      // the screens' code did not download (offline): back where it was asked for, saying so
      failed: { target: '#securityInfo.returning', actions: 'recordError' },
      input: ({ context }: { context: SecurityInfoContext }) => {
        if (context.resumeFlowId)
          return { resumeFlowId: context.resumeFlowId, ways: REGISTRATION_WAYS, purpose: 'register' };
        const change = changeOf(context);
        const token = context.token!;
        const send: SendRequest =
          change.kind === 'change'
            ? {
                kind: 'change-phone',
                token,
                methodId: change.methodId,
                phoneNumber: change.phoneNumber,
                verifyBy: change.verifyBy,
              }
            : change.kind === 'add'
              ? {
                  kind: 'register-phone',
                  token,
                  phoneType: change.phoneType,
                  phoneNumber: change.phoneNumber,
                  verifyBy: change.verifyBy,
                }
              : (() => {
                  throw new Error('registering: no number to verify');
                })();
        return { send, ways: REGISTRATION_WAYS, purpose: 'register' };
      },
      // The registration's flow, once the backend has one: a reload picks it up again.
      snapshot: { guard: 'newRegistrationFlow', actions: ['keepRegistrationFlow', 'rememberRegistration'] },
      done: { target: '#securityInfo.registered', actions: ['recordOutcome', 'forgetRegistration'] },
    }),
    registered: {
      always: [
        { guard: 'verified', target: 'refreshing' },
        {
          guard: { type: 'outcomeFailedWith', params: { code: 'step-up-required' } },
          target: 'stepUp',
          actions: assign({ steppedUp: false }),
        },
        {
          guard: { type: 'outcomeFailedWith', params: { code: 'not-authenticated' } },
          target: 'signedOut',
          actions: 'forgetSession',
        },
        {
          guard: 'rejected',
          target: 'returning',
          actions: assign({
            error: ({ context }) =>
              context.outcome?.outcome === 'rejected' ? context.outcome.failure.error : null,
          }),
        },
        // left (cancelled, the call hung up): nothing was saved; back to the form as it was
        { guard: 'hasDraft', target: 'editing' },
        { target: 'overview', actions: assign({ change: null }) },
      ],
    },
    /** Prove it is you: a flow offering the person's methods, then the shared verification. */
    stepUp: {
      initial: 'starting',
      states: {
        starting: {
          tags: ['busy'],
          invoke: {
            id: 'startStepUp',
            src: 'startStepUp',
            input: ({ context }) => ({ token: context.token! }),
            onDone: { target: 'choosingMethod', actions: 'acceptStepUp' },
            onError: [
              {
                guard: { type: 'failedWith', params: { code: 'not-authenticated' } },
                target: '#securityInfo.signedOut',
                actions: 'forgetSession',
              },
              // nothing to prove it with: the change needs no step-up
              {
                guard: { type: 'failedWith', params: { code: 'no-methods-registered' } },
                target: '#securityInfo.applying',
                actions: assign({ steppedUp: true }),
              },
              { target: '#securityInfo.returning', actions: 'recordError' },
            ],
          },
        },
        choosingMethod: {
          on: {
            'METHOD.SELECT': {
              guard: 'stepUpMethodUsable',
              target: 'verifying',
              actions: assign({ stepUpMethodId: ({ event }) => event.methodId, stepUpError: null }),
            },
            CANCEL: { target: '#securityInfo.returning', actions: 'abandonStepUp' },
          },
        },
        verifying: verifyingState({
          failed: { target: '#securityInfo.stepUp.choosingMethod', actions: 'explainStepUpLoadFailure' },
          input: ({ context }: { context: SecurityInfoContext }) => ({
            send: {
              kind: 'method' as const,
              flowId: context.stepUpFlowId!,
              methodId: context.stepUpMethodId!,
            },
            methods: context.stepUpMethods,
            ways: STEP_UP_WAYS,
            purpose: 'step-up',
          }),
          done: { target: '#securityInfo.stepUp.verified', actions: 'recordOutcome' },
        }),
        verified: verifiedState({
          finished: [{ guard: 'verified', target: '#securityInfo.applying', actions: 'finishStepUp' }],
          method: { target: 'verifying.running', actions: 'chooseLeftStepUpMethod' },
          restart: { target: '#securityInfo.returning', actions: 'abandonStepUp' },
          rejected: { target: 'choosingMethod', actions: 'explainStepUpRejection' },
          unusable: [],
          // another method, a call cancelled, or a flow that ended: choose again
          otherwise: { target: 'choosingMethod' },
        }),
      },
    },
    signedOut: { type: 'final' },
  },
  output: () => ({ to: 'sign-in' as const }),
});
