// Solves the reset form's human check the way the browser does (an ALTCHA proof of work), for tests
// that start a password reset. The Node mock's challenges are easy (mocks/node.ts), so this takes
// milliseconds.
import { solveChallenge } from 'altcha-lib/v1';
import type { HumanCheck } from '../../src/api/types';

/** The ALTCHA payload for `check`: what `POST /password-reset` takes as `humanCheck`. */
export async function solveHumanCheck(check: HumanCheck): Promise<string> {
  const { algorithm, challenge, maxnumber, salt, signature } = check;
  const solution = await solveChallenge(challenge, salt, algorithm, maxnumber).promise;
  if (!solution) throw new Error(`No number up to ${maxnumber} solves the human check`);
  return btoa(JSON.stringify({ algorithm, challenge, number: solution.number, salt, signature }));
}
