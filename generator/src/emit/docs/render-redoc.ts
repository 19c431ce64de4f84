/**
 * Renders a document with Redocly's `build-docs` renderer (Redoc 3, server-side rendered, Redoc's standalone
 * bundle inlined) and returns the two strings our page template needs: Redoc's `<head>` part (its
 * styled-components styles) and its body part (prerendered HTML plus the hydrating module script).
 *
 * The render runs in-process, in a worker thread (`redoc-renderer.ts`), calling the CLI's own renderer
 * function (`redoc-build-docs.mjs`); when that function cannot be found in the installed `@redocly/cli`, it
 * falls back to running the CLI in a child process (`redoc-cli.ts`), once warned. Both paths run the same
 * code with the same template, so they give the same page.
 */
import { renderWithCli } from './redoc-cli.js';
import { RedocUnavailableError, renderInWorker } from './redoc-renderer.js';

export { warmRedocRenderer } from './redoc-renderer.js';

/** Redoc's output, split into the parts our template places. */
export interface RedocParts {
  /** `<style>` tags of the prerendered page (goes in `<head>`). */
  head: string;
  /** `<div id="redoc">…</div>` and the inline module script that hydrates it. */
  html: string;
}

/** The marker `redoc-shell.hbs` prints between Redoc's two parts. */
const SPLIT = '<!-- redoc:split -->';

/** Splits the shell template's output into Redoc's parts. */
export function splitRedocPage(page: string): RedocParts {
  const at = page.indexOf(SPLIT);
  if (at < 0 || page.indexOf(SPLIT, at + 1) >= 0) throw new Error('docs: Redoc ignored the page template (want exactly one split marker in its output)');
  return { head: page.slice(0, at).trim(), html: page.slice(at + SPLIT.length).trim() };
}

let fallbackReason: string | undefined;

/** Renders `document` with Redoc options `redocOptions` (as `build-docs --openapi` takes them). */
export async function renderRedoc(document: Record<string, unknown>, redocOptions: Record<string, unknown>): Promise<RedocParts> {
  if (fallbackReason === undefined) {
    try {
      return splitRedocPage(await renderInWorker(document, redocOptions));
    } catch (error) {
      if (!(error instanceof RedocUnavailableError)) throw error;
      fallbackReason = error.message.split('\n')[0] ?? error.message;
      console.warn(`docs: rendering with \`redocly build-docs\` in a child process (slower): ${fallbackReason}`);
    }
  }
  return splitRedocPage(await renderWithCli(document, redocOptions));
}
