/** Types of `compile-cache.mjs` (plain JavaScript: the launcher installs it before loading anything else). */

/** Files shorter than this compile as usual. */
export declare const MIN_BYTES: number;

/** Removes the cache entries of `filename` from `dir`. */
export declare function forgetCompiled(dir: string, filename: string): void;

/** Caches V8's compiled code for large CommonJS files under `node_modules` in `dir`. */
export declare function installCompileCache(dir: string): { hits: () => number; misses: () => number; flush: () => void };
