import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTransport } from './node-transport.js';
import { fetchTransport } from './transport.js';
import { parseBaseUrl } from './url.js';

let server: Server;
let base: ReturnType<typeof parseBaseUrl>;
const seen: { method?: string; url?: string; auth?: string; length?: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, length: req.headers['content-length'], body });
      if (req.url === '/slow') return;
      res.writeHead(200, { 'content-type': 'application/json', 'X-RateLimit-Remaining': '7' });
      res.end(JSON.stringify({ echo: body }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = parseBaseUrl(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => { server.closeAllConnections(); server.close(); });

describe('nodeTransport', () => {
  it('sends method, path, headers and body; lowercases response headers', async () => {
    const res = await nodeTransport({ method: 'POST', base, url: `${base.url}/users/track?a=1`, headers: { authorization: 'Bearer k' }, body: '{"x":1}', timeoutMs: 5000 });
    expect(res.status).toBe(200);
    expect(res.headers['x-ratelimit-remaining']).toBe('7');
    expect(JSON.parse(res.text)).toEqual({ echo: '{"x":1}' });
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/users/track?a=1', auth: 'Bearer k', length: '7', body: '{"x":1}' });
  });
  it('times out with a TimeoutError', async () => {
    await expect(nodeTransport({ method: 'GET', base, url: `${base.url}/slow`, headers: {}, timeoutMs: 30 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });
  it('aborts on the caller signal', async () => {
    const ctl = new AbortController();
    const p = nodeTransport({ method: 'GET', base, url: `${base.url}/slow`, headers: {}, timeoutMs: 5000, signal: ctl.signal });
    setTimeout(() => ctl.abort(new Error('cancelled')), 10);
    await expect(p).rejects.toMatchObject({ name: 'AbortError', cause: new Error('cancelled') });
  });
  it('fails on connection refused', async () => {
    await expect(nodeTransport({ method: 'GET', base: parseBaseUrl('http://127.0.0.1:1'), url: 'http://127.0.0.1:1/', headers: {}, timeoutMs: 5000 })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('no timeout, or a fraction of a millisecond', () => {
  it.each([['nodeTransport', nodeTransport], ['fetchTransport', fetchTransport()]])('%s takes timeoutMs Infinity and 1500.5', async (_name, transport) => {
    for (const timeoutMs of [Infinity, 1500.5]) {
      const res = await transport({ method: 'POST', base, url: `${base.url}/t`, headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs });
      expect(res.status).toBe(200);
    }
  });
  it('fetchTransport still times out with a TimeoutError', async () => {
    await expect(fetchTransport()({ method: 'GET', base, url: `${base.url}/slow`, headers: {}, timeoutMs: 30.7 })).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
