// Build step: the first screen of every route written into the HTML (src/prerender/render.tsx), so the
// browser paints it before any JavaScript has run; src/main.tsx then hydrates it. Node only: imported by
// vite.config.ts, never by the app.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { PRERENDERED as Prerendered, RenderedPage } from './render';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Where each route's code starts (the lazy page modules of src/app/routes.tsx, as manifest keys). */
const ROUTE_MODULES: Record<string, string> = {
  '/': 'src/flows/sms-sign-in/route.tsx',
  '/sign-in/password': 'src/flows/password-sign-in/route.tsx',
  '/reset-password': 'src/flows/password-reset/route.tsx',
  '/signed-in': 'src/flows/signed-in/route.tsx',
  '/security-info': 'src/flows/security-info/route.tsx',
};

/** A chunk and what it imports statically, recursively (the files a route needs before it can render). */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`prerender: the build manifest has no chunk "${key}"`);
  into.add(key);
  for (const imported of chunk.imports ?? []) closure(manifest, imported, into);
  return into;
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** index.html with one route's first screen in #root, its title and the route's own chunks preloaded. */
function pageHtml(template: string, manifest: Manifest, page: RenderedPage, base: string): string {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('prerender: the build manifest has no entry');
  const shared = closure(manifest, entry);
  const module = ROUTE_MODULES[page.route];
  const own = module ? [...closure(manifest, module)].filter((key) => !shared.has(key)) : [];
  const sharedCss = new Set([...shared].flatMap((key) => manifest[key]?.css ?? []));
  const links = [
    ...own.map((key) => `<link rel="modulepreload" crossorigin href="${base}${manifest[key]!.file}">`),
    ...[...new Set(own.flatMap((key) => manifest[key]!.css ?? []))]
      .filter((file) => !sharedCss.has(file))
      .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
  ];
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`prerender: index.html has no ${root}`);
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', `${links.map((link) => `  ${link}\n`).join('')}  </head>`)
    .replace(root, `<div id="root" data-prerendered="${escapeHtml(page.route)}">${page.html}</div>`);
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-screens',
    configResolved(resolved) {
      config = resolved;
    },
    // `vite preview` as a static host serves it: /sign-in/password gets sign-in/password/index.html (its
    // own first screen); only addresses with no file fall back to index.html.
    configurePreviewServer(server) {
      const outDir = resolve(config.root, config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const [path = '/', query] = (req.url ?? '/').split('?');
        const page = join(outDir, decodeURIComponent(path), 'index.html');
        if (path !== '/' && !extname(path) && page.startsWith(outDir) && existsSync(page)) {
          req.url = `${path.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`;
        }
        next();
      });
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const template = readFileSync(join(outDir, 'index.html'), 'utf8');
      const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
      // The app's modules as the dev server runs them in Node (JSX, TypeScript, import.meta.env).
      const server = await createServer({
        configFile: config.configFile,
        root: config.root,
        mode: config.mode,
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
      });
      try {
        const { PRERENDERED, renderPage } = (await server.ssrLoadModule('/src/prerender/render.tsx')) as {
          PRERENDERED: typeof Prerendered;
          renderPage: (location: string) => Promise<RenderedPage>;
        };
        for (const { location, file } of PRERENDERED) {
          const page = await renderPage(location);
          const target = join(outDir, file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, pageHtml(template, manifest, page, config.base));
        }
        config.logger.info(`prerendered ${PRERENDERED.map((page) => page.file).join(', ')}`);
      } finally {
        await server.close();
      }
    },
  };
}
