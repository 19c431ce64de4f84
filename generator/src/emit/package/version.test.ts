import { describe, expect, it } from 'vitest';
import { isSemver, toSemver } from './version.js';

describe('toSemver', () => {
  it.each([
    ['2026.11.0', '2026.11.0'],
    ['1.2.3-beta.1+build.5', '1.2.3-beta.1+build.5'],
    ['v3', '3.0.0'],
    ['2026.11', '2026.11.0'],
    ['2026.01.05', '2026.1.5'],
    ['1.0-beta 2', '1.0.0-beta-2'],
    ['1.0.0.4', '1.0.0-4'],
    ['latest', '0.0.0-latest'],
    ['', '0.0.0'],
  ])('%j → %j', (given, want) => {
    expect(toSemver(given)).toBe(want);
    expect(isSemver(toSemver(given))).toBe(true);
  });
});
