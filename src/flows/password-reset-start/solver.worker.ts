// Finds the number that solves an ALTCHA challenge, off the page's main thread (human-check.ts).
import { solveChallenge } from 'altcha-lib/v1';
import type { HumanCheck } from '../../api/types';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<HumanCheck>) => void) | null;
  postMessage(message: number | null): void;
};

scope.onmessage = async ({ data: check }) => {
  const solution = await solveChallenge(check.challenge, check.salt, check.algorithm, check.maxnumber)
    .promise;
  scope.postMessage(solution?.number ?? null);
};
