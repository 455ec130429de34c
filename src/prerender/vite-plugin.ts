// Build step: the first screen of every route written into the HTML (src/prerender/render.tsx), so the
// browser paints it before any JavaScript has run; src/main.tsx then hydrates it. Node only: imported by
// vite.config.ts, never by the app.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import type { PRERENDERED as Prerendered, RenderedPage } from './render';

interface ManifestChunk {
  file: string;
  src?: string;
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

/**
 * The prerendered pages' one script: once the first screen (already in the HTML) has been painted, it
 * preloads the app's modules and the route's own (listed in <meta name="app-modules">, the app's entry
 * first) and runs the app. Nothing then competes with the HTML and the stylesheet for the first paint.
 * "Painted" is the browser's own first-contentful-paint entry: a frame callback alone runs before the
 * frame reaches the screen, and on a busy device the modules' requests then start ahead of the paint
 * (Lighthouse counted them into the first paint: LCP 0.93 s became 1.2–1.5 s in about one run in
 * five). Where the browser has no paint timing, the next frame stands in; and the app starts after a
 * second at most, whatever the paint does.
 */
const BOOT = `const modules = document.querySelector('meta[name="app-modules"]').content.split(' ');
let started = false;
function start() {
  if (started) return;
  started = true;
  for (const href of modules.slice(1)) {
    const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href, crossOrigin: '' });
    document.head.append(link);
  }
  const app = Object.assign(document.createElement('script'), { type: 'module', src: modules[0], crossOrigin: '' });
  document.head.append(app);
}
const soon = () => setTimeout(start, 0);
if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    soon();
  });
  observer.observe({ type: 'paint', buffered: true });
} else {
  requestAnimationFrame(soon);
}
setTimeout(start, 1000);
`;

/** index.html with one route's first screen in #root, its title and the app's and the route's modules. */
function pageHtml(
  template: string,
  manifest: Manifest,
  page: RenderedPage,
  base: string,
  boot: string,
): string {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('prerender: the build manifest has no entry');
  const shared = closure(manifest, entry);
  const module = ROUTE_MODULES[page.route];
  const own = module ? [...closure(manifest, module)].filter((key) => !shared.has(key)) : [];
  const sharedCss = new Set([...shared].flatMap((key) => manifest[key]?.css ?? []));
  const modules = [entry, ...[...shared].filter((key) => key !== entry), ...own].map(
    (key) => `${base}${manifest[key]!.file}`,
  );
  const head = [
    `<meta name="app-modules" content="${modules.join(' ')}">`,
    `<script type="module" src="${base}${boot}"></script>`,
    ...[...new Set(own.flatMap((key) => manifest[key]!.css ?? []))]
      .filter((file) => !sharedCss.has(file))
      .map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
  ];
  const root = '<div id="root"></div>';
  if (!template.includes(root)) throw new Error(`prerender: index.html has no ${root}`);
  // Vite's script tag and preloads give way to the boot script's, which load the same modules later.
  const withoutScripts = template
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  return withoutScripts
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', `${head.map((line) => `  ${line}\n`).join('')}  </head>`)
    .replace(
      root,
      `<div id="root" data-prerendered="${escapeHtml(page.route)}" data-prerendered-language="${escapeHtml(page.language)}">${page.html}</div>`,
    );
}

/**
 * Files the app imports (the organisation's logos) as the build named them: rendered by the dev
 * server, the page would otherwise point at their sources (/src/…, /@fs/…), which dist/ does not have.
 */
function builtAssets(manifest: Manifest, root: string, base: string): Plugin {
  const assets = new Map(
    Object.values(manifest)
      .filter((entry) => entry.src && !/\.(m?[jt]sx?|css)$/.test(entry.src))
      .map((entry) => [resolve(root, entry.src!), `${base}${entry.file}`]),
  );
  return {
    name: 'prerender-built-assets',
    enforce: 'pre',
    load(id) {
      const url = assets.get(id.split('?')[0]!);
      return url === undefined ? null : `export default ${JSON.stringify(url)};`;
    },
  };
}

export function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  let failed = false;
  return {
    name: 'prerender-first-screens',
    configResolved(resolved) {
      config = resolved;
    },
    buildEnd(error) {
      failed = error !== undefined;
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
      // A build that failed has its own error to show, and no pages to render.
      if (config.command !== 'build' || config.build.ssr || failed) return;
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
        plugins: [builtAssets(manifest, config.root, config.base)],
      });
      try {
        const { PRERENDERED, renderPage } = (await server.ssrLoadModule('/src/prerender/render.tsx')) as {
          PRERENDERED: typeof Prerendered;
          renderPage: (location: string) => Promise<RenderedPage>;
        };
        const boot = `assets/boot-${createHash('sha256').update(BOOT).digest('base64url').slice(0, 8)}.js`;
        writeFileSync(join(outDir, boot), BOOT);
        for (const { location, file } of PRERENDERED) {
          const page = await renderPage(location);
          const target = join(outDir, file);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, pageHtml(template, manifest, page, config.base, boot));
        }
        config.logger.info(`prerendered ${PRERENDERED.map((page) => page.file).join(', ')}`);
      } finally {
        await server.close();
      }
    },
  };
}
