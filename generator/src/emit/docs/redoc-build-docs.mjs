/**
 * In-process access to the renderer behind `redocly build-docs`.
 *
 * `@redocly/cli` 2 ships as one esbuild bundle whose only export for this command is the CLI handler (it reads
 * the description from a file, bundles it again and writes the page to a file). The renderer that handler
 * calls — Redoc 3's `prepareApiDocs`, React's `renderToString` inside styled-components' `ServerStyleSheet`,
 * the Handlebars template and the inlined `redoc.standalone.js` hydration script — is one internal function of
 * the chunk that holds the handler: `async function <name>(definition, { title, templateFileName, … })`. This
 * module finds that chunk (through the CLI's own `import()` of it), bundles it with esbuild into one CommonJS
 * file that also exports that function under a fixed name, and `require`s that file. The bundle runs the CLI's
 * own code with the CLI's own dependencies, so the page is byte-for-byte what `build-docs` writes (a test
 * compares the two).
 *
 * Why a CommonJS bundle: the chunk and the ~20 modules it imports are ~5 MB of ES modules, which Node 20
 * parses and compiles anew on every run (~0.3 s of CPU). One CommonJS file goes through the V8 code cache
 * (`compile-cache.mjs`, which the worker installs), so later runs load it in about half that.
 *
 * The bundle differs from the chunk only in where it is: esbuild resolves every import from the chunk's own
 * folder, and each file's `import.meta.url` (`.dirname`, `.filename`) becomes that file's own value, so the
 * bundle finds `redoc.standalone.js` and everything else exactly as the original does. It is cached in the build
 * cache, named by the CLI version, the chunk's (content-hashed) file name and `PATCH_VERSION`. Anything
 * unexpected (a new CLI layout, esbuild missing) throws a `RedocUnavailableError`; the caller then falls back to
 * running the CLI in a child process, so an upgrade can make docs slower but never wrong.
 *
 * Plain JavaScript: it runs inside a worker thread, which loads it without any TypeScript loader.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { cacheDir, withOwnImportMeta, writeFileAtomic } from '../../build-cache.mjs';
import { forgetCompiled } from '../../compile-cache.mjs';

/** Bump when `bundleRenderer` changes, so bundles made by an older version are not reused. */
const PATCH_VERSION = 2;

/** The name the bundle exports the renderer under. */
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
 * The name of the chunk's renderer function, after checking that the chunk still renders the way this module
 * expects (exactly one function of the renderer's shape, server rendering, an inlined standalone bundle).
 * @param {string} source the chunk's text
 * @returns {string}
 */
export function rendererName(source) {
  const signature = /async function ([\w$]+)\([\w$]+,\{title:[\w$]+,templateFileName:[\w$]+,templateOptions:[\w$]+,redocOptions:[\w$]+=\{\},redocVersion:[\w$]+,disableTelemetry:[\w$]+,inlineBundle:[\w$]+\}/g;
  const found = [...source.matchAll(signature)];
  if (found.length !== 1 || !found[0]?.[1]) throw new RedocUnavailableError(`the build-docs module has ${found.length} renderer functions of the expected shape (want 1)`);
  if (!source.includes('renderToString') || !source.includes('redoc.standalone.js')) {
    throw new RedocUnavailableError('the build-docs module no longer server-renders Redoc with an inlined standalone bundle');
  }
  return found[0][1];
}

/**
 * The chunk at `chunkPath` and everything it imports, bundled by esbuild as one CommonJS module that exports
 * the renderer as `EXPORT_NAME` (see above).
 * @param {string} chunkPath
 * @returns {Promise<string>} the bundle's text
 */
export async function bundleRenderer(chunkPath) {
  const source = readFileSync(chunkPath, 'utf8');
  const name = rendererName(source);
  const esbuild = await import('esbuild').catch((error) => {
    throw new RedocUnavailableError(`esbuild is not available to bundle the build-docs module: ${error.message}`);
  });
  const entry = await withOwnImportMeta(esbuild, `${source}\nexport { ${name} as ${EXPORT_NAME} };\n`, chunkPath);
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: dirname(chunkPath), sourcefile: chunkPath, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [{
      name: 'own-import-meta',
      setup(build) {
        build.onLoad({ filter: /\.[cm]?js$/ }, async (args) => {
          const text = readFileSync(args.path, 'utf8');
          return text.includes('import.meta') ? { contents: await withOwnImportMeta(esbuild, text, args.path), loader: 'js' } : undefined;
        });
      },
    }],
  });
  const output = result.outputFiles?.[0];
  if (!output) throw new RedocUnavailableError('esbuild produced no bundle of the build-docs module');
  return output.text;
}

/**
 * @typedef {(definition: object, options: { templateFileName: string, redocOptions: object, redocVersion: string,
 *   disableTelemetry: boolean, inlineBundle: boolean, title?: string, templateOptions?: object }, configPath?: string) => Promise<string>} Prerender
 */

/**
 * Loads the renderer, bundling it into the build cache first when it is not there yet (older bundles, and
 * their compiled code, are removed then).
 * @returns {Promise<Prerender>}
 */
export async function loadPrerender() {
  const { version, chunkPath } = locateBuildDocsChunk();
  const dir = cacheDir();
  const name = `redoc-build-docs-${version}-${basename(chunkPath, '.js')}-p${PATCH_VERSION}.cjs`;
  const file = join(dir, name);
  if (!existsSync(file)) {
    writeFileAtomic(file, await bundleRenderer(chunkPath));
    for (const old of readdirSync(dir)) {
      if (!old.startsWith('redoc-build-docs-') || old === name) continue;
      rmSync(join(dir, old), { force: true });
      forgetCompiled(dir, join(dir, old));
    }
  }
  const prerender = createRequire(import.meta.url)(file)[EXPORT_NAME];
  if (typeof prerender !== 'function') throw new RedocUnavailableError(`${file} does not export the renderer`);
  return prerender;
}
