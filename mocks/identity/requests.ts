// Request bodies are checked here, not trusted from their static types: the service sits behind
// HTTP, where anything can arrive. The rules restate the contract's request schemas.
import type { FieldError } from '../../src/api/types';
import { fieldError } from './problems';

interface FieldRule {
  optional?: boolean;
  pattern?: RegExp;
  minLength?: number;
  maxLength?: number;
  oneOf?: readonly string[];
  fields?: Shape;
}

type Shape = Record<string, FieldRule>;

/** Numbers are only required to be strings here: phone-numbers.ts judges them (invalid-phone-number). */
const PHONE_NUMBER: FieldRule = { minLength: 1 };
const USERNAME: FieldRule = { minLength: 1, maxLength: 256 };

export const SHAPES = {
  smsSignIn: { phoneNumber: PHONE_NUMBER },
  passwordSignIn: { username: USERNAME, password: { minLength: 1, maxLength: 256 } },
  passwordReset: {
    username: USERNAME,
    // The ALTCHA payload is judged by human-check.ts; here it only has to be a string of sane length.
    humanCheck: { minLength: 1, maxLength: 2048 },
  },
  startVerification: { methodId: { minLength: 1 }, confirmPhoneNumber: { ...PHONE_NUMBER, optional: true } },
  submitCode: { code: { pattern: /^[0-9]{6,8}$/ } },
  newPassword: { newPassword: { minLength: 1, maxLength: 1024 } },
  phoneRegistration: {
    phoneNumber: PHONE_NUMBER,
    phoneType: { oneOf: ['mobile', 'alternateMobile', 'office'] },
    verifyBy: { oneOf: ['sms', 'voice'] },
  },
  phoneChange: { phoneNumber: PHONE_NUMBER, verifyBy: { oneOf: ['sms', 'voice'] } },
  defaultMethod: {
    defaultMethod: {
      oneOf: ['mobile-sms', 'mobile-voice', 'alternate-mobile-voice', 'office-voice', 'authenticator-app'],
    },
  },
} satisfies Record<string, Shape>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkValue(value: unknown, rule: FieldRule, path: string): FieldError[] {
  if (rule.fields) return checkBody(value, rule.fields, `${path}.`);
  const bad = [fieldError(path)];
  if (typeof value !== 'string') return bad;
  const length = [...value].length;
  if (rule.minLength !== undefined && length < rule.minLength) return bad;
  if (rule.maxLength !== undefined && length > rule.maxLength) return bad;
  if (rule.pattern && !rule.pattern.test(value)) return bad;
  if (rule.oneOf && !rule.oneOf.includes(value)) return bad;
  return [];
}

/** Field errors for a body against one of SHAPES; empty when the body is well-formed. */
export function checkBody(body: unknown, shape: Shape, prefix = ''): FieldError[] {
  if (!isRecord(body)) return [fieldError(prefix ? prefix.slice(0, -1) : 'body')];
  const unknown = Object.keys(body)
    .filter((key) => !(key in shape))
    .map((key) => fieldError(`${prefix}${key}`));
  const known = Object.entries(shape).flatMap(([key, rule]) =>
    body[key] === undefined
      ? rule.optional
        ? []
        : [fieldError(`${prefix}${key}`)]
      : checkValue(body[key], rule, `${prefix}${key}`),
  );
  return [...known, ...unknown];
}
