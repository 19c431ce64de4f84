import { describe, expect, it } from 'vitest';
import { parseRateLimit, parseRetryAfter } from './rate-limit.js';

describe('parseRateLimit', () => {
  it('reads the three headers', () => {
    expect(parseRateLimit({ 'x-ratelimit-limit': '250000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' }))
      .toEqual({ limit: 250000, remaining: 0, reset: 1700000000 });
  });
  it('omits absent and malformed values', () => {
    expect(parseRateLimit({ 'x-ratelimit-limit': 'abc', 'x-ratelimit-remaining': '' })).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('parseRetryAfter with an HTTP-date', () => {
  const now = Date.parse('2026-11-22T10:00:00Z');
  it('waits until the date, and not at all for a date in the past', () => {
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:59:00 GMT', now)).toBe(0);
  });
  it('ignores what is neither seconds nor a date', () => {
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('Sunday-ish', now)).toBeUndefined();
  });
});
