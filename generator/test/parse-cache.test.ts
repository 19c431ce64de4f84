import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseYaml } from '@redocly/openapi-core';
import { afterEach, describe, expect, it } from 'vitest';
import { generateFiles } from '../src/generate.js';
import { jsonFaithful, ParseCache } from '../src/load/parse-cache.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parse-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A parser that counts its calls. */
function counting(): { parse: (text: string) => unknown; calls: () => number } {
  let calls = 0;
  return { parse: (text) => (calls++, parseYaml(text)), calls: () => calls };
}

describe('ParseCache', () => {
  it('parses a text once, then reads it back equal and as a fresh object every time', () => {
    const dir = tempDir();
    const yaml = 'a: 1\nb: [x, { c: true }]\n';
    const first = counting();
    const v1 = new ParseCache(dir, 'p1').parse(yaml, first.parse);
    expect(first.calls()).toBe(1);
    const second = counting();
    const cache = new ParseCache(dir, 'p1');
    const v2 = cache.parse(yaml, second.parse);
    const v3 = cache.parse(yaml, second.parse);
    expect(second.calls()).toBe(0);
    expect(cache.missCount).toBe(0);
    expect(v2).toEqual(v1);
    expect(v2).not.toBe(v3);
    (v2 as { a: number }).a = 99;
    expect(v3).toEqual({ a: 1, b: ['x', { c: true }] });
  });

  it('misses for changed text and for another parser version', () => {
    const dir = tempDir();
    const p = counting();
    new ParseCache(dir, 'p1').parse('a: 1\n', p.parse);
    new ParseCache(dir, 'p1').parse('a: 2\n', p.parse);
    new ParseCache(dir, 'p2').parse('a: 1\n', p.parse);
    expect(p.calls()).toBe(3);
  });

  it('never stores what JSON would change (.nan, .inf, -0), and treats a corrupt entry as a miss', () => {
    const dir = tempDir();
    for (const text of ['x: .nan\n', 'x: .inf\n', 'x: -0.0\n']) {
      const p = counting();
      const a = new ParseCache(dir).parse(text, p.parse);
      const b = new ParseCache(dir).parse(text, p.parse);
      expect(p.calls()).toBe(2);
      expect(b).toEqual(a);
    }
    const p = counting();
    new ParseCache(dir).parse('ok: 1\n', p.parse);
    const [entry] = readdirSync(join(dir, 'parse'));
    writeFileSync(join(dir, 'parse', entry!), '{"ok": ');
    expect(new ParseCache(dir).parse('ok: 1\n', p.parse)).toEqual({ ok: 1 });
    expect(p.calls()).toBe(2);
  });

  it('passes parse errors through and stores nothing for them', () => {
    const dir = tempDir();
    expect(() => new ParseCache(dir).parse('a: [1\n', (t) => parseYaml(t))).toThrow();
    expect(() => readdirSync(join(dir, 'parse'))).toThrow();
  });

  it('prunes entries the run did not use once they outnumber the used ones', () => {
    const dir = tempDir();
    const p = counting();
    for (let i = 0; i < 10; i++) new ParseCache(dir).parse(`n: ${i}\n`, p.parse);
    const cache = new ParseCache(dir);
    for (const i of [1, 2, 3]) cache.parse(`n: ${i}\n`, p.parse);
    cache.prune(); // 10 entries, 3 used: under 4 to 1, kept
    expect(readdirSync(join(dir, 'parse'))).toHaveLength(10);
    const one = new ParseCache(dir);
    one.parse('n: 3\n', p.parse);
    one.prune();
    expect(readdirSync(join(dir, 'parse'))).toHaveLength(1);
    expect(new ParseCache(dir).parse('n: 3\n', p.parse)).toEqual({ n: 3 });
  });

  it('gives the same generated files with a cold and a warm cache as without one', async () => {
    const dir = tempDir();
    const plain = await generateFiles('generator/test/fixtures/mini/openapi.yaml', { only: ['schema', 'permissions', 'client'] });
    for (const round of ['cold', 'warm']) {
      const parseCache = new ParseCache(dir);
      const cached = await generateFiles('generator/test/fixtures/mini/openapi.yaml', { only: ['schema', 'permissions', 'client'], parseCache });
      expect(cached.files, round).toEqual(plain.files);
      if (round === 'warm') expect(parseCache.missCount).toBe(0);
    }
  });
});

describe('jsonFaithful', () => {
  it('accepts plain JSON values and refuses what JSON changes', () => {
    expect(jsonFaithful({ a: [1, 'x', null, true, { b: 2.5 }] })).toBe(true);
    expect(jsonFaithful(Object.assign(Object.create(null), { a: 1 }))).toBe(true);
    for (const bad of [NaN, Infinity, -0, new Date(0), new Uint8Array(1), undefined, () => 1, [1, undefined], new Array(2)]) {
      expect(jsonFaithful(bad), String(bad)).toBe(false);
    }
  });
});
