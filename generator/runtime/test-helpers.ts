/** Test doubles shared by the runtime tests: a scripted `fetch` and a manual clock. Not copied to output. */
import type { Clock } from './client.js';

export interface Call { url: string; method: string; headers: Record<string, string>; body?: string }
export type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

/** A `fetch` that records calls and answers from `replies` in order (the last one repeats). */
export function scriptedFetch(replies: Reply[]): { fetch: typeof fetch; calls: Call[] } {
  const calls: Call[] = [];
  const f = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(url), method: init?.method ?? 'GET', headers: { ...(init?.headers as Record<string, string>) }, body: init?.body as string | undefined });
    const r = replies[Math.min(calls.length - 1, replies.length - 1)]!;
    if (r instanceof Error) throw r;
    const text = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
    return new Response(r.status === 204 ? null : text, { status: r.status, headers: { 'content-type': 'application/json', ...r.headers } });
  };
  return { fetch: f as typeof fetch, calls };
}

/** A clock whose `sleep` returns at once and records the waits. */
export function manualClock(start = 1_700_000_000_000): Clock & { sleeps: number[] } {
  let now = start;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => { sleeps.push(ms); now += ms; }, random: () => 1 };
}

/** A real HTTP server on 127.0.0.1 (a random port) answering with `handler`; `close` ends it and its sockets. */
export async function loopback(handler: import('node:http').RequestListener): Promise<{ url: string; close(): void }> {
  const { createServer } = await import('node:http');
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as import('node:net').AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => { server.closeAllConnections(); server.close(); } };
}
