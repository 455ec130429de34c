// The organisation's branding, read at build time (README, "Brand it"): BRANDING_FILE, or the
// Contoso sample next to this file. The build stops when the file is invalid or its accent fails
// WCAG AA contrast. The page gets it as data, nothing fetched at run time:
// - `virtual:branding`: the name, the logo files' URLs and the links, on every page;
// - `virtual:branding/sign-in-page-text`: the sign-in page text, on the sign-in pages;
// - the accent colours, appended to src/styles/index.css as overrides of the tokens.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSize } from 'image-size';
import { type Plugin, searchForWorkspaceRoot } from 'vite';
import { accentCss, type Branding, contrastProblems, schemaProblems } from './check.ts';
import { themeColours } from './contrast.ts';

const here = dirname(fileURLToPath(import.meta.url));
const SAMPLE = resolve(here, 'branding.json');
const TOKENS = resolve(here, '../styles/tokens.css');
const STYLESHEET = resolve(here, '../styles/index.css');
const ID = 'virtual:branding';
/** Only the sign-in pages show it: a module of its own keeps it out of the other pages' first load. */
const TEXT_ID = 'virtual:branding/sign-in-page-text';

interface Size {
  width: number;
  height: number;
}

interface Loaded {
  branding: Branding;
  logo: { light: string; dark: string };
  /** Each logo's intrinsic size: the page reserves its box before the file arrives (no layout shift). */
  size: { light: Size; dark: Size };
}

function sizeOf(path: string): Size | string {
  try {
    const { width, height } = imageSize(readFileSync(path));
    if (width > 0 && height > 0) return { width, height };
  } catch (error) {
    return `its size can't be read (${(error as Error).message}): an SVG needs a viewBox or a width and height`;
  }
  return "its size can't be read: an SVG needs a viewBox or a width and height";
}

/** The branding file read and checked; throws one message listing every problem. */
export function loadBranding(file: string): Loaded {
  const name = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
  const fail = (problems: string[]) => {
    throw new Error(
      `The branding file ${name} can't be used:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'See the README, "Brand it".',
    );
  };
  if (!existsSync(file)) fail([`there is no such file (BRANDING_FILE=${process.env.BRANDING_FILE ?? ''})`]);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail([`it is not JSON: ${(error as Error).message}`]);
  }
  const shape = schemaProblems(value);
  if (shape.length > 0) fail(shape);
  const branding = value as Branding;
  const logo = {
    light: resolve(dirname(file), branding.logo.light),
    dark: resolve(dirname(file), branding.logo.dark),
  };
  const missing = (['light', 'dark'] as const)
    .filter((theme) => !existsSync(logo[theme]))
    .map((theme) => `logo.${theme}: there is no file ${relative(process.cwd(), logo[theme])}`);
  if (missing.length > 0) fail(missing);
  const light = sizeOf(logo.light);
  const dark = sizeOf(logo.dark);
  const unsized = Object.entries({ light, dark })
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([theme, problem]) => `logo.${theme}: ${problem}`);
  const contrast = contrastProblems(branding.accent, themeColours(readFileSync(TOKENS, 'utf8')));
  if (unsized.length + contrast.length > 0) fail([...unsized, ...contrast]);
  return { branding, logo, size: { light: light as Size, dark: dark as Size } };
}

export function brandingPlugin(): Plugin {
  const file = resolve(process.env.BRANDING_FILE ?? SAMPLE);
  let production = false;
  return {
    name: 'branding',
    // Before Vite's own CSS plugin, so the overrides are appended to index.css's source.
    enforce: 'pre',
    config(config) {
      // The dev server serves files outside the project (a BRANDING_FILE's logos) only when allowed.
      const root = searchForWorkspaceRoot(resolve(config.root ?? process.cwd()));
      if (relative(root, file).startsWith('..')) return { server: { fs: { allow: [root, dirname(file)] } } };
    },
    configResolved(config) {
      production = config.command === 'build' && config.mode !== 'demo';
    },
    buildStart() {
      try {
        loadBranding(file);
      } catch (error) {
        this.error((error as Error).message);
      }
      if (production && file === SAMPLE)
        this.warn(
          'built with the Contoso sample branding: set BRANDING_FILE to your own (README, "Brand it")',
        );
    },
    resolveId: (source) => (source === ID || source === TEXT_ID ? `\0${source}` : null),
    load(id) {
      if (id !== `\0${ID}` && id !== `\0${TEXT_ID}`) return null;
      const { branding, logo, size } = loadBranding(file);
      this.addWatchFile(file);
      if (id === `\0${TEXT_ID}`)
        return `export const signInPageText = ${JSON.stringify(branding.signInPageText)};`;
      // ?no-inline: the logos are files of their own (cached, loaded by <img>), not data in the script.
      return [
        `import light from ${JSON.stringify(`${logo.light}?no-inline`)};`,
        `import dark from ${JSON.stringify(`${logo.dark}?no-inline`)};`,
        `export const organizationName = ${JSON.stringify(branding.organizationName)};`,
        `export const links = ${JSON.stringify(branding.links)};`,
        `export const logo = { light, dark, size: ${JSON.stringify(size)} };`,
      ].join('\n');
    },
    transform(code, id) {
      if (id.split('?')[0] !== STYLESHEET) return null;
      this.addWatchFile(file);
      return { code: `${code}\n${accentCss(loadBranding(file).branding.accent)}`, map: null };
    },
  };
}
