// Starts the production build's end-to-end server (production-server.ts) from plain Node.js 20,
// which cannot run TypeScript: Vite's module runner (vite's runnerImport, no config file) transforms
// this repository's TypeScript as it imports it, and leaves packages such as msw to Node. Nothing is
// bundled or written to disk.
//   node test/e2e/production-server.mjs --port 4175 [--root dist]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4175' }, root: { type: 'string', default: 'dist' } },
});
const { module } = await runnerImport(fileURLToPath(new URL('./production-server.ts', import.meta.url)));
const port = Number(values.port);
await module.startProductionServer({ root: resolve(values.root), port });
console.info(`dist/ with the simulated identity service: http://localhost:${port}`);
