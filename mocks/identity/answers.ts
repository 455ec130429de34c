// HTTP-agnostic answers, typed from the contract: an operation's answer can only carry a status the
// OpenAPI document declares for it (plus 500/503, which `default` stands for), with that status's
// body. A rule that would answer an undeclared status does not compile.
import type { operations } from '../../src/api/types';
import type { ProblemAnswer } from './problems';

type OperationId = keyof operations;
type Declared<Responses> = Exclude<keyof Responses, 'default'>;
type JsonBody<R> = R extends { content: { 'application/json': infer B } } ? B : never;

type AnswerFor<R, S> = S extends 200 | 201
  ? { status: S; body: JsonBody<R>; headers?: undefined }
  : S extends 204
    ? { status: 204; body?: undefined; headers?: undefined }
    : S extends number
      ? ProblemAnswer<S>
      : never;

/** Over a `responses` object rather than an operation id, so mocks/reply.ts can check each route too. */
export type AnswerTo<Responses> =
  | { [S in Declared<Responses>]: AnswerFor<Responses[S], S> }[Declared<Responses>]
  | ProblemAnswer<500 | 503>;

export type Answer<Op extends OperationId> = AnswerTo<operations[Op]['responses']>;

export const ok = <B>(body: B) => ({ status: 200 as const, body });
export const created = <B>(body: B) => ({ status: 201 as const, body });
export const noContent = () => ({ status: 204 as const });
