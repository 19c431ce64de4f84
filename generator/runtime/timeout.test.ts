import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loopback } from './test-helpers.js';
import { nodeTransport } from './node-transport.js';
import { parseBaseUrl } from './url.js';

let server: Awaited<ReturnType<typeof loopback>>;
let arrived: () => void = () => {};
beforeAll(async () => {
  server = await loopback((req) => { req.resume(); arrived(); }); // never answers
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

/** Lets node's I/O callbacks and next-ticks run (setImmediate is not faked). */
const ioTurn = () => new Promise((r) => setImmediate(r));

describe('node transport timeouts fire on time', () => {
  it.each([130, 100, 1_000, 45_001])('a %i ms timeout fires at its deadline, not at the next sweep', async (timeoutMs) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const base = parseBaseUrl(server.url);
    const reached = new Promise<void>((r) => { arrived = r; });
    let outcome: Error | undefined;
    nodeTransport({ method: 'GET', base, url: `${base.url}/slow`, headers: {}, timeoutMs }).catch((e: Error) => { outcome = e; });
    await reached;
    vi.advanceTimersByTime(timeoutMs - 1);
    for (let i = 0; i < 5; i++) await ioTurn();
    expect(outcome).toBeUndefined();
    vi.advanceTimersByTime(1);
    for (let i = 0; i < 5 && !outcome; i++) await ioTurn();
    expect(outcome).toMatchObject({ name: 'TimeoutError' });
  });
  it('a shorter deadline added after a longer one is kept too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const base = parseBaseUrl(server.url);
    const outcomes: string[] = [];
    for (const timeoutMs of [10_000, 200]) {
      const reached = new Promise<void>((r) => { arrived = r; });
      nodeTransport({ method: 'GET', base, url: `${base.url}/slow`, headers: {}, timeoutMs }).catch(() => outcomes.push(String(timeoutMs)));
      await reached;
    }
    vi.advanceTimersByTime(200);
    for (let i = 0; i < 5 && !outcomes.length; i++) await ioTurn();
    expect(outcomes).toEqual(['200']);
    vi.advanceTimersByTime(9_800);
    for (let i = 0; i < 5 && outcomes.length < 2; i++) await ioTurn();
    expect(outcomes).toEqual(['200', '10000']);
  });
});

describe('node transport timers', () => {
  it('leaves no timer behind once a request has its answer, or has failed', async () => {
    const answering = await loopback((req, res) => { req.resume(); req.on('end', () => res.end('{}')); });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const base = parseBaseUrl(answering.url);
      const before = vi.getTimerCount();
      await expect(nodeTransport({ method: 'POST', base, url: `${base.url}/ok`, headers: {}, body: '{}', timeoutMs: 60_000 })).resolves.toMatchObject({ status: 200, text: '{}' });
      for (let i = 0; i < 5 && vi.getTimerCount() > before; i++) await ioTurn();
      expect(vi.getTimerCount()).toBe(before);
      // A refused connection (nothing listens on the port once the server is closed).
      answering.close();
      await expect(nodeTransport({ method: 'GET', base: parseBaseUrl('http://127.0.0.1:1'), url: 'http://127.0.0.1:1/x', headers: {}, timeoutMs: 60_000 })).rejects.toThrow();
      for (let i = 0; i < 5 && vi.getTimerCount() > before; i++) await ioTurn();
      expect(vi.getTimerCount()).toBe(before);
    } finally {
      answering.close();
    }
  });
});
