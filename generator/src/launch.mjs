#!/usr/bin/env node
/**
 * `npm run generate`: runs the generator CLI (`cli.ts`) from a bundle, built with esbuild on first use and
 * kept in the build cache (`node_modules/.cache/braze-generator/`, see `build-cache.mjs`).
 *
 * Why a bundle: loading the CLI through tsx compiled ~90 TypeScript files on every run, and Node resolved and
 * read ~1,000 files of dependencies one by one (the Redocly core alone is ~640, GraphQL included). The bundle
 * is one file; the large CommonJS packages (TypeScript, ts-morph, Handlebars) stay outside it and are loaded
 * with `require`, because importing them from ESM makes Node scan their whole source for export names first
 * (~0.5 s for TypeScript's 9 MB).
 *
 * Why CommonJS: Node 20 keeps no compiled code for ES modules between runs, so the 3 MB bundle as an ES module
 * was parsed and compiled anew each time (~0.3 s of CPU). As a CommonJS file it goes through the launcher's
 * V8 code cache (`compile-cache.mjs`), with the TypeScript compiler ts-morph loads.
 *
 * When the bundle is rebuilt: its name is a hash of every file under `generator/src/` (this launcher and its
 * build options included), the installed package versions (`node_modules/.package-lock.json`) and the
 * esbuild version, so any change to any of them gives a new bundle; the build checks that every source file
 * it bundled is one of the hashed files. Nothing is ever served stale: at worst a run rebuilds (about a
 * second). If esbuild cannot build, the launcher says so and runs the TypeScript sources through tsx.
 *
 * `import.meta` keeps meaning "this source file" inside the bundle (the emitters read templates and the
 * client runtime relative to themselves): esbuild replaces `import.meta.url`, `.dirname` and `.filename`, per
 * file, with that file's own values (`withOwnImportMeta` in `build-cache.mjs`).
 */
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheDir, hashParts, withOwnImportMeta, writeFileAtomic } from './build-cache.mjs';
import { forgetCompiled, installCompileCache } from './compile-cache.mjs';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(SRC, '../..');

/** The bundle's entry, given to esbuild as text: only re-exports `runCli`. */
const ENTRY = '<launch-entry>';

/** CommonJS packages loaded with `require` from the bundle instead of being bundled or imported. */
const REQUIRED_PACKAGES = ['typescript', 'ts-morph'];

/**
 * Packages of `REQUIRED_PACKAGES` that are only default-imported, and what that default is. `typescript` (imported only by
 * openapi-typescript) is the compiler ts-morph already loads: one 9 MB compiler instead of two, ~120 ms
 * and ~40 MB less per run. openapi-typescript's printer and factory calls are the same in both versions;
 * `generate --check` in CI runs this bundle, so any difference in the printed types would fail it.
 */
const REQUIRE_AS = { typescript: "__nodeRequire('ts-morph').ts" };

/**
 * openapi-typescript's package entry imports its own older copy of the Redocly core (for `openapiTS()`,
 * which the schema emitter never calls: see `emit/schema/index.ts`), ~300 ms of loading per run. In the
 * bundle, `openapi-typescript` is the three modules the emitter uses, and their one Redocly import (two
 * JSON-pointer helpers) comes from the Redocly core the load stage has already loaded.
 */
const OPENAPI_TYPESCRIPT_ENTRY = [
  "export { default as transformSchema } from 'openapi-typescript/dist/transform/index.mjs';",
  "export { scanDiscriminators, resolveRef } from 'openapi-typescript/dist/lib/utils.mjs';",
  "export { astToString, stringToAST } from 'openapi-typescript/dist/lib/ts.mjs';",
].join('\n');

/**
 * Every file under `dir`, sorted, as absolute paths.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

/**
 * The installed packages' lock (npm writes it on every install), or the project's lock when absent.
 * @param {string} root
 * @returns {string}
 */
function installedPackages(root) {
  for (const path of ['node_modules/.package-lock.json', 'package-lock.json']) {
    if (existsSync(join(root, path))) return readFileSync(join(root, path), 'utf8');
  }
  return '';
}

/**
 * The bundle's key: a hash of every file under `src` (names and contents), the installed packages and
 * esbuild's version; and the set of files it hashed.
 * @param {string} [src]
 * @param {string} [root]
 * @returns {{ key: string, sources: Set<string> }}
 */
export function bundleKey(src = SRC, root = ROOT) {
  const files = listFiles(src);
  const require = createRequire(import.meta.url);
  const esbuildVersion = JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
  const parts = [esbuildVersion, installedPackages(root)];
  for (const file of files) parts.push(relative(root, file), readFileSync(file));
  return { key: hashParts(parts).slice(0, 16), sources: new Set(files) };
}

/**
 * esbuild plugin: `REQUIRED_PACKAGES` become `require` calls, and each source file's `import.meta.url` becomes
 * its own URL (esbuild's `define` is token-aware, so the text `import.meta.url` inside a string is untouched).
 * @param {typeof import('esbuild')} esbuild
 * @returns {import('esbuild').Plugin}
 */
function launcherPlugin(esbuild) {
  const required = new RegExp(`^(${REQUIRED_PACKAGES.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'braze-generator-launcher',
    setup(build) {
      build.onResolve({ filter: required }, (args) => ({ path: args.path, namespace: 'node-require' }));
      build.onLoad({ filter: /.*/, namespace: 'node-require' }, (args) => ({
        // A package only ever imported as a default (`import ts from 'typescript'`) becomes an ES module: the
        // CommonJS interop would copy each of TypeScript's ~4,000 exports onto a namespace object (~80 ms).
        contents: REQUIRE_AS[args.path] ? `export default ${REQUIRE_AS[args.path]};` : `module.exports = __nodeRequire(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
      build.onResolve({ filter: /^openapi-typescript$/ }, () => ({ path: 'openapi-typescript', namespace: 'ots-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'ots-entry' }, () => ({ contents: OPENAPI_TYPESCRIPT_ENTRY, resolveDir: ROOT, loader: 'js' }));
      build.onResolve({ filter: /^@redocly\/openapi-core\/lib\/ref-utils\.js$/ }, (args) =>
        args.importer.includes(`${sep}openapi-typescript${sep}`) ? { path: 'ref-utils', namespace: 'ots-ref-utils' } : undefined);
      build.onLoad({ filter: /.*/, namespace: 'ots-ref-utils' }, () => ({
        contents: `export { parseRef, escapePointerFragment as escapePointer } from ${JSON.stringify(join(ROOT, 'node_modules/@redocly/openapi-core/lib/ref-utils.js'))};`,
        resolveDir: ROOT,
        loader: 'js',
      }));
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const ours = args.path.startsWith(SRC);
        if (!ours && !args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const loader = /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js';
        if (!source.includes('import.meta')) return ours ? { contents: source, loader } : undefined;
        return { contents: await withOwnImportMeta(esbuild, source, args.path, loader), loader: 'js' };
      });
    },
  };
}

/**
 * Bundles `cli.ts` into `file`, refusing a bundle with a source file the key did not hash.
 * @param {string} file
 * @param {Set<string>} sources
 */
export async function buildBundle(file, sources) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: { contents: "export { runCli } from './generator/src/cli.ts';", resolveDir: ROOT, sourcefile: ENTRY, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    outfile: file,
    metafile: true,
    logLevel: 'silent',
    // `REQUIRED_PACKAGES` resolve from this checkout, wherever `file` is.
    banner: { js: `const __nodeRequire = require('node:module').createRequire(${JSON.stringify(pathToFileURL(join(ROOT, 'package.json')).href)});` },
    plugins: [launcherPlugin(esbuild)],
  });
  const unhashed = Object.keys(result.metafile.inputs)
    .filter((input) => !/^[\w-]+:/.test(input) && input !== ENTRY)
    .map((input) => resolve(ROOT, input))
    .filter((input) => !input.split(sep).includes('node_modules') && !sources.has(input));
  if (unhashed.length > 0) throw new Error(`the bundle includes files outside generator/src, which its key does not cover: ${unhashed.join(', ')}`);
  const output = result.outputFiles?.[0];
  if (!output) throw new Error('esbuild produced no output');
  writeFileAtomic(file, output.text);
}

/**
 * The CLI's `runCli`, from the cached bundle (built first when missing), or from the sources through tsx
 * when the bundle cannot be built.
 * @returns {Promise<(argv: string[], before?: Record<string, number>) => Promise<number>>}
 */
export async function loadCli() {
  let file;
  try {
    const dir = cacheDir();
    installCompileCache(dir);
    const { key, sources } = bundleKey();
    file = join(dir, `cli-${key}.cjs`);
    if (!existsSync(file)) {
      await buildBundle(file, sources);
      for (const old of readdirSync(dir)) {
        if (!/^cli-\w+\.[cm]?js$/.test(old) || join(dir, old) === file) continue;
        rmSync(join(dir, old), { force: true });
        forgetCompiled(dir, join(dir, old));
      }
    }
  } catch (error) {
    console.warn(`generator: running from the TypeScript sources (slower), the bundle failed: ${error instanceof Error ? error.message : error}`);
    const { register } = await import('tsx/esm/api');
    register();
    return (await import(pathToFileURL(join(SRC, 'cli.ts')).href)).runCli;
  }
  return createRequire(import.meta.url)(file).runCli;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const boot = performance.now();
  const runCli = await loadCli();
  const bundle = performance.now() - boot;
  process.exitCode = await runCli(process.argv.slice(2), { boot: Math.round(boot), bundle: Math.round(bundle) });
}
