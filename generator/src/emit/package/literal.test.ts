import { describe, expect, it } from 'vitest';
import { toTsLiteral } from './literal.js';

describe('toTsLiteral', () => {
  it.each<[unknown, string]>([
    [{}, '{}'],
    [[], '[]'],
    ["it's", "'it\\'s'"],
    [{ 'a-b': 1, c: null, d: [true] }, "{\n  'a-b': 1,\n  c: null,\n  d: [\n    true,\n  ],\n}"],
  ])('%j', (given, want) => {
    expect(toTsLiteral(given)).toBe(want);
  });
});
