/**
 * The docs emitter: `docs/index.html`, one self-contained page (no request to any other host, strict CSP)
 * with Redoc's reference of a docs-specific copy of the document, a permission matrix and a key builder.
 *
 * Pipeline: model → decorated document (`buildDocsDocument`) → Redoc render (`renderRedoc`, Redocly's
 * `build-docs` renderer in a worker thread) → our page around it (`renderPage`, Handlebars
 * `templates/docs/page.hbs`).
 */
import type { ApiModel } from '../../model/types.js';
import type { EmitContext, Emitter, GeneratedFile } from '../types.js';
import { readDocsAssets, type DocsAssets } from './assets.js';
import { SAMPLE_LABELS } from './code-sample.js';
import { buildDocsDocument } from './docs-document.js';
import { DEFAULT_DOCS_OPTIONS, type DocsOptions } from './docs-options.js';
import { genericIntroduction, hasPermissionScopedKey, renderIntroduction } from './introduction.js';
import { renderPage } from './page.js';
import { buildPageView } from './page-view.js';
import { buildPermissionMatrix } from './permission-matrix.js';
import { renderRedoc, warmRedocRenderer, type RedocParts } from './render-redoc.js';

export { DEFAULT_DOCS_OPTIONS, type DocsOptions } from './docs-options.js';

/** The output path, relative to the output folder. */
export const DOCS_PATH = 'docs/index.html';

/**
 * Redoc settings: our TypeScript samples first (Redoc only shows `x-codeSamples` whose label is a configured
 * language), then Redoc's own curl sample and the payload; no telemetry.
 */
export const REDOC_OPTIONS: Record<string, unknown> = {
  codeSamples: {
    languages: [
      { lang: 'TypeScript', label: SAMPLE_LABELS.facade },
      { lang: 'TypeScript', label: SAMPLE_LABELS.standalone },
      { lang: 'curl' },
      { lang: 'Payload' },
    ],
  },
  jsonSamplesExpandLevel: 3,
  hideLoading: true,
  sortRequiredPropsFirst: true,
  disableTelemetry: true,
};

/** What `createDocsEmitter` needs: settings, template texts, and the Redoc renderer (replaceable in tests). */
export interface DocsEmitterInput {
  options: DocsOptions;
  assets: DocsAssets;
  render?: (document: Record<string, unknown>, redocOptions: Record<string, unknown>) => Promise<RedocParts>;
}

/** An emitter with explicit settings and templates. */
export function createDocsEmitter(input: DocsEmitterInput): Emitter {
  const render = input.render ?? renderRedoc;
  return async (model: ApiModel, _ctx: EmitContext): Promise<GeneratedFile[]> => {
    const introduction = renderIntroduction(hasPermissionScopedKey(model) ? input.assets.introduction : genericIntroduction(model), model);
    const document = buildDocsDocument(model, input.options, introduction);
    const matrix = buildPermissionMatrix(model, input.options.clientVariable);
    const redoc = await render(document, REDOC_OPTIONS);
    const view = buildPageView(model, matrix, `${model.packageName}/permissions`);
    const contents = renderPage(input.assets, view, redoc);
    return [{ path: DOCS_PATH, contents }];
  };
}

/** The docs emitter with the Braze defaults and the templates of `templates/docs/`. */
export const emitDocs: Emitter = (model, ctx) =>
  createDocsEmitter({ options: DEFAULT_DOCS_OPTIONS, assets: readDocsAssets() })(model, ctx);

/** Starts loading Redoc on its worker thread, ahead of `emitDocs` (the registry's `prepare` hook). */
export function warmDocs(): void {
  warmRedocRenderer();
}
