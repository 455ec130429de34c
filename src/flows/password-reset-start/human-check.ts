// The reset form's human check: a proof-of-work challenge in the ALTCHA format, solved while the
// person types. Nothing to read or hear, no third-party request. It runs in a Web Worker so typing
// never stutters; where there is no Worker (a test's DOM), the same solver runs here instead.
import type { HumanCheck } from '../../api/types';

type Solve = (check: HumanCheck, signal: AbortSignal) => Promise<number | null>;

const solveInWorker: Solve = (check, signal) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./solver.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<number | null>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message));
    };
    worker.postMessage(check);
  });

const solveHere: Solve = async (check, signal) => {
  const { solveChallenge } = await import('altcha-lib/v1');
  const { promise, controller } = solveChallenge(
    check.challenge,
    check.salt,
    check.algorithm,
    check.maxnumber,
  );
  signal.addEventListener('abort', () => controller.abort(), { once: true });
  return (await promise)?.number ?? null;
};

/** The solved challenge as the ALTCHA payload the backend verifies. */
export async function solveHumanCheck(check: HumanCheck, signal: AbortSignal): Promise<string> {
  const number = await (typeof Worker === 'undefined' ? solveHere : solveInWorker)(check, signal);
  if (number === null) throw new Error('The human check has no solution within its range.');
  const { algorithm, challenge, salt, signature } = check;
  return btoa(JSON.stringify({ algorithm, challenge, number, salt, signature }));
}
