// @vitest-environment jsdom
// Checks on the built files (npm run test:build, after npm run build and npm run build:demo):
// the production build (dist/) carries no mock backend, no demo directory and no demo phone, and runs
// under a strict Content-Security-Policy; the demo build (dist-demo/) does carry them, which proves the
// searches below find what they look for.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(root, 'dist');
const DIST_DEMO = join(root, 'dist-demo');

const TEXT_FILE = /\.(html|js|mjs|css|json|svg|txt|webmanifest|xml|map)$/i;

/** Strings that only MSW's code carries (checked to be present in the demo build, so they work). */
const MSW_MARKERS = ['mockServiceWorker', 'setupWorker', '[MSW]', 'MOCK_ACTIVATE'];

/** The demo directory (src/behaviour.md#demo-personas): its numbers in any spacing, its password and its user names. */
const PERSONA_PATTERNS: [string, RegExp][] = [
  ['a persona number (425 555 01xx)', /425[\s.-]?555[\s.-]?01\d\d(?!\d)/],
  ['a persona number (555 01xx)', /(?<!\d)555[\s.-]01\d\d(?!\d)/],
  ['a persona number (55501xx)', /(?<!\d)55501\d\d(?!\d)/],
  ['the demo password', /Passw0rd!demo/],
  [
    'a demo user name',
    /\b(megan|victor|carl|olga|bob|sam|nora|leo|newt|rose|grace|paul)@contoso\b|\btara@trial\b|\b(tess|theo)@northwind\b/i,
  ],
];

const DEMO_PHONE = /Demo phone/i;
/** The panel's Network control and its faults (mocks/network-faults.ts). */
const NETWORK_FAULTS = /Malformed answer|demo-phone\.network|SRVR-/;

interface BuiltFile {
  path: string; // relative to the build folder
  text: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function readBuild(dir: string, command: string): { files: string[]; text: BuiltFile[] } {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${relative(root, dir)}/index.html is missing: run \`${command}\` before these checks.`);
  }
  const files = walk(dir).map((file) => relative(dir, file));
  const text = files
    .filter((file) => TEXT_FILE.test(file))
    .map((file) => ({ path: file, text: readFileSync(join(dir, file), 'utf8') }));
  return { files, text };
}

/** "file: …context…" for every file where `needle` occurs. */
function occurrences(files: BuiltFile[], needle: string | RegExp): string[] {
  return files.flatMap(({ path, text }) => {
    const index =
      typeof needle === 'string'
        ? text.indexOf(needle)
        : text.search(new RegExp(needle.source, needle.flags));
    if (index < 0) return [];
    const context = text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');
    return [`${path}: …${context}…`];
  });
}

/** What a page loads (scripts, styles, images…), not where its links go. */
function loads(page: Document): { tag: string; value: string }[] {
  return [...page.querySelectorAll('[src], link[href], [srcset], [poster], object[data]')].flatMap((el) =>
    ['src', 'href', 'srcset', 'poster', 'data']
      .map((name) => el.getAttribute(name))
      .filter((value): value is string => value !== null)
      .map((value) => ({ tag: el.tagName.toLowerCase(), value })),
  );
}

describe('the production build (dist/)', () => {
  let build: { files: string[]; text: BuiltFile[] };
  let html: string;
  let doc: Document;

  beforeAll(() => {
    build = readBuild(DIST, 'npm run build');
    html = readFileSync(join(DIST, 'index.html'), 'utf8');
    doc = new DOMParser().parseFromString(html, 'text/html');
  });

  it('ships no mock service worker', () => {
    expect(build.files.filter((file) => /mockServiceWorker|(^|[/\\._-])msw([/\\._-]|$)/i.test(file))).toEqual(
      [],
    );
  });

  it('has no chunk built from mocks/ or msw', () => {
    const manifestFile = join(DIST, '.vite/manifest.json');
    if (!existsSync(manifestFile)) return; // the text searches below still apply
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { src?: string }>;
    const mockChunks = Object.entries(manifest)
      .filter(([key, chunk]) => /(^|\/)(mocks|msw)\//.test(`${key} ${chunk.src ?? ''}`))
      .map(([key]) => key);
    expect(mockChunks).toEqual([]);
  });

  it.each(MSW_MARKERS)('carries no MSW code (%s)', (marker) => {
    expect(occurrences(build.text, marker)).toEqual([]);
  });

  it.each(PERSONA_PATTERNS)('carries nothing of the demo directory: %s', (_what, pattern) => {
    expect(occurrences(build.text, pattern)).toEqual([]);
  });

  it('carries no demo phone panel', () => {
    expect(occurrences(build.text, DEMO_PHONE)).toEqual([]);
  });

  it('carries no network faults', () => {
    expect(occurrences(build.text, NETWORK_FAULTS)).toEqual([]);
  });

  it('declares a Content-Security-Policy with script-src self, before anything loads', () => {
    const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter(
      (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    expect(metas, 'one CSP <meta> in dist/index.html').toHaveLength(1);
    const policy = metas[0]!.getAttribute('content') ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((tokens) => tokens[0])
        .map(([name, ...values]) => [name!.toLowerCase(), values] as const),
    );
    expect(directives.get('script-src'), `script-src in "${policy}"`).toEqual(["'self'"]);
    expect(directives.get('object-src'), `object-src in "${policy}"`).toEqual(["'none'"]);
    expect(directives.has('default-src'), `default-src in "${policy}"`).toBe(true);
    expect(policy).not.toMatch(/unsafe-(inline|eval|hashes)/);

    // A CSP <meta> only covers what comes after it.
    const first = doc.head.querySelector('script, link, style, meta[http-equiv]');
    expect(first, 'the CSP <meta> comes before any script, style or link').toBe(metas[0]);
  });

  it('has no inline script or style and no unsafe-inline', () => {
    const inlineScripts = [...doc.querySelectorAll('script:not([src])')].map((el) => el.outerHTML);
    expect(inlineScripts).toEqual([]);
    expect([...doc.querySelectorAll('style, [style]')].map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
    );
    expect(handlers, 'inline event handlers').toEqual([]);
    expect(html).not.toMatch(/unsafe-inline/);
  });

  it('loads every asset from its own origin', () => {
    const references = loads(doc);
    expect(references.length, 'index.html references its script').toBeGreaterThan(0);
    const foreign = references.filter(
      ({ value }) => /^\s*([a-z][a-z\d+.-]*:|\/\/)/i.test(value) && !/^\s*data:/i.test(value),
    );
    expect(foreign).toEqual([]);

    const cssImportsElsewhere = occurrences(
      build.text.filter(({ path }) => path.endsWith('.css')),
      /url\(\s*['"]?\s*(https?:)?\/\/|@import\s+(url\()?\s*['"]?\s*(https?:)?\/\//i,
    );
    expect(cssImportsElsewhere, 'stylesheets load nothing from another origin').toEqual([]);
  });

  it('has every file each prerendered page loads (the app modules, its images) in dist/', () => {
    const pages = build.files.filter((file) => file.endsWith('.html'));
    expect(pages, 'a page per route and the 404 page').toEqual(
      expect.arrayContaining(['index.html', 'sign-in/password/index.html', '404.html']),
    );
    const missing = pages.flatMap((page) => {
      const pageDoc = new DOMParser().parseFromString(readFileSync(join(DIST, page), 'utf8'), 'text/html');
      const modules = pageDoc.querySelector('meta[name="app-modules"]')?.getAttribute('content') ?? '';
      return [...loads(pageDoc).map(({ value }) => value), ...modules.split(' ')]
        .flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
        .filter((url) => url.startsWith('/') && !url.startsWith('//'))
        .filter((url) => !existsSync(join(DIST, url.split(/[?#]/)[0]!)))
        .map((url) => `${page}: ${url}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('the demo build (dist-demo/), so the checks above are not vacuous', () => {
  let build: { files: string[]; text: BuiltFile[] };

  beforeAll(() => {
    build = readBuild(DIST_DEMO, 'npm run build:demo');
  });

  it('ships the mock service worker', () => {
    expect(build.files).toContain('mockServiceWorker.js');
  });

  it('has chunks built from mocks/', () => {
    const manifest = JSON.parse(readFileSync(join(DIST_DEMO, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { src?: string }
    >;
    expect(Object.keys(manifest).filter((key) => key.startsWith('mocks/')).length).toBeGreaterThan(0);
  });

  it.each(MSW_MARKERS)('carries MSW code (%s)', (marker) => {
    expect(occurrences(build.text, marker).length).toBeGreaterThan(0);
  });

  it('carries the demo directory', () => {
    const found = PERSONA_PATTERNS.filter(([, pattern]) => occurrences(build.text, pattern).length > 0);
    expect(found.map(([what]) => what)).toEqual(
      expect.arrayContaining(['a persona number (425 555 01xx)', 'the demo password']),
    );
  });

  it('carries the demo phone panel', () => {
    expect(occurrences(build.text, DEMO_PHONE).length).toBeGreaterThan(0);
  });

  it('carries the network faults', () => {
    expect(occurrences(build.text, NETWORK_FAULTS).length).toBeGreaterThan(0);
  });
});
