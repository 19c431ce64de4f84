/**
 * Reads Braze's rate-limit headers. Every response carries them (HTTP/2 lowercases them, hence headers are
 * normalised to lowercase keys by the transport), and the retry logic and callers both need them.
 */

/** The `X-RateLimit-*` state of the workspace after a response; fields absent when the header was. */
export interface RateLimit {
  limit?: number;
  remaining?: number;
  /** When the window resets, in UTC epoch seconds. */
  reset?: number;
  /** Seconds to wait before retrying, when the response says (`X-RateLimit-Retry-After`: Braze's Messaging and Device Messaging APIs). */
  retryAfter?: number;
}

/** A header's number; undefined when absent, blank or not a finite number. */
export const num = (value: string | undefined): number | undefined => (value?.trim() && isFinite(+value) ? +value : undefined);

/**
 * Parses `x-ratelimit-limit/remaining/reset/retry-after` from lowercase-keyed headers (absent ones stay
 * undefined). A reset past 1e11 (the year 5138 in seconds) is in milliseconds, as proxies and mocks write it,
 * and is brought to seconds.
 */
export function parseRateLimit(headers: Record<string, string>): RateLimit {
  const r: RateLimit = {};
  for (const k of ['limit', 'remaining', 'reset', 'retryAfter'] as const) r[k] = num(headers[`x-ratelimit-${k.replace('A', '-a')}`]);
  if (r.reset! > 1e11) r.reset! /= 1e3;
  return r;
}
