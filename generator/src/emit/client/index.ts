/**
 * The client emitter: the hand-written runtime copied verbatim into `src/runtime/`, one standalone function
 * per operation in `src/operations.gen.ts`, and the typed, permission-aware entry in `src/client.gen.ts`.
 * Names and shapes are planned once (`planOperations`, `buildFacadeTree`) and each file is printed once from
 * ts-morph structures, so the work is linear in the number of operations.
 */
import type { Emitter } from '../types.js';
import { renderClientFile } from './client-file.js';
import { buildFacadeTree } from './facade-tree.js';
import { renderOperationsFile } from './operations-file.js';
import { planOperations, RUNTIME_TYPE_NAMES } from './plan.js';
import { RUNTIME_FILES } from './runtime-files.js';

/** Emits the client: runtime files, `src/operations.gen.ts` and `src/client.gen.ts`. */
export const emitClient: Emitter = (model) => {
  const plans = planOperations(model);
  const taken = new Set<string>([
    ...RUNTIME_TYPE_NAMES,
    ...plans.flatMap((p) => [p.fn, p.inputType, p.responseType, ...(p.allFn ? [p.allFn] : []), ...(p.pagesFn ? [p.pagesFn] : [])]),
  ]);
  const root = buildFacadeTree(plans, taken, 'Braze');
  return [
    ...RUNTIME_FILES,
    { path: 'src/operations.gen.ts', contents: renderOperationsFile(plans, model.permissions.length > 0, model.packageName) },
    { path: 'src/client.gen.ts', contents: renderClientFile(model, plans, root) },
  ];
};
