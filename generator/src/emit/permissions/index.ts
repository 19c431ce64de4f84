import { printStructure, StructureKind, type SourceFileStructure } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import type { Emitter } from '../types.js';
import { buildDeclarationStructures } from './declarations.js';
import { operationsStatement, permissionConstantsStatement, permissionInfoStatement, permissionListStatement } from './literals.js';

/** ts-morph prints a `'\n'` string statement as a blank line between statements. */
const BLANK = '\n';

/** The whole `permissions.gen.ts` as one source-file structure (printed once by `printStructure`). */
export function buildPermissionsStructure(model: ApiModel): SourceFileStructure {
  const decl = buildDeclarationStructures();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      // The runtime's "did you mean" for the helpers' errors on unknown names, shared with the client's option checks.
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/did-you-mean.js', namedImports: ['didYouMean'] }, BLANK,
      permissionListStatement(model), BLANK,
      decl.permissionType,
      decl.permissionInfo,
      decl.operationInfo,
      permissionInfoStatement(model), BLANK,
      permissionConstantsStatement(model), BLANK,
      operationsStatement(model), BLANK,
      ...decl.rest,
    ],
  };
}

/**
 * Emits `src/permissions.gen.ts`: the permission catalogue and the operation → permission map as `as const`
 * data plus small typed helpers, so code can ask "which permissions does my key need?" at compile time or
 * at run time. Built as ts-morph structures and printed once: adding nodes one by one re-parses the file
 * each time, which is quadratic on specs with thousands of operations.
 */
export const emitPermissions: Emitter = (model) => {
  const text = printStructure(buildPermissionsStructure(model), { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  return [{ path: 'src/permissions.gen.ts', contents: text }];
};
