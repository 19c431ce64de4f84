/**
 * What the client tells about itself and its calls: the User-Agent it sends, the request id and the structured
 * fields it puts on results and errors, and the overall deadline across retries.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient, type ClientOptions } from './client.js';
import { BrazeApiError, BrazeConnectionError, BrazeServerError, BrazeTimeoutError } from './errors.js';
import { request, type ApiResponse, type OperationDescriptor } from './request.js';
import { manualClock, scriptedFetch, type Reply } from './test-helpers.js';

const TRACK: OperationDescriptor = { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], body: 'object' };
const ITEM: OperationDescriptor = { id: 'catalogsItemsGet', method: 'GET', path: '/catalogs/{catalog_name}/items/{item_id}', params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }] };

function setup(replies: Reply[], options: Partial<ClientOptions> = {}, agent?: string) {
  const { fetch, calls } = scriptedFetch(replies);
  const clock = manualClock();
  const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch, clock, ...options }, {}, undefined, agent);
  return { client, calls, clock };
}

afterEach(() => vi.unstubAllGlobals());

describe('User-Agent', () => {
  it('names the package and the runtime', async () => {
    const { client, calls } = setup([{ status: 200, body: {} }], {}, 'braze-rest-client/1.2.3');
    await request(client, TRACK, {});
    expect(calls[0]?.headers['user-agent']).toBe(`braze-rest-client/1.2.3 node/${process.version}`);
  });
  it.each([['Deno/2.9.6', 'pkg/1 Deno/2.9.6'], ['Bun/1.4.5', 'pkg/1 Bun/1.4.5'], ['Cloudflare-Workers', 'pkg/1 Cloudflare-Workers']])(
    'takes the runtime from navigator.userAgent elsewhere (%s)', async (userAgent, want) => {
      vi.stubGlobal('navigator', { userAgent });
      const { client, calls } = setup([{ status: 200, body: {} }], {}, 'pkg/1');
      await request(client, TRACK, {});
      expect(calls[0]?.headers['user-agent']).toBe(want);
    });
  it('leaves a browser its own, and yields to the caller\'s', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' });
    const browser = setup([{ status: 200, body: {} }], {}, 'pkg/1');
    await request(browser.client, TRACK, {});
    expect(browser.calls[0]?.headers).not.toHaveProperty('user-agent');
    vi.unstubAllGlobals();
    const own = setup([{ status: 200, body: {} }], { headers: { 'User-Agent': 'mine/9' } }, 'pkg/1');
    await request(own.client, TRACK, {});
    expect(own.calls[0]?.headers['user-agent']).toBe('mine/9');
  });
});

describe('request ids and call fields', () => {
  it('puts X-Request-Id on withResponse results', async () => {
    const { client } = setup([{ status: 200, body: { message: 'success' }, headers: { 'x-request-id': 'req-1' } }]);
    const res = (await request(client, TRACK, {}, { withResponse: true })) as ApiResponse<unknown>;
    expect(res.requestId).toBe('req-1');
    const none = setup([{ status: 200, body: {} }]);
    expect(((await request(none.client, TRACK, {}, { withResponse: true })) as ApiResponse<unknown>).requestId).toBeUndefined();
  });
  it('names method and path in API errors, with the request id and the attempts made', async () => {
    const { client } = setup([{ status: 503, body: { message: 'busy' }, headers: { 'x-request-id': 'req-2' } }], { maxRetries: 1 });
    const error = (await request(client, ITEM, { catalog_name: 'c', item_id: 'i' }).catch((e: unknown) => e)) as BrazeApiError;
    expect(error).toBeInstanceOf(BrazeServerError);
    expect(error.message).toBe('503 from catalogsItemsGet (GET /catalogs/{catalog_name}/items/{item_id}): busy');
    expect(error).toMatchObject({ requestId: 'req-2', method: 'GET', path: '/catalogs/{catalog_name}/items/{item_id}', attempts: 2, operationId: 'catalogsItemsGet' });
  });
  it('gives connection and timeout errors operation, method, path and attempts', async () => {
    const timeout = Object.assign(new Error('slow'), { name: 'TimeoutError' });
    const refused = setup([new TypeError('fetch failed')], { maxRetries: 2 });
    const e1 = (await request(refused.client, ITEM, { catalog_name: 'c', item_id: 'i' }).catch((e: unknown) => e)) as BrazeConnectionError;
    expect(e1).toBeInstanceOf(BrazeConnectionError);
    expect({ ...e1 }).toMatchObject({ operationId: 'catalogsItemsGet', method: 'GET', path: '/catalogs/{catalog_name}/items/{item_id}', attempts: 3 });
    const slow = setup([timeout]);
    const e2 = (await request(slow.client, TRACK, {}).catch((e: unknown) => e)) as BrazeTimeoutError;
    expect(e2).toBeInstanceOf(BrazeTimeoutError);
    expect(e2).toMatchObject({ operationId: 'usersTrack', method: 'POST', path: '/users/track', attempts: 1 });
  });
});

describe('deadlineMs', () => {
  it('makes no retry whose wait would end past the deadline', async () => {
    // Backoffs with random() = 1: 500 ms, then 1,000 ms; the second would end at 1,500 ms.
    const { client, calls, clock } = setup([{ status: 503, body: {} }], { maxRetries: 5, deadlineMs: 1_200 });
    const error = (await request(client, ITEM, { catalog_name: 'c', item_id: 'i' }).catch((e: unknown) => e)) as BrazeApiError;
    expect(error).toBeInstanceOf(BrazeServerError);
    expect([calls.length, error.attempts, clock.sleeps]).toEqual([2, 2, [500]]);
    const perCall = setup([{ status: 503, body: {} }], { maxRetries: 5 });
    await request(perCall.client, ITEM, { catalog_name: 'c', item_id: 'i' }, { deadlineMs: 600 }).catch(() => undefined);
    expect(perCall.calls.length).toBe(2);
  });
  it('cuts an attempt\'s timeout to what is left: a call with no timeout ends at the deadline', async () => {
    // A fetch that never answers: only its signal (the timeout) can end it.
    const hang = (_: unknown, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch: hang as typeof fetch, timeoutMs: Infinity, deadlineMs: 50 });
    await expect(request(client, TRACK, {})).rejects.toBeInstanceOf(BrazeTimeoutError);
  }, 5_000);
});
