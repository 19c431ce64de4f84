import { printStructure, StructureKind, VariableDeclarationKind, type SourceFileStructure, type StatementStructures, type WriterFunction } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import type { Emitter } from '../types.js';
import { buildDeclarationStructures } from './declarations.js';
import { writeOperations, writePermissionConstants, writePermissionInfo, writePermissionList } from './literals.js';

function constant(name: string, docs: string, initializer: WriterFunction): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    docs: [docs],
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer }],
  };
}

/** The whole `permissions.gen.ts` as one source-file structure (printed once by `printStructure`). */
export function buildPermissionsStructure(model: ApiModel): SourceFileStructure {
  const decl = buildDeclarationStructures();
  return {
    kind: StructureKind.SourceFile,
    statements: [
      constant('PERMISSIONS', 'Every permission an API key can hold, sorted. Empty when the spec declares no permission catalogue.', writePermissionList(model)),
      decl.permissionType,
      decl.permissionInfo,
      decl.operationInfo,
      constant('PERMISSION_INFO', 'What each permission is for, where it sits in the dashboard, and which operations need it.', writePermissionInfo(model)),
      constant('Permissions', 'Permission names as constants, for autocompletion: `Permissions.USERS_TRACK === \'users.track\'`.', writePermissionConstants(model)),
      constant('OPERATIONS', 'Every operation, keyed by operationId, with the permissions it requires.', writeOperations(model)),
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
