// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The one function every generated operation calls. It turns the flattened `input` into path, query,
 * headers and body using the operation's descriptor, checks the client's declared permissions, then runs
 * the attempt loop: 429s wait for the server's reset time, 5XX and network failures back off and retry only
 * when re-sending cannot duplicate an effect (idempotent method, or the caller opted in for this call).
 */
import { configOf, type Client, type ClientConfig } from './client.js';
import { BrazeApiError, BrazeConnectionError, BrazePermissionError, BrazeTimeoutError } from './errors.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';
import { backoffDelay, isIdempotent, rateLimitDelay } from './retry.js';
import type { TransportResponse } from './transport.js';
import { fillPath, serializeQueryParam } from './url.js';

/** A parameter of an operation: its key in `input`, wire name, location and (non-default) style. */
export interface ParamDescriptor {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  /** The key in `input` when it differs from `name`. */
  key?: string;
  style?: string;
  explode?: boolean;
}

/** What the generated code tells the runtime about an operation. */
export interface OperationDescriptor {
  id: string;
  method: string;
  path: string;
  permissions?: readonly string[];
  params?: readonly ParamDescriptor[];
  /** `object`: body fields are the input keys that are not parameters; `other`: `input.body`. */
  body?: 'object' | 'other';
  contentType?: string;
  /** Body field renames, input key → wire name (only when flattening had to rename). */
  bodyRenames?: Record<string, string>;
}

/** Per-call options. `withResponse: true` returns status, headers and rate-limit state with the data. */
export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  maxRetries?: number;
  /** Allow retrying a POST/PATCH after a 5XX or network error; only for calls you know are safe to repeat. */
  retryNonIdempotent?: boolean;
  headers?: Record<string, string>;
  withResponse?: boolean;
  /** Internal (pagination): a same-origin path+query that replaces the one built from `input`. */
  nextPath?: string;
}

/** The result of a call made with `withResponse: true`. */
export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Record<string, string>;
  rateLimit: RateLimit;
}

/** Picks `T` or `ApiResponse<T>` from the options' type. */
export type ResultOf<T, O> = Promise<O extends { withResponse: true } ? ApiResponse<T> : T>;

function noLineBreaks(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new TypeError(`header ${name} contains a line break`);
  return value;
}

/** Splits `input` into the parts of an HTTP request (path with query, headers, serialised body). */
export function buildRequest(cfg: ClientConfig, op: OperationDescriptor, input: Record<string, unknown> = {}, o: RequestOptions = {}) {
  const pathValues: Record<string, unknown> = {};
  const query: string[] = [];
  const headers: Record<string, string> = { ...cfg.headers };
  const used = new Set<string>();
  const cookies: string[] = [];
  for (const p of op.params ?? []) {
    const key = p.key ?? p.name;
    used.add(key);
    const v = input[key];
    if (p.in === 'path') pathValues[p.name] = v;
    else if (v === undefined || v === null) continue;
    else if (p.in === 'query') serializeQueryParam(query, p.name, v, p.style, p.explode);
    else if (p.in === 'header') headers[p.name.toLowerCase()] = noLineBreaks(p.name, String(v));
    else cookies.push(`${p.name}=${encodeURIComponent(String(v))}`);
  }
  if (cookies.length) headers.cookie = cookies.join('; ');
  let body: string | Uint8Array | undefined;
  let value: unknown;
  if (op.body === 'object') {
    const fields: Record<string, unknown> = {};
    for (const k in input) if (!used.has(k) && input[k] !== undefined) fields[op.bodyRenames?.[k] ?? k] = input[k];
    value = fields;
  } else if (op.body === 'other') value = input.body;
  if (value !== undefined) {
    const ct = op.contentType ?? 'application/json';
    headers['content-type'] = ct;
    if (typeof value === 'string' || value instanceof Uint8Array) body = value;
    else if (ct.includes('x-www-form-urlencoded')) {
      const pairs: string[] = [];
      serializeQueryParam(pairs, '', value);
      body = pairs.join('&');
    } else body = JSON.stringify(value);
  }
  for (const k in o.headers) headers[k.toLowerCase()] = noLineBreaks(k, o.headers[k]!);
  headers.authorization = cfg.auth;
  const path = o.nextPath ?? cfg.base.basePath + fillPath(op.path, pathValues) + (query.length ? `?${query.join('&')}` : '');
  return { path, headers, body };
}

/** JSON when it parses (Braze answers JSON, sometimes with a non-JSON content type), else the text. */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try { return JSON.parse(text); } catch { return text; }
}

/** Calls one operation. The generated functions are one line around this. */
export async function request(client: Client<never>, op: OperationDescriptor, input?: object, o: RequestOptions = {}): Promise<unknown> {
  const cfg = configOf(client);
  const missing = cfg.permissions ? (op.permissions ?? []).filter((p) => !cfg.permissions!.has(p)) : [];
  if (missing.length) throw new BrazePermissionError(op.id, op.permissions ?? [], missing);
  const { path, headers, body } = buildRequest(cfg, op, input as Record<string, unknown>, o);
  const maxRetries = o.maxRetries ?? cfg.maxRetries;
  const timeoutMs = o.timeoutMs ?? cfg.timeoutMs;
  const mayResend = o.retryNonIdempotent === true || isIdempotent(op.method);
  const { clock, hooks } = cfg;
  const backoff = { random: clock.random };
  for (let attempt = 0; ; attempt++) {
    hooks.onRequest?.({ operationId: op.id, method: op.method, url: cfg.base.origin + path, attempt });
    const started = clock.now();
    let res: TransportResponse;
    try {
      res = await cfg.transport({ method: op.method, base: cfg.base, path, headers, body, timeoutMs, signal: o.signal });
    } catch (e) {
      if (o.signal?.aborted) throw o.signal.reason;
      const timedOut = (e as Error).name === 'TimeoutError';
      const reason = scrub(String((e as Error).message), cfg.key);
      if (mayResend && attempt < maxRetries) {
        await wait(cfg, op, attempt, backoffDelay(attempt, backoff), reason, o.signal);
        continue;
      }
      const Err = timedOut ? BrazeTimeoutError : BrazeConnectionError;
      throw new Err(`${op.id} (${op.method} ${op.path}) failed: ${reason}`, { cause: e });
    }
    const rateLimit = parseRateLimit(res.headers);
    hooks.onResponse?.({ operationId: op.id, status: res.status, rateLimit, durationMs: clock.now() - started, attempt });
    if (res.status >= 200 && res.status < 300) {
      const data = parseBody(res.text);
      return o.withResponse ? { data, status: res.status, headers: res.headers, rateLimit } : data;
    }
    if (attempt < maxRetries) {
      const delay = res.status === 429
        ? rateLimitDelay(rateLimit, res.headers['retry-after'], clock.now(), attempt, cfg.maxRetryWaitMs, backoff)
        : res.status >= 500 && mayResend ? backoffDelay(attempt, backoff) : undefined;
      if (delay !== undefined) {
        await wait(cfg, op, attempt, delay, `status ${res.status}`, o.signal);
        continue;
      }
    }
    throw BrazeApiError.from({
      status: res.status, operationId: op.id, requiredPermissions: op.permissions ?? [],
      body: parseBody(scrub(res.text, cfg.key)), headers: res.headers, rateLimit,
    });
  }
}

function scrub(text: string, key: string): string {
  return text.split(key).join('[redacted]');
}

function wait(cfg: ClientConfig, op: OperationDescriptor, attempt: number, delayMs: number, reason: string, signal?: AbortSignal): Promise<void> {
  cfg.hooks.onRetry?.({ operationId: op.id, attempt: attempt + 1, delayMs, reason });
  return cfg.clock.sleep(delayMs, signal);
}
