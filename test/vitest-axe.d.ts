import 'vitest';
import type { AxeMatchers } from 'vitest-axe/matchers';

// vitest-axe 0.1.0 still augments the old global `Vi` namespace; Vitest 4 reads matchers from the
// `vitest` module, so the matcher types are declared here where Vitest looks for them.
declare module 'vitest' {
  interface Assertion<T> extends AxeMatchers {}
  interface AsymmetricMatchersContaining extends AxeMatchers {}
}
