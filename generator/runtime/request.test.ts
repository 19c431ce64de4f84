import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClient, type ClientOptions } from './client.js';
import {
  BrazeApiError, BrazeAuthenticationError, BrazeConnectionError, BrazePermissionDeniedError, BrazePermissionError,
  BrazeRateLimitError, BrazeServerError, BrazeTimeoutError,
} from './errors.js';
import { cookieParam, formBody } from './encoders.js';
import { queryStyle } from './query-style.js';
import { request, type ApiResponse, type OperationDescriptor } from './request.js';
import { manualClock, scriptedFetch, type Reply } from './test-helpers.js';

const KEY = 'sk-secret-key-4242';
const TRACK: OperationDescriptor = { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], body: 'object' };
const ITEM: OperationDescriptor = {
  id: 'catalogsItemsGet', method: 'GET', path: '/catalogs/{catalog_name}/items/{item_id}', permissions: ['catalogs.get_item'],
  params: [{ name: 'catalog_name', in: 'path' }, { name: 'item_id', in: 'path' }, { name: 'fields', in: 'query', explode: false, ser: queryStyle },
    { name: 'id', in: 'query', key: 'query_id' }, { name: 'X-Request-Origin', in: 'header' }],
};

function setup(replies: Reply[], options: Partial<ClientOptions> = {}) {
  const { fetch, calls } = scriptedFetch(replies);
  const clock = manualClock();
  const client = createClient({ apiKey: KEY, baseUrl: 'https://rest.test/base', fetch, clock, ...options });
  return { client, calls, clock };
}

describe('request: building', () => {
  it('flattens input into path, query, header and body, with the key only in Authorization', async () => {
    const { client, calls } = setup([{ status: 200, body: { message: 'success' } }]);
    const data = await request(client, { ...ITEM, method: 'PUT', body: 'object' },
      { catalog_name: '../etc', item_id: 'a/b', fields: ['x', 'y'], query_id: 7, 'X-Request-Origin': 'me', id: 'b1', color: 'red', gone: undefined });
    expect(data).toEqual({ message: 'success' });
    expect(calls[0]).toMatchObject({ method: 'PUT', url: 'https://rest.test/base/catalogs/..%2Fetc/items/a%2Fb?fields=x,y&id=7' });
    expect(JSON.parse(calls[0]!.body!)).toEqual({ id: 'b1', color: 'red' });
    expect(calls[0]!.headers).toMatchObject({ authorization: `Bearer ${KEY}`, 'x-request-origin': 'me', 'content-type': 'application/json' });
    expect(calls[0]!.url + (calls[0]!.body ?? '')).not.toContain(KEY);
  });
  it('sends a nextPath under the base URL, never to another host (pagination maps a Link URL there with `nextPath`)', async () => {
    const { client, calls } = setup([{ status: 200 }]);
    for (const next of ['/catalogs/c/items?cursor=2', 'catalogs/c/items?cursor=3', '@evil.test/x?cursor=4', '//evil.test/x?cursor=5']) {
      await request(client, ITEM, { catalog_name: 'c', item_id: 'i' }, { nextPath: next });
    }
    expect(calls.map((c) => new URL(c.url).host)).toEqual(Array(4).fill('rest.test'));
    expect(calls.map((c) => c.url)).toEqual([
      'https://rest.test/base/catalogs/c/items?cursor=2', 'https://rest.test/base/catalogs/c/items?cursor=3',
      'https://rest.test/base/@evil.test/x?cursor=4', 'https://rest.test/base/evil.test/x?cursor=5',
    ]);
  });
  it('encodes what the request loop leaves to encoders: cookie parameters and urlencoded forms', async () => {
    const { client, calls } = setup([{ status: 200 }], { headers: { Cookie: 'mine=1' } });
    const op: OperationDescriptor = {
      id: 'form', method: 'POST', path: '/form', body: 'object', contentType: 'application/x-www-form-urlencoded',
      params: [{ name: 'cookie', in: 'header', key: 'session', fill: cookieParam('session') }, { name: 'cookie', in: 'header', key: 'c_theme', fill: cookieParam('theme') }],
      enc: formBody,
    };
    await request(client, op, { session: 's 1', c_theme: 'dark;x', tags: ['a', 'b'], gone: undefined });
    expect(calls[0]!.headers.cookie).toBe('mine=1; session=s%201; theme=dark%3Bx');
    expect(calls[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(calls[0]!.body).toBe('tags=a&tags=b');
    // A form given as a string (an `other` body) is sent as it is.
    await request(client, { id: 'raw', method: 'POST', path: '/raw', body: 'other', contentType: 'application/x-www-form-urlencoded', enc: formBody }, { body: 'a=1&b=2' });
    expect(calls[1]!.body).toBe('a=1&b=2');
  });
  it('sends a plain parameter and its bracket form (`external_id`, `external_id[]`) under their own wire names', async () => {
    const { client, calls } = setup([{ status: 200 }]);
    const lookup: OperationDescriptor = {
      id: 'subscriptionStatusGet', method: 'GET', path: '/subscription/status/get',
      params: [{ name: 'external_id', in: 'query' }, { name: 'external_id[]', in: 'query' }],
    };
    await request(client, lookup, { external_id: 'solo', 'external_id[]': ['a', 'b'] });
    expect(new URL(calls[0]!.url).searchParams.getAll('external_id')).toEqual(['solo']);
    expect(new URL(calls[0]!.url).searchParams.getAll('external_id[]')).toEqual(['a', 'b']);
  });
  it('sends other bodies as given, and no body when there is none', async () => {
    const { client, calls } = setup([{ status: 204 }]);
    const res = await request(client, { id: 'x', method: 'POST', path: '/x', body: 'other', contentType: 'text/plain' }, { body: 'raw' });
    expect(res).toBeUndefined();
    expect(calls[0]).toMatchObject({ body: 'raw', headers: { 'content-type': 'text/plain' } });
    await request(client, { id: 'y', method: 'GET', path: '/y' });
    expect(calls[1]!.body).toBeUndefined();
  });
  it('refuses header values with line breaks', async () => {
    const { client, calls } = setup([{ status: 200 }]);
    await expect(request(client, ITEM, { catalog_name: 'c', item_id: 'i', 'X-Request-Origin': 'a\r\nb: c' })).rejects.toThrow(/line break/);
    expect(calls).toHaveLength(0);
  });
  it('returns status, headers and rate limit with withResponse', async () => {
    const { client } = setup([{ status: 201, body: { message: 'success', errors: ['minor'] }, headers: { 'X-RateLimit-Remaining': '9' } }]);
    const res = (await request(client, TRACK, {}, { withResponse: true })) as ApiResponse<unknown>;
    expect(res).toMatchObject({ status: 201, data: { message: 'success', errors: ['minor'] }, rateLimit: { remaining: 9 } });
  });
});

describe('request: permissions and errors', () => {
  it('throws BrazePermissionError before any traffic', async () => {
    const { client, calls } = setup([{ status: 200 }], { permissions: ['messages.send'] });
    await expect(request(client, TRACK, {})).rejects.toBeInstanceOf(BrazePermissionError);
    expect(calls).toHaveLength(0);
  });
  it('refuses an operation that needs another credential on a permission-scoped client, and only there', async () => {
    const SCIM: OperationDescriptor = { id: 'scimUsersGet', method: 'GET', path: '/scim/v2/Users/{id}', other: 1, params: [{ name: 'id', in: 'path' }] };
    const scoped = setup([{ status: 200 }], { permissions: ['users.track'] });
    const e = await request(scoped.client, SCIM, { id: 'u' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BrazePermissionError);
    expect((e as Error).message).toMatch(/scimUsersGet needs another credential/);
    expect(scoped.calls).toHaveLength(0);
    const open = setup([{ status: 200, body: { id: 'u' } }]);
    await expect(request(open.client, SCIM, { id: 'u' })).resolves.toEqual({ id: 'u' });
    expect(open.calls).toHaveLength(1);
  });
  it('maps statuses to classes and keeps the key out of errors', async () => {
    // A proxy or debug header that echoes the key must not carry it into the error either.
    const { client } = setup([{ status: 403, body: { message: `Access Denied for ${KEY}`, errors: [] }, headers: { 'x-echo': `Bearer ${KEY}` } }]);
    const e = await request(client, TRACK, {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BrazePermissionDeniedError);
    expect((e as BrazeApiError).message).toMatch(/lacks users\.track/);
    expect(inspect(e, { depth: 10, showHidden: true }) + JSON.stringify(e)).not.toContain(KEY);
    expect((e as BrazeApiError).headers['x-echo']).toBe('Bearer [redacted]');
    // A network error whose text holds the key (a transport that reports its request) is scrubbed, cause included.
    const { client: c3 } = setup([new TypeError(`connect failed for Bearer ${KEY}`)]);
    const n = await request(c3, TRACK, {}).catch((x: unknown) => x);
    expect(n).toBeInstanceOf(BrazeConnectionError);
    expect(inspect(n, { depth: 10, showHidden: true }) + JSON.stringify(n)).not.toContain(KEY);
    const { client: c2 } = setup([{ status: 401, body: { message: 'Invalid API key' } }]);
    await expect(request(c2, TRACK, {})).rejects.toBeInstanceOf(BrazeAuthenticationError);
  });
});

describe('request: retries', () => {
  it('never resends a POST after a 5XX or network error, unless opted in', async () => {
    const a = setup([{ status: 500, body: { message: 'boom' } }, { status: 200 }]);
    await expect(request(a.client, TRACK, {})).rejects.toBeInstanceOf(BrazeServerError);
    expect(a.calls).toHaveLength(1);
    const b = setup([new TypeError('socket hang up'), { status: 200 }]);
    await expect(request(b.client, TRACK, {})).rejects.toBeInstanceOf(BrazeConnectionError);
    expect(b.calls).toHaveLength(1);
    const c = setup([{ status: 502 }, { status: 200, body: { ok: 1 } }]);
    await expect(request(c.client, TRACK, {}, { retryNonIdempotent: true })).resolves.toEqual({ ok: 1 });
    expect(c.calls).toHaveLength(2);
  });
  it('retries GET with jittered exponential backoff up to maxRetries', async () => {
    const { client, calls, clock } = setup([{ status: 503 }]);
    await expect(request(client, { id: 'g', method: 'GET', path: '/g' })).rejects.toBeInstanceOf(BrazeServerError);
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([500, 1000]);
  });
  it('waits for X-RateLimit-Reset on 429, even for POST', async () => {
    const now = manualClock().now();
    const reset = String(Math.ceil(now / 1000) + 3);
    const { client, calls, clock } = setup([{ status: 429, headers: { 'x-ratelimit-reset': reset } }, { status: 200, body: {} }]);
    await expect(request(client, TRACK, {})).resolves.toEqual({});
    expect(calls).toHaveLength(2);
    const wait = Number(reset) * 1000 - now;
    expect(clock.sleeps[0]).toBe(wait + wait / 10); // the clock's random() is 1: the full 10 % spread
  });
  it('fails fast when the reset is beyond the max wait', async () => {
    const { client, calls } = setup([{ status: 429, headers: { 'x-ratelimit-reset': '9999999999' } }]);
    const e = await request(client, TRACK, {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BrazeRateLimitError);
    expect((e as BrazeApiError).rateLimit.reset).toBe(9999999999);
    expect(calls).toHaveLength(1);
    // It says why it was not retried, and a 429 with no retries left does not claim so.
    expect(e).toMatchObject({ waitTooLong: true, message: expect.stringMatching(/not retried: wait past maxRetryWaitMs\/deadlineMs/) });
    const last = setup([{ status: 429, headers: { 'x-ratelimit-reset': '9999999999' } }], { maxRetries: 0 });
    expect(await request(last.client, TRACK, {}).catch((x: unknown) => x)).toMatchObject({ waitTooLong: false, message: expect.not.stringMatching(/not retried/) });
  });
  it('fails fast when the wait is past the call\'s deadline, and says so', async () => {
    const now = manualClock().now();
    const { client, calls } = setup([{ status: 429, headers: { 'x-ratelimit-reset': String(Math.ceil(now / 1000) + 30) } }]);
    const e = await request(client, TRACK, {}, { deadlineMs: 10_000 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'BrazeRateLimitError', waitTooLong: true });
    expect(calls).toHaveLength(1);
  });
  it('times out per attempt and honours the caller signal', async () => {
    const hang = (async (_u: unknown, init?: RequestInit) => new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    })) as typeof fetch;
    const client = createClient({ apiKey: KEY, baseUrl: 'https://rest.test', fetch: hang, maxRetries: 0 });
    await expect(request(client, TRACK, {}, { timeoutMs: 20 })).rejects.toBeInstanceOf(BrazeTimeoutError);
    // The message says how long it waited (whatever the transport's own words), here and with a deadline's share.
    await expect(request(client, TRACK, {}, { timeoutMs: 20 })).rejects.toThrow('usersTrack (POST /users/track) failed: no response in 20 ms');
    const cut = await request(client, TRACK, {}, { timeoutMs: 5000, deadlineMs: 30 }).catch((e: Error) => e.message);
    expect(Number(/failed: no response in (\d+) ms$/.exec(String(cut))?.[1])).toBeLessThanOrEqual(30);
    const ctl = new AbortController();
    const p = request(client, TRACK, {}, { signal: ctl.signal });
    ctl.abort(new Error('stop'));
    await expect(p).rejects.toThrow('stop');
  });
  it('reports attempts to hooks without the key', async () => {
    const seen: string[] = [];
    const { client } = setup([{ status: 500 }, { status: 200 }], {
      hooks: { onRequest: (i) => seen.push(JSON.stringify(i)), onRetry: (i) => seen.push(JSON.stringify(i)), onResponse: (i) => seen.push(JSON.stringify(i)) },
    });
    await request(client, { id: 'g', method: 'GET', path: '/g' });
    expect(seen).toHaveLength(5);
    expect(seen.join()).not.toContain(KEY);
  });
});
