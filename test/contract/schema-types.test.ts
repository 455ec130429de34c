// @vitest-environment node
// src/api/schema.d.ts is generated from openapi.yaml (`npm run api:types`); a contract change
// without regenerating it would let the app and the mock compile against the old contract.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { expect, it } from 'vitest';
import { OPENAPI_PATH } from './openapi';

const SCHEMA_TYPES = join(dirname(fileURLToPath(import.meta.url)), '../../src/api/schema.d.ts');

it('src/api/schema.d.ts is what `npm run api:types` makes of openapi.yaml', async () => {
  const generated = COMMENT_HEADER + astToString(await openapiTS(readFileSync(OPENAPI_PATH, 'utf8')));
  const committed = readFileSync(SCHEMA_TYPES, 'utf8');
  expect(generated === committed, 'schema.d.ts is stale: run `npm run api:types`').toBe(true);
});
