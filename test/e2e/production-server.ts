// The production build (dist/) as a deployment serves it, for the end-to-end `production` project:
// - a static host: dist/'s files, a route's own prerendered page (/sign-in/password ->
//   sign-in/password/index.html), index.html for any other path without a file extension, every answer with the security headers a deployer is told to send
//   (security-headers.ts, the README's "Serve it"), hashed assets cached for good, index.html never;
// - the simulated identity service (mocks/identity) at /api over real HTTP, through the same MSW
//   handlers as the demo (mocks/handlers.ts), fed by a thin node:http adapter (MSW's getResponse);
// - test-only endpoints under /__test__/ that only this server has: the personas' handset (dist/
//   has no demo phone panel), a reset of the service, and where the browser reports CSP violations.
// Started by production-server.mjs, which loads this TypeScript with Vite's module runner.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/handlers';
import { createIdentityService, systemClock } from '../../mocks/identity';
import type { CallAnswer } from '../../mocks/identity/demo-phone';
import { securityHeaders } from '../../src/security-headers';
import { TEST_API, TEST_ENDPOINTS } from './production-test-api';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const CALL_ANSWERS: readonly CallAnswer[] = [
  'press-hash',
  'press-zero-hash',
  'voicemail',
  'no-key',
  'decline',
];

interface Options {
  /** The built app (dist/). */
  root: string;
  port: number;
}

export async function startProductionServer({ root, port }: Options): Promise<Server> {
  const dist = resolve(root);
  const index = await readFile(join(dist, 'index.html'));
  // The headers a deployment sends, and a report-uri so that a violation the console would not show
  // (in the human check's worker, say) still fails the test. report-uri rather than report-to:
  // Chromium sends those at once, report-to's only after a delay.
  const headers = securityHeaders(null);
  headers['Content-Security-Policy'] += `; report-uri ${TEST_ENDPOINTS.cspReports}`;

  // In memory: this server's life is one test run; /__test__/reset starts the personas afresh.
  // The human check as hard as the demo's (a fraction of a second in the browser's worker).
  const identity = createIdentityService({ clock: systemClock, humanCheckMaxNumber: 50_000 });
  const handlers = createHandlers(identity, { baseUrl: '*/api' });
  const cspReports: unknown[] = [];

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const request = new Request(url, {
      method,
      headers: Object.entries(req.headers).flatMap(([name, value]): [string, string][] =>
        value === undefined ? [] : [value].flat().map((one) => [name, one]),
      ),
      body: method === 'GET' || method === 'HEAD' ? null : new Uint8Array(await readBody(req)),
    });
    const response = await getResponse(handlers, request);
    if (!response) {
      send(res, 404, { 'Content-Type': 'application/problem+json' }, problem(404, 'Not Found'));
      return;
    }
    send(
      res,
      response.status,
      Object.fromEntries(response.headers),
      Buffer.from(await response.arrayBuffer()),
    );
  }

  async function testApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const json = (value: unknown) => send(res, 200, { 'Content-Type': 'application/json' }, value);
    const done = () => send(res, 204, {});
    const phone = identity.demoPhone;
    const { method } = req;
    const callToAnswer = path.match(/^\/__test__\/handset\/calls\/([^/]+)\/answer$/)?.[1];
    if (method === 'GET' && path === TEST_ENDPOINTS.messages) return json(phone.messages());
    if (method === 'GET' && path === TEST_ENDPOINTS.calls) return json(phone.calls());
    if (method === 'GET' && path === TEST_ENDPOINTS.authenticator) return json(phone.authenticator());
    if (
      method === 'POST' &&
      callToAnswer &&
      path === TEST_ENDPOINTS.answer(decodeURIComponent(callToAnswer))
    ) {
      const { answer } = JSON.parse((await readBody(req)).toString() || '{}') as { answer?: CallAnswer };
      if (!answer || !CALL_ANSWERS.includes(answer)) return send(res, 400, {}, `answer: ${CALL_ANSWERS}`);
      phone.answer(decodeURIComponent(callToAnswer), answer);
      return done();
    }
    if (method === 'POST' && path === TEST_ENDPOINTS.reset) {
      identity.reset();
      cspReports.length = 0;
      return done();
    }
    if (method === 'GET' && path === TEST_ENDPOINTS.cspReports) return json(cspReports);
    if (method === 'POST' && path === TEST_ENDPOINTS.cspReports) {
      const body = (await readBody(req)).toString();
      try {
        cspReports.push(JSON.parse(body));
      } catch {
        cspReports.push(body);
      }
      return done();
    }
    send(res, 404, {}, 'no such test endpoint');
  }

  async function file(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { ...headers, Allow: 'GET, HEAD' }, 'Method Not Allowed');
    }
    const path = decodeURIComponent(url.pathname);
    const full = resolve(dist, `.${path}`);
    const inside = full.startsWith(dist + sep) && !path.split('/').some((part) => part.startsWith('.'));
    const info = inside ? await stat(full).catch(() => null) : null;
    // A route's own prerendered first screen (dist/sign-in/password/index.html) before the fallback.
    const found = info?.isFile()
      ? full
      : info?.isDirectory() && (await stat(join(full, 'index.html')).catch(() => null))?.isFile()
        ? join(full, 'index.html')
        : null;
    if (found) {
      const type = CONTENT_TYPES[extname(found)] ?? 'application/octet-stream';
      const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      const body = await readFile(found);
      return send(res, 200, { ...headers, 'Content-Type': type, 'Cache-Control': cache }, body, req.method);
    }
    // Any other address of the app (/signed-in, /does-not-exist) gets index.html; a missing file does not.
    if (extname(path) === '') {
      const type = CONTENT_TYPES['.html']!;
      return send(
        res,
        200,
        { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' },
        index,
        req.method,
      );
    }
    send(res, 404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found', req.method);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const handle = url.pathname.startsWith('/api/')
      ? api(req, res, url)
      : url.pathname.startsWith(`${TEST_API}/`)
        ? testApi(req, res, url.pathname)
        : file(req, res, url);
    handle.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain' }, String(error));
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, 'localhost', done);
  });
  return server;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function problem(status: number, title: string) {
  return { type: 'about:blank', title, status };
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: unknown,
  method?: string,
): void {
  const bytes =
    body === undefined
      ? undefined
      : Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const named = Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'),
  );
  res.writeHead(status, { ...named, ...(bytes ? { 'Content-Length': String(bytes.length) } : {}) });
  res.end(method === 'HEAD' ? undefined : bytes);
}
