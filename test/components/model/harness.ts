// Model-based testing for machines that invoke actors and use `after` (createTestModel refuses them).
// 1. Generate paths from the machine itself (xstate/graph TestModel): the shortest path to every
//    state, extended by every event handled there, so every transition is on some path.
// 2. Replay every candidate headlessly (the real machine, promise actors settled by hand) to learn
//    exactly which state nodes and transitions it covers, and keep the fewest paths that cover all.
// 3. The test replays the kept paths on the real screens with MSW answering (see drivers), and
//    checks the coverage again there against the machine's own totals.
import { act, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import {
  type AnyActorRef,
  type AnyEventObject,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  type AnyTransitionDefinition,
  createActor,
  fromPromise,
  type InspectionEvent,
  pathToStateValue,
  SimulatedClock,
} from 'xstate';
import { getStateNodes, TestModel } from 'xstate/graph';

interface Step {
  event: AnyEventObject;
  /** The model's state after the event. */
  state: AnyMachineSnapshot;
}

export interface ModelPath {
  input: unknown;
  steps: Step[];
}

export interface ModelSpec {
  machine: AnyStateMachine;
  inputs: unknown[];
  /** The events a person (or the backend, or time) can cause in a state: what the screen offers. */
  events: (snapshot: AnyMachineSnapshot) => AnyEventObject[];
  /** The state value plus the context that guards read, or the traversal merges states it must not. */
  serialize: (snapshot: AnyMachineSnapshot) => string;
  /** Promise actors (by src) replaced by hand-settled stubs in the headless replay. */
  stubbed: string[];
}

export const done = (id: string, output: unknown) => ({ type: `xstate.done.actor.${id}`, output });
export const fail = (id: string, error: unknown) => ({ type: `xstate.error.actor.${id}`, error });
export const after = (delay: string, stateId: string) => ({ type: `xstate.after.${delay}.${stateId}` });

const transitionKey = (t: AnyTransitionDefinition) => {
  const source = t.source as AnyStateNode;
  const list = (t.eventType ? source.transitions.get(t.eventType) : source.always) ?? [];
  const targets = (t.target ?? []).map((node) => node.id).join(',') || '(self)';
  return `${source.id} --${t.eventType || 'always'}[${list.indexOf(t)}]--> ${targets}`;
};

const allStates = (machine: AnyStateMachine) => getStateNodes(machine.root).map((node) => node.id);
const allTransitions = (machine: AnyStateMachine) =>
  getStateNodes(machine.root)
    .flatMap((node) => [...[...node.transitions.values()].flat(), ...(node.always ?? [])])
    .map(transitionKey);

/** ms until the timer behind `xstate.after.<delay>.<stateId>` fires, from the machine's own delays. */
function remainingMs(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: AnyEventObject) {
  const name = event.type.split('.')[2]!;
  const delay = (machine.implementations.delays as Record<string, unknown>)[name];
  if (typeof delay === 'function')
    return (delay as (a: unknown) => number)({ context: snapshot.context, event });
  return typeof delay === 'number' ? delay : Number(name);
}

/**
 * Only events the state handles (an unhandled actor error would put the model's snapshot in an
 * error status no real run reaches), and of the timers only the one due first: the graph would
 * otherwise fire a 30 s timer before a 10 s one.
 */
function possibleEvents(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, events: AnyEventObject[]) {
  const handled = events.filter((e) => machine.getTransitionData(snapshot, e).length > 0);
  const timers = handled
    .filter((e) => e.type.startsWith('xstate.after.'))
    .map((e) => ({ e, ms: remainingMs(machine, snapshot, e) }));
  const first = timers.reduce<(typeof timers)[number] | undefined>(
    (a, b) => (a && a.ms <= b.ms ? a : b),
    undefined,
  );
  return handled.filter((e) => !e.type.startsWith('xstate.after.') || e === first?.e);
}

/** Two answers that differ only in a detail (attempts left, retry time) are different events. */
const serializeEvent = (e: AnyEventObject) =>
  JSON.stringify(e, (_key, value: unknown) =>
    value instanceof Error ? { ...value, name: value.name, message: value.message } : value,
  );

/**
 * The traversal has no clock of its own, yet deadlines are set from Date.now() and timers race. So
 * the model keeps one: a state's time is its predecessor's plus the delay of the timer that led to
 * it, and Date.now() reads that time while the traversal computes the state's successors.
 */
function modelClock(machine: AnyStateMachine, start: number) {
  const times = new WeakMap<object, number>();
  let now = start;
  const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
  return {
    /** Called by the traversal for every state it reaches, with the step that reached it. */
    reached(
      state: AnyMachineSnapshot,
      event: AnyEventObject | undefined,
      previous: AnyMachineSnapshot | undefined,
    ) {
      if (times.has(state)) return;
      const before = previous ? (times.get(previous) ?? start) : start;
      now = before;
      const waited =
        previous && event?.type.startsWith('xstate.after.') ? remainingMs(machine, previous, event) : 0;
      times.set(state, before + waited);
    },
    /** Called before the traversal computes a state's successors. */
    at(state: AnyMachineSnapshot) {
      now = times.get(state) ?? start;
    },
    restore: () => spy.mockRestore(),
  };
}

/** Every state reached by a shortest path, extended by every event handled there. */
function candidatePaths(spec: ModelSpec): ModelPath[] {
  const paths: ModelPath[] = [];
  for (const input of spec.inputs) {
    const clock = modelClock(spec.machine, Date.now());
    const model = new TestModel<AnyMachineSnapshot, AnyEventObject, unknown>(spec.machine, {
      events: (snapshot: AnyMachineSnapshot) => {
        clock.at(snapshot);
        return possibleEvents(spec.machine, snapshot, spec.events(snapshot));
      },
      serializeState: (
        snapshot: AnyMachineSnapshot,
        event?: AnyEventObject,
        previous?: AnyMachineSnapshot,
      ) => {
        clock.reached(snapshot, event, previous);
        return spec.serialize(snapshot);
      },
      serializeEvent,
      input,
      limit: 20_000,
    } as never);
    const shortest = model.getShortestPaths({ allowDuplicatePaths: true });
    const byKey = new Map(shortest.map((path) => [spec.serialize(path.state), path]));
    // A state nothing leaves (an input that ends at once) is still a path worth replaying.
    for (const path of shortest) if (path.state.status === 'done') paths.push({ input, steps: path.steps });
    for (const [key, { state, transitions }] of Object.entries(model.getAdjacencyMap())) {
      const prefix = byKey.get(key);
      if (!prefix) continue;
      for (const { event, state: next } of Object.values(transitions) as Step[]) {
        if (spec.machine.getTransitionData(state, event).length === 0) continue;
        paths.push({ input, steps: [...prefix.steps, { event, state: next }] });
      }
    }
    clock.restore();
  }
  return paths.sort((a, b) => a.steps.length - b.steps.length);
}

/** Records the state nodes entered and the transitions taken by one actor. */
function coverageRecorder(machine: AnyStateMachine) {
  const states = new Set<string>();
  const transitions = new Set<string>();
  const nodes = getStateNodes(machine.root);
  let target: AnyActorRef | undefined;
  const buffered: InspectionEvent[] = [];
  const record = (event: InspectionEvent) => {
    if (event.actorRef !== target || event.type !== '@xstate.microstep') return;
    for (const t of event._transitions) {
      transitions.add(transitionKey(t));
      states.add((t.source as AnyStateNode).id);
    }
    const snapshot = event.snapshot as AnyMachineSnapshot;
    for (const node of nodes) if (snapshot.matches(pathToStateValue(node.path) as never)) states.add(node.id);
  };
  return {
    states,
    transitions,
    // Microsteps of the initial `always` happen inside createActor(), before the ref is known.
    inspect: (event: InspectionEvent) => (target ? record(event) : buffered.push(event)),
    attach(actor: AnyActorRef) {
      target = actor;
      for (const event of buffered.splice(0)) record(event);
    },
  };
}

/** Settled promise actors reach their parent within a few microtask turns. */
const flushPromises = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

/** Runs a path on the real machine with promise stubs: its coverage and whether it replays at all. */
async function coverageOf(spec: ModelSpec, path: ModelPath) {
  const clock = new SimulatedClock();
  clock.set(Date.now());
  const now = vi.spyOn(Date, 'now').mockImplementation(() => clock.now());
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const stub = fromPromise<unknown, unknown>(
    ({ self }) => new Promise((resolve, reject) => pending.set(self.id, { resolve, reject })),
  );
  const logic = spec.machine.provide({ actors: Object.fromEntries(spec.stubbed.map((key) => [key, stub])) });
  const coverage = coverageRecorder(spec.machine);
  const actor = createActor(logic, { input: path.input, clock, inspect: coverage.inspect });
  coverage.attach(actor);
  actor.start();
  try {
    for (const { event, state } of path.steps) {
      const { type } = event;
      if (type === 'xstate.init') continue;
      if (type.startsWith('xstate.done.actor.') || type.startsWith('xstate.error.actor.')) {
        const id = type.replace(/^xstate\.(done|error)\.actor\./, '');
        const call = pending.get(id);
        if (!call) throw new Error(`nothing pending for ${id} on ${describePath(path)}`);
        pending.delete(id);
        if (type.startsWith('xstate.done')) call.resolve(event.output);
        else call.reject(event.error);
        await flushPromises();
      } else if (type.startsWith('xstate.after.')) {
        clock.increment(remainingMs(logic, actor.getSnapshot(), event));
        await flushPromises();
      } else {
        actor.send(event);
      }
      expect(actor.getSnapshot().value).toEqual(state.value);
    }
  } finally {
    actor.stop();
    now.mockRestore();
  }
  return coverage;
}

/** A state node and the descendants entering it enters (initial children, parallel regions). */
function entered(node: AnyStateNode): AnyStateNode[] {
  const children = Object.values(node.states) as AnyStateNode[];
  if (node.type === 'parallel') return [node, ...children.flatMap(entered)];
  if (node.type === 'compound') return [node, ...node.initial.target.flatMap(entered)];
  return [node];
}

/**
 * The fewest generated paths that between them enter every state and take every transition the
 * traversal can reach, shortest first.
 */
async function coveringPaths(spec: ModelSpec) {
  const chosen: ModelPath[] = [];
  const states = new Set<string>();
  const transitions = new Set<string>();
  for (const path of candidatePaths(spec)) {
    // Cheap first look: a path whose last step takes only transitions already covered adds nothing.
    const last = path.steps.at(-1)!;
    const before = path.steps.at(-2)?.state;
    const data = before ? spec.machine.getTransitionData(before, last.event) : [];
    // ...unless it enters a transient state whose `always` transitions are not all covered yet.
    const alwaysAhead = data
      .flatMap((t) => (t.target ?? []).flatMap(entered))
      .flatMap((node) => node.always ?? [])
      .map(transitionKey);
    const taken = [...data.map(transitionKey), ...alwaysAhead];
    // An actor's answer can raise events and chain transient states the look above does not see.
    const answer =
      last.event.type.startsWith('xstate.done.actor.') || last.event.type.startsWith('xstate.error.actor.');
    if (!answer && data.length > 0 && taken.every((t) => transitions.has(t))) continue;
    const coverage = await coverageOf(spec, path);
    const adds =
      [...coverage.transitions].some((t) => !transitions.has(t)) ||
      [...coverage.states].some((s) => !states.has(s));
    if (!adds) continue;
    chosen.push(path);
    for (const t of coverage.transitions) transitions.add(t);
    for (const s of coverage.states) states.add(s);
  }
  return { paths: chosen, states, transitions };
}

const describePath = (path: ModelPath) =>
  path.steps
    .map(({ event }) =>
      event.type
        .replace(/^xstate\.done\.actor\./, 'done:')
        .replace(/^xstate\.error\.actor\./, 'error:')
        .replace(/^xstate\.after\.([^.]+)\..*$/, 'after:$1')
        .replace(/^xstate\.init$/, 'start'),
    )
    .join(' → ');

/** Lets the screens catch up: answered requests, state changes, renders (fake timers at now). */
export async function settleOnScreen() {
  for (let i = 0; i < 8; i++) await act(() => vi.advanceTimersByTimeAsync(0));
}

type Coverage = ReturnType<typeof coverageRecorder>;

export interface ScreenReplay<TActor extends AnyActorRef> {
  machine: AnyStateMachine;
  path: ModelPath;
  /** The real screens, bound to the actor under test. */
  screens: (actor: TActor) => ReactElement;
  /** Causes one event the way a person (or the backend) would: a click, typing, an answer. */
  perform: (event: AnyEventObject, actor: TActor) => Promise<void> | void;
  /** What the screen must show in the state the actor is in. */
  expectScreen: (snapshot: AnyMachineSnapshot) => void;
}

/**
 * Replays one generated path on the real screens: starts the actor, causes each event (time by
 * advancing the fake clock by the machine's own delay), and after every step checks that the real
 * actor is where the model is and that the screen shows it. Returns what the path covered.
 */
export async function replayOnScreen<TActor extends AnyActorRef>(replay: ScreenReplay<TActor>) {
  const { machine, path } = replay;
  const coverage = coverageRecorder(machine);
  const actor = createActor(machine, {
    input: path.input as never,
    inspect: coverage.inspect,
  }) as unknown as TActor;
  coverage.attach(actor);
  const view = render(replay.screens(actor));
  try {
    for (const { event, state } of path.steps) {
      if (event.type === 'xstate.init') {
        act(() => {
          actor.start();
        });
      } else if (event.type.startsWith('xstate.after.')) {
        const ms = remainingMs(machine, actor.getSnapshot(), event);
        await act(() => vi.advanceTimersByTimeAsync(ms));
      } else {
        // a backend answer or a click: what it sets off renders inside act, as React expects
        await act(async () => {
          await replay.perform(event, actor);
        });
      }
      await settleOnScreen();
      const actual = actor.getSnapshot() as AnyMachineSnapshot;
      expect(actual.value).toEqual(state.value);
      replay.expectScreen(actual);
    }
  } finally {
    actor.stop();
    view.unmount();
  }
  return coverage;
}

/**
 * Generates the covering paths, replays each on the screens (with fake timers) and expects that
 * between them they entered every state node and took every transition of the machine.
 */
export async function expectFullCoverageOnScreens(
  name: string,
  spec: ModelSpec,
  replay: (path: ModelPath) => Promise<Coverage>,
) {
  const { paths } = await coveringPaths(spec);
  const states = new Set<string>();
  const transitions = new Set<string>();
  vi.useFakeTimers();
  try {
    for (const path of paths) {
      const coverage = await replay(path).catch((error: unknown) => {
        throw new Error(`path failed: ${describePath(path)}\n${(error as Error).stack ?? String(error)}`);
      });
      for (const state of coverage.states) states.add(state);
      for (const transition of coverage.transitions) transitions.add(transition);
    }
  } finally {
    vi.useRealTimers();
  }
  console.info(`[model] ${name}: ${paths.length} generated paths replayed on the screens`);
  expect(allStates(spec.machine).filter((state) => !states.has(state))).toEqual([]);
  expect(allTransitions(spec.machine).filter((transition) => !transitions.has(transition))).toEqual([]);
}
