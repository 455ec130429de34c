// Types for problem-status.mjs, which test/contract imports (the project does not type-check .mjs).
export const PROBLEM_STATUS_PATH: string;
export function render(yamlText: string): string;
