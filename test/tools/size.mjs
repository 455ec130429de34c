#!/usr/bin/env node
// `npm run size`: what each route of the production build (dist/) makes the browser download first, gzip
// level 9, against a budget. Reads dist/.vite/manifest.json (build.manifest in vite.config.ts).
//
// A route's first load = the entry chunk + its static imports (recursively) + the route's lazy module
// chunk + its static imports (recursively), each file counted once. Lazy imports (import()) are not
// counted: they load later, if at all.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------------
// Routes and budgets (kB = 1000 bytes of gzip, as Vite reports them).

const ROUTES = [
  {
    path: '/',
    module: 'src/flows/sms-sign-in/route.tsx',
    budgetKb: 138.5,
    // the number's form runs before the statechart (src/flows/lazy-flow.ts)
    mustNotInclude: ['xstate'],
  },
  {
    path: '/sign-in/password',
    module: 'src/flows/password-sign-in/route.tsx',
    budgetKb: 97,
    mustNotInclude: ['phone-input', 'xstate'],
  },
  {
    path: '/reset-password',
    module: 'src/flows/password-reset/route.tsx',
    budgetKb: 97.5,
    // the user name's form runs before the statechart (src/flows/lazy-flow.ts)
    mustNotInclude: ['phone-input', 'xstate'],
  },
  { path: '/signed-in', module: 'src/flows/signed-in/route.tsx', budgetKb: 107 },
  {
    path: '/security-info',
    module: 'src/flows/security-info/route.tsx',
    budgetKb: 100,
    // the phone field comes with "Add sign-in method"; the page's wait shows before the statechart
    mustNotInclude: ['phone-input', 'xstate'],
  },
];

/**
 * Libraries a route may be forbidden to load, recognised by chunk names (when the bundler names a chunk
 * after them) and by strings that survive minification (property names and class names in their code).
 */
const LIBRARIES = {
  xstate: {
    label: 'xstate',
    chunkName: /xstate/i,
    // its built-in event types, in every build of its core
    markers: ['xstate.init', 'xstate.stop'],
    advice:
      'Run the first screen before the statechart (src/flows/lazy-flow.ts) and import the machine lazily.',
  },
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
    advice: 'Import the phone input only from the routes that show it (and keep it out of shared modules).',
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
const brotliCache = new Map();
function brotliSize(file) {
  if (!brotliCache.has(file)) {
    const bytes = readFileSync(join(dist, file));
    brotliCache.set(
      file,
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    );
  }
  return brotliCache.get(file);
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
const reportRoutes = [];

for (const route of ROUTES) {
  if (!manifest[route.module]) {
    problems.push(
      `${route.path}: ${route.module} is not a lazily loaded chunk of the build. Load each route's module with ` +
        "import() (React.lazy / the router's lazy) so routes only download their own code, or update ROUTES " +
        'at the top of test/tools/size.mjs if the module moved.',
    );
    rows.push({
      route: route.path,
      js: NaN,
      jsBrotli: NaN,
      css: NaN,
      budget: route.budgetKb * 1000,
      status: 'MISSING',
    });
    continue;
  }
  const keys = staticClosure(route.module, staticClosure(entryKey));
  const files = [...keys].map((key) => manifest[key].file);
  const jsFiles = files.filter((file) => file.endsWith('.js'));
  const js = jsFiles.reduce((sum, file) => sum + gzipSize(file), 0);
  const jsBrotli = jsFiles.reduce((sum, file) => sum + brotliSize(file), 0);
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
          library.advice,
      );
    }
  }

  // Only English is in a first download: other languages, and the code that fetches them, load when
  // a page is shown in them (src/content/i18n.ts).
  const otherLanguages = [...keys].filter((key) =>
    /^src\/content\/((?!en\/)[\w-]+\/[\w-]+|translations)\.ts$/.test(key),
  );
  if (otherLanguages.length > 0) {
    status = status === 'ok' ? 'loads translations' : `${status}, loads translations`;
    problems.push(
      `${route.path} must download English only at first, but its first load has ${otherLanguages.join(', ')}. ` +
        'Load translations with import() (src/content/translations.ts), never with a static import.',
    );
  }

  rows.push({ route: route.path, js, jsBrotli, css, budget, status });
  reportRoutes.push({ path: route.path, files: jsFiles });
  details.push(
    `${route.path} (${route.module}):`,
    ...files
      .filter((file) => file.endsWith('.js'))
      .map((file) => `    ${kb(gzipSize(file)).padStart(9)}  ${file}`),
    ...cssFiles.map((file) => `    ${kb(gzipSize(file)).padStart(9)}  ${file}`),
  );
}

const table = [
  ['route', 'JS (gzip)', 'budget', 'JS (brotli)', 'CSS (gzip)', 'status'],
  ...rows.map((r) => [
    r.route,
    Number.isNaN(r.js) ? '-' : kb(r.js),
    kb(r.budget),
    Number.isNaN(r.jsBrotli) ? '-' : kb(r.jsBrotli),
    Number.isNaN(r.css) ? '-' : kb(r.css),
    r.status,
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
const line = (row) =>
  row.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');

console.info('First-load size per route, production build (dist/), gzip -9 (budgets) and brotli -11:\n');
console.info(line(table[0]));
console.info(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table.slice(1)) console.info(line(row));
console.info(`\nFiles per route:\n${details.join('\n')}`);

if (process.argv.includes('--report')) writeReport();

if (problems.length > 0) {
  console.error(`\n✗ Size check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.info('\n✓ Every route is within its budget.');

/** dist/.vite/size-report.html: one treemap per route (area = the module's gzip size on its own). */
function writeReport() {
  const modulesPath = join(dist, '.vite/modules.json');
  if (!existsSync(modulesPath)) {
    console.error(`✗ ${modulesPath} is missing: the build writes it (src/prerender/modules-report.ts).`);
    process.exit(1);
  }
  /** @type {Record<string, Record<string, {bytes: number, gzip: number, brotli: number}>>} */
  const modules = JSON.parse(readFileSync(modulesPath, 'utf8'));
  const escapeHtml = (text) =>
    text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  const hue = (name) => [...name].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 360, 7);
  /** Slice-and-dice: items laid out across the box, alternating direction with each level. */
  const slice = (items, box, vertical) => {
    const total = items.reduce((sum, item) => sum + item.size, 0) || 1;
    let offset = 0;
    return items.map((item) => {
      const share = item.size / total;
      const rect = vertical
        ? { x: box.x, y: box.y + offset * box.h, w: box.w, h: share * box.h }
        : { x: box.x + offset * box.w, y: box.y, w: share * box.w, h: box.h };
      offset += share;
      return { ...item, rect };
    });
  };
  const pct = (n) => `${(n * 100).toFixed(3)}%`;
  const sections = reportRoutes.map(({ path, files }) => {
    const chunks = files
      .map((file) => {
        const mods = Object.entries(modules[file] ?? {})
          .map(([id, size]) => ({ id, size: size.gzip, bytes: size.bytes, brotli: size.brotli }))
          .sort((a, b) => b.size - a.size);
        return { file, size: mods.reduce((sum, m) => sum + m.size, 0), mods };
      })
      .sort((a, b) => b.size - a.size);
    const cells = slice(chunks, { x: 0, y: 0, w: 1, h: 1 }, false).flatMap((chunk) =>
      slice(chunk.mods, chunk.rect, true).map((mod) => {
        const label = `${mod.id} (${chunk.file}): ${kb(mod.bytes)} minified, ${kb(mod.size)} gzip, ${kb(mod.brotli)} brotli`;
        const name = mod.id.replace(/^node_modules\//, '').replace(/^src\//, '');
        return (
          `<div class="cell" title="${escapeHtml(label)}" style="left:${pct(mod.rect.x)};top:${pct(mod.rect.y)};` +
          `width:${pct(mod.rect.w)};height:${pct(mod.rect.h)};background:hsl(${hue(mod.id.split('/').slice(0, 2).join('/'))} 55% 80%)">` +
          `${escapeHtml(name)} ${kb(mod.size)}</div>`
        );
      }),
    );
    const row = rows.find((r) => r.route === path);
    return (
      `<h2>${escapeHtml(path)}: ${kb(row.js)} gzip, ${kb(row.jsBrotli)} brotli (budget ${kb(row.budget)})</h2>` +
      `<p>${files.map((file) => `${escapeHtml(file)} ${kb(gzipSize(file))}`).join(' · ')}</p>` +
      `<div class="map">${cells.join('')}</div>`
    );
  });
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>First-load JavaScript per route</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem}.map{position:relative;height:520px;border:1px solid #444;margin-bottom:2rem}
.cell{position:absolute;box-sizing:border-box;border:1px solid #fff;overflow:hidden;font-size:11px;padding:2px;line-height:1.2}</style>
<h1>First-load JavaScript per route (production build)</h1>
<p>Each box is a module, its area its gzip size on its own (hover for minified, gzip and brotli); modules are grouped by the file they ship in.</p>
${sections.join('\n')}
</html>
`;
  const out = join(dist, '.vite/size-report.html');
  writeFileSync(out, html);
  console.info(`\nTreemap of each route's first load: ${out}`);
}
