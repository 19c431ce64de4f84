import { describe, expect, it } from 'vitest';
import { num, parseRateLimit } from './rate-limit.js';

describe('parseRateLimit', () => {
  it('reads the four headers (X-RateLimit-Retry-After: Braze\'s Messaging and Device Messaging APIs)', () => {
    expect(parseRateLimit({ 'x-ratelimit-limit': '250000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000', 'x-ratelimit-retry-after': '7' }))
      .toEqual({ limit: 250000, remaining: 0, reset: 1700000000, retryAfter: 7 });
  });
  it('reads a reset given in epoch milliseconds (a proxy or mock) as seconds: as seconds it was 50,000 years away, so a 429 never waited for it', () => {
    expect(parseRateLimit({ 'x-ratelimit-reset': '1700000005000' })).toEqual({ reset: 1700000005 });
    expect(parseRateLimit({ 'x-ratelimit-reset': '99999999999' })).toEqual({ reset: 99999999999 }); // (seconds until the year 5138)
  });
  it('omits absent and malformed values', () => {
    expect(parseRateLimit({ 'x-ratelimit-limit': 'abc', 'x-ratelimit-remaining': '' })).toEqual({});
  });
});

describe('num', () => {
  it('reads a header number, else undefined', () => {
    expect(['3', ' 0 ', '1.5', '', ' ', 'soon', 'Infinity', undefined].map(num)).toEqual([3, 0, 1.5, undefined, undefined, undefined, undefined, undefined]);
  });
});
