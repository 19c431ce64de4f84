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
}

function num(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Parses `x-ratelimit-limit/remaining/reset` from lowercase-keyed headers. */
export function parseRateLimit(headers: Record<string, string>): RateLimit {
  const r: RateLimit = {};
  const limit = num(headers['x-ratelimit-limit']);
  const remaining = num(headers['x-ratelimit-remaining']);
  const reset = num(headers['x-ratelimit-reset']);
  if (limit !== undefined) r.limit = limit;
  if (remaining !== undefined) r.remaining = remaining;
  if (reset !== undefined) r.reset = reset;
  return r;
}

/** `Retry-After` (seconds or an HTTP date) as milliseconds from `now`, or undefined. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = num(value);
  if (seconds !== undefined) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
