/**
 * The one function every generated operation calls. It turns the flattened `input` into path, query,
 * headers and body using the operation's descriptor, checks the client's declared permissions, then runs
 * the attempt loop: 429s wait for the server's reset time, 5XX and network failures back off and retry only
 * when re-sending cannot duplicate an effect (idempotent method, or the caller opted in for this call).
 */
import { configOf, noLineBreak, realClock, type Client, type Hooks } from './client.js';
import { BrazeApiError, BrazeConnectionError, BrazePermissionError, BrazeResponseError, BrazeTimeoutError } from './errors.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';
import { redactFailure } from './redact.js';
import { isIdempotent, retryDelay } from './retry.js';
import type { TransportRequest, TransportResponse } from './transport.js';
import { fillPath, serializeQueryParam } from './url.js';

/**
 * A parameter of an operation: its key in `input`, wire name, location and (non-default) style. A cookie
 * parameter is a `cookie` header parameter whose `fill` is `cookieParam(name)` (`encoders.ts`).
 */
export interface ParamDescriptor {
  name: string;
  in: 'path' | 'query' | 'header';
  /** The key in `input` when it differs from `name`. */
  key?: string;
  style?: string;
  explode?: boolean;
  /**
   * A path parameter's serialiser when it is not one plain value in the simple style (`pathStyle(…)`); a header
   * parameter's when its value joins what the header holds (`cookieParam(…)`).
   */
  fill?: (value: unknown, previous?: string) => string;
  /**
   * A query parameter's serialiser when it is an array or object in another style than `form`, exploded
   * (`queryStyle`, which reads `style` and `explode`); without it a query parameter is serialised in that default.
   */
  ser?: (out: string[], name: string, value: unknown, style?: string, explode?: boolean) => string[];
}

/** What the generated code tells the runtime about an operation. */
export interface OperationDescriptor {
  id: string;
  method: string;
  path: string;
  permissions?: readonly string[];
  /** Set when only a credential other than a permission-scoped key works (a SCIM token). */
  other?: 1;
  params?: readonly ParamDescriptor[];
  /** `object`: body fields are the input keys that are not parameters; `other`: `input.body`. */
  body?: 'object' | 'other';
  contentType?: string;
  /** Encodes the body when it is not JSON, a string or bytes as they are: a urlencoded form (`formBody`, `encoders.ts`). */
  enc?: (value: unknown) => string | Uint8Array;
  /**
   * How a 2XX body is read: by default it is JSON and must parse (else `BrazeResponseError`: a truncated body,
   * a proxy's HTML page); `text` when the spec declares another type; `any` (JSON when it parses, else the
   * text) when it declares no body. An empty body is `undefined`.
   */
  response?: 'text' | 'any';
}

/** Per-call options. `withResponse: true` returns status, headers and rate-limit state with the data. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The call's overall deadline, retries included (see `ClientOptions.deadlineMs`). */
  deadlineMs?: number;
  maxRetries?: number;
  /** Allow retrying a POST/PATCH after a 5XX or network error; only for calls you know are safe to repeat. */
  retryNonIdempotent?: boolean;
  headers?: Record<string, string>;
  withResponse?: boolean;
  /**
   * A next page's path and query under the base URL, which replace those built from `input`: pagination maps a
   * `Link` header's URL there with `nextPath` (`url.ts`, which refuses another origin). It always starts a path, so it
   * cannot name another host: the key is only ever sent to the client's own.
   */
  nextPath?: string;
}

/** The result of a call made with `withResponse: true`. */
export interface ApiResponse<T> {
  data: T;
  /** The URL requested (its query included), for logs and for pagination to notice a page it has read. */
  url: string;
  status: number;
  headers: Record<string, string>;
  rateLimit: RateLimit;
  /** The response's `X-Request-Id`, when it has one: Braze documents no request-id header, but a gateway may add this common one. */
  requestId?: string;
}

/**
 * Picks `T` or `ApiResponse<T>` from the options' type; when it cannot tell (options typed `RequestOptions`,
 * or `withResponse: boolean`), the result is either.
 */
export type ResultOf<T, O> = Promise<O extends { withResponse: true } ? ApiResponse<T> : O extends { withResponse?: false } ? T : T | ApiResponse<T>>;

/** JSON when it parses (Braze answers JSON, sometimes with a non-JSON content type), else the text. */
function parseBody(text: string): unknown {
  if (text) try { return JSON.parse(text); } catch { return text; }
}

/** Calls one operation. The generated functions are one line around this. */
export async function request(client: Client<never>, op: OperationDescriptor, input: object = {}, o: RequestOptions = {}): Promise<unknown> {
  const cfg = configOf(client);
  const { id: operationId, method, permissions = [] } = op;
  const granted = cfg.permissions;
  if (granted) {
    const missing = permissions.filter((p) => !granted.includes(p));
    if (missing.length || op.other) throw new BrazePermissionError(operationId, permissions, missing);
  }
  // The request: `input` split into path, query, headers and body by the descriptor.
  let path = op.path;
  const query: string[] = [];
  const headers: Record<string, string> = {};
  const setHeaders = (h?: Record<string, string>) => {
    for (const k in h) headers[k.toLowerCase()] = noLineBreak(h[k]!, `header ${k}`); // (`for in` skips undefined)
  };
  setHeaders(cfg.headers);
  // What is left of `input` once the parameters are taken out is the body's fields (`undefined` ones are
  // dropped by JSON.stringify and the form encoder).
  const rest: Record<string, unknown> = { ...input };
  for (const { name, key = name, in: where, style, explode, fill, ser = serializeQueryParam } of op.params ?? []) {
    const v = rest[key];
    delete rest[key];
    if (where === 'path') path = fillPath(path, name, v, fill);
    else if (v == null) continue;
    else if (where === 'query') ser(query, name, v, style, explode);
    else setHeaders({ [name]: fill ? fill(v, headers[name]) : String(v) });
  }
  let body: string | Uint8Array | undefined;
  const value = op.body === 'other' ? (input as { body?: unknown }).body : op.body && rest;
  if (value != null) {
    headers['content-type'] = op.contentType ?? 'application/json';
    body = op.enc ? op.enc(value) : typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value);
  }
  setHeaders(o.headers);
  headers.authorization = `Bearer ${cfg.key}`;
  // The caller's signal through a signal of the call's own: calls sharing one signal add their listeners (the
  // Node transport's, the retry waits') to their own, so eleven of them make no MaxListenersExceededWarning.
  const { nextPath } = o, signal = o.signal && AbortSignal.any([o.signal]);
  const req: TransportRequest = {
    method, headers, body, timeoutMs: o.timeoutMs ?? cfg.timeoutMs ?? 60_000, signal, base: cfg.base, maxBytes: Math.min(cfg.maxResponseBytes ?? 2 ** 26, 5e8),
    url: cfg.base.url + (nextPath ? nextPath.replace(/^\/*/, '/') : path + (query[0] ? `?${query.join('&')}` : '')),
  };
  // The attempt loop.
  const { hooks, clock = realClock } = cfg;
  const maxRetries = o.maxRetries ?? cfg.maxRetries ?? 2;
  const mayResend = o.retryNonIdempotent || isIdempotent(method);
  const timeoutMs = req.timeoutMs;
  const deadline = clock.now() + (o.deadlineMs ?? cfg.deadlineMs ?? Infinity);
  // The key is taken out of everything an error carries, as `inspect(error)` prints it all: the body, the headers
  // (a proxy may echo the request's), and a network failure, which becomes a copy without the objects it holds
  // (`redactFailure`). In any case, and with any of its characters JSON-escaped (`\u0073k-…`; behind escaped
  // backslashes too, as in a body's JSON-quoted text), whether the body parses or not (a truncated one).
  const scrub = (text: string) => text.replace(RegExp(cfg.key.replace(/./g, (c) => `(${c.replace(/\W/, '\\$&')}|\\\\+u00${c.charCodeAt(0).toString(16)})`), 'gi'), '[redacted]');
  // Hooks observe: one that throws or rejects never changes a call's outcome (a delivered POST reported as
  // failed would be sent again); the client warns once, on the console, of the first such failure (and a
  // `console.warn` that throws, as test setups make it, is no unhandled rejection either).
  const hook = <K extends keyof Hooks>(name: K, info: () => Parameters<NonNullable<Hooks[K]>>[0]) =>
    hooks?.[name] && (async () => (hooks[name] as (i: unknown) => unknown)(info()))().catch((e) => cfg.hookFailed ||= (console.warn(`${cfg.agent}: ${name} hook threw`, e), 1)).catch(() => {});
  for (let attempt = 0; ; attempt++) {
    // Each attempt gets what is left of the deadline, if that is shorter than its own timeout.
    req.timeoutMs = Math.min(timeoutMs, deadline - clock.now());
    hook('onRequest', () => ({ operationId, method, url: req.url, attempt }));
    const started = clock.now();
    let failure: Error | undefined;
    // (What the transport throws before the request is on its way is a bug, thrown as it is; only a rejection
    // is a failure.)
    const sending = cfg.transport(req);
    let res: TransportResponse | undefined;
    try {
      res = await sending;
    } catch (e) {
      if (signal?.aborted) throw signal.reason;
      failure = redactFailure(e instanceof Error ? e : Error(String(e)), scrub)!;
    }
    // All undefined without a response, and then never read.
    const { status, headers, text } = res ?? ({} as TransportResponse);
    // What a result with `withResponse` and an API error tell of the response; built only where used.
    const about = () => ({ headers, rateLimit: parseRateLimit(headers), requestId: headers['x-request-id'] });
    if (res) {
      hook('onResponse', () => ({ operationId, status, rateLimit: parseRateLimit(headers), durationMs: clock.now() - started, attempt }));
      // A response that cannot be used is final: the server answered (a POST may have been processed).
      const unusable = (why: string) => new BrazeResponseError(`${operationId}: ${status} response ${why}`,
        { operationId, status, body: scrub(text).slice(0, 1000) }); // (scrubbed first: a cut could leave a piece of the key)
      if (res.over) throw unusable(`over ${req.maxBytes} bytes`);
      if (status > 199 && status < 300) {
        let data: unknown = text || undefined;
        if (text && op.response !== 'text') try { data = JSON.parse(text); } catch { if (!op.response) throw unusable('is not JSON'); }
        return o.withResponse ? { data, url: req.url, status, ...about() } : data;
      }
    }
    let delayMs = attempt < maxRetries ? retryDelay(res, attempt, mayResend, cfg.maxRetryWaitMs ?? 60_000, clock) : undefined;
    if (clock.now() + delayMs! >= deadline) delayMs = undefined; // a retry after the deadline is not made (NaN: none anyway)
    // A timeout says how long it waited: the attempt's `timeoutMs`, or what was left of the call's `deadlineMs`.
    const reason = res ? `status ${status}` : failure!.name === 'TimeoutError' ? `no response in ${req.timeoutMs} ms` : failure!.message;
    if (delayMs === undefined) {
      const call = { operationId, method, path: op.path, attempts: attempt + 1 };
      for (const k in headers) headers[k] = scrub(String(headers[k])); // (Node's list-valued set-cookie joins with commas)
      throw res
        ? BrazeApiError.from({
          status, ...call, ...about(), requiredPermissions: permissions, body: parseBody(scrub(text)),
          waitTooLong: status === 429 && attempt < maxRetries,
        })
        : new (failure!.name === 'TimeoutError' ? BrazeTimeoutError : BrazeConnectionError)(`${operationId} (${method} ${op.path}) failed: ${reason}`, { cause: failure, ...call });
    }
    hook('onRetry', () => ({ operationId, attempt: attempt + 1, delayMs: delayMs!, reason }));
    signal?.throwIfAborted(); // (aborted in onRetry: a listener added now would never fire)
    await clock.sleep(delayMs, signal);
  }
}
