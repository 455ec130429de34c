// The demo phone's "Network" control (mocks/network-faults.ts): what each setting does to a request,
// decided purely, then applied with MSW in front of a stand-in for the identity service; the problems
// it answers with are the contract's, and a "malformed" answer really breaks it.
import { getResponse, HttpResponse, http } from 'msw';
import {
  BUSY_RETRY_AFTER_SECONDS,
  breakAnswer,
  createNetworkControl,
  faultReference,
  NETWORK_SETTINGS,
  type NetworkSetting,
  networkFaults,
  planFor,
  SLOW_MS,
} from '../../mocks/network-faults';
import { loadContract } from '../contract/openapi';

const contract = loadContract();

describe('planFor', () => {
  it('passes everything on a normal network, fails it offline, delays it when slow', () => {
    expect(planFor('normal')).toEqual({ do: 'pass' });
    expect(planFor('offline')).toEqual({ do: 'fail' });
    expect(planFor('slow')).toEqual({ do: 'delay', ms: SLOW_MS });
    expect(SLOW_MS).toBe(3_000);
  });

  it('answers "busy" with the contract’s 503, its wait in Retry-After and in the body alike', async () => {
    const plan = planFor('busy');
    expect(plan).toMatchObject({
      do: 'answer',
      status: 503,
      headers: { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) },
      body: { code: 'service-unavailable', status: 503, retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
    });
    if (plan.do !== 'answer') throw new Error('not an answer');
    const problems = await contract.checkResponse({
      method: 'POST',
      path: '/sign-in/sms',
      status: plan.status,
      headers: new Headers({ 'Content-Type': 'application/problem+json', ...plan.headers }),
      body: JSON.stringify(plan.body),
    });
    expect(problems).toEqual([]);
  });

  it('answers "server error" with the contract’s 500 and a support reference', async () => {
    const plan = planFor('server-error', () => 0);
    expect(plan).toMatchObject({
      do: 'answer',
      status: 500,
      body: { code: 'internal-error', status: 500, reference: 'SRVR-AAAA' },
    });
    if (plan.do !== 'answer') throw new Error('not an answer');
    const problems = await contract.checkResponse({
      method: 'GET',
      path: '/flows/abcdefghijklmnop',
      status: 500,
      headers: new Headers({ 'Content-Type': 'application/problem+json' }),
      body: JSON.stringify(plan.body),
    });
    expect(problems).toEqual([]);
  });

  it('lets the service do the work and then hangs up, or breaks its answer', () => {
    expect(planFor('timeout')).toEqual({ do: 'hang' });
    expect(planFor('malformed')).toEqual({ do: 'break' });
  });

  it('has a plan for every setting the panel lists, normal first', () => {
    expect(NETWORK_SETTINGS[0]).toBe('normal');
    for (const setting of NETWORK_SETTINGS) expect(planFor(setting).do).toBeTypeOf('string');
  });
});

describe('faultReference', () => {
  it('reads like the service’s own references, without look-alike characters', () => {
    expect(faultReference(() => 0)).toBe('SRVR-AAAA');
    expect(faultReference(() => 0.999)).toBe('SRVR-9999');
    for (let i = 0; i < 50; i++) expect(faultReference()).toMatch(/^SRVR-[A-HJ-NP-Z2-9]{4}$/);
  });
});

describe('breakAnswer', () => {
  const flow = { flowId: 'abcdefghijklmnop', kind: 'sms-sign-in', stage: 'verifying' };

  it('wraps a success in an envelope the contract does not have, as a 200', async () => {
    expect(breakAnswer(201, flow)).toEqual({ status: 200, body: { data: flow } });
    expect(breakAnswer(204, null)).toEqual({ status: 200, body: { data: null } });
    const problems = await contract.checkResponse({
      method: 'GET',
      path: '/flows/abcdefghijklmnop',
      status: 200,
      headers: new Headers({ 'Content-Type': 'application/json' }),
      body: JSON.stringify(breakAnswer(200, flow)!.body),
    });
    expect(problems).not.toEqual([]);
  });

  it('leaves refusals alone: the app reads the contract’s problems there', () => {
    expect(breakAnswer(400, { code: 'wrong-code' })).toBeNull();
    expect(breakAnswer(503, { code: 'service-unavailable' })).toBeNull();
  });
});

describe('networkFaults (MSW)', () => {
  const BASE = 'http://localhost/api';

  function setUp(setting: NetworkSetting) {
    const calls: string[] = [];
    const service = [
      http.post('*/api/sign-in/sms', async ({ request }) => {
        calls.push(request.headers.get('Idempotency-Key') ?? '');
        return HttpResponse.json({ flowId: 'abcdefghijklmnop' }, { status: 201 });
      }),
      http.post('*/api/flows/:flowId/verification/code', () =>
        HttpResponse.json({ code: 'wrong-code', status: 400 }, { status: 400 }),
      ),
    ];
    const faults = networkFaults({ baseUrl: '*/api', setting: () => setting, service });
    const send = (path = '/sign-in/sms') =>
      getResponse([faults, ...service], new Request(`${BASE}${path}`, { method: 'POST', body: '{}' }));
    return { calls, send };
  }

  afterEach(() => vi.useRealTimers());

  it('normal: the service answers, as it is', async () => {
    const { calls, send } = setUp('normal');
    const response = await send();
    expect(response?.status).toBe(201);
    expect(calls).toHaveLength(1);
  });

  it('offline: a network error, and the service never hears of it', async () => {
    const { calls, send } = setUp('offline');
    expect((await send())?.type).toBe('error');
    expect(calls).toHaveLength(0);
  });

  it('slow: the service’s answer, 3 seconds later', async () => {
    vi.useFakeTimers();
    const { send } = setUp('slow');
    let status: number | undefined;
    const pending = send().then((response) => {
      status = response?.status;
    });
    await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
    expect(status).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(status).toBe(201);
  });

  it('busy and server error: the problem, and the service never hears of it', async () => {
    for (const [setting, status] of [
      ['busy', 503],
      ['server-error', 500],
    ] as const) {
      const { calls, send } = setUp(setting);
      const response = await send();
      expect(response?.status).toBe(status);
      expect(response?.headers.get('Content-Type')).toBe('application/problem+json');
      if (setting === 'busy') expect(response?.headers.get('Retry-After')).toBe('10');
      expect(calls).toHaveLength(0);
    }
  });

  it('timeout: the service does the work, and no answer ever comes', async () => {
    const { calls, send } = setUp('timeout');
    const outcome = await Promise.race([
      send().then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 50)),
    ]);
    expect(outcome).toBe('still waiting');
    expect(calls).toHaveLength(1);
  });

  it('malformed: the service does the work; a success comes back broken, a refusal as it is', async () => {
    const { calls, send } = setUp('malformed');
    const response = await send();
    expect(response?.status).toBe(200);
    expect(await response?.json()).toEqual({ data: { flowId: 'abcdefghijklmnop' } });
    expect(calls).toHaveLength(1);
    const refusal = await send('/flows/abcdefghijklmnop/verification/code');
    expect(refusal?.status).toBe(400);
    expect(await refusal?.json()).toEqual({ code: 'wrong-code', status: 400 });
  });
});

describe('createNetworkControl', () => {
  it('starts from what was remembered, if it is a setting, else normal', () => {
    expect(createNetworkControl().get()).toBe('normal');
    expect(createNetworkControl({ load: () => 'busy', save: () => undefined }).get()).toBe('busy');
    expect(createNetworkControl({ load: () => 'on fire', save: () => undefined }).get()).toBe('normal');
  });

  it('remembers a change and tells its listeners, once per change', () => {
    const saved: string[] = [];
    const control = createNetworkControl({ load: () => null, save: (value) => saved.push(value) });
    const heard = vi.fn();
    const stop = control.subscribe(heard);
    control.set('timeout');
    control.set('timeout');
    expect(control.get()).toBe('timeout');
    expect(saved).toEqual(['timeout']);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
    control.set('normal');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
