import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { preloadClient } from '../../api/load-client';
import { wordsLoaded } from '../../content/i18n';
import { whenIdle } from '../../ui/when-idle';
import type { VerificationActor } from './machine';

const load = () => import('./View');
const VerificationView = lazy(() =>
  load()
    .then(wordsLoaded)
    .then((module) => ({ default: module.VerificationView })),
);

/**
 * The verification screens (and its statechart, and the API client) are not needed for a flow's first
 * screen: they download once it is up and the browser is idle, while the person types; until they are
 * in, the first screen stays up, busy.
 */
export function usePreloadVerification() {
  useEffect(() => whenIdle(preloadVerification), []);
}

/** usePreloadVerification's downloads, for a parent whose own later screens load lazily too. */
export function preloadVerification() {
  void load();
  // the statechart too, for the parents that invoke it through lazy-machine.ts
  void import('./machine');
  void preloadClient();
}

export function LazyVerificationView(props: { actor: VerificationActor; starting: ReactNode }) {
  return (
    <Suspense fallback={props.starting}>
      <VerificationView {...props} />
    </Suspense>
  );
}
