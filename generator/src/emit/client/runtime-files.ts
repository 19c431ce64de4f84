/**
 * The client runtime as data. The runtime is real, unit-tested TypeScript in `generator/runtime/`; the client
 * emitter copies it verbatim into `src/runtime/`. Emitters are pure functions of the model, so they cannot
 * read files; instead this module reads the fixed list of runtime sources once, when it is first imported,
 * and exposes them as constant data. The emitter stays pure (same model → same files) and the runtime stays
 * ordinary source with its own tests, with no build step keeping a copy in sync.
 */
import { readFileSync } from 'node:fs';
import type { GeneratedFile } from '../types.js';

/** The runtime modules, in dependency order. Tests and test helpers are not part of the output. */
export const RUNTIME_MODULES = [
  'errors.ts', 'rate-limit.ts', 'redact.ts', 'retry.ts', 'url.ts', 'path-style.ts', 'query-style.ts', 'transport.ts', 'node-transport.ts', 'client.ts',
  'request.ts', 'encoders.ts', 'multipart.ts', 'paginate.ts', 'facade.ts', 'types.ts', 'did-you-mean.ts', 'options-check.ts', 'logger.ts', 'index.ts', 'record-permissions.ts',
] as const;

const RUNTIME_DIR = new URL('../../../runtime/', import.meta.url);

/** The runtime's files as they go into the output (`src/runtime/<name>`), read once at module load. */
export const RUNTIME_FILES: readonly GeneratedFile[] = RUNTIME_MODULES.map((name) => ({
  path: `src/runtime/${name}`,
  contents: readFileSync(new URL(name, RUNTIME_DIR), 'utf8'),
}));
