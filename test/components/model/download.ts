// The verification statechart's download (src/flows/verification/lazy-machine.ts), stood in for in
// a model-based run so a path can say when it arrives, or that it failed: nothing else can make a
// dynamic import fail in jsdom. The parent is given the statechart itself alongside.
import { act } from '@testing-library/react';
import { fromPromise } from 'xstate';
import { ApiError } from '../../../src/api/errors';

export function verificationDownload() {
  let pending: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  const settle = (how: (p: NonNullable<typeof pending>) => void) => {
    if (!pending) throw new Error('the app is not downloading the verification statechart');
    const current = pending;
    pending = null;
    return act(() => how(current));
  };
  return {
    logic: fromPromise<void>(
      () =>
        new Promise<void>((resolve, reject) => {
          pending = { resolve, reject };
        }),
    ),
    arrive: () => settle((p) => p.resolve()),
    // what loadVerificationMachine throws when the download fails
    fail: () => settle((p) => p.reject(new ApiError('network-error'))),
  };
}
