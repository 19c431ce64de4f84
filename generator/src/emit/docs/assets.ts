/**
 * Reads the docs page's templates from `templates/docs/`. They are inputs of the generator (like its source
 * code), read once per run; the emitter itself stays a function of the model and these texts.
 */
import { readFileSync } from 'node:fs';
import type { PageAssets } from './page.js';

/** The folder of the docs templates. */
export const DOCS_TEMPLATES_URL = new URL('../../../../templates/docs/', import.meta.url);

/** Everything the docs emitter reads from `templates/docs/`. */
export interface DocsAssets extends PageAssets {
  /** `introduction.md`: the prose of Redoc's first page. */
  introduction: string;
}

/** Reads the docs templates. */
export function readDocsAssets(): DocsAssets {
  const read = (name: string): string => readFileSync(new URL(name, DOCS_TEMPLATES_URL), 'utf8');
  return {
    template: read('page.hbs'),
    css: read('docs.css'),
    script: read('key-builder.js'),
    partials: { changes: read('changes.hbs'), audit: read('audit.hbs'), operationMarks: read('operation-marks.hbs') },
    introduction: read('introduction.md'),
  };
}
