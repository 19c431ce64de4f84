import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient } from './client.js';
import { request, type OperationDescriptor } from './request.js';
import { loopback, scriptedFetch } from './test-helpers.js';

const SEND: OperationDescriptor = { id: 'messagesSend', method: 'POST', path: '/messages/send', permissions: ['messages.send'], body: 'object' };

afterEach(() => vi.restoreAllMocks());

describe('hooks observe and never change a call\'s outcome', () => {
  it('a delivered messages.send resolves although every hook throws or rejects; the client warns once', async () => {
    let received = 0;
    const server = await loopback((req, res) => {
      req.resume().on('end', () => {
        received++;
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"message":"success","dispatch_id":"d1"}');
      });
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const client = createClient({
        apiKey: 'k', baseUrl: server.url, hooks: {
          onRequest: () => { throw new Error('metrics down'); },
          onResponse: () => { throw new TypeError('cannot read status of undefined'); },
          onRetry: async () => { throw new Error('never called'); },
        },
      }, {}, undefined, 'braze-test/1.0');
      await expect(request(client, SEND, { messages: {} })).resolves.toEqual({ message: 'success', dispatch_id: 'd1' });
      await expect(request(client, SEND, { messages: {} })).resolves.toMatchObject({ dispatch_id: 'd1' });
      await new Promise((r) => setImmediate(r));
      expect(received).toBe(2);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toBe('braze-test/1.0: onRequest hook threw');
    } finally {
      process.off('unhandledRejection', onUnhandled);
      server.close();
    }
    expect(unhandled).toEqual([]);
  });
  it('an async onRetry that rejects neither fails the call nor leaves an unhandled rejection', async () => {
    let n = 0;
    const server = await loopback((req, res) => {
      req.resume().on('end', () => (n++ ? res.writeHead(200).end('{"ok":1}') : res.writeHead(503).end()));
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const client = createClient({ apiKey: 'k', baseUrl: server.url, clock: { now: Date.now, sleep: async () => {}, random: () => 0 }, hooks: { onRetry: async () => { throw new Error('log sink down'); } } });
      await expect(request(client, { id: 'get', method: 'GET', path: '/g' })).resolves.toEqual({ ok: 1 });
      await new Promise((r) => setImmediate(r));
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/onRetry hook threw/);
    } finally {
      server.close();
    }
  });
});

describe('a hook\'s failure stays inside the call', () => {
  it('a failing hook cannot crash the process even when console.warn throws (a test setup that turns warnings into errors)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    const warn = console.warn;
    console.warn = () => { throw new Error('warnings are errors here'); };
    try {
      const { fetch } = scriptedFetch([{ status: 200, body: { ok: 1 } }]);
      const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch, hooks: { onRequest: () => { throw new Error('hook'); } } });
      expect(await request(client, { id: 'get', method: 'GET', path: '/ok' })).toEqual({ ok: 1 });
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      console.warn = warn;
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});
