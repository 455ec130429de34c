// End-to-end tests: Debian's Chromium against the demo build (dist-demo/, with the mock backend and the
// demo phone panel), served the way a static host serves it; one journey per flow against the
// production build (dist/), served with the production headers and the simulated identity service at
// /api over HTTP (production-server.ts); and a smoke test of the dev server. Run with
// `npm run test:e2e` after `npm run build` and `npm run build:demo`; `npm test` does all three.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const ci = !!process.env.CI;

/** Playwright cannot download its browsers here: drive an installed Chromium (test/tools/ensure-chromium.mjs). */
const executablePath = CHROMIUM_PATH;
const port = Number(process.env.E2E_PORT || 4173);
const baseURL = `http://localhost:${port}`;
/** The dev server (`npm run dev`, the README's first command) for the dev-server smoke test. */
const devPort = Number(process.env.E2E_DEV_PORT || 5174);
const devURL = `http://localhost:${devPort}`;
const DEV_SPEC = 'dev-server.spec.ts';
/** The production build (dist/) behind production-server.ts, for the production journeys. */
const prodPort = Number(process.env.E2E_PROD_PORT || 4175);
const prodURL = `http://localhost:${prodPort}`;
const PROD_SPEC = 'production.spec.ts';

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: CHROMIUM_FLAGS,
  },
};

if (!existsSync(resolve(root, 'dist-demo/index.html'))) {
  throw new Error('dist-demo/ is missing: run `npm run build:demo` before the end-to-end tests.');
}
if (!existsSync(resolve(root, 'dist/index.html'))) {
  throw new Error(
    'dist/ is missing: run `npm run build` before the end-to-end tests (the production journeys).',
  );
}

export default defineConfig({
  testDir: here,
  testMatch: '**/*.spec.ts',
  outputDir: resolve(here, 'results'),
  fullyParallel: true,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { outputFolder: resolve(here, 'report'), open: 'never' }]],
  use: {
    baseURL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    locale: 'en-US',
    timezoneId: 'UTC',
    // The mock backend is an MSW service worker: it must be allowed to register.
    serviceWorkers: 'allow',
  },
  projects: [
    {
      name: 'production',
      testMatch: `**/${PROD_SPEC}`,
      // One identity service behind the server, reset before each test: its journeys run one by one,
      // on one worker. Listed first, so they start first, alongside the demo's tests, not after them.
      fullyParallel: false,
      use: { ...chromium, baseURL: prodURL },
    },
    { name: 'chromium', testIgnore: [`**/${DEV_SPEC}`, `**/${PROD_SPEC}`], use: chromium },
    {
      name: 'dev-server',
      testMatch: `**/${DEV_SPEC}`,
      // the dev server transforms each module on first request: the first screen can take a while
      timeout: 60_000,
      use: { ...chromium, baseURL: devURL },
    },
  ],
  webServer: [
    {
      // vite preview serves dist-demo/ as a static host with an SPA fallback: deep links such as
      // /sign-in/password or /does-not-exist get index.html.
      command: `npx vite preview --mode demo --outDir dist-demo --port ${port} --strictPort`,
      cwd: root,
      url: baseURL,
      reuseExistingServer: !ci,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // dist/ as a static host with the production headers, the identity service at /api and the
      // test-only endpoints (production-server.ts, loaded from TypeScript by production-server.mjs).
      command: `node test/e2e/production-server.mjs --port ${prodPort} --root dist`,
      cwd: root,
      url: prodURL,
      reuseExistingServer: !ci,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite --port ${devPort} --strictPort`,
      cwd: root,
      url: devURL,
      reuseExistingServer: !ci,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
