// What the build checks in a branding file (src/branding/check.ts): the schema, with a message that
// names the field, and WCAG AA contrast of the accent colours in both themes, with a message that
// names the colours and the ratio.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { type Branding, contrastProblems, schemaProblems } from '../../../src/branding/check';
import { contrastRatio, formatRatio, hoverColour, themeColours } from '../../../src/branding/contrast';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const sample: Branding = JSON.parse(readFileSync(join(root, 'src/branding/branding.json'), 'utf8'));
const themes = themeColours(readFileSync(join(root, 'src/styles/tokens.css'), 'utf8'));

/** The sample with one field (a dotted path) set to `value`, or removed when `value` is undefined. */
function withField(path: string, value: unknown): unknown {
  const copy = structuredClone(sample) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((node, key) => node[key] as Record<string, unknown>, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('the branding schema', () => {
  it('accepts the Contoso sample', () => {
    expect(schemaProblems(sample)).toEqual([]);
  });

  it('accepts the example in the README, colours included', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readme.match(/\n## Brand it\n[\s\S]*?```json\n([\s\S]*?)```/)?.[1];
    expect(example, 'a json block in the README’s "Brand it" section').toBeDefined();
    const branding = JSON.parse(example!);
    expect(schemaProblems(branding)).toEqual([]);
    expect(contrastProblems(branding.accent, themes)).toEqual([]);
  });

  it.each([
    'organizationName',
    'logo',
    'logo.light',
    'logo.dark',
    'accent',
    'accent.light',
    'accent.light.color',
    'accent.light.textColor',
    'accent.dark',
    'accent.dark.color',
    'accent.dark.textColor',
    'signInPageText',
    'links',
    'links.privacy',
    'links.terms',
    'links.help',
  ])('names %s when it is missing', (field) => {
    expect(schemaProblems(withField(field, undefined))).toEqual([`${field} is missing`]);
  });

  it.each<[string, unknown, string]>([
    ['organizationName', '', 'organizationName must not be empty'],
    ['organizationName', '   ', 'organizationName must not be blank'],
    ['organizationName', 42, 'organizationName must be a string (got 42)'],
    ['organizationName', 'C'.repeat(65), 'organizationName must be at most 64 characters (it has 65)'],
    ['logo', 'contoso.svg', 'logo must be an object (got "contoso.svg")'],
    [
      'logo.light',
      'contoso.gif',
      'logo.light must be a path to an .svg, .png or .webp file, relative to the branding file (got "contoso.gif")',
    ],
    [
      'accent.light.color',
      'blue',
      'accent.light.color must be a colour written #rrggbb, such as #0067b8 (got "blue")',
    ],
    [
      'accent.dark.textColor',
      '#fff',
      'accent.dark.textColor must be a colour written #rrggbb, such as #0067b8 (got "#fff")',
    ],
    ['signInPageText', 'x'.repeat(501), 'signInPageText must be at most 500 characters (it has 501)'],
    [
      'links.help',
      'http://contoso.example/help',
      'links.help must be an https:// address, such as https://contoso.example/privacy (got "http://contoso.example/help")',
    ],
    [
      'links.privacy',
      'javascript:alert(1)',
      'links.privacy must be an https:// address, such as https://contoso.example/privacy (got "javascript:alert(1)")',
    ],
    [
      'links.terms',
      'https://',
      'links.terms must be an https:// address, such as https://contoso.example/privacy (got "https://")',
    ],
    [
      'links.support',
      'https://contoso.example/support',
      'links.support is not a branding field (expected privacy, terms, help)',
    ],
    [
      'accentColour',
      '#0067b8',
      'accentColour is not a branding field (expected organizationName, logo, accent, signInPageText, links)',
    ],
  ])('names %s when it is %j', (field, value, message) => {
    expect(schemaProblems(withField(field, value))).toEqual([message]);
  });

  it('lists every field that is wrong, once each', () => {
    const branding = withField('accent.light.color', 'blue') as Branding;
    delete (branding.links as Partial<Branding['links']>).help;
    branding.links.terms = 'ftp://contoso.example/terms';
    expect(schemaProblems(branding)).toEqual([
      'accent.light.color must be a colour written #rrggbb, such as #0067b8 (got "blue")',
      'links.help is missing',
      'links.terms must be an https:// address, such as https://contoso.example/privacy (got "ftp://contoso.example/terms")',
    ]);
  });

  it('says when the file is not an object at all', () => {
    expect(schemaProblems([])).toEqual(['the branding must be an object (got [])']);
  });
});

describe('WCAG 2.x contrast', () => {
  it.each<[string, string, number]>([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#0067b8', '#ffffff', 5.78],
    ['#ffcc00', '#ffffff', 1.51],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %s:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
  });

  it('#0067b8 on white reaches AA for text; #ffcc00 on white does not', () => {
    expect(contrastRatio('#0067b8', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#ffcc00', '#ffffff')).toBeLessThan(4.5);
  });

  it('rounds a ratio down, so one just short of a minimum never reads as reaching it', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21:1');
  });

  it('a hovered primary button never has less contrast than the button itself', () => {
    const colour = fc
      .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(colour, colour, (color, text) => {
        expect(contrastRatio(text, hoverColour(color, text))).toBeGreaterThanOrEqual(
          contrastRatio(text, color) - 1e-9,
        );
      }),
    );
  });
});

describe('the accent colours’ contrast', () => {
  it('passes for the Contoso sample, in both themes', () => {
    expect(contrastProblems(sample.accent, themes)).toEqual([]);
  });

  it('refuses white text on #ffcc00, naming both colours and the ratio', () => {
    const problems = contrastProblems(
      { ...sample.accent, light: { color: '#ffcc00', textColor: '#ffffff' } },
      themes,
    );
    expect(problems).toContain(
      'accent.light.textColor #ffffff on accent.light.color #ffcc00 (the primary button) has a contrast ratio of 1.51:1; WCAG AA needs 4.5:1',
    );
  });

  it('refuses an accent that reads on its button but not as a link on the page', () => {
    const problems = contrastProblems(
      { ...sample.accent, light: { color: '#ffcc00', textColor: '#000000' } },
      themes,
    );
    expect(problems).toEqual([
      "accent.light.color #ffcc00 on the light theme's card background #ffffff (links and buttons on the card) has a contrast ratio of 1.51:1; WCAG AA needs 4.5:1",
      "accent.light.color #ffcc00 on the light theme's page background #f3f4f6 (links on the page background) has a contrast ratio of 1.37:1; WCAG AA needs 4.5:1",
      "accent.light.color #ffcc00 on the light theme's hover background #e8f0fe (a hovered button or choice) has a contrast ratio of 1.31:1; WCAG AA needs 4.5:1",
      "accent.light.color #ffcc00 on the light theme's demo phone background #fef7e0 (the focus ring on the demo phone) has a contrast ratio of 1.41:1; WCAG AA needs 3:1",
    ]);
  });

  it('checks the dark theme on its own: a light theme’s accent on a dark page fails', () => {
    const problems = contrastProblems({ ...sample.accent, dark: sample.accent.light }, themes);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems)
      expect(problem).toMatch(/^accent\.dark\.color #0067b8 on the dark theme's /);
  });
});
