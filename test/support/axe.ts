// axe for component tests. jsdom lays nothing out and the tests load no style sheets, so axe's colour
// contrast rule would only judge the browser defaults (and ask jsdom for a canvas it does not have).
// Contrast is checked where it is real: the end-to-end axe scans in Chromium, light and dark, and
// test/components/app/contrast.test.ts on the theme's colours.
import { configureAxe } from 'vitest-axe';

export const axe = configureAxe({ rules: { 'color-contrast': { enabled: false } } });
