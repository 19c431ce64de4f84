// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

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

/** Parses `x-ratelimit-limit/remaining/reset` from lowercase-keyed headers (absent ones stay undefined). */
export function parseRateLimit(headers: Record<string, string>): RateLimit {
  return {
    limit: num(headers['x-ratelimit-limit']),
    remaining: num(headers['x-ratelimit-remaining']),
    reset: num(headers['x-ratelimit-reset']),
  };
}

/** `Retry-After` in seconds as milliseconds (the HTTP-date form is not used by Braze), or undefined. */
export function parseRetryAfter(value: string | undefined): number | undefined {
  const seconds = num(value);
  return seconds === undefined ? undefined : Math.max(0, seconds * 1000);
}
