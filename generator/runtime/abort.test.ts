import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { request, type OperationDescriptor } from './request.js';
import { scriptedFetch } from './test-helpers.js';

const GET: OperationDescriptor = { id: 'get', method: 'GET', path: '/g' };

describe('abort signal and 429 waits', () => {
  it('leaves no abort listener on a shared signal after 429 waits (no MaxListenersExceededWarning)', async () => {
    // Every call waits once for a reset a few milliseconds away (the real clock), then succeeds.
    let n = 0;
    const f = (async (url: string, init: RequestInit) => {
      const reset = String((Date.now() + 3) / 1000);
      return (n++ % 2 ? scriptedFetch([{ status: 200, body: {} }]) : scriptedFetch([{ status: 429, headers: { 'x-ratelimit-reset': reset } }])).fetch(url, init);
    }) as typeof fetch;
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch: f });
    const ctl = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 12; i++) await request(client, GET, {}, { signal: ctl.signal });
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', onWarning);
    }
    expect(n).toBe(24);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
  });
  it('an abort fired inside onRetry ends the call at once instead of after the wait', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 20);
    const { fetch, calls } = scriptedFetch([{ status: 429, headers: { 'x-ratelimit-reset': reset } }]);
    const ctl = new AbortController();
    const client = createClient({ apiKey: 'k', baseUrl: 'https://rest.test', fetch, hooks: { onRetry: () => ctl.abort(new Error('stop')) } });
    const started = Date.now();
    await expect(request(client, GET, {}, { signal: ctl.signal })).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(5_000); // the wait was ~20 s
    expect(calls).toHaveLength(1);
  }, 10_000);
});
