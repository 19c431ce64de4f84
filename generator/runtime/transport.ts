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

function loadAgents(): Promise<Agents> {
  agents ??= Promise.all([import('node:http'), import('node:https')]).then(([http, https]) => ({
    http: new http.Agent({ keepAlive: true }),
    https: new https.Agent({ keepAlive: true }),
    mods: [http, https as unknown as NodeHttp],
  }));
  return agents;
}

/** The Node transport: keep-alive agents shared by every client in the process. */
export const nodeTransport: Transport = async (req) => {
  const a = await loadAgents();
  const secure = req.base.protocol === 'https:';
  const mod = a.mods[secure ? 1 : 0];
  // A known length avoids chunked encoding, which some servers refuse on DELETE bodies.
  const headers = req.body === undefined ? req.headers : { ...req.headers, 'content-length': String(Buffer.byteLength(req.body)) };
  return new Promise((resolve, reject) => {
    const r = mod.request(
      { method: req.method, host: req.base.hostname, port: req.base.port, path: req.path, headers, agent: secure ? a.https : a.http },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          req.signal?.removeEventListener('abort', onAbort);
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    function fail(e: Error): void {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
      reject(e);
    }
    function onAbort(): void {
      r.destroy(req.signal?.reason instanceof Error ? req.signal.reason : new Error('aborted'));
    }
    const timer = setTimeout(() => r.destroy(timeoutError(req.timeoutMs)), req.timeoutMs);
    r.on('error', fail);
    if (req.signal?.aborted) return onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    r.end(req.body);
  });
};

/** A transport over any WHATWG `fetch` (other runtimes, tests, instrumentation). */
export function fetchTransport(f: typeof fetch): Transport {
  return async (req) => {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(timeoutError(req.timeoutMs)), req.timeoutMs);
    const onAbort = (): void => ctl.abort(req.signal?.reason);
    if (req.signal?.aborted) onAbort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await f(req.base.origin + req.path, {
        method: req.method, headers: req.headers, body: req.body as BodyInit | undefined, signal: ctl.signal,
      });
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => { headers[k.toLowerCase()] = v; });
      return { status: res.status, headers, text: await res.text() };
    } catch (e) {
      throw ctl.signal.aborted && ctl.signal.reason instanceof Error ? ctl.signal.reason : e;
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
  };
}
