// The password page's first screen runs before its statechart has downloaded: XState and the machine
// (flow.ts) are a good part of what the page would otherwise wait for, and the first screen needs
// neither. What is typed meanwhile is kept here; the statechart downloads at the first keystroke or when
// the browser is next idle, starts with what was typed, and takes a submit made before it arrived.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, describeError, type ErrorInfo } from '../../api/errors';
import { whenIdle } from '../../ui/when-idle';
import type { PasswordSignInActor } from './flow';
import type { PasswordSignInEvent, PasswordSignInInput } from './machine';
import { type PasswordSignInScreen, passwordSignInScreen } from './screen';

const load = () => import('./flow');

type Snapshot = ReturnType<PasswordSignInActor['getSnapshot']>;

export interface PasswordSignIn {
  screen: PasswordSignInScreen;
  send: (event: PasswordSignInEvent) => void;
  verification: Snapshot['children']['verification'];
  /** Signed in: the flow is over. */
  done: boolean;
}

/** The running statechart's snapshot (null until it has downloaded); a failed actor throws, as useSelector does. */
function useSnapshot(actor: PasswordSignInActor | null): Snapshot | null {
  const subscribe = useCallback(
    (changed: () => void) => {
      if (!actor) return () => undefined;
      const subscription = actor.subscribe({ next: changed, error: changed });
      return () => subscription.unsubscribe();
    },
    [actor],
  );
  const current = () => actor?.getSnapshot() ?? null;
  const snapshot = useSyncExternalStore(subscribe, current, current);
  if (snapshot?.status === 'error') throw snapshot.error;
  return snapshot;
}

/**
 * The flow as the screens need it, the same before and after the statechart arrives (the fields keep
 * their DOM nodes, focus and caret). A remembered flow needs the statechart to resume: it downloads at
 * once, and a failed download is the route's error ("couldn't load", with a reload). A submit whose
 * download fails says the network failed, keeping both fields; the next submit tries again.
 */
export function usePasswordSignIn(input: PasswordSignInInput): PasswordSignIn {
  // Like useActorRef, the first render's input is the flow's.
  const [first] = useState(input);
  const resuming = first.resumeFlowId != null;
  const [typed, setTyped] = useState({ username: first.username ?? '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const [failed, setFailed] = useState<ErrorInfo | null>(null);
  const [unavailable, setUnavailable] = useState<unknown>(null);
  const [actor, setActor] = useState<PasswordSignInActor | null>(null);
  // Read when the statechart arrives, so a keystroke in the same moment is not lost.
  const handover = useRef({ typed, submit: false });
  const running = useRef<PasswordSignInActor | null>(null);
  const fetchFlow = useRef<(retry: boolean) => void>(() => undefined);

  useEffect(() => {
    let live = true;
    let loading: Promise<void> | null = null;
    let failedOnce = false;
    fetchFlow.current = (retry) => {
      if (loading || (failedOnce && !retry)) return;
      loading = load().then(
        ({ startPasswordSignIn }) => {
          if (!live) return;
          const started = startPasswordSignIn({ ...first, ...handover.current.typed });
          if (handover.current.submit) started.send({ type: 'CREDENTIALS.SUBMIT' });
          running.current = started;
          setActor(started);
        },
        (error: unknown) => {
          loading = null;
          failedOnce = true;
          if (!live) return;
          if (resuming) setUnavailable(error);
          else if (handover.current.submit) {
            handover.current.submit = false;
            setSubmitted(false);
            setFailed(describeError(new ApiError('network-error')));
          }
        },
      );
    };
    let cancel: () => void = () => undefined;
    if (resuming) fetchFlow.current(true);
    else cancel = whenIdle(() => fetchFlow.current(false));
    return () => {
      live = false;
      cancel();
      running.current?.stop();
      running.current = null;
    };
  }, [first, resuming]);

  const send = useCallback((event: PasswordSignInEvent) => {
    if (event.type === 'USERNAME.CHANGE' || event.type === 'PASSWORD.CHANGE') {
      // Kept here even once the statechart runs: until the render that shows its screen, the fields
      // show this (a keystroke in between would otherwise be put back by React, then typed over).
      const next =
        event.type === 'USERNAME.CHANGE'
          ? { ...handover.current.typed, username: event.username }
          : { ...handover.current.typed, password: event.password };
      handover.current.typed = next;
      setTyped(next);
      setFailed(null);
    }
    if (running.current) {
      running.current.send(event);
      return;
    }
    if (event.type === 'CREDENTIALS.SUBMIT') {
      handover.current.submit = true;
      setSubmitted(true);
      setFailed(null);
    }
    fetchFlow.current(event.type === 'CREDENTIALS.SUBMIT');
  }, []);

  const snapshot = useSnapshot(actor);
  const screen = useMemo<PasswordSignInScreen>(() => {
    if (snapshot) return passwordSignInScreen(snapshot);
    if (resuming) return { name: 'working' };
    return {
      name: 'credentials',
      ...typed,
      usernameError: null,
      passwordError: null,
      alert: failed,
      alertUntil: null,
      busy: submitted,
    };
  }, [snapshot, resuming, typed, failed, submitted]);
  if (unavailable) throw unavailable;
  return {
    screen,
    send,
    verification: snapshot?.children.verification,
    done: snapshot?.status === 'done',
  };
}
