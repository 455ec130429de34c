// WCAG 2.x contrast, for the build's check of a branding's accent colours (and the test of the
// product's own tokens): https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio

/** Relative luminance of a #rrggbb colour (WCAG 2.x: sRGB, each channel linearised). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two #rrggbb colours, from 1 to 21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** "4.49:1": rounded down, so a ratio just under a minimum never reads as reaching it. */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 100) / 100}:1`;
}

export type Palette = Record<string, string>;

/** The light and dark themes' colours (`--color-*: #rrggbb`) from src/styles/tokens.css. */
export function themeColours(tokensCss: string): { light: Palette; dark: Palette } {
  const colours = (block: string): Palette =>
    Object.fromEntries(
      [...block.matchAll(/--(color-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]]),
    );
  const darkAt = tokensCss.indexOf('@media (prefers-color-scheme: dark)');
  if (darkAt < 0) throw new Error('tokens.css has no dark theme (@media (prefers-color-scheme: dark))');
  const light = colours(tokensCss.slice(0, darkAt));
  return { light, dark: { ...light, ...colours(tokensCss.slice(darkAt)) } };
}

const mix = (hex: string, toward: string, amount: number) =>
  `#${[1, 3, 5]
    .map((offset) => {
      const from = Number.parseInt(hex.slice(offset, offset + 2), 16);
      const to = Number.parseInt(toward.slice(offset, offset + 2), 16);
      return Math.round(from + (to - from) * amount)
        .toString(16)
        .padStart(2, '0');
    })
    .join('')}`;

/**
 * The primary button's hover colour: the accent moved a fifth of the way away from its text colour
 * (darker under light text, lighter under dark text), so hovering never lowers the label's contrast.
 */
export function hoverColour(color: string, textColor: string): string {
  return mix(color, luminance(textColor) > luminance(color) ? '#000000' : '#ffffff', 0.2);
}
