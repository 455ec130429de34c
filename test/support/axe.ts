// axe for component tests. jsdom lays nothing out and the tests load no style sheets, so axe's colour
// contrast rule would only judge the browser defaults (and ask jsdom for a canvas it does not have).
// Contrast is checked where it is real: the end-to-end axe scans in Chromium, light and dark, and
// test/components/app/contrast.test.ts on the theme's colours.
import { act } from '@testing-library/react';
import { type AxeCore, configureAxe } from 'vitest-axe';

const scan = configureAxe({ rules: { 'color-contrast': { enabled: false } } });

/**
 * Scans `html`, inside act: what the page finishes meanwhile (a flow's statechart arriving when the page
 * is idle, a redirect's next page) renders as in a browser, not as a React warning in the test's output.
 */
export async function axe(html: Element | string, options?: AxeCore.RunOptions): Promise<AxeCore.AxeResults> {
  let results: AxeCore.AxeResults | undefined;
  await act(async () => {
    results = await scan(html, options);
  });
  return results as AxeCore.AxeResults;
}
