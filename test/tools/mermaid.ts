// A statechart picture generated from an XState machine definition: Mermaid `stateDiagram-v2`.
// Pure (no Node APIs, no clock, no randomness): the same machine always gives the same text, so the
// Markdown beside each machine can be checked for staleness (test/unit/diagrams.test.ts).
//
// What is drawn:
// - every state node, nested as `state "key (tags)" as id { … }`, parallel regions separated by `--`;
// - `[*] --> initial` in each compound state, `final --> [*]` for final states;
// - one edge per target of every transition (`on`, `after`, invoke `onDone`/`onError`, `always`),
//   labelled `EVENT [guard]`, `after delay`, `done: actor`, `error: actor`, `always`; a branch tried
//   only when the ones before it did not match is `[else]`;
// - guards by name; static params in short form (`[at position=code]`); params computed at run time
//   are not shown, and branches of one event that share a guard name then state their target
//   (`[sendFailed] → throttled`);
// - Mermaid cannot draw an edge across a composite state's border, so both ends are lifted until they
//   are siblings; the label then names what the picture cannot show: `→ target` for a lifted target,
//   `(in source)` for a lifted source unless the event already names it (an invoked actor's id);
// - a transition of a state into its own descendants (a root-level `on`, a region's `on`) starts from
//   an "any state" box inside it (dashed, italic);
// - edges never join two regions of a parallel state (they become a loop on the parallel state).
import type { AnyStateMachine, AnyStateNode, AnyTransitionDefinition } from 'xstate';

/** Mermaid keywords that must not be used as a bare state id. */
const RESERVED = new Set([
  'as',
  'class',
  'classdef',
  'click',
  'direction',
  'end',
  'hide',
  'left',
  'note',
  'of',
  'right',
  'scale',
  'state',
  'style',
]);

/** What every id in the picture looks like. */
export const MERMAID_ID = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** All state nodes below `node`, depth first in definition order (`node` itself first). */
function stateNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...children(node).flatMap(stateNodes)];
}

const children = (node: AnyStateNode) => Object.values(node.states) as AnyStateNode[];

const isDescendant = (node: AnyStateNode, ancestor: AnyStateNode) => {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
};

/** The child of `ancestor` on the way down to `node`. */
const childToward = (ancestor: AnyStateNode, node: AnyStateNode) => {
  let n = node;
  while (n.parent !== ancestor) n = n.parent!;
  return n;
};

/** Lift both ends until they share a parent (Mermaid can't draw edges across composite borders). */
function lift(a: AnyStateNode, b: AnyStateNode): [AnyStateNode, AnyStateNode] {
  while (a.parent !== b.parent && a.parent && b.parent) {
    const [da, db] = [a.path.length, b.path.length];
    if (da >= db) a = a.parent;
    if (db >= da) b = b.parent;
  }
  return [a, b];
}

/** Text safe for a Mermaid label: no statement separators, quotes, braces, entities or markup. */
const clean = (text: string) =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/;/g, ',')
    .replace(/"/g, "'")
    .replace(/\{/g, '(')
    .replace(/\}/g, ')')
    .replace(/[#<>%]/g, '')
    .trim();

const short = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A static guard or delay parameter, briefly. */
function valueText(value: unknown): string {
  if (value === null || ['string', 'number', 'boolean', 'bigint'].includes(typeof value))
    return String(value);
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'ƒ';
  if (Array.isArray(value)) return value.map(valueText).join(',');
  if (typeof value === 'object') return `(${paramsText(value as Record<string, unknown>)})`;
  return String(value);
}

const paramsText = (params: Record<string, unknown>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${valueText(value)}`)
    .join(' ');

interface GuardFunction {
  (...args: never[]): unknown;
  guards?: unknown[];
  stateValue?: unknown;
  check?: unknown;
}

/** A guard, by name: `name`, `name key=value` for static params, `a and not b` for combinations. */
function guardText(guard: unknown): string {
  if (guard === undefined || guard === null) return '';
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const fn = guard as GuardFunction;
    if (fn.check && Array.isArray(fn.guards)) {
      const parts = fn.guards.map((g) => {
        const text = guardText(g);
        return / (and|or) /.test(text) ? `(${text})` : text;
      });
      if (fn.name === 'not') return `not ${parts[0]}`;
      return parts.join(fn.name === 'or' ? ' or ' : ' and ');
    }
    if (fn.check && 'stateValue' in fn) {
      const value = fn.stateValue;
      return `in ${typeof value === 'string' ? value : valueText(value)}`;
    }
    return fn.name || 'inline guard';
  }
  if (typeof guard === 'object' && 'type' in guard) {
    const { type, params } = guard as { type: string; params?: unknown };
    // params computed at run time (from the event, the context): only the guard's name is known
    if (params === undefined || typeof params === 'function') return type;
    const text =
      typeof params === 'object' && params !== null && !Array.isArray(params)
        ? paramsText(params as Record<string, unknown>)
        : valueText(params);
    return text ? `${type} ${short(text)}` : type;
  }
  return 'guard';
}

/** Names for the picture: the shortest ending of a state's path that no other state's path has. */
function shortNames(nodes: AnyStateNode[]): Map<AnyStateNode, string> {
  const names = new Map<AnyStateNode, string>();
  for (const node of nodes) {
    if (!node.parent) {
      names.set(node, node.key);
      continue;
    }
    for (let k = 1; k <= node.path.length; k++) {
      const suffix = node.path.slice(-k).join('.');
      const clash = nodes.some(
        (other) => other !== node && other.parent && other.path.slice(-k).join('.') === suffix,
      );
      if (!clash || k === node.path.length) {
        names.set(node, suffix);
        break;
      }
    }
  }
  return names;
}

/** Unique, valid Mermaid ids for every state node, in definition order (deterministic). */
export function mermaidIds(machine: AnyStateMachine): Map<AnyStateNode, string> {
  const used = new Set<string>();
  const ids = new Map<AnyStateNode, string>();
  for (const node of stateNodes(machine.root)) ids.set(node, uniqueId(node.id, used));
  return ids;
}

function uniqueId(raw: string, used: Set<string>): string {
  let base = raw.replace(/\W/g, '_') || 'state';
  if (!/^[A-Za-z_]/.test(base) || RESERVED.has(base.toLowerCase())) base = `s_${base}`;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** An "any state" box inside a state: the start of that state's own transitions into itself. */
interface AnyState {
  any: AnyStateNode;
}
type End = AnyStateNode | AnyState;
const isAny = (end: End): end is AnyState => 'any' in end;

interface Placed {
  /** The composite whose block holds the edge; null: outside the root (a parallel root). */
  block: AnyStateNode | null;
  from: End;
  to: End;
}

/** Where an edge from `source` to `target` can be drawn. */
function place(source: AnyStateNode, target: AnyStateNode): Placed {
  const loop = (node: AnyStateNode): Placed => {
    if (node.parent) return { block: node.parent, from: node, to: node };
    return node.type === 'parallel'
      ? { block: null, from: node, to: node }
      : { block: node, from: { any: node }, to: { any: node } };
  };
  if (target === source) return loop(source);
  if (isDescendant(target, source)) {
    let home = source;
    while (home.type === 'parallel') {
      const region = childToward(home, target);
      if (region === target) return { block: home, from: region, to: region };
      home = region;
    }
    return { block: home, from: { any: home }, to: childToward(home, target) };
  }
  let [a, b] = lift(source, target);
  let block = a.parent ?? null;
  // never an edge between two regions: a loop on the parallel state instead
  while (block && block.type === 'parallel' && a !== b) {
    a = b = block;
    block = block.parent ?? null;
  }
  return { block, from: a, to: b };
}

interface Edge extends Placed {
  label: string;
}

export function toMermaid(machine: AnyStateMachine): string {
  const nodes = stateNodes(machine.root);
  const ids = mermaidIds(machine);
  const used = new Set(ids.values());
  const names = shortNames(nodes);
  const name = (node: AnyStateNode) => names.get(node)!;
  const anyIds = new Map<AnyStateNode, string>();
  const endId = (end: End) => {
    if (!isAny(end)) return ids.get(end)!;
    const known = anyIds.get(end.any);
    if (known) return known;
    const id = uniqueId(`${ids.get(end.any)}_any`, used);
    anyIds.set(end.any, id);
    return id;
  };

  // an actor event names its source already when no other state invokes an actor of that id
  const invokeIds = nodes.flatMap((node) => node.invoke.map((invoke) => invoke.id));
  const actorNames = new Map<string, string>();
  for (const node of nodes) {
    node.invoke.forEach((invoke, i) => {
      const generated = invoke.id === `${i}.${node.id}`;
      const src =
        typeof invoke.src === 'string' && !invoke.src.startsWith('xstate.invoke.') ? invoke.src : 'actor';
      actorNames.set(invoke.id, generated ? src : invoke.id);
    });
  }

  const eventText = (t: AnyTransitionDefinition): { text: string; namesSource: boolean } => {
    const type = String(t.eventType ?? '');
    const source = t.source as AnyStateNode;
    if (type === '') return { text: 'always', namesSource: false };
    if (type === '*') return { text: 'any event', namesSource: false };
    const after = `xstate.after.`;
    if (type.startsWith(after) && type.endsWith(`.${source.id}`)) {
      const delay = type.slice(after.length, -(source.id.length + 1));
      return { text: `after ${/^\d+$/.test(delay) ? `${delay}ms` : delay}`, namesSource: false };
    }
    const actor = /^xstate\.(done|error|snapshot)\.actor\.(.*)$/.exec(type);
    if (actor) {
      const [, kind, invokeId] = actor as unknown as [string, string, string];
      const unique = invokeIds.filter((id) => id === invokeId).length === 1;
      return { text: `${kind}: ${actorNames.get(invokeId) ?? invokeId}`, namesSource: unique };
    }
    if (type.startsWith('xstate.done.state.')) return { text: 'done', namesSource: false };
    if (type === 'xstate.route') return { text: 'route', namesSource: false };
    return { text: type, namesSource: false };
  };

  const edges: Edge[] = [];
  for (const node of nodes) {
    const groups = [...node.transitions.values(), ...(node.always?.length ? [node.always] : [])];
    for (const group of groups) {
      const guards = group.map((t, i) =>
        t.guard
          ? guardText(t.guard)
          : i > 0 && group.slice(0, i).some((before) => before.guard)
            ? 'else'
            : '',
      );
      const shared = (guard: string) =>
        guard !== '' &&
        guard !== 'else' &&
        group.filter((t, i) => guards[i] === guard && t.target?.length).length > 1;
      const groupEdges: { edge: Edge; branch: number }[] = [];
      group.forEach((t, branch) => {
        const guard = guards[branch]!;
        const event = eventText(t);
        for (const target of t.target ?? []) {
          const placed = place(node, target);
          const liftedFrom = !isAny(placed.from) && placed.from !== node && !event.namesSource;
          const liftedTo = isAny(placed.to) || placed.to !== target;
          const label = [
            event.text,
            liftedFrom ? ` (in ${name(node)})` : '',
            guard ? ` [${guard}]` : '',
            liftedTo || shared(guard) ? ` → ${name(target)}` : '',
          ].join('');
          groupEdges.push({ edge: { ...placed, label: clean(label) }, branch });
        }
      });
      // still alike (same ends, same words): say which branch
      const key = ({ edge }: { edge: Edge }) => `${endId(edge.from)} ${endId(edge.to)} ${edge.label}`;
      const keys = groupEdges.map(key);
      for (const [i, { edge, branch }] of groupEdges.entries()) {
        if (keys.filter((k) => k === keys[i]).length > 1) edge.label = `${edge.label} (branch ${branch + 1})`;
      }
      edges.push(...groupEdges.map(({ edge }) => edge));
    }
  }

  const edgeLine = (edge: Edge) => `${endId(edge.from)} --> ${endId(edge.to)} : ${edge.label}`;
  const stateLabel = (node: AnyStateNode) =>
    clean(node.tags.length ? `${node.key} (${[...node.tags].join(', ')})` : node.key) +
    (node.type === 'history' ? ' (history)' : '');

  const out = ['stateDiagram-v2'];
  const block = (node: AnyStateNode, pad: string) => {
    const mine = edges.filter((edge) => edge.block === node);
    if (node.type === 'compound') {
      const initial = node.initial.target[0];
      if (initial) out.push(`${pad}[*] --> ${ids.get(childToward(node, initial))}`);
    }
    const anyHere = mine.some((edge) => isAny(edge.from) && edge.from.any === node);
    if (anyHere) out.push(`${pad}state "any state" as ${endId({ any: node })}`);
    children(node).forEach((child, i) => {
      if (node.type === 'parallel' && i > 0) out.push(`${pad}--`);
      declare(child, pad);
      // a parallel state's block holds only loops on its regions, each drawn inside its own region
      if (node.type === 'parallel')
        for (const edge of mine) if (edge.from === child) out.push(pad + edgeLine(edge));
    });
    if (node.type !== 'parallel') out.push(...mine.map((edge) => pad + edgeLine(edge)));
  };
  const declare = (node: AnyStateNode, pad: string) => {
    const nested = children(node).length > 0;
    out.push(`${pad}state "${stateLabel(node)}" as ${ids.get(node)}${nested ? ' {' : ''}`);
    if (nested) {
      block(node, `${pad}  `);
      out.push(`${pad}}`);
    }
    if (node.type === 'final') out.push(`${pad}${ids.get(node)} --> [*]`);
  };

  const root = machine.root as AnyStateNode;
  if (root.type === 'parallel') {
    // regions need a composite to live in: draw the machine itself as one
    out.push(`  [*] --> ${ids.get(root)}`);
    declare(root, '  ');
    out.push(...edges.filter((edge) => edge.block === null).map((edge) => `  ${edgeLine(edge)}`));
  } else {
    block(root, '  ');
  }
  if (anyIds.size) {
    out.push('  classDef anyState font-style:italic,stroke-dasharray:4 4');
    out.push(`  class ${[...anyIds.values()].join(',')} anyState`);
  }
  return `${out.join('\n')}\n`;
}
