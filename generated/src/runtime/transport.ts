// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * How bytes reach the server. On Node the client uses `node:http`/`node:https` with a keep-alive agent
 * (global `fetch` costs about four times more per request on Node 20); the modules are imported lazily, so
 * the same runtime loads on Deno, Bun, workers and browsers-for-tests, where the `fetch` transport is used.
 */
import type { BaseUrl } from './url.js';

/** One HTTP exchange as the request loop sees it. Header names in responses are lowercase. */
export interface TransportRequest {
  method: string;
  base: BaseUrl;
  /** Path and query, starting with `/` (base path included). */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Sends one request; rejects on network failure, with a `TimeoutError`-named error on timeout. */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

/** The error a transport rejects with when `timeoutMs` elapses. */
export function timeoutError(ms: number): Error {
  const e = new Error(`no response within ${ms} ms`);
  e.name = 'TimeoutError';
  return e;
}

type NodeHttp = typeof import('node:http');
type Agents = { http: InstanceType<NodeHttp['Agent']>; https: InstanceType<NodeHttp['Agent']>; mods: [NodeHttp, NodeHttp] };
let agents: Promise<Agents> | undefined;
let loaded: Agents | undefined;

async function loadAgents(): Promise<Agents> {
  const [http, https] = await Promise.all([import('node:http'), import('node:https')]);
  return (loaded = {
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
    mods: [http, https as unknown as NodeHttp],
  });
}

/**
 * Deadlines of in-flight Node requests, checked by one shared unref'd interval. A `setTimeout` per request
 * costs more than the rest of the client (Node creates and drops its timer list around every sequential
 * request); the sweep is 50 ms coarse, which is fine for timeouts measured in seconds.
 */
const deadlines = new Map<() => void, number>();
let sweeper: ReturnType<typeof setInterval> | undefined;

function sweep(): void {
  const now = Date.now();
  for (const [expire, at] of deadlines) if (at <= now) expire();
  if (deadlines.size === 0) sweeper = void clearInterval(sweeper);
}

/** The Node transport: keep-alive agents shared by every client in the process. */
export const nodeTransport: Transport = async (req) => {
  const a = loaded ?? (await (agents ??= loadAgents()));
  const secure = req.base.protocol === 'https:';
  const mod = a.mods[secure ? 1 : 0];
  // A known length avoids chunked encoding, which some servers refuse on DELETE bodies. The headers object
  // is the request's own (built per call), so setting it in place saves a copy on the hot path.
  const headers: Record<string, string | number> = req.headers;
  if (req.body !== undefined) headers['content-length'] = Buffer.byteLength(req.body);
  return new Promise((resolve, reject) => {
    // `signal` makes node destroy the request when the caller aborts; the request loop rethrows the reason.
    const r = mod.request(
      { method: req.method, host: req.base.hostname, port: req.base.port, path: req.path, headers, agent: secure ? a.https : a.http, signal: req.signal },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          deadlines.delete(expire);
          // Node lowercases names; only set-cookie is an array, and nothing here reads it.
          resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    function fail(e: Error): void {
      deadlines.delete(expire);
      reject(e);
    }
    function expire(): void {
      r.destroy(timeoutError(req.timeoutMs));
    }
    deadlines.set(expire, Date.now() + req.timeoutMs);
    sweeper ??= setInterval(sweep, 50);
    sweeper.unref?.();
    r.on('error', fail);
    r.end(req.body);
  });
};

/**
 * A transport over any WHATWG `fetch` (other runtimes, tests, instrumentation). The timeout is an
 * `AbortSignal.timeout`, whose `TimeoutError` the request loop recognises.
 */
export function fetchTransport(f: typeof fetch): Transport {
  return async (req) => {
    const timeout = AbortSignal.timeout(req.timeoutMs);
    const res = await f(req.base.origin + req.path, {
      method: req.method, headers: req.headers, body: req.body as BodyInit | undefined, signal: req.signal ? AbortSignal.any([timeout, req.signal]) : timeout,
    });
    const headers: Record<string, string> = {};
    res.headers.forEach((v, k) => { headers[k] = v; });
    return { status: res.status, headers, text: await res.text() };
  };
}
