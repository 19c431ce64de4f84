/**
 * Renders the package README from `templates/package/README.md.hbs`. Handlebars is used for Markdown only
 * (never TypeScript); HTML escaping is off because the view already escapes for Markdown, and `strict` makes
 * a misspelt field in the template throw instead of printing nothing.
 */
import Handlebars from 'handlebars';
import type { ReadmeView } from './readme-view.js';

/** Compiles the template once per call and renders the view; collapses runs of 3+ newlines. */
export function renderReadme(template: string, view: ReadmeView): string {
  const render = Handlebars.create().compile<ReadmeView>(template, { noEscape: true, strict: true });
  return `${render(view).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
