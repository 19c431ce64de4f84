/**
 * The client handle: an empty object. Its configuration, API key included, lives in a module-private WeakMap
 * rather than on the object, so `console.log(client)`, `util.inspect`, `JSON.stringify` and error reporters that walk
 * objects can never print the key.
 */
import { BrazeConfigError } from './errors.js';
import type { RateLimit } from './rate-limit.js';
import { nodeTransport } from './node-transport.js';
import { fetchTransport, type Transport } from './transport.js';
import { parseBaseUrl, type BaseUrl } from './url.js';

/**
 * Observers for logging and metrics; they receive no key and no header values from requests. A hook that
 * throws (or returns a rejected promise) never changes a call's outcome: the first such failure of a client
 * is written once with `console.warn`.
 */
export interface Hooks {
  onRequest?(info: { operationId: string; method: string; url: string; attempt: number }): void;
  onResponse?(info: { operationId: string; status: number; rateLimit: RateLimit; durationMs: number; attempt: number }): void;
  onRetry?(info: { operationId: string; attempt: number; delayMs: number; reason: string }): void;
}

/** Injectable time, for tests of retries and rate-limit waits. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random?(): number;
}

/** How a client reaches the API and how patient it is; every field is optional. */
export interface ClientOptions {
  /** The REST API key; else `BRAZE_API_KEY`. Sent only as `Authorization: Bearer`. */
  apiKey?: string;
  /** A named instance (`US-01`, `EU-01`, …); ignored when `baseUrl` is given. */
  instance?: string;
  /** The REST endpoint; else the instance, else `BRAZE_REST_ENDPOINT` (a URL, host or instance name). */
  baseUrl?: string;
  /** The permissions the key has; calls needing others throw `BrazePermissionError` without a request. */
  permissions?: readonly string[];
  /** Per-attempt timeout in milliseconds; default 60 s; `Infinity` for none. */
  timeoutMs?: number;
  /**
   * The longest a call may take in all, retries and their waits included, in milliseconds; default none. Each
   * attempt's timeout is cut to what is left, and a retry that would start after it is not made: the call then
   * fails with `BrazeTimeoutError` (or the last error).
   */
  deadlineMs?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  /** The longest a 429 may make a call wait before it retries; default 60 s. */
  maxRetryWaitMs?: number;
  /**
   * The longest response body read, in bytes; default 64 MiB, at most 500 MB (a longer one would not fit in
   * a string). A longer body is cut off and the call fails with `BrazeResponseError`.
   */
  maxResponseBytes?: number;
  /** Use this `fetch` instead of `node:http` (other runtimes, tests). */
  fetch?: typeof fetch;
  hooks?: Hooks;
  clock?: Clock;
  /** Extra headers on every request (e.g. SCIM's `X-Request-Origin`). */
  headers?: Record<string, string>;
}

/**
 * The resolved configuration, private to the runtime: the options as given (defaults are applied where they
 * are used, so an explicit `undefined` means the default), plus the key, the checked base URL and the transport.
 */
export interface ClientConfig extends ClientOptions {
  key: string;
  base: BaseUrl;
  transport: Transport;
  /** The package and version (`braze-rest-client/1.2.3`) that warnings start with. */
  agent?: string;
  /** Set once a hook has failed and been warned about. */
  hookFailed?: 1;
}

declare const granted: unique symbol;

/**
 * A client whose key holds the permissions `P` (a union of names; `string` when not declared). The
 * phantom member is contravariant, so a client is accepted wherever a subset of its permissions is needed.
 */
export interface Client<P extends string = string> {
  readonly [granted]?: (permission: P) => void;
}

const configs = new WeakMap<object, ClientConfig>();

/** The configuration of a client made by `createClient`; throws for anything else. */
export function configOf(client: Client<never>): ClientConfig {
  const c = configs.get(client);
  if (!c) throw new TypeError('not a client from createClient');
  return c;
}

/** The clock of clients that are given none. */
export const realClock: Clock = {
  now: () => Date.now(), // an arrow, not `Date.now` itself: reading a property at module level would defeat tree-shaking
  // The abort listener goes when the wait ends: calls sharing one signal must not pile up listeners.
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    const stop = () => { clearTimeout(t); reject(signal!.reason); };
    const t = setTimeout(() => { signal?.removeEventListener('abort', stop); resolve(); }, ms);
    signal?.addEventListener('abort', stop);
  }),
};

/**
 * Refuses a value (key, header) with CR or LF, which would let it inject HTTP headers, or with any other character
 * that `node:http` and `fetch` refuse in a header (controls, DEL, past U+00FF): those would throw on one transport
 * and be a retried network failure on the other.
 */
export function noLineBreak(value: string, what: string): string {
  if (/[^\t -~\x80-\xff]/.test(value)) throw new BrazeConfigError(`${what} has a line break (CR/LF) or a character headers refuse`);
  return value;
}

/**
 * Creates a client from options and the environment. `instances` maps instance names to base URLs (from the
 * spec); `defaultBaseUrl` is used when nothing else names one; `agent` (`braze-rest-client/1.2.3`) starts the
 * User-Agent header. Refuses a key with CR or LF (header injection) and a plain-http public base URL before any
 * request is made.
 */
export function createClient(options: ClientOptions = {}, instances: Record<string, string> = {}, defaultBaseUrl?: string, agent?: string): Client {
  const proc = (globalThis as { process?: { env: Record<string, string | undefined>; getBuiltinModule?: unknown; version: string } }).process;
  const nav = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
  // Node's own `navigator.userAgent` is `Node.js/<major>` (none before Node 21). Deno, Bun and Cloudflare's
  // workerd have `process.getBuiltinModule` too, but their `node:http` is an imitation (Deno's re-sent a
  // timed-out POST; workerd's timers have no `unref`): they get their own `fetch`.
  const onNode = proc?.getBuiltinModule && /^(Node|$)/.test(nav);
  // The User-Agent names the package and the runtime (`node/v20.20.2`, `Deno/2.9.6`, `Bun/1.4.5`,
  // `Cloudflare-Workers`); a browser (`Mozilla/…`) keeps its own, which a page cannot replace.
  const ua = agent && !/^Mozilla/.test(nav) && `${agent} ${onNode ? `node/${proc.version}` : nav}`;
  const env = proc?.env ?? {};
  const key = noLineBreak(options.apiKey ?? env.BRAZE_API_KEY ?? '', 'API key');
  const { instance } = options;
  // The environment is read only for what the options leave out: Deno without --allow-env throws on any read.
  const raw = options.baseUrl ?? (instance ? instances[instance]
    : ((fromEnv) => fromEnv ? instances[fromEnv] ?? fromEnv : defaultBaseUrl)(env.BRAZE_REST_ENDPOINT));
  // The first thing missing or wrong, if any.
  const problem = !key ? 'no apiKey or BRAZE_API_KEY'
    : !raw && (instance ? `unknown instance ${instance}` : 'no baseUrl, instance or BRAZE_REST_ENDPOINT');
  if (problem) throw new BrazeConfigError(problem);
  const client: Client = {};
  configs.set(client, {
    ...options,
    key,
    agent,
    base: parseBaseUrl(raw!),
    headers: ua ? { 'user-agent': ua, ...options.headers } : options.headers, // (the caller's own User-Agent wins)
    // (`nodeTransport` is undefined in the package's browser build, which a browser-targeted bundle may still run on Node.)
    transport: !options.fetch && onNode && (nodeTransport as Transport | undefined) ? nodeTransport : fetchTransport(options.fetch),
  });
  return client;
}
