// The contract's schemas as validation functions, compiled from openapi.yaml at build time (see
// contractValidators in vite.config.ts).
declare module 'virtual:contract-validators' {
  import type { AuthenticationMethods, Flow, HumanCheck, Session } from './types';

  export const isFlow: (value: unknown) => value is Flow;
  export const isSession: (value: unknown) => value is Session;
  export const isAuthenticationMethods: (value: unknown) => value is AuthenticationMethods;
  export const isHumanCheck: (value: unknown) => value is HumanCheck;
}
