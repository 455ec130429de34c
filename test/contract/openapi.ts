// The OpenAPI document as a validator: find the operation a request was for, and check requests and
// responses against what the contract declares for it (status, content type, body schema, headers).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
export const OPENAPI_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../src/api/openapi.yaml');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * OpenAPI's `discriminator` is not JSON Schema. Dropping it loses nothing here: every variant of
 * the contract's `oneOf`s has `additionalProperties: false` and its own `stage`, so `oneOf` alone
 * picks exactly one.
 */
function withoutDiscriminators(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutDiscriminators);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'discriminator')
      .map(([key, value]) => [key, withoutDiscriminators(value)]),
  );
}

const pointerPart = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

interface HttpMessage {
  method: string;
  /** The path below the API's base, e.g. "/flows/abc/verification". */
  path: string;
  headers: Headers;
  /** The raw body ("" when there is none). */
  body: string;
}

interface ResponseMessage extends HttpMessage {
  status: number;
}

interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  pointer: string;
  node: JsonObject;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

export interface Contract {
  document: JsonObject;
  operations: Operation[];
  findOperation(method: string, path: string): Operation | undefined;
  /** Everything wrong with a response, in words; empty when it is what the contract declares. */
  checkResponse(message: ResponseMessage): string[];
  /** Everything wrong with a request (parameters, body), in words. */
  checkRequest(message: HttpMessage): string[];
  /** A validator for any schema in the document, by JSON pointer (e.g. "/components/schemas/Flow"). */
  schemaAt(pointer: string): ValidateFunction;
}

export function loadContract(): Contract {
  const document = withoutDiscriminators(parse(readFileSync(OPENAPI_PATH, 'utf8')) as Json);
  if (!isObject(document)) throw new Error('openapi.yaml is not an object');
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  // The document's own members are not schema keywords; declaring them lets ajv stay strict inside.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components', 'security', 'webhooks']);
  // The contract's extensions annotate schemas without constraining values.
  ajv.addVocabulary(['x-status-by-code']);
  ajv.addSchema(document, 'openapi');
  const validators = new Map<string, ValidateFunction>();
  const schemaAt = (pointer: string): ValidateFunction => {
    let validate = validators.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };

  /** Follows local $refs, returning the node and the pointer of where it really lives. */
  const resolve = (
    node: Json | undefined,
    pointer: string,
  ): { node: JsonObject; pointer: string } | undefined => {
    if (!isObject(node)) return undefined;
    const ref = node.$ref;
    if (typeof ref !== 'string') return { node, pointer };
    const target = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json | undefined>((at, part) => (isObject(at) ? at[part] : undefined), document);
    return resolve(target, ref.slice(1));
  };

  const operations: Operation[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node)) continue;
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`);
      const shared = Array.isArray(item.parameters) ? item.parameters : [];
      const own = Array.isArray(node.parameters) ? node.parameters : [];
      operations.push({
        id: String(node.operationId),
        method: method.toUpperCase(),
        template,
        pattern,
        pointer: `/paths/${pointerPart(template)}/${method}`,
        node: { ...node, parameters: [...shared, ...own] },
      });
    }
  }

  const findOperation = (method: string, path: string) =>
    operations.find((operation) => operation.method === method.toUpperCase() && operation.pattern.test(path));

  /** At most one line per value: a oneOf mismatch lists every branch's complaints, which drowns the point. */
  const schemaErrors = (pointer: string, value: unknown): string[] => {
    const validate = schemaAt(pointer);
    if (validate(value)) return [];
    const found = [
      ...new Set(
        (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}`.trim()),
      ),
    ];
    const shown = found.slice(0, 3).join('; ');
    return [found.length > 3 ? `${shown} (and ${found.length - 3} more)` : shown];
  };

  const parseJson = (body: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: JSON.parse(body) };
    } catch {
      return { ok: false };
    }
  };

  const mediaType = (headers: Headers) =>
    (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

  function checkContent(
    where: string,
    content: Json | undefined,
    contentPointer: string,
    message: HttpMessage,
  ): string[] {
    if (!isObject(content)) {
      return message.body === '' ? [] : [`${where}: a body was sent where the contract declares none`];
    }
    const type = mediaType(message.headers);
    const media = content[type];
    if (!isObject(media)) {
      return [`${where}: content type "${type}" is not one of ${Object.keys(content).join(', ')}`];
    }
    const parsed = parseJson(message.body);
    if (!parsed.ok) return [`${where}: the body is not JSON`];
    const schemaPointer = resolve(media.schema, `${contentPointer}/${pointerPart(type)}/schema`);
    if (!schemaPointer) return [];
    return schemaErrors(schemaPointer.pointer, parsed.value).map((error) => `${where}: body ${error}`);
  }

  const table = ['components', 'schemas', 'ErrorCode', 'x-status-by-code'].reduce<Json | undefined>(
    (at, part) => (isObject(at) ? at[part] : undefined),
    document,
  );
  const statusByCode = isObject(table) ? table : {};

  function checkResponse(message: ResponseMessage): string[] {
    const operation = findOperation(message.method, message.path);
    const where = `${message.method} ${message.path} → ${message.status}`;
    if (!operation) return [`${where}: no operation in the contract`];
    const responses = isObject(operation.node.responses) ? operation.node.responses : {};
    const key = [String(message.status), `${String(message.status)[0]}XX`, 'default'].find(
      (k) => k in responses,
    );
    if (!key) return [`${where}: status not declared for ${operation.id}`];
    const declared = resolve(responses[key], `${operation.pointer}/responses/${key}`);
    if (!declared) return [`${where}: response ${key} of ${operation.id} cannot be resolved`];
    const problems = checkContent(where, declared.node.content, `${declared.pointer}/content`, message);
    const headers = isObject(declared.node.headers) ? declared.node.headers : {};
    for (const [name, header] of Object.entries(headers)) {
      const resolved = resolve(header, `${declared.pointer}/headers/${pointerPart(name)}`);
      if (!resolved) continue;
      const value = message.headers.get(name);
      if (value === null) {
        if (resolved.node.required === true) problems.push(`${where}: header ${name} is required`);
        continue;
      }
      const schema = resolve(resolved.node.schema, `${resolved.pointer}/schema`);
      if (schema) {
        problems.push(...schemaErrors(schema.pointer, value).map((e) => `${where}: header ${name} ${e}`));
      }
    }
    if (message.status === 429) problems.push(...throttleConsistency(where, message));
    if (message.status >= 400) problems.push(...codeStatus(where, message));
    return problems;
  }

  /** Each problem code has one status, the contract's x-status-by-code (its schema checks the code). */
  function codeStatus(where: string, message: ResponseMessage): string[] {
    const parsed = parseJson(message.body);
    const code = parsed.ok && isObject(parsed.value as Json) ? (parsed.value as JsonObject).code : undefined;
    if (typeof code !== 'string' || !(code in statusByCode)) return [];
    const status = statusByCode[code];
    return status === message.status ? [] : [`${where}: ${code} goes with ${String(status)}`];
  }

  /**
   * The contract says a throttle names its wait twice, identically: the Retry-After header (which
   * the Throttled response declares required, so its absence is reported above) and the body.
   */
  function throttleConsistency(where: string, message: ResponseMessage): string[] {
    const header = message.headers.get('Retry-After');
    const parsed = parseJson(message.body);
    const body = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? parsed.value : {};
    const inBody = 'retryAfterSeconds' in body ? body.retryAfterSeconds : undefined;
    if (header === null || String(inBody) === header) return [];
    return [`${where}: Retry-After ${header} but retryAfterSeconds ${String(inBody)}`];
  }

  function checkRequest(message: HttpMessage): string[] {
    const operation = findOperation(message.method, message.path);
    const where = `${message.method} ${message.path}`;
    if (!operation) return [`${where}: no operation in the contract`];
    const problems: string[] = [];
    const values = operation.pattern.exec(message.path)?.slice(1) ?? [];
    const names = [...operation.template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    const parameters = Array.isArray(operation.node.parameters) ? operation.node.parameters : [];
    parameters.forEach((parameter, index) => {
      const resolved = resolve(parameter, `${operation.pointer}/parameters/${index}`);
      if (!resolved) return;
      const { name, in: location, required } = resolved.node;
      if (typeof name !== 'string') return;
      const value =
        location === 'path'
          ? values[names.indexOf(name)]
          : location === 'header'
            ? (message.headers.get(name) ?? undefined)
            : undefined;
      if (value === undefined) {
        if (required === true && (location === 'path' || location === 'header')) {
          problems.push(`${where}: ${location} parameter ${name} is required`);
        }
        return;
      }
      const schema = resolve(resolved.node.schema, `${resolved.pointer}/schema`);
      const decoded = location === 'path' ? decodeURIComponent(value) : value;
      if (schema) {
        problems.push(...schemaErrors(schema.pointer, decoded).map((e) => `${where}: ${name} ${e}`));
      }
    });
    const requestBody = resolve(operation.node.requestBody, `${operation.pointer}/requestBody`);
    if (!requestBody) {
      if (message.body !== '') {
        problems.push(`${where}: a request body was sent where the contract declares none`);
      }
    } else {
      if (message.body === '') {
        if (requestBody.node.required === true) problems.push(`${where}: a request body is required`);
      } else {
        problems.push(
          ...checkContent(where, requestBody.node.content, `${requestBody.pointer}/content`, message).map(
            (p) => p.replace(': body', ': request body'),
          ),
        );
      }
    }
    return problems;
  }

  return { document, operations, findOperation, checkResponse, checkRequest, schemaAt };
}
