import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './did-you-mean.js';

const PERMISSIONS = ['users.track', 'users.delete', 'messages.send', 'catalogs.get_items'];

describe('editDistance and closest', () => {
  it.each<[string, string, number]>([['', '', 0], ['', 'abc', 3], ['kitten', 'sitting', 3], ['users.trak', 'users.track', 1], ['ab', 'ba', 2]])(
    '%j → %j = %i', (a, b, want) => {
      expect(editDistance(a, b)).toBe(want);
      expect(editDistance(b, a)).toBe(want);
    });
  it('picks the nearest candidate, case aside, the first of equals', () => {
    expect(closest('users.trak', PERMISSIONS)).toBe('users.track');
    expect(closest('TIMEOUT', ['maxRetries', 'timeoutMs'])).toBe('timeoutMs');
    expect(closest('x', ['a', 'b'])).toBe('a');
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('didYouMean', () => {
  it('names the nearest candidate, compares what an untyped caller passed as a string, and is empty with no candidates', () => {
    expect(didYouMean('users.trak', PERMISSIONS)).toBe('; did you mean "users.track"?');
    expect(didYouMean('users.track', ['usersTrack', 'usersDelete'])).toBe('; did you mean "usersTrack"?');
    expect(didYouMean(42, ['7', '42x'])).toBe('; did you mean "42x"?');
    expect(didYouMean('x', [])).toBe('');
  });
});
