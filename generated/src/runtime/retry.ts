// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * When to retry and how long to wait. A request that may have been processed (POST, PATCH) is never sent
 * twice unless the caller opts in for that call: re-sending `/messages/send` would message users twice.
 * A 429 is always safe to retry (the server refused it) and waits for the window the server names.
 */
import { parseRetryAfter, type RateLimit } from './rate-limit.js';

/** True when a failed attempt of `method` may be re-sent without the caller's explicit consent (RFC 9110 idempotent methods). */
export const isIdempotent = (method: string): boolean => /^(GET|HEAD|PUT|DELETE|OPTIONS)$/i.test(method);

/** Backoff settings; `random` is injectable so tests are deterministic (a `Clock` fits). */
export interface BackoffOptions {
  random?: () => number;
}

/** Jittered exponential backoff for retry number `attempt` (0-based): 50–100 % of min(8 s, 0.5 s·2^attempt). */
export const backoffDelay = (attempt: number, o: BackoffOptions = {}): number =>
  Math.round(Math.min(8000, 500 * 2 ** attempt) * (0.5 + 0.5 * (o.random ?? Math.random)()));

/**
 * How long to wait before retrying a 429: until `X-RateLimit-Reset` (epoch seconds), else `Retry-After`,
 * else the backoff. Returns undefined when that is longer than `maxWaitMs`: better to fail than hang.
 */
export function rateLimitDelay(
  rateLimit: RateLimit,
  retryAfter: string | undefined,
  now: number,
  attempt: number,
  maxWaitMs: number,
  o: BackoffOptions = {},
): number | undefined {
  const wait = rateLimit.reset != null
    ? Math.max(0, rateLimit.reset * 1000 - now)
    : parseRetryAfter(retryAfter, now) ?? backoffDelay(attempt, o);
  return wait <= maxWaitMs ? wait : undefined;
}
