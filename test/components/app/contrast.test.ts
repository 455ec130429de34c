// WCAG AA contrast of every colour pair the styles use, in both themes, read from the tokens
// themselves so that a colour change that breaks contrast breaks this test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const css = readFileSync(resolve(__dirname, '../../../src/styles/tokens.css'), 'utf8');

function colours(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
  );
}

const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const light = colours(css.slice(0, darkAt));
const dark = { ...light, ...colours(css.slice(darkAt)) };

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const TEXT = 4.5; // WCAG 1.4.3, normal text
const UI = 3; // WCAG 1.4.11, borders of controls and focus indicators

const PAIRS: [foreground: string, background: string, minimum: number][] = [
  ['color-text', 'color-bg', TEXT],
  ['color-text', 'color-surface', TEXT],
  ['color-text-muted', 'color-bg', TEXT],
  ['color-text-muted', 'color-surface', TEXT],
  ['color-link', 'color-bg', TEXT],
  ['color-link', 'color-surface', TEXT],
  ['color-primary', 'color-surface', TEXT], // secondary button
  ['color-primary', 'color-info-bg', TEXT], // secondary button hovered, pressed toggle
  ['color-on-primary', 'color-primary', TEXT], // primary button
  ['color-on-primary', 'color-primary-hover', TEXT],
  ['color-error', 'color-surface', TEXT], // field error
  ['color-error', 'color-error-bg', TEXT], // alert title
  ['color-text', 'color-error-bg', TEXT],
  ['color-success', 'color-surface', TEXT],
  ['color-text', 'color-success-bg', TEXT],
  ['color-warning', 'color-warning-bg', TEXT], // demo phone disclaimer
  ['color-text', 'color-warning-bg', TEXT],
  ['color-text-muted', 'color-warning-bg', TEXT],
  ['color-text', 'color-info-bg', TEXT],
  ['color-link', 'color-info-bg', TEXT], // choice hovered
  ['color-text-muted', 'color-info-bg', TEXT],
  ['color-border', 'color-surface', UI], // input and toggle borders
  ['color-border', 'color-bg', UI],
  ['color-error', 'color-surface', UI], // invalid input border
  ['color-focus', 'color-surface', UI],
  ['color-focus', 'color-bg', UI],
  ['color-focus', 'color-warning-bg', UI], // focus inside the demo phone
];

it('reads both themes from the tokens', () => {
  expect(Object.keys(light).length).toBeGreaterThan(10);
  expect(dark['color-bg']).not.toBe(light['color-bg']);
});

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_theme, palette) => {
  it('defines every colour the pairs use', () => {
    for (const [fg, bg] of PAIRS) {
      expect(palette[fg], fg).toMatch(/^#/);
      expect(palette[bg], bg).toMatch(/^#/);
    }
  });

  it.each(PAIRS)('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(contrast(palette[fg] ?? '', palette[bg] ?? '')).toBeGreaterThanOrEqual(minimum);
  });
});
