/**
 * How bytes reach the server: the transport's contract, and the `fetch` transport (workers, browsers, Deno, Bun,
 * and any `fetch` a caller passes). Node's own transport is `node-transport.ts`, a module of its own that the
 * package's browser build empties (browser and worker bundles never use it).
 */
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

/**
 * A transport over any WHATWG `fetch` (other runtimes, tests, instrumentation); the global one by default.
 * The timeout is an `AbortSignal.timeout`, whose `TimeoutError` the request loop recognises. It takes whole
 * milliseconds from 0 to 2^31 (a larger delay fires at once): `Infinity` (no timeout), fractions and negative
 * values, which the Node transport accepts, are brought to whole milliseconds from 0 to 2e9 (23 days).
 */
export const fetchTransport = (f = fetch): Transport => (req) => {
  // Not an async function: what the set-up throws (a runtime without `AbortSignal.any`, a header name that is no
  // token, which `new Headers` refuses as `node:http` does) is a bug reported as it is; only what `fetch` rejects
  // with is a network failure.
  new Headers(req.headers);
  // (A retry wait that overran the call's deadline leaves a negative share, which AbortSignal.timeout refuses.)
  const timeout = AbortSignal.timeout(Math.max(Math.min(req.timeoutMs, 2e9), 0) | 0);
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
