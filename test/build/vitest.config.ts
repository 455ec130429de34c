// `npm run test:build`: checks on the built dist/ and dist-demo/, run after `npm run build` and
// `npm run build:demo` (the default `vitest run` leaves test/build out).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
