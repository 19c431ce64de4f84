import type { Emitter } from '../types.js';
import { renderJsDoc } from '../shared/js-doc.js';

/**
 * Emits `src/index.ts`, the package entry: everything users import comes from here, so the other generated
 * files can be reorganised without breaking imports. Schema types are re-exported as types only (the file
 * has no runtime values).
 */
export const emitIndexFile: Emitter = (model) => {
  const doc = renderJsDoc(`${model.title} ${model.version}: typed client, permission constants and schema types.`);
  const contents = [
    doc,
    "export * from './permissions.gen.js';",
    "export * from './client.gen.js';",
    "export type { paths, components, operations } from './schema.gen.js';",
    '',
  ].join('\n');
  return [{ path: 'src/index.ts', contents }];
};
