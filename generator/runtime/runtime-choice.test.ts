import { afterEach, describe, expect, it, vi } from 'vitest';
import { configOf, createClient } from './client.js';
import { BrazeConnectionError } from './errors.js';
import { request } from './request.js';
import { nodeTransport } from './node-transport.js';
import { loopback, scriptedFetch } from './test-helpers.js';

afterEach(() => vi.unstubAllGlobals());

describe('the transport follows what the runtime really is', () => {
  it.each([
    ['Deno', 'Deno/2.1.4'], ['Bun', 'Bun/1.2.5'], ['Cloudflare Workers (nodejs_compat)', 'Cloudflare-Workers'], ['a browser-like test environment', 'Mozilla/5.0 (linux) jsdom/26'],
  ])('%s, which has process.getBuiltinModule, gets the fetch transport', (_name, userAgent) => {
    expect(typeof process.getBuiltinModule).toBe('function');
    vi.stubGlobal('navigator', { userAgent });
    expect(configOf(createClient({ apiKey: 'k', baseUrl: 'https://rest.test' })).transport).not.toBe(nodeTransport);
  });
  it.each([['Node 20 (no navigator)', undefined], ['Node 22', { userAgent: 'Node.js/22' }]])('%s gets node:http', (_name, navigator) => {
    vi.stubGlobal('navigator', navigator);
    expect(configOf(createClient({ apiKey: 'k', baseUrl: 'https://rest.test' })).transport).toBe(nodeTransport);
  });
});

describe('the browser build (dist/browser: the Node transport emptied) run on Node, as a browser-targeted bundle may be', () => {
  afterEach(() => { vi.doUnmock('./node-transport.js'); vi.resetModules(); });
  it('calls through the global fetch', async () => {
    vi.resetModules();
    vi.doMock('./node-transport.js', () => ({ nodeTransport: undefined }));
    const { fetch, calls } = scriptedFetch([{ status: 200, body: { ok: 1 } }]);
    vi.stubGlobal('fetch', fetch);
    const { createClient: create } = await import('./client.js');
    const { request: send } = await import('./request.js');
    const client = create({ apiKey: 'k', baseUrl: 'https://rest.test' });
    expect(await send(client, { id: 'x', method: 'GET', path: '/x' })).toEqual({ ok: 1 });
    expect(calls.map((c) => c.url)).toEqual(['https://rest.test/x']);
  });
});

describe('a programming error is never a connection error', () => {
  it('a header node:http refuses is thrown as it is, once, without a request or a retry', async () => {
    let received = 0;
    const server = await loopback((req, res) => { received++; res.end('{}'); });
    const retries: unknown[] = [];
    try {
      const client = createClient({ apiKey: 'k', baseUrl: server.url, clock: { now: Date.now, sleep: async () => {} }, hooks: { onRetry: (i) => retries.push(i) } });
      const e = await request(client, { id: 'get', method: 'GET', path: '/g' }, {}, { headers: { 'x note': 'v' } }).catch((x: unknown) => x);
      expect(e).not.toBeInstanceOf(BrazeConnectionError);
      expect(e).toMatchObject({ name: 'TypeError', code: 'ERR_INVALID_HTTP_TOKEN' });
      expect([received, retries.length]).toEqual([0, 0]);
    } finally {
      server.close();
    }
  });
  it('a platform API the fetch transport lacks is thrown as it is, without a retry', async () => {
    vi.stubGlobal('AbortSignal', { timeout: AbortSignal.timeout.bind(AbortSignal) }); // a runtime without AbortSignal.any
    const { fetch, calls } = scriptedFetch([{ status: 200, body: {} }]);
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch, clock: { now: Date.now, sleep: async () => {} } });
    const e = await request(client, { id: 'get', method: 'GET', path: '/g' }, {}, { signal: new AbortController().signal }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(TypeError);
    expect(e).not.toBeInstanceOf(BrazeConnectionError);
    expect(calls).toHaveLength(0);
  });
});
