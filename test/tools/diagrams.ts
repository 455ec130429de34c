// The statechart pictures: a Markdown file beside each registered machine (test/tools/machines.ts)
// holding its Mermaid diagram (test/tools/mermaid.ts).
//
// `npm run diagrams` writes them: it runs test/unit/diagrams.test.ts with Vitest's --update, which
// rewrites each file from the machine. Without --update (npm run test:unit, CI) the same test fails
// when a file differs from what its machine gives now (a missing file is written by a local run, and
// fails under CI=true). Vitest runs it because the machines need the app's module resolution (Vite),
// which plain Node does not have.
import { machines, type RegisteredMachine } from './machines';
import { toMermaid } from './mermaid';

export const UPDATE_COMMAND = 'npm run diagrams';

export interface Diagram {
  /** The machine's id. */
  id: string;
  /** The Markdown file, from the repository root. */
  path: string;
  markdown: string;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The Markdown for one machine: a heading, a do-not-edit note and the diagram. */
export function diagramMarkdown({ machine, source }: RegisteredMachine): string {
  return [
    `# ${machine.id}`,
    '',
    `Generated from \`${fileName(source)}\` by \`${UPDATE_COMMAND}\`: do not edit by hand.`,
    '',
    '```mermaid',
    toMermaid(machine).trimEnd(),
    '```',
    '',
  ].join('\n');
}

/** The Markdown file beside the machine's source: same name, `.md`. */
export const diagramPath = (source: string) => source.replace(/\.[cm]?[jt]sx?$/, '.md');

export const diagrams = (): Diagram[] =>
  machines.map((entry) => ({
    id: entry.machine.id,
    path: diagramPath(entry.source),
    markdown: diagramMarkdown(entry),
  }));
