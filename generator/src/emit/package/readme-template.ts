/**
 * The README template's text, read once when this module is imported, from the toolkit's own `templates/`
 * folder (never from the spec or the output folder), so that emitting stays a pure function with no file
 * system access. Tests pass their own template to `createPackageEmitter` instead.
 */
import { readFileSync } from 'node:fs';

/** Where the template lives, relative to this module (`generator/src/emit/package/`). */
export const README_TEMPLATE_URL = new URL('../../../../templates/package/README.md.hbs', import.meta.url);

/** The template text. */
export const README_TEMPLATE: string = readFileSync(README_TEMPLATE_URL, 'utf8');
