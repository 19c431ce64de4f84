import { describe, expect, it } from 'vitest';
import { createClient } from './client.js';
import { consoleLogger, type LogLevel } from './logger.js';
import { request, type OperationDescriptor } from './request.js';
import { manualClock, scriptedFetch, type Reply } from './test-helpers.js';

const KEY = 'sk-live-logger-secret-77';
const LIST: OperationDescriptor = { id: 'segmentsList', method: 'GET', path: '/segments/list', params: [{ name: 'email', in: 'query' }] };

/** Runs one call with the logger at `level`; returns the lines printed, each prefixed with its level. */
async function logged(level: LogLevel | undefined, replies: Reply[]): Promise<string[]> {
  const lines: string[] = [];
  const sink = { debug: (l: string) => lines.push(`debug ${l}`), info: (l: string) => lines.push(`info ${l}`), warn: (l: string) => lines.push(`warn ${l}`) };
  const { fetch } = scriptedFetch(replies);
  const client = createClient({ apiKey: KEY, baseUrl: 'https://rest.test', fetch, clock: manualClock(), hooks: consoleLogger({ level, sink }) });
  await request(client, LIST, { email: 'ada@example.com' }).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 0)); // hooks run asynchronously
  return lines;
}

describe('consoleLogger', () => {
  it('prints requests at debug, responses at info, without the query string', async () => {
    expect(await logged('debug', [{ status: 200, body: {}, headers: { 'x-ratelimit-remaining': '41' } }])).toEqual([
      'debug [braze] segmentsList → GET https://rest.test/segments/list',
      'info [braze] segmentsList ← 200 in 0 ms, 41 requests left',
    ]);
  });
  it('prints failed responses and retries at warn, and only those at level warn', async () => {
    expect(await logged('warn', [{ status: 503, body: {} }, { status: 200, body: {} }])).toEqual([
      'warn [braze] segmentsList ← 503 in 0 ms',
      'warn [braze] segmentsList retry 1 in 500 ms: status 503',
    ]);
  });
  it('defaults to info and prints nothing when silent', async () => {
    expect(await logged(undefined, [{ status: 200, body: {} }])).toEqual(['info [braze] segmentsList ← 200 in 0 ms']);
    expect(await logged('silent', [{ status: 500, body: {} }])).toEqual([]);
  });
  it('never prints the key, even when a failure quotes it', async () => {
    const lines = await logged('debug', [new Error(`connect failed for Bearer ${KEY}`), { status: 200, body: {} }]);
    expect(lines.join('\n')).toContain('retry 1 in 500 ms: connect failed for Bearer [redacted]');
    expect(lines.join('\n')).not.toContain(KEY);
  });
});
