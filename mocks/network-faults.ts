// The demo phone's "Network" control (src/behaviour.md#demo-phone-panel): what the network between
// the app and the simulated identity service does to every API request, so a person (or a test) can
// see how the app copes with each fault. It sits in the MSW layer in front of the identity service,
// so the app sees exactly what a real backend would give it: no answer at all, a late answer, an
// RFC 9457 problem (503 with Retry-After, 500 with a reference), an answer that never comes, or a
// 200 whose body breaks the contract. Never in the production build (mocks/ is demo and test only).
//
// `planFor` and `breakAnswer` decide, and are pure; `networkFaults` applies their decision with MSW.
import { delay, getResponse, HttpResponse, http, type RequestHandler } from 'msw';
import type { Problem } from '../src/api/types';
import { problem } from './identity/problems';

/** The control's settings, in the order the panel lists them. */
export const NETWORK_SETTINGS = [
  'normal',
  'offline',
  'slow',
  'busy',
  'server-error',
  'timeout',
  'malformed',
] as const;
export type NetworkSetting = (typeof NETWORK_SETTINGS)[number];

const isNetworkSetting = (value: unknown): value is NetworkSetting =>
  (NETWORK_SETTINGS as readonly unknown[]).includes(value);

/** "Slow": every answer comes this much later. */
export const SLOW_MS = 3_000;
/** "Server busy": the wait the 503 asks for (Retry-After and retryAfterSeconds). */
export const BUSY_RETRY_AFTER_SECONDS = 10;

/** What happens to one request. */
export type FaultPlan =
  /** The identity service answers, as it is. */
  | { do: 'pass' }
  /** No answer at all: the request fails as a network error. */
  | { do: 'fail' }
  /** The identity service answers, `ms` later. */
  | { do: 'delay'; ms: number }
  /** A problem instead of the identity service's answer (it never sees the request). */
  | { do: 'answer'; status: number; body: Problem; headers: Record<string, string> }
  /** The identity service does the work; its answer never comes back. */
  | { do: 'hang' }
  /** The identity service does the work; its answer comes back broken (breakAnswer). */
  | { do: 'break' };

const REFERENCE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A support reference like the service's own ("SRVR-7K2Q"), for a 500 the administrator can look up. */
export function faultReference(random: () => number = Math.random): string {
  let suffix = '';
  for (let i = 0; i < 4; i++) suffix += REFERENCE_LETTERS[Math.floor(random() * REFERENCE_LETTERS.length)];
  return `SRVR-${suffix}`;
}

/** What `setting` does to a request. `random` makes the server error's reference. */
export function planFor(setting: NetworkSetting, random: () => number = Math.random): FaultPlan {
  switch (setting) {
    case 'normal':
      return { do: 'pass' };
    case 'offline':
      return { do: 'fail' };
    case 'slow':
      return { do: 'delay', ms: SLOW_MS };
    case 'busy': {
      const { status, body, headers } = problem('service-unavailable', {
        retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS,
      });
      return { do: 'answer', status, body, headers };
    }
    case 'server-error': {
      const { status, body, headers } = problem('internal-error', { reference: faultReference(random) });
      return { do: 'answer', status, body, headers };
    }
    case 'timeout':
      return { do: 'hang' };
    case 'malformed':
      return { do: 'break' };
  }
}

/**
 * A successful answer as a backend that broke the contract sends it: status 200, its body wrapped in
 * an envelope the contract does not have (`{"data": …}`), so every required member is missing. A
 * refusal (4xx, 5xx) is left as it is (null): the contract's problems are what the app reads there.
 */
export function breakAnswer(status: number, body: unknown): { status: 200; body: { data: unknown } } | null {
  if (status < 200 || status >= 300) return null;
  return { status: 200, body: { data: body ?? null } };
}

async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface NetworkFaultsOptions {
  /** Where the API is mounted, as the identity service's handlers have it ("*\/api"). */
  baseUrl: string;
  /** The setting now (read for every request). */
  setting: () => NetworkSetting;
  /** The identity service's handlers: "timeout" and "malformed" let them do the work first. */
  service: readonly RequestHandler[];
}

/**
 * One MSW handler for every API request, to be put in front of the identity service's: "normal" and
 * "slow" fall through to them (slow after its delay); the other settings answer themselves.
 */
export function networkFaults({ baseUrl, setting, service }: NetworkFaultsOptions) {
  return http.all(`${baseUrl}/*`, async ({ request }) => {
    const plan = planFor(setting());
    switch (plan.do) {
      case 'pass':
        return undefined;
      case 'fail':
        return HttpResponse.error();
      case 'delay':
        await delay(plan.ms);
        return undefined;
      case 'answer':
        return HttpResponse.json(plan.body, {
          status: plan.status,
          headers: { 'Content-Type': 'application/problem+json', ...plan.headers },
        });
      case 'hang':
        await getResponse([...service], request);
        return delay('infinite').then(() => undefined);
      case 'break': {
        const response = await getResponse([...service], request);
        if (!response) return undefined;
        const broken = breakAnswer(response.status, await bodyOf(response.clone()));
        return broken ? HttpResponse.json(broken.body, { status: broken.status }) : response;
      }
    }
  });
}

/** The setting, remembered where the caller says (the panel keeps it for the tab), with listeners. */
export interface NetworkControl {
  get(): NetworkSetting;
  set(setting: NetworkSetting): void;
  subscribe(listener: () => void): () => void;
}

export interface SettingStorage {
  load(): string | null;
  save(value: string): void;
}

export function createNetworkControl(storage?: SettingStorage): NetworkControl {
  const stored = storage?.load();
  let current: NetworkSetting = isNetworkSetting(stored) ? stored : 'normal';
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(setting) {
      if (setting === current) return;
      current = setting;
      storage?.save(setting);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
