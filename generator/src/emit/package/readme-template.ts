/**
 * The README template's text. The emitter itself stays a pure function of its inputs: the template is read
 * once, when this module is first imported, from the toolkit's own `templates/` folder (never from the spec
 * or the output folder), and tests pass their own template to `createPackageEmitter` instead.
 */
import { readFileSync } from 'node:fs';

/** Where the template lives, relative to this module (`generator/src/emit/package/`). */
export const README_TEMPLATE_URL = new URL('../../../../templates/package/README.md.hbs', import.meta.url);

let cached: string | undefined;

/** The template text, read on first use and cached for the life of the process. */
export function readmeTemplate(): string {
  cached ??= readFileSync(README_TEMPLATE_URL, 'utf8');
  return cached;
}
