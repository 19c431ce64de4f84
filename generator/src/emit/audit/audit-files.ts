/**
 * The audit's sources as data, read once at module load (as `runtime-files.ts` does for the runtime), so the
 * emitter stays a pure function of the model while the audit stays ordinary, unit-tested TypeScript.
 */
import { readFileSync } from 'node:fs';
import type { GeneratedFile } from '../types.js';

/** The audit's modules. Tests and fixtures are not part of the output. */
export const AUDIT_MODULES = [
  'api.ts', 'tags.ts', 'types.ts', 'syntax.ts', 'symbols.ts', 'clients.ts', 'findings.ts', 'lost-type.ts', 'visit.ts', 'load-program.ts',
  'acknowledge.ts', 'key.ts', 'report.ts', 'format-table.ts', 'format-markdown.ts', 'format-sarif.ts', 'args.ts', 'cli.ts',
] as const;

const AUDIT_DIR = new URL('../../../audit/', import.meta.url);

/** The audit's files as they go into the output (`src/audit/<name>`). */
export const AUDIT_FILES: readonly GeneratedFile[] = AUDIT_MODULES.map((name) => ({
  path: `src/audit/${name}`,
  contents: readFileSync(new URL(name, AUDIT_DIR), 'utf8'),
}));
