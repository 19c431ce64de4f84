import { describe, expect, it } from 'vitest';
import { describeLimit, permissionsInProse, rateLimitsInProse } from './prose.js';

describe('permissionsInProse', () => {
  it.each([
    ['To call it, create a key that has the `things.write` permission.', ['things.write']],
    ['Needs an API key with the **things.read** permission.', ['things.read']],
    ['Requires the things.read permission', ['things.read']],
    ['Needs the `a.one`, `a.two` and `a.three` permissions.', ['a.one', 'a.two', 'a.three']],
    ['Permission: `things.delete`.', ['things.delete']],
    ['Permissions are `b.read` or `b.list`.', ['b.read', 'b.list']],
    ['Uses `external_id` values. No key scope is mentioned.', []],
    ['Read more at example.com, which covers permissions.', []],
  ])('%j → %j', (text, want) => expect(permissionsInProse(text)).toEqual(want));
});

describe('rateLimitsInProse', () => {
  it.each([
    ['This endpoint is limited to 100 API calls per minute.', [[100, 60]]],
    ['You may send 3,000 requests every three seconds.', [[3000, 3]]],
    ['It allows 5,000 requests per day, per company.', [[5000, 86400]]],
    ['Limit: 250/min when targeting a segment.', [[250, 60]]],
    ['We allow 10 requests per hour, or 2 requests per 15 seconds in bursts.', [[10, 3600], [2, 15]]],
  ])('%j', (text, want) => {
    const limits = rateLimitsInProse(text);
    expect(limits.map((l) => (l.kind === 'limit' ? [l.limit, l.windowSeconds] : l.kind))).toEqual(want);
  });

  it('reads "the default rate limit of …" as the default, not as the endpoint\'s own number', () => {
    const limits = rateLimitsInProse('We apply the default Braze rate limit of 250,000 requests per hour to this endpoint.');
    expect(limits.map((l) => l.kind)).toEqual(['default']);
  });

  it('reads "no rate limit", and gives nothing for text without a limit', () => {
    expect(rateLimitsInProse('This endpoint has no rate limit.').map((l) => l.kind)).toEqual(['none']);
    expect(rateLimitsInProse('Sends are not subject to a rate limit.').map((l) => l.kind)).toEqual(['none']);
    expect(rateLimitsInProse('Sends a message to 50 users per request.')).toEqual([]);
  });
});

describe('describeLimit', () => {
  it('names the window in words', () => {
    expect(describeLimit({ kind: 'limit', limit: 3000, windowSeconds: 3, text: '' })).toBe('3,000 per 3 seconds');
    expect(describeLimit({ kind: 'limit', limit: 100, windowSeconds: 60, text: '' })).toBe('100 per minute');
    expect(describeLimit({ kind: 'limit', limit: 250000, windowSeconds: 3600, text: '' })).toBe('250,000 per hour');
    expect(describeLimit({ kind: 'default', text: '' })).toBe('the default limit');
  });
});
