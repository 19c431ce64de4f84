/**
 * In-process access to the renderer behind `redocly build-docs`.
 *
 * `@redocly/cli` 2 ships as one esbuild bundle whose only export for this command is the CLI handler (it reads
 * the description from a file, bundles it again and writes the page to a file). The renderer that handler
 * calls — Redoc 3's `prepareApiDocs`, React's `renderToString` inside styled-components' `ServerStyleSheet`,
 * the Handlebars template and the inlined `redoc.standalone.js` hydration script — is one internal function of
 * the chunk that holds the handler: `async function <name>(definition, { title, templateFileName, … })`. This
 * module finds that chunk (through the CLI's own `import()` of it), writes a copy that also exports that
 * function under a fixed name, and imports the copy. The copy runs the CLI's own code with the CLI's own
 * dependencies, so the page is byte-for-byte what `build-docs` writes (a test compares the two).
 *
 * The copy differs from the chunk only in where it is: relative imports become absolute `file:` URLs and
 * `import.meta.url` becomes the chunk's own URL, so it resolves everything exactly as the original does. It is
 * cached in the build cache, named by the CLI version, the chunk's (content-hashed) file name and
 * `PATCH_VERSION`. Anything unexpected (a new CLI layout) throws a `RedocUnavailableError`; the caller then
 * falls back to running the CLI in a child process, so an upgrade can make docs slower but never wrong.
 *
 * Plain JavaScript: it runs inside a worker thread, which loads it without any TypeScript loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheDir, writeFileAtomic } from '../../build-cache.mjs';

/** Bump when `patchChunk` changes, so cached copies made by an older patch are not reused. */
const PATCH_VERSION = 1;

/** The name the copy exports the renderer under. */
const EXPORT_NAME = '__brazeGeneratorPrerender';

/** The renderer could not be located or loaded; the CLI in a child process still works. */
export class RedocUnavailableError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'RedocUnavailableError';
  }
}

/**
 * Where the CLI keeps the build-docs chunk: the file its `build-docs` command imports.
 * @returns {{ version: string, chunkPath: string }}
 */
export function locateBuildDocsChunk() {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@redocly/cli/package.json');
  const version = JSON.parse(readFileSync(pkgPath, 'utf8')).version;
  const lib = join(dirname(pkgPath), 'lib');
  const index = readFileSync(join(lib, 'index.js'), 'utf8');
  const match = /handlerBuildCommand:[\w$]+\}\s*=\s*await import\("\.\/(chunks\/[\w.-]+\.js)"\)/.exec(index);
  if (!match?.[1]) throw new RedocUnavailableError(`@redocly/cli ${version}: cannot find the build-docs module in lib/index.js`);
  return { version, chunkPath: join(lib, match[1]) };
}

/**
 * The chunk's source, rewritten to run from anywhere and to export the renderer as `EXPORT_NAME`.
 * @param {string} source the chunk's text
 * @param {string} chunkUrl the chunk's `file:` URL
 * @returns {string}
 */
export function patchChunk(source, chunkUrl) {
  const signature = /async function ([\w$]+)\([\w$]+,\{title:[\w$]+,templateFileName:[\w$]+,templateOptions:[\w$]+,redocOptions:[\w$]+=\{\},redocVersion:[\w$]+,disableTelemetry:[\w$]+,inlineBundle:[\w$]+\}/g;
  const found = [...source.matchAll(signature)];
  if (found.length !== 1 || !found[0]?.[1]) throw new RedocUnavailableError(`the build-docs module has ${found.length} renderer functions of the expected shape (want 1)`);
  if (!source.includes('renderToString') || !source.includes('redoc.standalone.js')) {
    throw new RedocUnavailableError('the build-docs module no longer server-renders Redoc with an inlined standalone bundle');
  }
  const relative = /\b(from|import)\s*"(\.\.?\/[^"]+)"/g;
  const patched = source
    .replaceAll('import.meta.url', JSON.stringify(chunkUrl))
    .replace(relative, (_all, keyword, specifier) => `${keyword}${JSON.stringify(new URL(specifier, chunkUrl).href)}`);
  if (/\bimport\("\.\.?\//.test(patched)) throw new RedocUnavailableError('the build-docs module imports a relative module dynamically');
  return `${patched}\nexport { ${found[0][1]} as ${EXPORT_NAME} };\n`;
}

/**
 * @typedef {(definition: object, options: { templateFileName: string, redocOptions: object, redocVersion: string,
 *   disableTelemetry: boolean, inlineBundle: boolean, title?: string, templateOptions?: object }, configPath?: string) => Promise<string>} Prerender
 */

/**
 * Imports the renderer, writing the patched copy to the build cache first when it is not there yet.
 * @returns {Promise<Prerender>}
 */
export async function loadPrerender() {
  const { version, chunkPath } = locateBuildDocsChunk();
  const file = join(cacheDir(), `redoc-build-docs-${version}-${basename(chunkPath, '.js')}-p${PATCH_VERSION}.mjs`);
  if (!existsSync(file)) writeFileAtomic(file, patchChunk(readFileSync(chunkPath, 'utf8'), pathToFileURL(chunkPath).href));
  const module = await import(pathToFileURL(file).href);
  const prerender = module[EXPORT_NAME];
  if (typeof prerender !== 'function') throw new RedocUnavailableError(`${file} does not export the renderer`);
  return prerender;
}
