// What the build checks in a branding file (README, "Brand it"): its shape against
// branding.schema.json, and the accent colours against WCAG AA contrast in both themes. Each
// problem is one sentence naming the field (and, for contrast, the colours and the ratio).
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import schema from './branding.schema.json' with { type: 'json' };
import { contrastRatio, formatRatio, hoverColour, type Palette } from './contrast.ts';

interface Accent {
  color: string;
  textColor: string;
}

export interface Branding {
  organizationName: string;
  logo: { light: string; dark: string };
  accent: { light: Accent; dark: Accent };
  signInPageText: string;
  links: { privacy: string; terms: string; help: string };
}

const ajv = new Ajv2020({ allErrors: true, verbose: true });
addFormats(ajv, ['uri']);
const validate = ajv.compile<Branding>(schema);

const fieldName = (instancePath: string, child?: string) =>
  [...instancePath.split('/').slice(1), ...(child ? [child] : [])].join('.') || 'the branding';

function explain(error: ErrorObject): { field: string; text: string } {
  const expected = (error.parentSchema as { description?: string } | undefined)?.description;
  const got = JSON.stringify(error.data);
  switch (error.keyword) {
    case 'required':
      return {
        field: fieldName(error.instancePath, error.params.missingProperty),
        text: 'is missing',
      };
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {}).filter(
        (key) => key !== '$schema',
      );
      return {
        field: fieldName(error.instancePath, error.params.additionalProperty),
        text: `is not a branding field (expected ${known.join(', ')})`,
      };
    }
    case 'type':
      return {
        field: fieldName(error.instancePath),
        text: `must be ${error.params.type === 'object' ? 'an' : 'a'} ${error.params.type} (got ${got})`,
      };
    case 'minLength':
      return { field: fieldName(error.instancePath), text: 'must not be empty' };
    case 'maxLength':
      return {
        field: fieldName(error.instancePath),
        text: `must be at most ${error.params.limit} characters (it has ${[...String(error.data)].length})`,
      };
    case 'pattern':
      if (error.params.pattern === '\\S')
        return { field: fieldName(error.instancePath), text: 'must not be blank' };
      return {
        field: fieldName(error.instancePath),
        text: `must be ${expected ?? `like ${error.params.pattern}`} (got ${got})`,
      };
    default:
      return {
        field: fieldName(error.instancePath),
        text: `${expected ? `must be ${expected}` : error.message} (got ${got})`,
      };
  }
}

/** Problems with the file's shape, one per field (the first one found): none when it is valid. */
export function schemaProblems(value: unknown): string[] {
  if (validate(value)) return [];
  const byField = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    const { field, text } = explain(error);
    if (!byField.has(field)) byField.set(field, `${field} ${text}`);
  }
  return [...byField.values()];
}

const TEXT = 4.5; // WCAG 1.4.3, normal text
const NON_TEXT = 3; // WCAG 1.4.11, the focus ring

/**
 * Where the accent goes (the tokens it replaces, see accentCss) and what it must stand out from:
 * the primary button's background under its label; links, secondary buttons' labels and the focus
 * ring on the card, the page and the light-blue hover/pressed backgrounds; the focus ring on the
 * demo phone's panel.
 */
const PAIRS: { foreground: 'accent' | 'text'; background: string; minimum: number; where: string }[] = [
  { foreground: 'text', background: 'accent', minimum: TEXT, where: 'the primary button' },
  { foreground: 'text', background: 'hover', minimum: TEXT, where: 'the primary button, hovered' },
  {
    foreground: 'accent',
    background: 'color-surface',
    minimum: TEXT,
    where: 'links and buttons on the card',
  },
  { foreground: 'accent', background: 'color-bg', minimum: TEXT, where: 'links on the page background' },
  {
    foreground: 'accent',
    background: 'color-info-bg',
    minimum: TEXT,
    where: 'a hovered button or choice',
  },
  {
    foreground: 'accent',
    background: 'color-warning-bg',
    minimum: NON_TEXT,
    where: 'the focus ring on the demo phone',
  },
];

/** The theme colours the accent is checked against, as a deployer would call them. */
const BACKGROUNDS: Record<string, string> = {
  'color-surface': 'card background',
  'color-bg': 'page background',
  'color-info-bg': 'hover background',
  'color-warning-bg': 'demo phone background',
};

/** Accent colour pairs below WCAG AA in either theme, each naming both colours and the ratio. */
export function contrastProblems(
  accent: Branding['accent'],
  themes: { light: Palette; dark: Palette },
): string[] {
  return (['light', 'dark'] as const).flatMap((theme) => {
    const { color, textColor } = accent[theme];
    const colours: Palette = {
      ...themes[theme],
      accent: color,
      text: textColor,
      hover: hoverColour(color, textColor),
    };
    const names: Palette = {
      accent: `accent.${theme}.color ${color}`,
      text: `accent.${theme}.textColor ${textColor}`,
      hover: `the hovered accent ${colours.hover}`,
    };
    return PAIRS.flatMap(({ foreground, background, minimum, where }) => {
      const fg = colours[foreground];
      const bg = colours[background];
      if (!fg || !bg) throw new Error(`the ${theme} theme has no ${fg ? background : foreground} colour`);
      const ratio = contrastRatio(fg, bg);
      if (ratio >= minimum) return [];
      const backgroundName = names[background] ?? `the ${theme} theme's ${BACKGROUNDS[background]} ${bg}`;
      return [
        `${names[foreground]} on ${backgroundName} (${where}) has a contrast ratio of ${formatRatio(ratio)}; WCAG AA needs ${minimum}:1`,
      ];
    });
  });
}

/** The accent as overrides of src/styles/tokens.css, appended after it by the build. */
export function accentCss(accent: Branding['accent']): string {
  const tokens = ({ color, textColor }: Accent) =>
    [
      `--color-primary: ${color};`,
      `--color-primary-hover: ${hoverColour(color, textColor)};`,
      `--color-on-primary: ${textColor};`,
      `--color-link: ${color};`,
      `--color-focus: ${color};`,
    ].join(' ');
  return [
    "/* The branding's accent (src/branding/vite-plugin.ts), over the tokens above. */",
    `:root { ${tokens(accent.light)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${tokens(accent.dark)} } }`,
    '',
  ].join('\n');
}
