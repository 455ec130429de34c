// A flow whose first screen runs before its statechart has downloaded. XState and a flow's machine are
// a good part of what a page would otherwise wait for, and a first screen (a form) needs neither: what
// is typed meanwhile is kept here; the statechart downloads at the first keystroke or when the browser
// is next idle, starts with what was typed, and takes a submit made before it arrived. The screens are
// the same before and after (the fields keep their DOM nodes, focus and caret).
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ApiError, describeError, type ErrorInfo } from '../api/errors';
import { whenIdle } from '../ui/when-idle';

/** What this needs of a running statechart (an XState actor). */
interface FlowActor<Snapshot, Event> {
  getSnapshot(): Snapshot;
  subscribe(observer: { next: () => void; error: () => void }): { unsubscribe(): void };
  send(event: Event): void;
  stop(): void;
}

export interface LazyFlow<Snapshot, Event extends { type: string }, Typed, Input, Screen> {
  /** Downloads the statechart; resolves to what starts it. */
  load: () => Promise<(input: Input) => FlowActor<Snapshot, Event>>;
  /**
   * The statechart is needed at once (a remembered flow to resume, a page that opens by asking the
   * backend): it downloads straight away, and a failed download is the route's error.
   */
  immediately: boolean;
  /** What the fields hold at first. */
  typed: Typed;
  /** What a keystroke (a field's change) makes of what was typed; null for any other event. */
  keystroke?: (typed: Typed, event: Event) => Typed | null;
  /** The event that submits the first screen, if it has a form. */
  submit?: Event['type'];
  /** The statechart's input, with what was typed. */
  input: (typed: Typed) => Input;
  /** The flow's one selector, from snapshot to screen. */
  select: (snapshot: Snapshot) => Screen;
  /**
   * The screen before the statechart has arrived: the first screen with what was typed, busy while a
   * submit waits for it, saying why if it could not be downloaded; when needed at once, its wait.
   */
  before: (typed: Typed, waiting: { busy: boolean; alert: ErrorInfo | null }) => Screen;
}

/** What the first screen holds before the statechart runs. */
interface Before<Typed> {
  typed: Typed;
  /** A submit waits for the statechart. */
  submitted: boolean;
  /** Why the statechart could not be downloaded for a submit. */
  failed: ErrorInfo | null;
}

/**
 * The first screen's state, kept as a store React subscribes to, as it does to the statechart: its
 * changes render at once, like the statechart's. (A field such as the phone number's, which reports
 * changes from its own effects, would otherwise meet a render still showing the old value, put it back,
 * and the two would take turns.)
 */
function createBefore<Typed>(initial: Before<Typed>) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(change: Partial<Before<Typed>>) {
      state = { ...state, ...change };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * An actor's snapshot, kept current without XState's React bindings (they would bring XState into a
 * first load): null until there is an actor (the statechart still downloading, a child not yet
 * invoked). A failed actor throws, as useSelector does.
 */
export function useSnapshot<Snapshot>(
  actor: Pick<FlowActor<Snapshot, never>, 'getSnapshot' | 'subscribe'> | null | undefined,
): Snapshot | null {
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
  const failed = snapshot as { status?: string; error?: unknown } | null;
  if (failed?.status === 'error') throw failed.error;
  return snapshot;
}

/**
 * The flow's screen, its `send`, and the statechart's snapshot once it runs. The flow given on the
 * first render is the one used (as useActorRef does with its input). A remembered flow whose statechart
 * cannot be downloaded is the route's error ("couldn't load", with a reload); a submit whose download
 * fails is said on the first screen, what was typed kept, and the next submit tries again.
 */
export function useLazyFlow<Snapshot, Event extends { type: string }, Typed, Input, Screen>(
  flow: LazyFlow<Snapshot, Event, Typed, Input, Screen>,
): { screen: Screen; send: (event: Event) => void; snapshot: Snapshot | null } {
  const [first] = useState(flow);
  const [store] = useState(() => createBefore({ typed: first.typed, submitted: false, failed: null }));
  const before = useSyncExternalStore(store.subscribe, store.get, store.get);
  const [unavailable, setUnavailable] = useState<unknown>(null);
  const [actor, setActor] = useState<FlowActor<Snapshot, Event> | null>(null);
  const running = useRef<FlowActor<Snapshot, Event> | null>(null);
  const fetchFlow = useRef<(retry: boolean) => void>(() => undefined);

  useEffect(() => {
    let live = true;
    let loading: Promise<void> | null = null;
    let failedOnce = false;
    fetchFlow.current = (retry) => {
      if (loading || (failedOnce && !retry)) return;
      loading = first.load().then(
        (start) => {
          if (!live) return;
          const started = start(first.input(store.get().typed));
          if (store.get().submitted && first.submit) started.send({ type: first.submit } as Event);
          running.current = started;
          setActor(started);
        },
        (error: unknown) => {
          loading = null;
          failedOnce = true;
          if (!live) return;
          if (first.immediately) setUnavailable(error);
          else if (store.get().submitted)
            store.set({ submitted: false, failed: describeError(new ApiError('network-error')) });
        },
      );
    };
    let cancel: () => void = () => undefined;
    if (first.immediately) fetchFlow.current(true);
    else cancel = whenIdle(() => fetchFlow.current(false));
    return () => {
      live = false;
      cancel();
      running.current?.stop();
      running.current = null;
    };
  }, [first, store]);

  const send = useCallback(
    (event: Event) => {
      const typed = first.keystroke?.(store.get().typed, event);
      // Kept here even once the statechart runs: until the render that shows its screen, the fields
      // show this (a keystroke in between would otherwise be put back by React, then typed over).
      if (typed) store.set({ typed, failed: null });
      if (running.current) {
        running.current.send(event);
        return;
      }
      const submit = event.type === first.submit;
      if (submit) store.set({ submitted: true, failed: null });
      fetchFlow.current(submit);
    },
    [first, store],
  );

  const snapshot = useSnapshot(actor);
  const screen = useMemo(
    () =>
      snapshot
        ? first.select(snapshot)
        : first.before(before.typed, { busy: before.submitted, alert: before.failed }),
    [first, snapshot, before],
  );
  if (unavailable) throw unavailable;
  return { screen, send, snapshot };
}
