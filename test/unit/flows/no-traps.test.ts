// Every state of every statechart has a way forward: from each one, some sequence of events reaches
// the machine's end (signed in, left, done). A state with no way out is a trap a person cannot leave.
import { type AnyStateMachine, type AnyStateNode, createMachine } from 'xstate';
import { machines } from '../../tools/machines';

const children = (node: AnyStateNode) => Object.values(node.states) as AnyStateNode[];
const descendants = (node: AnyStateNode): AnyStateNode[] =>
  children(node).flatMap((child) => [child, ...descendants(child)]);
const ancestors = (node: AnyStateNode): AnyStateNode[] =>
  node.parent ? [node.parent, ...ancestors(node.parent)] : [];

/** Where a node's own transitions (events, delays, answers, always) can lead. */
const ownTargets = (node: AnyStateNode): AnyStateNode[] => [
  ...[...node.transitions.values()].flat().flatMap((t) => t.target ?? []),
  ...(node.always ?? []).flatMap((t) => t.target ?? []),
];

/**
 * The states that can be next after `node` is active: its own transitions and its ancestors'; in a
 * parallel state, those of any state of a sibling region too (they are active at the same time);
 * and entering a compound or parallel state enters its initial state or all its regions.
 */
function next(node: AnyStateNode): AnyStateNode[] {
  const parallel = ancestors(node).filter((a) => a.type === 'parallel');
  const sources = [node, ...ancestors(node), ...parallel.flatMap(descendants)];
  const entered = (target: AnyStateNode): AnyStateNode[] =>
    target.type === 'compound'
      ? [target, ...target.initial.target.flatMap(entered)]
      : target.type === 'parallel'
        ? [target, ...children(target).flatMap(entered)]
        : [target];
  return sources.flatMap(ownTargets).flatMap(entered);
}

/** The atomic states from which no end of the machine can be reached. */
function traps(machine: AnyStateMachine): string[] {
  const atomic = descendants(machine.root).filter((node) => node.type === 'atomic' || node.type === 'final');
  const ends = new Set(children(machine.root).filter((node) => node.type === 'final'));
  return atomic
    .filter((start) => {
      const seen = new Set<AnyStateNode>([start]);
      const queue = [start];
      while (queue.length > 0) {
        const node = queue.shift()!;
        if (ends.has(node)) return false;
        for (const to of next(node)) {
          if (!seen.has(to)) {
            seen.add(to);
            queue.push(to);
          }
        }
      }
      return true;
    })
    .map((node) => node.id);
}

describe('no state without a way forward', () => {
  it.each(machines.map(({ machine }) => [machine.id, machine] as const))('%s', (_, machine) => {
    expect(traps(machine)).toEqual([]);
  });

  it('finds a trap where there is one', () => {
    const trapped = createMachine({
      id: 'trapped',
      initial: 'asking',
      states: {
        asking: { on: { NEXT: 'stuck', DONE: 'done' } },
        stuck: { initial: 'a', states: { a: { on: { GO: 'b' } }, b: {} } },
        done: { type: 'final' },
      },
    });
    expect(traps(trapped)).toEqual(['trapped.stuck.a', 'trapped.stuck.b']);
  });
});
