/**
 * The generator's build cache: `node_modules/.cache/braze-generator/`, where the launcher keeps the bundled CLI
 * and the docs renderer keeps its entry into Redocly's build-docs module. Everything in it is derived from
 * files of this checkout (sources, installed packages) and named or keyed by a hash of them, so deleting the
 * folder is always safe: the next run rebuilds what it needs.
 *
 * Plain JavaScript (not TypeScript) because the launcher runs it before any TypeScript can be loaded.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The cache folder (created on demand): `node_modules/.cache/braze-generator/` of this checkout, so it goes
 * away with `node_modules` (an `npm ci` starts from scratch); `BRAZE_GENERATOR_CACHE` names another folder
 * (the bench uses an empty one to time a first run).
 * @returns {string}
 */
export function cacheDir() {
  const dir = process.env.BRAZE_GENERATOR_CACHE || fileURLToPath(new URL('../../node_modules/.cache/braze-generator/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Writes `contents` to `path` atomically: a temporary file beside it, then a rename, so a concurrent reader
 * (another run importing the same cached module) sees the old file or the whole new one, never a torn one.
 * @param {string} path
 * @param {string} contents
 */
export function writeFileAtomic(path, contents) {
  const temp = join(dirname(path), `.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temp, contents);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Hex SHA-256 of the parts, each length-prefixed so `['ab', 'c']` and `['a', 'bc']` differ.
 * @param {Array<string | Buffer>} parts
 * @returns {string}
 */
export function hashParts(parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}

/**
 * The version of an installed package of this checkout (`node_modules/<name>/package.json`), read from disk
 * because some packages do not export their `package.json`; `''` when it cannot be read.
 * @param {string} name
 * @returns {string}
 */
export function installedVersion(name) {
  try {
    const file = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
    return String(JSON.parse(readFileSync(file, 'utf8')).version ?? '');
  } catch {
    return '';
  }
}

/**
 * `text`, the file at `path`, with its own `import.meta` values (`url`, `dirname`, `filename`) written in by
 * esbuild's `transform`, for a CommonJS bundle, where `import.meta` does not exist (`define` is token-aware:
 * the words `import.meta` inside a string stay). Unchanged when the text has no `import.meta`.
 * @param {typeof import('esbuild')} esbuild
 * @param {string} text
 * @param {string} path the file's absolute path
 * @param {'js' | 'ts'} [loader]
 * @returns {Promise<string>}
 */
export async function withOwnImportMeta(esbuild, text, path, loader = 'js') {
  if (!text.includes('import.meta')) return text;
  const define = {
    'import.meta.url': JSON.stringify(pathToFileURL(path).href),
    'import.meta.dirname': JSON.stringify(dirname(path)),
    'import.meta.filename': JSON.stringify(path),
  };
  return (await esbuild.transform(text, { loader, format: 'esm', sourcefile: path, define })).code;
}
