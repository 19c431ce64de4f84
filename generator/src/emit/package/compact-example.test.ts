import { describe, expect, it } from 'vitest';
import { compactExample } from './compact-example.js';

describe('compactExample', () => {
  it.each<[string, Record<string, unknown>, string[], Record<string, unknown>]>([
    ['keeps the first field when none is required', { attributes: [{ a: 1 }], events: [{ e: 1 }] }, [], { attributes: [{ a: 1 }] }],
    ['keeps the required fields only', { a: 1, b: 2, c: 3 }, ['c', 'a'], { a: 1, c: 3 }],
    ['keeps the first array element', { list: [1, 2, 3] }, [], { list: [1] }],
    ['keeps the first three entries of nested objects', { o: { a: 1, b: 2, c: 3, d: 4 } }, [], { o: { a: 1, b: 2, c: 3 } }],
    ['cuts at every depth', { o: [{ a: [{ x: 1, y: 2, z: 3, w: 4 }, 5], b: 2 }, 9] }, [], { o: [{ a: [{ x: 1, y: 2, z: 3 }], b: 2 }] }],
    ['leaves scalars and empty values alone', { s: 'x', n: null, e: [] }, ['s', 'n', 'e'], { s: 'x', n: null, e: [] }],
  ])('%s', (_, given, required, want) => {
    expect(compactExample(given, required)).toEqual(want);
  });
});
