// The statechart pictures (test/tools/diagrams.ts): each machine's Markdown file is what its machine
// gives now (`npm run diagrams` rewrites them), and the Mermaid text itself is complete and well formed.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type AnyStateMachine, type AnyStateNode, and, createMachine, fromPromise, not, setup } from 'xstate';
import { diagramMarkdown, diagramPath, diagrams, UPDATE_COMMAND } from '../tools/diagrams';
import { machines } from '../tools/machines';
import { MERMAID_ID, mermaidIds, toMermaid } from '../tools/mermaid';

const ROOT = resolve(__dirname, '../..');

/** Every state node but the root, walked here independently of toMermaid. */
function descendants(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => [child, ...descendants(child)]);
}

/** Transitions + always, each target counted. */
function targetCount(machine: AnyStateMachine): number {
  let count = 0;
  for (const node of [machine.root, ...descendants(machine.root)]) {
    for (const list of node.transitions.values()) for (const t of list) count += t.target?.length ?? 0;
    for (const t of node.always ?? []) count += t.target?.length ?? 0;
  }
  return count;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const EDGE = /^(\w+) --> (\w+) : (\S.*)$/;
const edgeLines = (text: string) => lines(text).filter((line) => EDGE.test(line));

/** Line by line, what stateDiagram-v2 accepts here; returns the problems found. */
function syntaxProblems(text: string): string[] {
  const problems: string[] = [];
  const all = lines(text);
  if (all[0] !== 'stateDiagram-v2') problems.push(`first line: ${all[0]}`);
  const declared = new Set<string>();
  const referenced: string[] = [];
  let depth = 0;
  for (const line of all.slice(1)) {
    const declaration = /^state "([^"{}]+)" as (\w+)( \{)?$/.exec(line);
    const terminal = /^\[\*\] --> (\w+)$/.exec(line) ?? /^(\w+) --> \[\*\]$/.exec(line);
    const edge = EDGE.exec(line);
    const styled = /^class ([\w,]+) \w+$/.exec(line);
    if (declaration) {
      const [, , id, opens] = declaration as unknown as [string, string, string, string | undefined];
      if (declared.has(id)) problems.push(`declared twice: ${id}`);
      declared.add(id);
      if (opens) depth++;
    } else if (line === '}') {
      depth--;
      if (depth < 0) problems.push('a } closes nothing');
    } else if (line === '--') {
      if (depth === 0) problems.push('-- outside a composite state');
    } else if (terminal) {
      referenced.push(terminal[1]!);
    } else if (edge) {
      referenced.push(edge[1]!, edge[2]!);
      if (/[;"{}#]/.test(edge[3]!)) problems.push(`label with a character Mermaid reads as syntax: ${line}`);
    } else if (styled) {
      referenced.push(...styled[1]!.split(','));
    } else if (!/^classDef \w+ \S.*$/.test(line)) {
      problems.push(`not a line of this diagram's grammar: ${line}`);
    }
  }
  if (depth !== 0) problems.push(`unbalanced braces (${depth} left open)`);
  for (const id of new Set(referenced))
    if (!declared.has(id)) problems.push(`used but never declared: ${id}`);
  for (const id of declared) if (!MERMAID_ID.test(id)) problems.push(`invalid id: ${id}`);
  return problems;
}

describe('statechart pictures', () => {
  it('has one Markdown file per machine, beside it', () => {
    expect(machines.length).toBeGreaterThan(0);
    const ids = machines.map(({ machine }) => machine.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { source } of machines) {
      expect(existsSync(resolve(ROOT, source)), source).toBe(true);
      expect(diagramPath(source)).toBe(source.replace(/\.ts$/, '.md'));
    }
  });

  it.each(diagrams())('$path is up to date', async ({ path, markdown }) => {
    // fails when stale; `npm run diagrams` (vitest --update) rewrites it
    await expect(markdown, `${path} is stale: run ${UPDATE_COMMAND}`).toMatchFileSnapshot(
      resolve(ROOT, path),
    );
  });

  it.each(machines)('$source: heading, do-not-edit note, one mermaid block', (entry) => {
    const text = diagramMarkdown(entry);
    const [heading, , note, , fence] = text.split('\n');
    expect(heading).toBe(`# ${entry.machine.id}`);
    expect(note).toContain('`npm run diagrams`');
    expect(note).toMatch(/do not edit by hand/);
    expect(fence).toBe('```mermaid');
    expect(text.match(/```/g)).toHaveLength(2);
    expect(text.endsWith('```\n')).toBe(true);
  });
});

describe.each(machines)('toMermaid($machine.id)', ({ machine }) => {
  const text = toMermaid(machine);

  it('is deterministic', () => {
    expect(toMermaid(machine)).toBe(text);
  });

  it('declares every state node once, under a unique valid id', () => {
    const ids = mermaidIds(machine);
    const nodes = descendants(machine.root);
    expect(new Set(ids.values()).size).toBe(ids.size);
    for (const node of nodes) {
      const id = ids.get(node)!;
      expect(id).toMatch(MERMAID_ID);
      const declarations = lines(text).filter(
        (line) => line.endsWith(` as ${id}`) || line.endsWith(` as ${id} {`),
      );
      expect(declarations, node.id).toHaveLength(1);
      expect(declarations[0]).toMatch(new RegExp(`^state "${node.key}( \\(.*\\))?" as`));
    }
  });

  it('draws one edge per transition target (transitions + always)', () => {
    expect(edgeLines(text)).toHaveLength(targetCount(machine));
  });

  it('separates the regions of each parallel state with --', () => {
    const ids = mermaidIds(machine);
    for (const node of descendants(machine.root).filter((n) => n.type === 'parallel')) {
      const all = text.split('\n');
      const start = all.findIndex((line) => line.endsWith(` as ${ids.get(node)} {`));
      const pad = all[start]!.match(/^ */)![0];
      const end = all.findIndex((line, i) => i > start && line === `${pad}}`);
      const separators = all.slice(start + 1, end).filter((line) => line === `${pad}  --`);
      expect(separators, node.id).toHaveLength(Object.keys(node.states).length - 1);
    }
  });

  it('shows tags beside the state name', () => {
    const ids = mermaidIds(machine);
    for (const node of descendants(machine.root).filter((n) => n.tags.length)) {
      expect(text).toContain(`state "${node.key} (${node.tags.join(', ')})" as ${ids.get(node)}`);
    }
  });

  it('is well formed: balanced braces, every edge `id --> id : label`, every id declared', () => {
    expect(syntaxProblems(text)).toEqual([]);
  });
});

describe('toMermaid labels', () => {
  const machine = setup({
    types: { events: {} as { type: 'GO' } | { type: 'RESET' } | { type: 'TICK' } | { type: 'LEAVE' } },
    guards: {
      at: (_, _params: { position: string }) => true,
      failed: (_, _params: { as: string }) => true,
      ok: () => true,
      ready: () => true,
    },
    actors: { load: fromPromise(async () => 1) },
  }).createMachine({
    id: 'demo',
    initial: 'start',
    on: { RESET: '.start' },
    states: {
      start: {
        always: [
          { guard: { type: 'at', params: { position: 'busy' } }, target: 'busy' },
          { guard: and(['ok', not('ready')]), target: 'split' },
          { target: 'end' },
        ],
      },
      busy: {
        tags: ['busy', 'loud'],
        invoke: {
          src: 'load',
          onError: [
            { guard: { type: 'failed', params: () => ({ as: 'soft' }) }, target: 'start' },
            { guard: { type: 'failed', params: () => ({ as: 'hard' }) }, target: 'end' },
            { target: 'start' },
          ],
        },
        after: { 1500: 'start' },
      },
      split: {
        type: 'parallel',
        on: { LEAVE: 'end' },
        states: {
          left: {
            initial: 'a',
            on: { TICK: '.b' },
            states: { a: { on: { GO: '#demo.split.right.d' } }, b: { on: { GO: '#demo.end' } } },
          },
          right: { initial: 'c', states: { c: {}, d: {} } },
        },
      },
      end: { type: 'final' },
    },
  });
  const text = toMermaid(machine);
  const edge = (from: string, to: string) =>
    edgeLines(text).filter((line) => line.startsWith(`${from} --> ${to} :`));

  it('labels static params briefly, and a guard with computed params by its name and target', () => {
    expect(edge('demo_start', 'demo_busy')).toEqual(['demo_start --> demo_busy : always [at position=busy]']);
    expect(edge('demo_busy', 'demo_start')).toEqual([
      'demo_busy --> demo_start : error: load [failed] → start',
      'demo_busy --> demo_start : error: load [else]',
      'demo_busy --> demo_start : after 1500ms',
    ]);
    expect(edge('demo_busy', 'demo_end')).toEqual(['demo_busy --> demo_end : error: load [failed] → end']);
  });

  it('spells out combined guards and the fallback branch', () => {
    expect(edge('demo_start', 'demo_split')).toEqual([
      'demo_start --> demo_split : always [ok and not ready]',
    ]);
    expect(edge('demo_start', 'demo_end')).toEqual(['demo_start --> demo_end : always [else]']);
  });

  it('draws a state’s transitions into itself from an "any state" box inside it', () => {
    expect(text).toContain('state "any state" as demo_any');
    expect(edge('demo_any', 'demo_start')).toEqual(['demo_any --> demo_start : RESET']);
    expect(edge('demo_split_left_any', 'demo_split_left_b')).toEqual([
      'demo_split_left_any --> demo_split_left_b : TICK',
    ]);
  });

  it('names what lifting hides, and never joins two regions', () => {
    expect(edge('demo_split', 'demo_end')).toEqual([
      'demo_split --> demo_end : LEAVE',
      'demo_split --> demo_end : GO (in b)',
    ]);
    expect(edge('demo_split', 'demo_split')).toEqual(['demo_split --> demo_split : GO (in a) → d']);
  });

  it('shows tags and stays well formed', () => {
    expect(text).toContain('state "busy (busy, loud)" as demo_busy');
    expect(edgeLines(text)).toHaveLength(targetCount(machine));
    expect(syntaxProblems(text)).toEqual([]);
  });

  it('keeps ids unique when state paths collide once flattened', () => {
    const clash = createMachine({
      id: 'm',
      initial: 'a_b',
      states: { a_b: { on: { GO: 'a' } }, a: { initial: 'b', states: { b: {} } }, end: {} },
    });
    const ids = [...mermaidIds(clash).values()];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(['m', 'm_a_b', 'm_a', 'm_a_b_2', 'm_end']);
    expect(syntaxProblems(toMermaid(clash))).toEqual([]);
  });

  it('wraps a parallel machine in a composite of its own', () => {
    const parallel = createMachine({
      id: 'p',
      type: 'parallel',
      states: { x: { initial: 'one', states: { one: { on: { GO: 'two' } }, two: {} } }, y: {} },
    });
    const pictured = toMermaid(parallel);
    expect(pictured).toContain('[*] --> p\n  state "p" as p {');
    expect(syntaxProblems(pictured)).toEqual([]);
    expect(edgeLines(pictured)).toHaveLength(1);
  });
});
