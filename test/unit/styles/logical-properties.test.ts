// Right-to-left languages mirror the layout only if the styles never say "left" or "right": every
// side is a logical one (inline-start/end, block-start/end), which follows <html dir>. This scans
// every stylesheet of the app (src/**/*.css) and names each physical side it finds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

interface Declaration {
  property: string;
  value: string;
  line: number;
}

/** The declarations of a stylesheet (comments removed), with the line each starts on. */
function declarations(css: string): Declaration[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: Declaration[] = [];
  for (const match of code.matchAll(/(?<=[{;]\s*)([-a-z]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)) {
    const line = code.slice(0, match.index).split('\n').length;
    found.push({ property: match[1]!, value: match[2]!.replace(/\s+/g, ' '), line });
  }
  return found;
}

/** The space-separated parts of a value, keeping calc(), var() and other functions whole. */
function parts(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/** Shorthands whose four values are top, right, bottom, left. */
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);

/** Why a declaration is tied to a physical side, or null if it follows the writing direction. */
function physicalSide({ property, value }: Pick<Declaration, 'property' | 'value'>): string | null {
  if (property === 'left' || property === 'right')
    return `"${property}": use inset-inline-start / inset-inline-end`;
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property))
    return `"${property}": use border-start-start-radius and its siblings`;
  if (/(^|-)(left|right)(-|$)/.test(property))
    return `"${property}": use ${property.replace(/left|right/, (side) => (side === 'left' ? 'inline-start' : 'inline-end'))}`;
  if (/(^|[\s,(])(left|right)([\s,)]|$)/.test(value))
    return `"${property}: ${value}": use start / end (or a logical property) instead of left / right`;
  if (/\btranslateX\(|\btranslate\([^,)]+,/.test(value))
    return `"${property}: ${value}": a horizontal move does not mirror; flip it for dir="rtl" or avoid it`;
  const values = parts(value);
  if (BOX_SHORTHANDS.has(property) && values.length === 4 && values[1] !== values[3])
    return `"${property}: ${value}": its right and left differ; set the inline sides with ${property}-inline-start / -end`;
  if (property === 'border-radius' && new Set(values.filter((part) => part !== '/')).size > 1)
    return `"${property}: ${value}": uneven corners; use border-start-start-radius and its siblings`;
  return null;
}

describe('styles use logical sides only, so right-to-left languages mirror the layout', () => {
  const files = cssFiles(resolve(root, 'src'));

  it('finds the stylesheets', () => {
    expect(files.map((file) => relative(root, file))).toEqual(
      expect.arrayContaining(['src/styles/components.css', 'src/styles/layout.css']),
    );
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s has no left or right', (_, file) => {
    const problems = declarations(readFileSync(file, 'utf8')).flatMap((declaration) => {
      const why = physicalSide(declaration);
      return why ? [`line ${declaration.line}: ${why}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('catches what it should, and leaves logical and symmetric styles alone', () => {
    const flagged = (property: string, value: string) => physicalSide({ property, value }) !== null;
    expect(flagged('left', '0')).toBe(true);
    expect(flagged('right', 'var(--space-2)')).toBe(true);
    expect(flagged('margin-left', 'auto')).toBe(true);
    expect(flagged('padding-right', '1rem')).toBe(true);
    expect(flagged('border-left', '4px solid red')).toBe(true);
    expect(flagged('border-left-color', 'red')).toBe(true);
    expect(flagged('border-top-right-radius', '4px')).toBe(true);
    expect(flagged('text-align', 'left')).toBe(true);
    expect(flagged('float', 'right')).toBe(true);
    expect(flagged('background-position', 'right 0.5rem center')).toBe(true);
    expect(flagged('transform', 'translateX(-100%)')).toBe(true);
    expect(flagged('margin', '0 0 0 calc(1rem + var(--x))')).toBe(true);
    expect(flagged('padding', '1px 2px 3px 4px')).toBe(true);
    expect(flagged('border-radius', '0 4px 4px 0')).toBe(true);

    expect(flagged('inset-inline-start', '0')).toBe(false);
    expect(flagged('margin-inline-start', 'auto')).toBe(false);
    expect(flagged('border-inline-start', '4px solid red')).toBe(false);
    expect(flagged('text-align', 'start')).toBe(false);
    expect(flagged('margin', '0 auto')).toBe(false);
    expect(flagged('padding', '1rem 2rem 3rem')).toBe(false);
    expect(flagged('padding', '1rem 2rem 3rem 2rem')).toBe(false);
    expect(flagged('border-radius', 'var(--radius)')).toBe(false);
    expect(flagged('transform', 'translateY(-200%)')).toBe(false);
    expect(flagged('clip-path', 'inset(50%)')).toBe(false);
    expect(flagged('grid-template-areas', '"copyright"')).toBe(false);
  });

  it('reads declarations with their lines, comments left out', () => {
    expect(declarations('a {\n  /* left: 0 */\n  margin-left: 1px;\n  color: red }')).toEqual([
      { property: 'margin-left', value: '1px', line: 3 },
      { property: 'color', value: 'red', line: 4 },
    ]);
  });
});
