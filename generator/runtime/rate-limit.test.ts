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
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});
