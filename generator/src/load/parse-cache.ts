/**
 * A cache of parsed YAML files, keyed by a hash of their text: a run reads JSON (fast) instead of parsing
 * YAML again for every file it has seen before. On the Braze spec (~270 files) parsing YAML is ~0.25 s of
 * every run, and an edit changes one file, so a rerun after a save parses one file and reads the rest.
 *
 * Correctness rules:
 * - An entry is named by a SHA-256 of the parser's identity and the file's whole text, so a changed file
 *   (or a different parser) never reads an old entry; a missing, unreadable or corrupt entry is a miss.
 * - Only values that JSON keeps exactly are stored (plain objects, arrays, strings, finite numbers,
 *   booleans, null): YAML's `.nan`, `.inf`, binary or `-0` are parsed every time instead.
 * - Every hit is a fresh object (Redocly rewrites parsed values while bundling, so nothing may be shared).
 * - Writes are atomic; a cache that cannot be written only means the next run parses again.
 *
 * Entries live in `<dir>/parse/<hash>.json`. When the folder holds many more entries than the last run used
 * (old versions of edited files), the unused ones are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hashParts, writeFileAtomic } from '../build-cache.mjs';

/** Bump when what is stored changes shape, or when the YAML parser's settings change. */
const FORMAT = 'redocly-parseYaml/1';

/** Prune when the folder holds more than this many times the entries a run used. */
const PRUNE_FACTOR = 4;

export class ParseCache {
  private readonly dir: string;
  private readonly used = new Set<string>();
  private misses = 0;

  /** @param root the build cache folder (`cacheDir()`); entries go in its `parse/` subfolder. */
  constructor(root: string, private readonly parserVersion = '') {
    this.dir = join(root, 'parse');
  }

  /** How many lookups missed in this run (for tests and `--timings`). */
  get missCount(): number {
    return this.misses;
  }

  /** The parsed value of `body`: from the cache, or from `parse` (then stored when JSON keeps it exactly). */
  parse(body: string, parse: (text: string) => unknown): unknown {
    const key = hashParts([FORMAT, this.parserVersion, body]);
    const file = join(this.dir, `${key}.json`);
    this.used.add(`${key}.json`);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // absent or unreadable: parse below
    }
    this.misses++;
    const value = parse(body);
    if (value !== undefined && jsonFaithful(value)) {
      try {
        mkdirSync(this.dir, { recursive: true });
        writeFileAtomic(file, JSON.stringify(value));
      } catch {
        // not cached this time
      }
    }
    return value;
  }

  /** Removes entries this run did not use once they outnumber the used ones `PRUNE_FACTOR` to one. */
  prune(): void {
    try {
      const names = readdirSync(this.dir).filter((n) => n.endsWith('.json'));
      if (names.length <= Math.max(this.used.size, 1) * PRUNE_FACTOR) return;
      for (const name of names) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
    } catch {
      // nothing to prune
    }
  }
}

/** True when `JSON.parse(JSON.stringify(value))` gives back an equal value (no NaN, Infinity, -0, class instances). */
export function jsonFaithful(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonFaithful(value[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        if (key === '__proto__' || !jsonFaithful((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}
