import { describe, expect, it } from 'vitest';
import { isIdempotent, retryDelay } from './retry.js';
import { manualClock } from './test-helpers.js';

const reply = (status: number, headers: Record<string, string> = {}) => ({ status, headers, text: '' });
/** A clock at `now` whose jitter draws `random`. */
const at = (now: number, random = 1) => ({ ...manualClock(now), random: () => random });

describe('isIdempotent', () => {
  it.each([['GET', true], ['get', true], ['PUT', true], ['DELETE', true], ['HEAD', true], ['OPTIONS', true], ['POST', false], ['PATCH', false]])(
    '%s → %s', (method, want) => expect(isIdempotent(method)).toBe(want));
});

describe('retryDelay: backoff', () => {
  it('doubles up to the cap, jittered between 50 and 100 %', () => {
    expect([0, 1, 2].map((a) => retryDelay(reply(503), a, true, 60_000, at(0)))).toEqual([500, 1000, 2000]);
    expect(retryDelay(undefined, 1, true, 60_000, at(0, 0))).toBe(500);
    expect(retryDelay(reply(500), 20, true, 60_000, at(0))).toBe(8000);
  });
  it('only when re-sending is safe, and only after a 5XX or no response', () => {
    expect(retryDelay(reply(503), 0, false, 60_000, at(0))).toBeUndefined();
    expect(retryDelay(undefined, 0, false, 60_000, at(0))).toBeUndefined();
    expect([400, 401, 403, 404, 409].map((s) => retryDelay(reply(s), 0, true, 60_000, at(0)))).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('retryDelay: 429', () => {
  it('prefers X-RateLimit-Retry-After (seconds) to X-RateLimit-Reset and Retry-After, as Braze says to', () => {
    const headers = { 'x-ratelimit-retry-after': '2', 'x-ratelimit-reset': String(1_700_000_000 + 3600), 'retry-after': '30' };
    expect(retryDelay(reply(429, headers), 0, false, 60_000, at(1_700_000_000_000, 0))).toBe(2000);
    // Without it, the reset decides (here an hour away: past the longest wait, so final).
    expect(retryDelay(reply(429, { ...headers, 'x-ratelimit-retry-after': '' }), 0, false, 60_000, at(1_700_000_000_000, 0))).toBeUndefined();
  });
  it('waits for an X-RateLimit-Reset given in epoch milliseconds as for one in seconds (it was final at once)', () => {
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '1700000005000' }), 0, false, 60_000, at(1_700_000_000_000, 0))).toBe(5000);
  });
  it('waits until X-RateLimit-Reset, even when re-sending is not otherwise safe', () => {
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '105' }), 0, false, 60_000, at(100_000))).toBe(5500);
  });
  it('spreads callers told the same reset over 0–10 % more of the wait, at most 1 s, within maxWaitMs', () => {
    const reset = (random: number, seconds = '105', max = 60_000) => retryDelay(reply(429, { 'x-ratelimit-reset': seconds }), 0, false, max, at(100_000, random));
    expect([0, 0.25, 0.5, 1].map((r) => reset(r))).toEqual([5000, 5125, 5250, 5500]);
    expect(reset(1, '130')).toBe(31_000);
    expect(reset(0.5, '130')).toBe(30_500);
    expect(reset(1, '105', 5200)).toBe(5200);
  });
  it('waits the backoff (plus the spread), not zero, when the reset time is already past (the clocks disagree), in whole milliseconds', () => {
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '90' }), 0, false, 60_000, at(100_000))).toBe(550);
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '90' }), 2, false, 60_000, at(100_000))).toBe(2200);
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '100.5771' }), 0, false, 60_000, at(100_000, 0))).toBe(578);
  });
  it('falls back to Retry-After (seconds or an HTTP-date, counted from the clock), then backoff', () => {
    expect(retryDelay(reply(429, { 'retry-after': '2' }), 0, false, 60_000, at(0))).toBe(2200);
    expect(retryDelay(reply(429, { 'retry-after': '0' }), 0, false, 60_000, at(0))).toBe(550);
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(retryDelay(reply(429, { 'retry-after': 'Sun, 22 Nov 2026 10:00:07 GMT' }), 0, false, 60_000, at(now))).toBe(7700);
    expect(retryDelay(reply(429, { 'retry-after': 'Sun, 22 Nov 2026 09:59:00 GMT' }), 0, false, 60_000, at(now))).toBe(550);
    expect(retryDelay(reply(429, { 'retry-after': 'Sunday-ish' }), 1, false, 60_000, at(now))).toBe(1100);
    expect(retryDelay(reply(429, { 'retry-after': '', 'x-ratelimit-reset': 'soon' }), 1, false, 60_000, at(0))).toBe(1100);
    expect(retryDelay(reply(429), 1, false, 60_000, at(0))).toBe(1100);
  });
  it('gives up when the wait exceeds the bound', () => {
    expect(retryDelay(reply(429, { 'x-ratelimit-reset': '3600' }), 0, true, 60_000, at(0))).toBeUndefined();
    expect(retryDelay(reply(429, { 'retry-after': '61' }), 0, true, 60_000, at(0))).toBeUndefined();
  });
});
