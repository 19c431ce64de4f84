import { describe, expect, it } from 'vitest';
import { backoffDelay, isIdempotent, rateLimitDelay } from './retry.js';

describe('isIdempotent', () => {
  it.each([['GET', true], ['get', true], ['PUT', true], ['DELETE', true], ['HEAD', true], ['OPTIONS', true], ['POST', false], ['PATCH', false]])(
    '%s → %s', (method, want) => expect(isIdempotent(method)).toBe(want));
});

describe('backoffDelay', () => {
  it('doubles up to the cap, jittered between 50 and 100 %', () => {
    expect([0, 1, 2].map((a) => backoffDelay(a, { random: () => 1 }))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(1, { random: () => 0 })).toBe(500);
    expect(backoffDelay(20, { random: () => 1 })).toBe(8000);
  });
});

describe('rateLimitDelay', () => {
  it('waits until X-RateLimit-Reset', () => {
    expect(rateLimitDelay({ reset: 105 }, undefined, 100_000, 0, 60_000)).toBe(5000);
    expect(rateLimitDelay({ reset: 90 }, undefined, 100_000, 0, 60_000)).toBe(0);
  });
  it('falls back to Retry-After, then backoff', () => {
    expect(rateLimitDelay({}, '2', 0, 0, 60_000)).toBe(2000);
    // An HTTP-date Retry-After counts from the clock's `now`, not the wall clock.
    expect(rateLimitDelay({}, 'Thu, 01 Jan 1970 00:01:40 GMT', 97_000, 0, 60_000)).toBe(3000);
    expect(rateLimitDelay({}, undefined, 0, 1, 60_000, { random: () => 1 })).toBe(1000);
  });
  it('gives up when the wait exceeds the bound', () => {
    expect(rateLimitDelay({ reset: 3600 }, undefined, 0, 0, 60_000)).toBeUndefined();
  });
});
