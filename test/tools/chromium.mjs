// The Chromium every browser step drives (Debian's, installed by ensure-chromium.mjs), started the
// same way by the end-to-end tests (test/e2e/playwright.config.ts) and the speed check (lighthouse.mjs):
// no sandbox (CI runs as root in a container), no background traffic, no GPU.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
