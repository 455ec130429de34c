// Types for chromium.mjs, which test/e2e/playwright.config.ts imports (the project does not type-check .mjs).
export const CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: string[];
