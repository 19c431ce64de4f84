/**
 * How bytes reach the server. On Node the client uses `node:http`/`node:https` with a keep-alive agent
 * (global `fetch` costs about four times more per request on Node 20); the modules are taken at run time
 * (nothing imports them), so the same runtime loads on workers and browsers, where the `fetch` transport is used.
 */
import type { Agent, ClientRequest } from 'node:http';
import type { BaseUrl } from './url.js';

/** One HTTP exchange as the request loop sees it. Header names in responses are lowercase. */
export interface TransportRequest {
  method: string;
  /** The absolute URL, query included, on `base`'s origin. */
  url: string;
  base: BaseUrl;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs: number;
  /** The most body bytes to read (none: no limit); past that the transport stops and resolves with `over` set. */
  maxBytes?: number;
  signal?: AbortSignal;
}

/** What a transport hands back: status, lowercase-keyed headers, and the body as text. */
export interface TransportResponse {
  status: number;
  headers: Record<string, string>;
  /** With `over`, only what was read before the limit. */
  text: string;
  /** Set when the body was longer than `maxBytes` (the connection is then closed). */
  over?: 1;
}

/**
 * Sends one request; rejects on network failure, with a `TimeoutError`-named error on timeout. It throws (not
 * rejects) what goes wrong before the request is on its way: the request loop passes that on unretried.
 */
export type Transport = (req: TransportRequest) => Promise<TransportResponse>;

type Http = typeof import('node:http');
/** `[module, keep-alive agent]` for http (index 0) and https (index 1), made on first use. */
const nodes: [Http, Agent][] = [];

/**
 * Deadlines of in-flight Node requests, kept by one shared unref'd timer armed for the earliest of them. A
 * `setTimeout` per request costs more than the rest of the client (Node creates and drops its timer list around
 * every sequential request); a periodic sweep fired up to its period late. When the timer fires it destroys the
 * late requests with a `TimeoutError`, which the request loop turns into a `BrazeTimeoutError`, and re-arms for
 * the next deadline. A request leaves the map when its response has ended (one that failed, when its deadline
 * comes), so the timer fires about once per `timeoutMs` while requests complete in time.
 */
const deadlines = new Map<ClientRequest, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let armedAt = Infinity;

/** Arms the timer for `at` (epoch ms) unless it fires earlier; at most 2e9 ms ahead (timers overflow at 2^31). */
function arm(at: number): void {
  if (at < armedAt) {
    clearTimeout(timer);
    timer = setTimeout(sweep, Math.min((armedAt = at) - Date.now(), 2e9)).unref();
  }
}

function sweep(): void {
  const now = Date.now();
  let next = (armedAt = Infinity);
  for (const [request, at] of deadlines) {
    if (at > now) next = Math.min(next, at);
    else deadlines.delete(request) && request.destroy(new DOMException('no response in time', 'TimeoutError'));
  }
  arm(next);
}

/**
 * The Node transport: keep-alive agents shared by every client in the process. The modules come from
 * `process.getBuiltinModule` (Node 20.16+), synchronously: no import for bundlers to resolve elsewhere;
 * they are kept, as a lookup per request measured ~0.5 % of the request's CPU time.
 */
export const nodeTransport: Transport = (req) => {
  const https = +(req.url[4] === 's');
  const [mod, agent] = nodes[https] ??= ((m: Http) => [m, new m.Agent({ keepAlive: true })] as [Http, Agent])(
    process.getBuiltinModule(https ? 'node:https' : 'node:http') as Http);
  const base = req.base;
  // A known length avoids chunked encoding, which some servers refuse on DELETE bodies. The headers object
  // is the request's own (built per call), so setting it in place saves a copy on the hot path.
  if (req.body != null) (req.headers as Record<string, string | number>)['content-length'] = Buffer.byteLength(req.body);
  // `signal` makes node destroy the request when the caller aborts; the request loop rethrows the reason.
  // (Spreading `req` into the options instead is shorter but measurably slower per request.) Everything up to
  // the network runs outside the promise: what it throws (a header node refuses, a runtime that is not quite
  // Node) is a bug to report as it is, not a network failure to retry.
  const sent = mod.request({
    method: req.method, host: base.hostname, port: base.port, path: req.url.slice(base.origin.length), headers: req.headers, agent, signal: req.signal,
  });
  const at = Date.now() + req.timeoutMs;
  deadlines.set(sent, at);
  arm(at);
  sent.end(req.body);
  return new Promise((resolve, reject) => {
    // (Listeners added after `end` in the same tick: every event of the request comes later.)
    sent.on('error', reject).on('response', (res) => {
      // Buffer chunks decoded once at the end: `setEncoding('utf8')` is ~1 % slower per request. Counted as
      // they come: a body past the limit is cut off there (a huge one would not even fit in a string).
      const chunks: Buffer[] = [];
      let length = 0;
      // Node lowercases names; only set-cookie is an array, and nothing here reads it.
      const done = (over?: 1) => deadlines.delete(sent) && resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, text: Buffer.concat(chunks).toString(), over });
      res.on('data', (c: Buffer) => (length += c.length) > req.maxBytes! ? (done(1), res.destroy()) : chunks.push(c)).on('error', reject).on('end', done);
    });
  });
};

/**
 * A transport over any WHATWG `fetch` (other runtimes, tests, instrumentation); the global one by default.
 * The timeout is an `AbortSignal.timeout`, whose `TimeoutError` the request loop recognises. It takes whole
 * milliseconds below 2^31 (a larger delay fires at once): `Infinity` (no timeout) and fractions, which the Node
 * transport accepts, are brought to whole milliseconds of at most 2e9 (23 days).
 */
export const fetchTransport = (f = fetch): Transport => (req) => {
  // Not an async function: what the set-up throws (a runtime without `AbortSignal.any`) is a bug reported as
  // it is; only what `fetch` rejects with is a network failure.
  const timeout = AbortSignal.timeout(Math.min(req.timeoutMs, 2e9) | 0);
  // The request's method, headers and body are fetch's init (it ignores the other keys). A redirect is not
  // followed, as `node:http` does not follow one: the request loop refuses it (`BrazeRedirectError`).
  return f(req.url, { ...req as RequestInit, redirect: 'manual', signal: req.signal ? AbortSignal.any([timeout, req.signal]) : timeout })
    .then(async (res) => {
      // The body is counted as it streams and cut off past the limit (which cancels the rest).
      let length = 0;
      let over: 1 | undefined;
      const text = await new Response(res.body?.pipeThrough(new TransformStream({
        transform: (c: Uint8Array, out) => (length += c.length) > req.maxBytes! ? (over = 1, out.terminate()) : out.enqueue(c),
      }))).text();
      return { status: res.status, headers: Object.fromEntries(res.headers as unknown as Iterable<[string, string]>), text, over };
    });
};
