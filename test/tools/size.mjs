#!/usr/bin/env node
// `npm run size`: what each route of the production build (dist/) makes the browser download first, gzip
// level 9, against a budget. Reads dist/.vite/manifest.json (build.manifest in vite.config.ts).
//
// A route's first load = the entry chunk + its static imports (recursively) + the route's lazy module
// chunk + its static imports (recursively), each file counted once. Lazy imports (import()) are not
// counted: they load later, if at all.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------------
// Routes and budgets (kB = 1000 bytes of gzip, as Vite reports them).

const ROUTES = [
  { path: '/', module: 'src/flows/sms-sign-in/route.tsx', budgetKb: 150 },
  {
    path: '/sign-in/password',
    module: 'src/flows/password-sign-in/route.tsx',
    budgetKb: 109.5,
    mustNotInclude: ['phone-input'],
  },
  {
    path: '/reset-password',
    module: 'src/flows/password-reset/route.tsx',
    budgetKb: 109,
    mustNotInclude: ['phone-input'],
  },
  { path: '/signed-in', module: 'src/flows/signed-in/route.tsx', budgetKb: 105 },
  {
    path: '/security-info',
    module: 'src/flows/security-info/route.tsx',
    budgetKb: 115,
    // the phone field comes with "Add sign-in method"
    mustNotInclude: ['phone-input'],
  },
];

/**
 * Libraries a route may be forbidden to load, recognised by chunk names (when the bundler names a chunk
 * after them) and by strings that survive minification (property names and class names in their code).
 */
const LIBRARIES = {
  'phone-input': {
    label: 'react-phone-number-input / libphonenumber-js',
    chunkName: /libphonenumber|phone-number-input/i,
    markers: [
      // libphonenumber-js: its metadata's property names, read by every parsing/formatting function.
      'country_calling_codes',
      'nonGeographic',
      // react-phone-number-input: the class names of its components.
      'PhoneInputCountry',
      'PhoneInputInput',
    ],
  },
};

// ---------------------------------------------------------------------------------------------------

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite/manifest.json');

if (!existsSync(manifestPath)) {
  console.error(
    `✗ ${manifestPath} is missing: run \`npm run build\` first (vite.config.ts must keep build.manifest: true).`,
  );
  process.exit(1);
}

/** @type {Record<string, {file: string, name?: string, src?: string, isEntry?: boolean, imports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) {
    const bytes = readFileSync(join(dist, file));
    gzipCache.set(file, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length);
  }
  return gzipCache.get(file);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The manifest keys of a chunk and everything it imports statically, recursively. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the manifest has no chunk "${key}"`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, into);
  return into;
}

const entryKey =
  (manifest['index.html']?.isEntry && 'index.html') ||
  Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) {
  console.error('✗ The manifest has no entry chunk (index.html).');
  process.exit(1);
}

const problems = [];
const rows = [];
const details = [];

for (const route of ROUTES) {
  if (!manifest[route.module]) {
    problems.push(
      `${route.path}: ${route.module} is not a lazily loaded chunk of the build. Load each route's module with ` +
        "import() (React.lazy / the router's lazy) so routes only download their own code, or update ROUTES " +
        'at the top of test/tools/size.mjs if the module moved.',
    );
    rows.push({ route: route.path, js: NaN, css: NaN, budget: route.budgetKb * 1000, status: 'MISSING' });
    continue;
  }
  const keys = staticClosure(route.module, staticClosure(entryKey));
  const files = [...keys].map((key) => manifest[key].file);
  const js = files.filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzipSize(file), 0);
  const cssFiles = [...new Set([...keys].flatMap((key) => manifest[key].css ?? []))];
  const css = cssFiles.reduce((sum, file) => sum + gzipSize(file), 0);
  const budget = route.budgetKb * 1000;

  let status = js <= budget ? 'ok' : 'OVER BUDGET';
  if (js > budget) {
    problems.push(
      `${route.path}: ${kb(js)} of JavaScript (gzip) is over its ${kb(budget)} budget by ${kb(js - budget)}.`,
    );
  }

  for (const id of route.mustNotInclude ?? []) {
    const library = LIBRARIES[id];
    const hits = [];
    for (const key of keys) {
      const chunk = manifest[key];
      if (library.chunkName.test(`${key} ${chunk.name ?? ''} ${chunk.file}`))
        hits.push(`${chunk.file} (chunk name)`);
      if (!chunk.file.endsWith('.js')) continue;
      const code = readFileSync(join(dist, chunk.file), 'utf8');
      const markers = library.markers.filter((marker) => code.includes(marker));
      if (markers.length > 0)
        hits.push(`${chunk.file} (contains ${markers.map((m) => `"${m}"`).join(', ')})`);
    }
    if (hits.length > 0) {
      status = status === 'ok' ? `loads ${id}` : `${status}, loads ${id}`;
      problems.push(
        `${route.path} must not load ${library.label}, but its first load does: ${[...new Set(hits)].join('; ')}. ` +
          'Import the phone input only from the routes that show it (and keep it out of shared modules).',
      );
    }
  }

  rows.push({ route: route.path, js, css, budget, status });
  details.push(
    `${route.path} (${route.module}):`,
    ...files
      .filter((file) => file.endsWith('.js'))
      .map((file) => `    ${kb(gzipSize(file)).padStart(9)}  ${file}`),
    ...cssFiles.map((file) => `    ${kb(gzipSize(file)).padStart(9)}  ${file}`),
  );
}

const table = [
  ['route', 'JS (gzip)', 'budget', 'CSS (gzip)', 'status'],
  ...rows.map((r) => [
    r.route,
    Number.isNaN(r.js) ? '-' : kb(r.js),
    kb(r.budget),
    Number.isNaN(r.css) ? '-' : kb(r.css),
    r.status,
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  row.map((cell, i) => (i === 0 || i === 4 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');

console.info('First-load size per route, production build (dist/), gzip -9:\n');
console.info(line(table[0]));
console.info(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.info(line(row));
console.info(`\nFiles per route:\n${details.join('\n')}`);

if (problems.length > 0) {
  console.error(`\n✗ Size check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.info('\n✓ Every route is within its budget.');
