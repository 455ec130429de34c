// WCAG AA contrast of every colour pair the styles use, in both themes, read from the tokens
// themselves so that a colour change that breaks contrast breaks this test. (The branding's accent,
// which replaces the primary, link and focus colours, is checked by the build: src/branding/check.ts.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contrastRatio, themeColours } from '../../../src/branding/contrast';

const { light, dark } = themeColours(
  readFileSync(resolve(__dirname, '../../../src/styles/tokens.css'), 'utf8'),
);

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
    expect(contrastRatio(palette[fg] ?? '', palette[bg] ?? '')).toBeGreaterThanOrEqual(minimum);
  });
});
