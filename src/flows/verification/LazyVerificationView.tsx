import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import type { VerificationActor } from './machine';
import type { WaysOut } from './ways-out';

const load = () => import('./VerificationView');
const VerificationView = lazy(() => load().then((module) => ({ default: module.VerificationView })));

/**
 * The verification screens are not needed for a flow's first screen: they download right after it
 * has rendered (while the person types), and until they are in, the first screen stays up, busy.
 */
export function usePreloadVerification() {
  useEffect(() => {
    void load();
  }, []);
}

export function LazyVerificationView(props: {
  actor: VerificationActor;
  ways: WaysOut;
  starting: ReactNode;
}) {
  return (
    <Suspense fallback={props.starting}>
      <VerificationView {...props} />
    </Suspense>
  );
}
