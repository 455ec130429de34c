/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { defineConfig, type Plugin } from 'vite';
import { parse } from 'yaml';
import { brandingPlugin } from './src/branding/vite-plugin.ts';
import { modulesReport } from './src/prerender/modules-report.ts';
import { prerenderPages } from './src/prerender/vite-plugin.ts';
import { contentSecurityPolicyMeta, securityHeaders } from './src/security-headers.ts';

const require = createRequire(import.meta.url);

/**
 * The mock backend's service worker comes straight from the msw package, so it always matches the
 * installed msw and never sits in public/ (which the production build copies into dist/).
 */
function mockServiceWorker(): Plugin {
  const file = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(file());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: file() });
    },
  };
}

const CONTRACT = new URL('./src/api/openapi.yaml', import.meta.url);

/** The answers the client checks against the contract before it believes them. */
const VALIDATED = {
  isFlow: 'Flow',
  isSession: 'Session',
  isAuthenticationMethods: 'AuthenticationMethods',
  isHumanCheck: 'HumanCheck',
};

/**
 * `virtual:contract-validators`: the contract's own schemas compiled to validation functions at
 * build time (ajv's standalone code, no ajv at run time), so an answer outside the contract (an
 * enum value this client does not know, a missing field) is caught where it arrives.
 */
function contractValidators(): Plugin {
  const id = 'virtual:contract-validators';
  const withoutExtensions = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(withoutExtensions);
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(
      Object.entries(node)
        // OpenAPI's discriminator is not JSON Schema; every variant already has its own `stage`.
        .filter(
          ([key]) => !['discriminator', 'examples', 'description'].includes(key) && !key.startsWith('x-'),
        )
        .map(([key, value]) => [key, withoutExtensions(value)]),
    );
  };
  return {
    name: 'contract-validators',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile(CONTRACT.pathname);
      const document = parse(readFileSync(CONTRACT, 'utf8')) as { components: { schemas: object } };
      const schemas = JSON.parse(
        JSON.stringify(withoutExtensions(document.components.schemas)).replaceAll(
          '#/components/schemas/',
          '#/$defs/',
        ),
      );
      const ajv = new Ajv2020({
        code: { source: true, esm: true },
        allowUnionTypes: true,
        validateFormats: false,
      });
      ajv.addSchema({ $id: 'contract', $defs: schemas });
      const refs = Object.fromEntries(
        Object.entries(VALIDATED).map(([name, schema]) => [name, `contract#/$defs/${schema}`]),
      );
      // ajv's standalone ESM still requires its one run-time helper (string length in code points),
      // which the dev server cannot load; it is a one-liner, so it is written in.
      const code = standaloneCode(ajv, refs).replaceAll(
        'require("ajv/dist/runtime/ucs2length").default',
        '((text) => [...text].length)',
      );
      if (code.includes('require('))
        throw new Error('contract-validators: ajv emitted a require() the browser cannot run');
      return code;
    },
  };
}

/**
 * Built pages run under a Content-Security-Policy with no inline script, written into index.html as
 * a <meta> so the policy holds on any static host; the dev server needs inline scripts for hot
 * reload, so it is left out there. The policy itself is security-headers.ts's, which also gives the
 * HTTP headers a host should send (`npm run preview` sends them).
 */
function contentSecurityPolicy(apiOrigin: string | null): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta(apiOrigin) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const originOf = (url: string | undefined) => {
  if (!url || url.startsWith('/')) return null;
  return new URL(url).origin;
};

export default defineConfig(({ mode, command }) => {
  const demo = mode === 'demo' || command === 'serve';
  const apiOrigin = originOf(process.env.VITE_API_BASE_URL);
  return {
    plugins: [
      react(),
      contractValidators(),
      brandingPlugin(),
      contentSecurityPolicy(apiOrigin),
      prerenderPages(),
      modulesReport(),
      ...(demo && mode !== 'test' ? [mockServiceWorker()] : []),
    ],
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      target: 'es2022',
      // Browsers without <link rel="modulepreload"> still run the app, just without the head start:
      // the polyfill (0.5 kB on every page's first load) is left out.
      modulePreload: { polyfill: false },
      sourcemap: false,
      // test/tools/size.mjs reads dist/.vite/manifest.json to measure what each route loads first.
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // XState in one chunk: left to itself, the bundler splits it in two wherever the password
            // page's first screen (which runs without it) changes who imports what, a request more.
            groups: [
              {
                name: 'xstate',
                test: /node_modules[\\/](xstate|@xstate[\\/]react|use-sync-external-store|use-isomorphic-layout-effect)[\\/]|src[\\/]flows[\\/]same-screen/,
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
    resolve: {
      alias: [
        // React 19 has useSyncExternalStore: @xstate/react's shims for older Reacts are dead weight.
        {
          find: /^use-sync-external-store\/shim\/with-selector$/,
          replacement: 'use-sync-external-store/with-selector',
        },
        // useSyncExternalStore itself is React's own (the package's main entry only warns that it is).
        { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
        // react-router's package exports only its development build; builds take the production one.
        ...(command === 'build'
          ? [
              {
                find: /^react-router$/,
                replacement: require
                  .resolve('react-router')
                  .replace(/development\/index\.m?js$/, 'production/index.mjs'),
              },
            ]
          : []),
      ],
    },
    preview: {
      port: 4173,
      strictPort: true,
      // What a production host should send (README, "Serve it"); the demo build gets them too.
      headers: securityHeaders(apiOrigin),
    },
    server: {
      port: 5173,
      // build output and test reports are not the app's sources: writing them must not reload a page
      watch: {
        ignored: ['**/dist/**', '**/dist-demo/**', '**/test/e2e/results/**', '**/test/e2e/report/**'],
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['test/setup.ts'],
      // test/build checks the built dist/ and dist-demo/: it runs after the builds (npm run test:build).
      include: ['test/{unit,components,contract}/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      testTimeout: 15_000,
    },
  };
});
