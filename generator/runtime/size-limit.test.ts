import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazeResponseError } from './errors.js';
import { request } from './request.js';
import { loopback } from './test-helpers.js';

describe('maxResponseBytes', () => {
  it.each([['node:http', undefined], ['fetch', fetch]])('%s: a longer body, with or without a length, is cut off while it streams and fails once with BrazeResponseError', async (_name, f) => {
    let requests = 0;
    let closedEarly = 0;
    const server = await loopback((req, res) => {
      requests++;
      if (req.url === '/ok') return res.end(JSON.stringify('a'.repeat(4094))); // 4,096 bytes
      res.on('close', () => { if (!res.writableFinished) closedEarly++; });
      const [, status, size] = /^\/(\d+)\/(\d+)/.exec(req.url!)!;
      res.writeHead(Number(status), { 'content-type': 'application/json', ...(req.url!.endsWith('chunked') ? {} : { 'content-length': size }) });
      // Streamed in 1 KiB writes, the last one delayed: a client that reads it all waits for it.
      const chunk = Buffer.alloc(1024, 'a');
      for (let sent = 0; sent + 1024 < Number(size); sent += 1024) res.write(chunk);
      setTimeout(() => res.end(Buffer.alloc(Number(size) % 1024 || 1024, 'a')), 300).unref();
    });
    try {
      const client = createClient({ apiKey: 'sk-key', baseUrl: server.url, fetch: f, maxResponseBytes: 4096, clock: { now: Date.now, sleep: async () => {} } });
      for (const path of ['/200/100000', '/200/100000/chunked', '/500/100000']) {
        const started = Date.now();
        const e = await request(client, { id: 'get', method: 'GET', path }).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(BrazeResponseError);
        expect(e).toMatchObject({ operationId: 'get', status: Number(path.slice(1, 4)), message: expect.stringContaining('over 4096 bytes') });
        expect((e as BrazeResponseError).body!.length).toBeLessThanOrEqual(1000);
        expect(Date.now() - started).toBeLessThan(300); // it did not wait for the rest
      }
      expect(requests).toBe(3); // a GET is not retried
      // Within the limit, all is read.
      expect(await request(client, { id: 'get', method: 'GET', path: '/ok' })).toHaveLength(4094);
      await new Promise((r) => setTimeout(r, 50));
      expect(closedEarly).toBeGreaterThanOrEqual(3);
    } finally {
      server.close();
    }
  });
});
