// The one selector from the security-info machine's snapshot to the screen that shows it.
import type { ErrorInfo } from '../../api/errors';
import type {
  AuthenticationMethods,
  DefaultMethod,
  DeliveryKind,
  PhoneMethodId,
  PhoneType,
  SmsSignInState,
} from '../../api/types';
import type { PhoneProblem } from '../../phone/validate';
import type { MethodChoice } from '../verification/MethodChoicePage';
import type { Change, DraftProblem, Notice, securityInfoMachine } from './machine';
import { type AddOption, addOptions, maskDirectoryNumber, phoneTypeOfDefault, verifyOptions } from './rules';

type Snapshot = import('xstate').SnapshotFrom<typeof securityInfoMachine>;

type MethodKind = PhoneType | 'authenticator-app' | 'email';

/** One method as the list shows it, with what can be done to it. */
export interface MethodItem {
  kind: MethodKind;
  phoneId: PhoneMethodId | null;
  /** "+1 ••• ••• ••10", or the app's name, or the masked e-mail address. */
  shown: string;
  extension: string | null;
  isDefault: boolean;
  /** The mobile's SMS sign-in state, with the action it allows. */
  sms: { state: SmsSignInState; action: 'enable' | 'disable' | null } | null;
  /** Phones can have their number changed and be deleted (the backend says if a rule forbids it). */
  editable: boolean;
}

/** The default method in words: how, and to which phone. */
export interface DefaultItem {
  method: DefaultMethod;
  /** The masked number it uses (none for the app). */
  shown: string | null;
  extension: string | null;
}

type Dialog =
  | { kind: 'delete'; item: MethodItem; busy: boolean }
  | {
      kind: 'default';
      options: DefaultItem[];
      chosen: DefaultMethod | null;
      busy: boolean;
      error: ErrorInfo | null;
    };

export interface EditorData {
  mode: 'add' | 'change';
  phoneType: PhoneType | null;
  /** Adding: every type, and why one cannot be added. Changing: none (the type stays). */
  typeOptions: AddOption[];
  /** The number being changed, masked. */
  current: { shown: string; extension: string | null } | null;
  phone: string;
  country: string | undefined;
  extension: string;
  typeProblem: boolean;
  phoneProblem: PhoneProblem | null;
  extensionProblem: boolean;
  /** What the backend said about the number (invalid, internet number, used already): at the field. */
  numberError: ErrorInfo | null;
  extensionError: ErrorInfo | null;
  /** Anything else, above the form. */
  alert: ErrorInfo | null;
  verifyBy: DeliveryKind[];
  busy: boolean;
}

export type SecurityInfoScreen =
  | { name: 'loading' }
  | { name: 'loadFailed'; error: ErrorInfo | null }
  | {
      name: 'overview';
      items: MethodItem[];
      defaultMethod: DefaultItem | null;
      /** Another method could be the default. */
      canChangeDefault: boolean;
      notice: Notice | null;
      alert: ErrorInfo | null;
      /** The SMS sign-in switch being saved (its list stays up, busy). */
      busy: boolean;
      dialog: Dialog | null;
    }
  | ({ name: 'editor' } & EditorData)
  | { name: 'registering'; editor: EditorData | null }
  | ({ name: 'stepUp' } & MethodChoice)
  | { name: 'stepUpVerifying'; choice: MethodChoice }
  | { name: 'working' };

const NUMBER_ERRORS = new Set([
  'invalid-phone-number',
  'virtual-number',
  'phone-number-in-use',
  'country-not-enabled',
]);

const SMS_ACTION: Record<SmsSignInState, 'enable' | 'disable' | null> = {
  ready: 'disable',
  notEnabled: 'enable',
  notAllowedByPolicy: null,
  notSupported: null,
  phoneNumberNotUnique: null,
  notConfigured: null,
};

const PHONE_ORDER: Record<PhoneType, number> = { mobile: 0, alternateMobile: 1, office: 2 };

function methodItems(methods: AuthenticationMethods): MethodItem[] {
  const defaultType = methods.defaultMethod ? phoneTypeOfDefault(methods.defaultMethod) : null;
  const phones = [...methods.phoneMethods]
    .sort((a, b) => PHONE_ORDER[a.phoneType] - PHONE_ORDER[b.phoneType])
    .map((phone): MethodItem => {
      const { masked, extension } = maskDirectoryNumber(phone.phoneNumber);
      return {
        kind: phone.phoneType,
        phoneId: phone.id,
        shown: masked,
        extension,
        isDefault: defaultType === phone.phoneType,
        sms:
          phone.phoneType === 'mobile'
            ? { state: phone.smsSignInState, action: SMS_ACTION[phone.smsSignInState] }
            : null,
        editable: true,
      };
    });
  const others = methods.otherMethods.map(
    (other): MethodItem => ({
      kind: other.type,
      phoneId: null,
      shown: other.displayName,
      extension: null,
      isDefault: other.type === 'authenticator-app' && methods.defaultMethod === 'authenticator-app',
      sms: null,
      editable: false,
    }),
  );
  return [...phones, ...others];
}

function defaultItem(methods: AuthenticationMethods, method: DefaultMethod): DefaultItem {
  const type = phoneTypeOfDefault(method);
  const phone = type && methods.phoneMethods.find((candidate) => candidate.phoneType === type);
  const { masked, extension } = phone
    ? maskDirectoryNumber(phone.phoneNumber)
    : { masked: null, extension: null };
  return { method, shown: masked, extension };
}

function overview(snapshot: Snapshot, methods: AuthenticationMethods, dialog: Dialog | null) {
  const { context } = snapshot;
  const options = methods.defaultMethodOptions;
  return {
    name: 'overview' as const,
    items: methodItems(methods),
    defaultMethod: methods.defaultMethod ? defaultItem(methods, methods.defaultMethod) : null,
    canChangeDefault: options.some((option) => option !== methods.defaultMethod),
    notice: context.notice,
    alert: dialog?.kind === 'default' ? null : context.error,
    busy: snapshot.hasTag('busy') && dialog === null,
    dialog,
  };
}

const toShown = (directory: string) => {
  const { masked, extension } = maskDirectoryNumber(directory);
  return { shown: masked, extension };
};

function editor(snapshot: Snapshot, methods: AuthenticationMethods, busy: boolean): EditorData {
  const { draft, draftProblem, error } = snapshot.context;
  const problem: DraftProblem | null = draftProblem;
  const changing =
    draft.mode === 'change' ? methods.phoneMethods.find((phone) => phone.id === draft.methodId) : undefined;
  const numberError = error && NUMBER_ERRORS.has(error.code) ? error : null;
  const extensionError = error?.code === 'extension-not-allowed' ? error : null;
  return {
    mode: draft.mode,
    phoneType: draft.phoneType,
    typeOptions: draft.mode === 'add' ? addOptions(methods) : [],
    current: changing ? toShown(changing.phoneNumber) : null,
    phone: draft.phone,
    country: draft.country,
    extension: draft.extension,
    typeProblem: problem === 'type-required',
    phoneProblem: problem && problem !== 'type-required' && problem !== 'extension-invalid' ? problem : null,
    extensionProblem: problem === 'extension-invalid',
    numberError,
    extensionError,
    alert: error && !numberError && !extensionError ? error : null,
    verifyBy: draft.phoneType ? verifyOptions(draft.phoneType) : ['sms', 'voice'],
    busy,
  };
}

function stepUpChoice(snapshot: Snapshot, starting: boolean): MethodChoice {
  const { context } = snapshot;
  return {
    methods: context.stepUpMethods,
    alert: context.stepUpError,
    starting: starting
      ? {
          calling:
            context.stepUpMethods.find((method) => method.id === context.stepUpMethodId)?.type === 'voice',
        }
      : null,
  };
}

const isDelete = (change: Change | null): change is Extract<Change, { kind: 'delete' }> =>
  change?.kind === 'delete';

export function securityInfoScreen(snapshot: Snapshot): SecurityInfoScreen {
  const { context } = snapshot;
  const methods = context.methods;
  if (snapshot.matches('loadFailed')) return { name: 'loadFailed', error: context.loadError };
  if (!methods) return { name: 'loading' };

  // The question stays up, busy, until the list without the phone is in.
  const deleting = snapshot.matches('saving') || snapshot.matches('refreshing');
  if (snapshot.matches('confirmingDelete') || (deleting && isDelete(context.change))) {
    const change = context.change as Extract<Change, { kind: 'delete' }>;
    const item = methodItems(methods).find((candidate) => candidate.phoneId === change.methodId);
    if (item) return overview(snapshot, methods, { kind: 'delete', item, busy: deleting });
  }
  if (
    snapshot.matches('choosingDefault') ||
    (snapshot.matches('saving') && context.change?.kind === 'default')
  ) {
    return overview(snapshot, methods, {
      kind: 'default',
      options: methods.defaultMethodOptions.map((method) => defaultItem(methods, method)),
      chosen: context.defaultChoice,
      busy: snapshot.matches('saving'),
      error: snapshot.matches('choosingDefault') ? context.error : null,
    });
  }
  if (snapshot.matches('overview') || snapshot.matches('saving') || snapshot.matches('refreshing'))
    return overview(snapshot, methods, null);
  if (snapshot.matches('editing')) return { name: 'editor', ...editor(snapshot, methods, false) };
  if (snapshot.matches('registering'))
    return { name: 'registering', editor: context.change ? editor(snapshot, methods, true) : null };
  if (snapshot.matches({ stepUp: 'choosingMethod' }))
    return { name: 'stepUp', ...stepUpChoice(snapshot, false) };
  if (snapshot.matches({ stepUp: 'verifying' }))
    return { name: 'stepUpVerifying', choice: stepUpChoice(snapshot, true) };
  return { name: 'working' };
}
