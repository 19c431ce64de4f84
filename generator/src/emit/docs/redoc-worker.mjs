/**
 * Worker thread that renders Redoc pages (see `redoc-renderer.ts`). It starts loading Redocly's renderer as
 * soon as it starts, so the React/Redoc modules load on the second core while the main thread loads the spec,
 * then answers `{ id, document, options }` messages with `{ id, html }` or `{ id, error, unavailable }`.
 *
 * It loads the renderer through the V8 code cache (`compile-cache.mjs`) and writes the cache after its first
 * render, when the functions rendering needs are compiled too, and before it replies: the main process does not
 * wait for a worker to exit, so an entry written at exit could be lost.
 *
 * Redocly's logger writes progress lines ("Prerendering docs") to stderr; they are kept in memory and only
 * shown as part of an error, so a successful run prints nothing.
 */
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { cacheDir } from '../../build-cache.mjs';
import { installCompileCache } from '../../compile-cache.mjs';
import { loadPrerender, RedocUnavailableError } from './redoc-build-docs.mjs';

/** The page template: Redoc's two parts around a marker (`redoc-renderer.ts` splits on it). */
const SHELL_TEMPLATE = fileURLToPath(new URL('./redoc-shell.hbs', import.meta.url));

let log = '';
process.stderr.write = (chunk) => {
  log = `${log}${String(chunk)}`.slice(-4000);
  return true;
};

const compiled = installCompileCache(cacheDir());
const ready = loadPrerender().catch((error) => {
  throw error instanceof RedocUnavailableError ? error : new RedocUnavailableError(`cannot load the build-docs renderer: ${error.message}`);
});
ready.catch(() => {}); // reported with the first request

parentPort?.on('message', async (request) => {
  const { id, document, options } = request;
  try {
    const prerender = await ready;
    log = '';
    const html = await prerender(document, {
      templateFileName: SHELL_TEMPLATE,
      redocOptions: options,
      redocVersion: 'inline',
      disableTelemetry: true,
      inlineBundle: true,
    });
    compiled.flush(); // a no-op once the cache has the renderer
    parentPort?.postMessage({ id, html });
  } catch (error) {
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    parentPort?.postMessage({ id, error: `${message}\n${log}`.trim(), unavailable: error instanceof RedocUnavailableError });
  }
});
