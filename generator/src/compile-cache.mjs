/**
 * V8 code cache for the largest CommonJS files the generator loads: TypeScript's 9 MB compiler (inside
 * ts-morph), the bundled CLI (`launch.mjs`) and the bundled docs renderer (`emit/docs/redoc-build-docs.mjs`).
 * Compiling such a file costs 0.1-0.2 s per run; from a code cache it takes a fraction of that, and the
 * functions the last run compiled lazily come ready too. Node 22 does this itself
 * (`module.enableCompileCache`, used when present); Node 20, which this project supports, has no such switch, so
 * this installs a small `Module.prototype._compile` hook instead, the technique of the `v8-compile-cache`
 * package. The hook belongs to one thread: a worker that wants it installs it too.
 *
 * Only files under `node_modules` (the build cache is `node_modules/.cache/`), without a shebang and at least
 * `MIN_BYTES` long go through it; everything else compiles as usual. An entry is named by a hash of the file's
 * name, then by a hash of the Node version and the file's size and modification time: an edited, reinstalled
 * or rebuilt file gets a new entry and never runs from an old one (V8 also rejects data whose source length
 * differs, or which another V8 made). Keying by `stat` rather than by a hash of the text saves hashing 17 MB
 * per run (~40 ms). Writing an entry removes the older entries of the same file, so the folder holds one per
 * file. Entries are written by `flush()` or when the thread exits, after the run compiled the functions it
 * used, so the next run skips those compilations too.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';
import { hashParts, writeFileAtomic } from './build-cache.mjs';

/** Smaller files are not worth a cache entry (reading it costs about what compiling saves). */
export const MIN_BYTES = 1_000_000;

/**
 * The prefix of every cache entry of `filename` (see above).
 * @param {string} filename
 * @returns {string}
 */
function entryPrefix(filename) {
  return `v8-${hashParts([filename]).slice(0, 16)}-`;
}

/**
 * Removes the cache entries of `filename` from `dir` (for a caller deleting that file).
 * @param {string} dir
 * @param {string} filename
 */
export function forgetCompiled(dir, filename) {
  const prefix = entryPrefix(filename);
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
}

/**
 * Caches compiled code for large CommonJS files in `dir` (see above). Returns counters of the files compiled
 * from the cache and without it so far (for tests), and `flush`, which writes the entries this thread has
 * made so far now instead of at exit (a worker that is terminated never sees its exit).
 * @param {string} dir
 * @returns {{ hits: () => number, misses: () => number, flush: () => void }}
 */
export function installCompileCache(dir) {
  const stats = { hits: 0, misses: 0 };
  const counters = { hits: () => stats.hits, misses: () => stats.misses };
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    const node = /** @type {{ flushCompileCache?: () => void }} */ (/** @type {unknown} */ (Module));
    return { ...counters, flush: () => node.flushCompileCache?.() };
  }
  /** @type {Array<{ script: vm.Script, file: string, filename: string }>} */
  let toWrite = [];
  const flush = () => {
    const pending = toWrite;
    toWrite = [];
    if (pending.length > 0) {
      // Entries named by an older version of this module (one hash, no per-file prefix) are never read again.
      for (const name of readdirSync(dir)) if (/^v8-[0-9a-f]{32}\.bin$/.test(name)) rmSync(join(dir, name), { force: true });
    }
    for (const { script, file, filename } of pending) {
      try {
        const data = script.createCachedData();
        forgetCompiled(dir, filename);
        writeFileAtomic(file, data);
      } catch {
        // A cache that cannot be written only means the next run compiles again.
      }
    }
  };
  const proto = /** @type {any} */ (Module.prototype);
  const compile = proto._compile;
  proto._compile = function cachedCompile(/** @type {string} */ content, /** @type {string} */ filename) {
    if (content.length < MIN_BYTES || !filename.includes(`${sep}node_modules${sep}`) || content.startsWith('#!')) {
      return compile.call(this, content, filename);
    }
    const { size, mtimeMs } = statSync(filename);
    const version = hashParts([process.version, process.arch, String(size), String(mtimeMs), String(content.length)]).slice(0, 16);
    const file = join(dir, `${entryPrefix(filename)}${version}.bin`);
    const cachedData = existsSync(file) ? readFileSync(file) : undefined;
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: /** @type {any} */ (vm.constants)?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      stats.misses++;
      toWrite.push({ script, file, filename });
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', flush);
  return { ...counters, flush };
}
