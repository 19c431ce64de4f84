// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * When to retry and how long to wait. A request that may have been processed (POST, PATCH) is never sent
 * twice unless the caller opts in for that call: re-sending `/messages/send` would message users twice.
 * A 429 is always safe to retry (the server refused it) and waits for the window the server names.
 */
import type { Clock } from './client.js';
import { num, parseRateLimit } from './rate-limit.js';
import type { TransportResponse } from './transport.js';

/** True when a failed attempt of `method` may be re-sent without the caller's explicit consent (RFC 9110 idempotent methods). */
export const isIdempotent = (method: string): boolean => /^(GET|HEAD|PUT|DELETE|OPTIONS)$/i.test(method);

/**
 * The wait in ms before retrying attempt `attempt` (0-based) that got `res` (undefined: no response), or
 * undefined when the failure is final:
 * - a 429 waits `X-RateLimit-Retry-After` seconds, else until `X-RateLimit-Reset` (epoch seconds), else
 *   `Retry-After` (delay-seconds, or an HTTP-date read against the clock), else the backoff; and is final when that is longer than `maxWaitMs` (or than
 *   2e9 ms, 23 days, which timers cannot hold): better to fail than hang;
 * - a 5XX or a network failure backs off, when re-sending cannot duplicate an effect (`mayResend`);
 * - anything else is final.
 * The backoff is jittered and exponential: 50–100 % of min(8 s, 0.5 s·2^attempt); a 429's wait gets 0–10 %
 * more, at most 1 s, so that callers told the same reset spread out.
 */
export function retryDelay(res: TransportResponse | void, attempt: number, mayResend: boolean, maxWaitMs: number, clock: Clock): number | undefined {
  const random = clock.random ?? Math.random;
  const backoff = Math.round(Math.min(8000, 500 * 2 ** attempt) * (0.5 + 0.5 * random()));
  if (res?.status !== 429) return mayResend && (!res || res.status > 499) ? backoff : undefined;
  const now = clock.now();
  const { reset, retryAfter } = parseRateLimit(res.headers);
  const after = res.headers['retry-after'];
  // Seconds from now: `X-RateLimit-Retry-After` (Braze's Messaging and Device Messaging APIs send it and say to
  // prefer it), else until `X-RateLimit-Reset`, else `Retry-After`; NaN when no header reads (`Date.parse(undefined)`
  // is NaN). A time already past (the clocks disagree) waits the backoff: retrying at once would only meet the
  // limit again.
  const seconds = retryAfter ?? (reset != null ? reset - now / 1000 : num(after) ?? (Date.parse(after!) - now) / 1000);
  const wait = seconds > 0 ? seconds * 1000 : backoff;
  // Callers told the same reset would all retry in the same millisecond: the wait is lengthened by a random
  // 0–10 % of it, at most 1 s (and still at most `maxWaitMs`, itself at most 2e9 ms: a longer timer fires at once).
  return wait <= Math.min(maxWaitMs, 2e9) ? Math.ceil(Math.min(maxWaitMs, wait + Math.min(1000, wait / 10) * random())) : undefined;
}
