// Build step: what each chunk of the build is made of (dist/.vite/modules.json: per chunk file, its
// modules and their minified, gzip and brotli sizes), for `npm run size -- --report` (test/tools/size.mjs), which turns
// it into a treemap of what each route loads first.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function modulesReport(): Plugin {
  return {
    name: 'modules-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: Record<string, Record<string, { bytes: number; gzip: number; brotli: number }>> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        chunks[output.fileName] = Object.fromEntries(
          Object.entries(output.modules)
            .filter(([, module]) => module.renderedLength > 0)
            .map(([id, module]) => [
              id.replace(`${process.cwd()}/`, '').replace(/^\0/, ''),
              // Alone, each module compresses a little worse than inside its chunk: sizes to compare.
              {
                bytes: module.renderedLength,
                gzip: gzipSync(module.code ?? '', { level: 9 }).length,
                brotli: brotliCompressSync(module.code ?? '').length,
              },
            ]),
        );
      }
      this.emitFile({
        type: 'asset',
        fileName: '.vite/modules.json',
        source: `${JSON.stringify(chunks, null, 1)}\n`,
      });
    },
  };
}
