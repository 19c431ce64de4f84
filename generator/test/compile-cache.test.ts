import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES } from '../src/compile-cache.mjs';
import { makeTempDir } from './helpers/tree.js';

/** A CommonJS file over the size limit whose exports show what ran, and how `require` was wired. */
function bigModule(value: string): string {
  const filler = `/*${'x'.repeat(MIN_BYTES)}*/`;
  return `${filler}\nmodule.exports = { value: ${JSON.stringify(value)}, dirname: __dirname, isMain: require.main === module, path: require('node:path').basename(__filename), self: require.resolve('./index.js') };\n`;
}

describe('installCompileCache', () => {
  it('runs a large module from the cache on the next process, never from a stale entry, keeping one entry per file', () => {
    const root = makeTempDir('compile-cache');
    const pkg = join(root, 'node_modules', 'big');
    mkdirSync(pkg, { recursive: true });
    const cache = join(root, 'cache');
    mkdirSync(cache);
    const script = join(root, 'run.mjs');
    const installer = pathToFileURL(join(process.cwd(), 'generator/src/compile-cache.mjs')).href;
    writeFileSync(script, `
      import { createRequire } from 'node:module';
      import { installCompileCache } from ${JSON.stringify(installer)};
      const stats = installCompileCache(${JSON.stringify(cache)});
      const loaded = createRequire(${JSON.stringify(join(root, 'x.js'))})('big');
      console.log(JSON.stringify({ ...loaded, hits: stats.hits(), misses: stats.misses() }));
    `);
    const run = (): Record<string, unknown> => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as Record<string, unknown>;
    const same = { dirname: pkg, isMain: false, path: 'index.js', self: join(pkg, 'index.js') };

    writeFileSync(join(pkg, 'index.js'), bigModule('one'));
    expect(run()).toEqual({ value: 'one', ...same, hits: 0, misses: 1 });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(run()).toEqual({ value: 'one', ...same, hits: 1, misses: 0 });

    writeFileSync(join(pkg, 'index.js'), bigModule('two')); // same length, other text
    expect(run()).toEqual({ value: 'two', ...same, hits: 0, misses: 1 });
    expect(readdirSync(cache)).toHaveLength(1); // the new entry replaced the old one
    expect(run()).toEqual({ value: 'two', ...same, hits: 1, misses: 0 });
  }, 60_000);
});
