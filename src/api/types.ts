// Friendly names for the contract's schemas. The OpenAPI document is the single source of truth:
// `npm run api:types` regenerates schema.d.ts, and test/contract fails when it is stale.
import type { components, operations, paths } from './schema';

type Schemas = components['schemas'];

export type { components, operations, paths };
export type Flow = Schemas['Flow'];
export type FlowAwaitingMethod = Schemas['FlowAwaitingMethod'];
export type FlowVerifying = Schemas['FlowVerifying'];
export type FlowPasswordRequired = Schemas['FlowPasswordRequired'];
export type FlowCompleted = Schemas['FlowCompleted'];
export type FlowLocked = Schemas['FlowLocked'];
export type FlowKind = Schemas['FlowKind'];
export type FlowStage = Flow['stage'];
export type FlowStep = Schemas['FlowStep'];
export type FlowUser = Schemas['FlowUser'];
export type VerificationMethod = Schemas['VerificationMethod'];
export type VerificationMethodType = Schemas['VerificationMethodType'];
export type Verification = Schemas['Verification'];
export type Channel = Schemas['Channel'];
export type CallStatus = Schemas['CallStatus'];
export type CallProgress = Schemas['CallProgress'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type Session = Schemas['Session'];
export type SignInMethod = Schemas['SignInMethod'];
export type PhoneAuthenticationMethod = Schemas['PhoneAuthenticationMethod'];
export type PhoneMethodId = Schemas['PhoneMethodId'];
export type PhoneType = Schemas['PhoneType'];
export type SmsSignInState = Schemas['SmsSignInState'];
export type DefaultMethod = Schemas['DefaultMethod'];
export type OtherMethod = Schemas['OtherMethod'];
export type AuthenticationMethods = Schemas['AuthenticationMethods'];
export type DeliveryKind = Schemas['DeliveryKind'];
export type HumanCheck = Schemas['HumanCheck'];
export type Problem = Schemas['Problem'];
export type ErrorCode = Schemas['ErrorCode'];
export type FieldError = Schemas['FieldError'];
export type PasswordViolation = Schemas['PasswordViolation'];

export type SmsSignInRequest = Schemas['SmsSignInRequest'];
export type PasswordSignInRequest = Schemas['PasswordSignInRequest'];
export type PasswordResetRequest = Schemas['PasswordResetRequest'];
export type StartVerificationRequest = Schemas['StartVerificationRequest'];
export type SubmitCodeRequest = Schemas['SubmitCodeRequest'];
export type NewPasswordRequest = Schemas['NewPasswordRequest'];
export type PhoneRegistrationRequest = Schemas['PhoneRegistrationRequest'];
export type PhoneChangeRequest = Schemas['PhoneChangeRequest'];
export type DefaultMethodRequest = Schemas['DefaultMethodRequest'];

/** Graph's fixed phoneAuthenticationMethod ids, one per phone type. */
export const PHONE_METHOD_IDS = {
  mobile: '3179e48a-750b-4051-897c-87b9720928f7',
  alternateMobile: 'b6332ec1-7057-4abe-9331-3d72feddfe41',
  office: 'e37fc753-ff3b-4958-9484-eaa9425c82bc',
} as const satisfies Record<PhoneType, PhoneMethodId>;
