import http from 'node:http';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { BrazeAuthenticationError, BrazeConnectionError, BrazeTimeoutError } from './errors.js';
import { request, type OperationDescriptor } from './request.js';
import { loopback } from './test-helpers.js';

const KEY = 'sk-secret-key-4242';
const TRACK: OperationDescriptor = { id: 'usersTrack', method: 'POST', path: '/users/track', permissions: ['users.track'], body: 'object' };
/** Everything `inspect` and `JSON.stringify` can print of an error. */
const printed = (e: unknown) => inspect(e, { showHidden: true, depth: Infinity }) + JSON.stringify(e);
const escaped = [...KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

describe('the key never shows in an error', () => {
  it('a server echoing the key JSON-escaped, in a value or a name', async () => {
    const server = await loopback((req, res) => req.resume().on('end', () => res.writeHead(401, { 'content-type': 'application/json' })
      .end(`{"message":"Invalid API key: ${escaped}","errors":[{"key":"\\u0073${KEY.slice(1)}","${escaped}":1}]}`)));
    try {
      const e = await request(createClient({ apiKey: KEY, baseUrl: server.url }), TRACK, {}).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(BrazeAuthenticationError);
      expect(printed(e)).not.toContain(KEY);
      expect(e).toMatchObject({ message: expect.stringContaining('Invalid API key: [redacted]'), errors: [{ key: '[redacted]', '[redacted]': 1 }] });
    } finally {
      server.close();
    }
  });
  it('a custom fetch whose error keeps its request in other properties, hidden ones and down the cause chain', async () => {
    const shared = { headers: { Authorization: `Bearer ${KEY}` } }; // the caller's own config: left as it is
    const f = (async (url: string) => {
      const cause = Object.assign(new Error('ECONNRESET'), { code: 'ECONNRESET', response: { config: shared } });
      const err = Object.assign(new TypeError('fetch failed', { cause }), { request: { url, headers: { Authorization: `Bearer ${KEY}` } }, config: shared });
      Object.defineProperty(err, 'hidden', { value: { auth: `Bearer ${KEY}` }, enumerable: false });
      Object.defineProperty(err, 'boom', { get: () => { throw new Error('getter'); }, enumerable: true });
      (err as { self?: unknown }).self = err; // a loop
      let deep: Error = cause;
      for (let i = 0; i < 30; i++) deep = (deep as { cause?: Error }).cause = new Error(`level ${i} ${KEY}`);
      throw err;
    }) as unknown as typeof fetch;
    const e = await request(createClient({ apiKey: KEY, baseUrl: 'https://rest.test', fetch: f }), TRACK, {}).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BrazeConnectionError);
    expect(printed(e)).not.toContain(KEY);
    expect((e as Error).cause).toMatchObject({ name: 'TypeError', message: 'fetch failed', cause: { code: 'ECONNRESET' } });
    expect((e as Error).cause).not.toHaveProperty('request');
    expect(shared.headers.Authorization).toBe(`Bearer ${KEY}`);
  });
  it('a node:http request object on the error (as axios keeps one) is taken off it', async () => {
    const server = await loopback((req, res) => res.end());
    try {
      const f = (async () => {
        const sent = http.request(server.url, { headers: { authorization: `Bearer ${KEY}` } });
        sent.end();
        await new Promise((r) => sent.on('response', (res) => res.resume().on('end', r)));
        throw Object.assign(new Error('socket hang up'), { request: sent });
      }) as unknown as typeof fetch;
      const started = Date.now();
      const e = await request(createClient({ apiKey: KEY, baseUrl: 'https://rest.test', fetch: f }), TRACK, {}).catch((x: unknown) => x);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(printed(e)).not.toContain(KEY);
    } finally {
      server.close();
    }
  });
  it('a timeout keeps its name through the copy', async () => {
    const hang = (async (_u: unknown, init: RequestInit) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    await expect(request(createClient({ apiKey: KEY, baseUrl: 'https://rest.test', fetch: hang }), TRACK, {}, { timeoutMs: 10 })).rejects.toBeInstanceOf(BrazeTimeoutError);
  });
});
