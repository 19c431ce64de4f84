/**
 * V8 code cache for the largest CommonJS files the generator loads: TypeScript's compiler, twice (the
 * `typescript` package for openapi-typescript, and the copy inside ts-morph), 9 MB each. Compiling each costs
 * ~0.2 s per run; from a code cache it takes ~0.03 s. Node 22 does this itself (`module.enableCompileCache`,
 * used when present); Node 20, which this project supports, has no such switch, so the launcher installs this
 * small `Module.prototype._compile` hook instead, the technique of the `v8-compile-cache` package.
 *
 * Only files under `node_modules`, without a shebang and at least `MIN_BYTES` long go through it; everything
 * else compiles as usual. A cache entry is named by a hash of the Node version, the file name and the file's
 * whole text, so an edited or upgraded file never runs from an old entry (and V8 itself rejects data made by
 * another V8). Entries are written when the process exits, after the run compiled the functions it used, so
 * the next run skips those compilations too.
 */
import { existsSync, readFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';
import { hashParts, writeFileAtomic } from './build-cache.mjs';

/** Smaller files are not worth a cache entry (reading it costs about what compiling saves). */
export const MIN_BYTES = 1_000_000;

/**
 * Caches compiled code for large CommonJS files in `dir` (see above). Returns the number of files it
 * compiled from the cache so far (for tests).
 * @param {string} dir
 * @returns {{ hits: () => number, misses: () => number }}
 */
export function installCompileCache(dir) {
  const stats = { hits: 0, misses: 0 };
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return { hits: () => stats.hits, misses: () => stats.misses };
  }
  /** @type {Array<{ script: vm.Script, file: string }>} */
  const toWrite = [];
  const proto = /** @type {any} */ (Module.prototype);
  const compile = proto._compile;
  proto._compile = function cachedCompile(/** @type {string} */ content, /** @type {string} */ filename) {
    if (content.length < MIN_BYTES || !filename.includes(`${sep}node_modules${sep}`) || content.startsWith('#!')) {
      return compile.call(this, content, filename);
    }
    const file = join(dir, `v8-${hashParts([process.version, process.arch, filename, content]).slice(0, 32)}.bin`);
    const cachedData = existsSync(file) ? readFileSync(file) : undefined;
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: /** @type {any} */ (vm.constants)?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      stats.misses++;
      toWrite.push({ script, file });
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { script, file } of toWrite) {
      try {
        writeFileAtomic(file, script.createCachedData());
      } catch {
        // A cache that cannot be written only means the next run compiles again.
      }
    }
  });
  return { hits: () => stats.hits, misses: () => stats.misses };
}
