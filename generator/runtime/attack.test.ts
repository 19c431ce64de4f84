/**
 * Attacks on the runtime through a fault-injecting loopback server, each run on both transports (`node:http`
 * and `fetch`): every one of these broke the runtime once (see each test's title for what it now guarantees).
 */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { inspect } from 'node:util';
import { runInNewContext } from 'node:vm';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ClientOptions } from './client.js';
import { BrazeApiError, BrazeConfigError, BrazeResponseError, BrazeTimeoutError } from './errors.js';
import { paginate } from './paginate.js';
import { pathStyle } from './path-style.js';
import { request, type OperationDescriptor } from './request.js';
import { loopback } from './test-helpers.js';

const KEY = 'sk-attack-0123456789abcdef';
const TRANSPORTS = [['node:http', undefined], ['fetch', fetch]] as const;

let server: Awaited<ReturnType<typeof loopback>>;
/** Request lines the server received (`GET /x`). */
const received: string[] = [];
/** Routes whose connection the client closed. */
const closed: string[] = [];
const JSON_BODY = '{"message":"success"}';
/** Path → what the server does. */
const ROUTES: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> = {
  '/never': () => {},
  '/bom': (_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`\uFEFF${JSON_BODY}`),
  '/bom-400': (_, res) => res.writeHead(400).end('\uFEFF{"message":"bad thing"}'),
  '/gzip': (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(JSON_BODY)),
  '/deflate': (_, res) => res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(JSON_BODY)),
  '/br': (_, res) => res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(JSON_BODY)),
  '/gzip-500': (_, res) => res.writeHead(500, { 'content-encoding': 'gzip' }).end(gzipSync('{"message":"upstream down"}')),
  '/gzip-bomb': (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(4 << 20, 0x20))),
  // Not gzip at all, then more of it for a second: a client that stops reading must close the connection.
  '/gzip-corrupt': (_, res) => {
    res.socket!.on('close', () => closed.push('/gzip-corrupt'));
    res.writeHead(200, { 'content-encoding': 'gzip' }).write('not gzip, not gzip, not gzip');
    const timer = setInterval(() => res.write(Buffer.alloc(1000, 1)), 20);
    setTimeout(() => { clearInterval(timer); res.end(); }, 1000);
    res.on('close', () => clearInterval(timer));
  },
  '/gzip-empty': (req, res) => res.writeHead(req.method === 'HEAD' ? 200 : 204, { 'content-encoding': 'gzip', 'content-length': '20' }).end(),
  '/echo-long': (_, res) => res.writeHead(200).end(`${'x'.repeat(995)}${KEY}`),
  // Cut JSON (a gateway's limit) echoing the key JSON-escaped, and upper-cased.
  '/echo-escaped-400': (_, res) => res.writeHead(400).end(`{"message":"bad ${KEY.toUpperCase()}","echo":"${KEY.replace(/[a-z]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}`),
  '/echo-escaped-200': (_, res) => res.writeHead(200).end(`{"echo":"\\${KEY.replace('s', '\\u0073')}`),
  '/link-with-key': (req, res) => res.writeHead(200, { link: `<${server.url}/link-with-key?api_key=${KEY}>; rel="next"` }).end('{"items":[1]}'),
  '/slow': (_, res) => void setTimeout(() => res.end('{}'), 30),
  // Relative next links (RFC 8288: resolved against the URL requested): query-only, then path-relative.
  '/braze/catalogs/c/items': (req, res) => {
    const cursor = /cursor=(\d)/.exec(req.url!)?.[1] ?? '0';
    const link = ({ 0: '<?cursor=1>; rel="next"', 1: '<items?cursor=2>; rel="next"' } as Record<string, string>)[cursor];
    res.writeHead(200, link ? { link } : {}).end(JSON.stringify({ items: [cursor] }));
  },
  '/503': (_, res) => res.writeHead(503).end('{}'),
  '/429-for-35-days': (_, res) => res.writeHead(429, { 'retry-after': '3000000' }).end('{}'),
  '/reset': (req) => req.socket.destroy(),
  '/reset-mid-body': (_, res) => { res.writeHead(200, { 'content-length': '100' }).write('{"a":'); setTimeout(() => res.socket!.destroy(), 5); },
  '/503-then-never': (_, res) => void (received.length < 2 && res.writeHead(503).end('{}')),
};

beforeAll(async () => {
  server = await loopback((req, res) => {
    received.push(`${req.method} ${req.url}`);
    req.resume();
    (ROUTES[req.url!.replace(/\?.*/, '')] ?? ((_, r) => r.end(JSON.stringify({ url: req.url }))))(req, res);
  });
});
afterAll(() => server.close());

const clientOf = (f: typeof fetch | undefined, options: ClientOptions = {}) =>
  createClient({ apiKey: KEY, baseUrl: server.url, fetch: f, clock: { now: Date.now, sleep: async () => {} }, ...options });
const get = (path: string, more: Partial<OperationDescriptor> = {}): OperationDescriptor => ({ id: 'op', method: 'GET', path, ...more });
const outcome = (p: Promise<unknown>) => p.catch((e: unknown) => e);

describe.each(TRANSPORTS)('%s', (_name, f) => {
  it('refuses a path parameter that is a dot-segment (., .., in any style): a URL parser turns %2E%2E into .. and climbs', async () => {
    const client = clientOf(f);
    const op = get('/users/{id}/items', { params: [{ name: 'id', in: 'path' }] });
    received.length = 0;
    for (const id of ['..', '.']) {
      const e = await outcome(request(client, op, { id }));
      expect(e).toBeInstanceOf(TypeError);
      expect(e).toMatchObject({ message: expect.stringContaining('path parameter id') });
    }
    const styled = get('/users/{id}', { params: [{ name: 'id', in: 'path', fill: pathStyle('id') }] });
    expect(await outcome(request(client, styled, { id: ['..'] }))).toBeInstanceOf(TypeError);
    expect(received).toEqual([]);
    // What only looks like one stays in its segment.
    for (const id of ['...', '%2e%2e', '..%2f', '../x']) await request(client, op, { id });
    expect(received).toEqual(['GET /users/.../items', 'GET /users/%252e%252e/items', 'GET /users/..%252f/items', 'GET /users/..%2Fx/items']);
  });

  it('refuses a header value either transport would refuse (NUL, DEL, U+2028, other controls, past U+00FF) with BrazeConfigError, and a name that is no token with a TypeError, before any request', async () => {
    const retries: unknown[] = [];
    const client = clientOf(f, { hooks: { onRetry: (i) => retries.push(i) } });
    const op = get('/h', { params: [{ name: 'X-Note', key: 'note', in: 'header' }] });
    received.length = 0;
    for (const note of ['a\u2028b', 'a\u0000b', 'a\u000bb', 'a\u007fb', 'caf\u00e9 \u2713', 'a\u0085\u2029']) {
      expect(await outcome(request(client, op, { note }))).toBeInstanceOf(BrazeConfigError); // (never a BrazeConnectionError)
      expect(await outcome(request(client, get('/h'), {}, { headers: { 'x-other': note } }))).toBeInstanceOf(BrazeConfigError);
    }
    // A header name that is no token is a TypeError, thrown as it is, on both (fetch rejected: a retried network failure).
    for (const name of ['x note', 'x:y', 'x\u00e9', '']) {
      const e = await outcome(request(client, get('/h'), {}, { headers: { [name]: 'v' } }));
      expect(e, name).toBeInstanceOf(TypeError);
    }
    expect([received, retries]).toEqual([[], []]);
    // Tabs and Latin-1 pass on both.
    expect(await request(client, op, { note: 'caf\u00e9\tok' })).toEqual({ url: '/h' });
  });

  it('times out an attempt whose share of the deadline is already spent (a retry wait that overran), instead of throwing a RangeError', async () => {
    // Time stands still but for the waits, which overrun by 5 ms (timers fire late).
    let now = Date.now();
    const clock = { now: () => now, sleep: async (ms: number) => { now += ms + 5; }, random: () => 1 };
    const client = clientOf(f, { clock });
    received.length = 0;
    const e = await outcome(request(client, get('/503-then-never'), {}, { deadlineMs: 501, maxRetries: 1 }));
    // The 503's retry waits 500 ms of the 501: the retry starts 4 ms past the deadline and times out at once.
    expect(e).toBeInstanceOf(BrazeTimeoutError);
    expect(received[0]).toBe('GET /503-then-never'); // (the retry may or may not leave before its timeout fires)
    expect(await outcome(request(client, get('/never'), {}, { timeoutMs: -5 }))).toBeInstanceOf(BrazeTimeoutError);
  });

  it('takes the key out of a 2XX body before cutting it to its first 1,000 characters: no prefix of the key is left', async () => {
    const e = await outcome(request(clientOf(f), get('/echo-long')));
    expect(e).toBeInstanceOf(BrazeResponseError);
    expect((e as BrazeResponseError).body).not.toContain(KEY.slice(0, 5));
  });

  it('takes the key out of a body that does not parse (cut JSON) when echoed JSON-escaped or upper-cased', async () => {
    const client = clientOf(f, { maxRetries: 0 });
    for (const path of ['/echo-escaped-400', '/echo-escaped-200']) {
      const e = await outcome(request(client, get(path)));
      expect(e).toMatchObject({ body: expect.stringContaining('"echo":"[redacted]') });
      expect(inspect(e, { showHidden: true, depth: 9 }) + JSON.stringify(e)).not.toMatch(/0123456789abcdef/i);
    }
  });

  it('reads JSON that starts with a byte-order mark, in 2XX and error bodies', async () => {
    const client = clientOf(f, { maxRetries: 0 });
    expect(await request(client, get('/bom'))).toEqual({ message: 'success' });
    const e = await outcome(request(client, get('/bom-400')));
    expect(e).toBeInstanceOf(BrazeApiError);
    expect(e).toMatchObject({ body: { message: 'bad thing' }, message: expect.stringContaining(': bad thing') });
  });

  it('decodes gzip, deflate and br bodies (a proxy compresses unasked), counting the decoded bytes against maxResponseBytes', async () => {
    const client = clientOf(f, { maxRetries: 0, maxResponseBytes: 1 << 20 });
    for (const path of ['/gzip', '/deflate', '/br']) expect(await request(client, get(path))).toEqual({ message: 'success' });
    expect(await outcome(request(client, get('/gzip-500')))).toMatchObject({ status: 500, body: { message: 'upstream down' } });
    // 4 MiB of spaces in ~4 KiB of gzip: cut off at the limit, not read into memory whole.
    expect(await outcome(request(client, get('/gzip-bomb')))).toMatchObject({ name: 'BrazeResponseError', message: expect.stringContaining(`over ${1 << 20} bytes`) });
    // A body that does not decode fails as a network failure (the connection closed at once, not left busy).
    closed.length = 0;
    expect(await outcome(request(client, get('/gzip-corrupt')))).toMatchObject({ name: 'BrazeConnectionError' });
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toEqual(['/gzip-corrupt']);
    // No body at all (HEAD, 204) even though the headers name an encoding.
    expect(await request(client, get('/gzip-empty', { method: 'HEAD' }))).toBeUndefined();
    expect(await request(client, get('/gzip-empty'))).toBeUndefined();
  });

  it('resolves a relative next link against the page requested, not the origin, behind a proxy path too', async () => {
    const client = clientOf(f, { baseUrl: `${server.url}/braze` });
    received.length = 0;
    const items: unknown[] = [];
    for await (const item of paginate(client, get('/catalogs/{name}/items', { params: [{ name: 'name', in: 'path' }] }), { style: 'cursor', items: 'items' }, { name: 'c' })) items.push(item);
    expect(items).toEqual(['0', '1', '2']);
    expect(received).toEqual(['GET /braze/catalogs/c/items', 'GET /braze/catalogs/c/items?cursor=1', 'GET /braze/catalogs/c/items?cursor=2']);
  });

  it('takes the key out of a next link quoted in an error (a server that echoes it into Link)', async () => {
    const e = await outcome((async () => {
      for await (const _ of paginate(clientOf(f), get('/link-with-key'), { style: 'cursor', items: 'items' }));
    })());
    expect(e).toBeInstanceOf(BrazeResponseError);
    expect((e as Error).message).toMatch(/repeats a page/);
    expect((e as Error).message).not.toContain(KEY);
  });

  it('shares one AbortSignal among 30 concurrent calls, retries waits included, without a MaxListenersExceededWarning or a listener left', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const controller = new AbortController();
      const client = createClient({ apiKey: KEY, baseUrl: server.url, fetch: f });
      const calls = (path: string, maxRetries = 0) =>
        Promise.all(Array.from({ length: 30 }, () => outcome(request(client, get(path), {}, { signal: controller.signal, maxRetries }))));
      expect(await calls('/slow')).toEqual(Array(30).fill({}));
      // The 503s' retry waits (~250–500 ms) are cut short by the abort.
      const waiting = calls('/503', 1);
      await new Promise((r) => setTimeout(r, 100));
      controller.abort(new Error('stop'));
      expect((await waiting).map((e) => (e as Error).message)).toEqual(Array(30).fill('stop'));
      await new Promise((r) => setTimeout(r, 20)); // (warnings are emitted on the next tick)
      expect(warnings).toEqual([]);
      expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('the Node transport', () => {
  it('keeps no failed request (refused, reset mid-body) until its deadline: with timeoutMs Infinity that was forever', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const refs: WeakRef<object>[] = [];
    // The module object the transport takes (`process.getBuiltinModule`), whose `request` it looks up per call.
    const http = process.getBuiltinModule('node:http') as typeof import('node:http');
    const real = http.request;
    http.request = ((...args: Parameters<typeof real>) => {
      const sent = real(...args);
      refs.push(new WeakRef(sent));
      return sent;
    }) as typeof real;
    try {
      const client = clientOf(undefined, { timeoutMs: Infinity, maxRetries: 0 });
      for (let i = 0; i < 20; i++) {
        expect(await outcome(request(client, get(i % 2 ? '/reset' : '/reset-mid-body')))).toMatchObject({ name: 'BrazeConnectionError' });
      }
    } finally {
      http.request = real;
    }
    expect(refs).toHaveLength(20);
    for (let i = 0; i < 10 && refs.some((r) => r.deref()); i++) {
      await new Promise((r) => setTimeout(r, 10));
      gc();
    }
    expect(refs.filter((r) => r.deref())).toHaveLength(0);
  });
});

describe('429 waits', () => {
  it('fails a wait longer than timers can hold (2^31 ms) even when maxRetryWaitMs allows it, instead of retrying at once', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      received.length = 0;
      const client = createClient({ apiKey: KEY, baseUrl: server.url, maxRetryWaitMs: Infinity });
      expect(await outcome(request(client, get('/429-for-35-days')))).toMatchObject({ name: 'BrazeRateLimitError', attempts: 1 });
      await new Promise((r) => setTimeout(r, 20));
      expect([received, warnings]).toEqual([['GET /429-for-35-days'], []]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
