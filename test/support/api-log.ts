// What the app sent to the backend during a test: method, path below /api, headers and JSON body.
import { server } from '../../mocks/node';

interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

export function recordApi() {
  const sent: SentRequest[] = [];
  const listener = async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith('/api/')) return;
    const text = await request.clone().text();
    sent.push({
      method: request.method,
      path: url.pathname.slice(4),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    });
  };
  beforeEach(() => {
    sent.length = 0;
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  const matching = (method: string, path: RegExp | string) =>
    sent.filter(
      (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
    );
  return { sent, matching, last: (method: string, path: RegExp | string) => matching(method, path).at(-1) };
}
