import { StructureKind, type FunctionDeclarationStructure, type InterfaceDeclarationStructure, type TypeAliasDeclarationStructure, type StatementStructures } from 'ts-morph';

/**
 * The model-independent declarations of `permissions.gen.ts`: types and helper functions. They are the same
 * for every spec; only the data above them changes. They must compile when there is no catalogue
 * (`Permission = never`) and when an operation needs no permission.
 */
export function buildDeclarationStructures(): {
  permissionType: TypeAliasDeclarationStructure;
  permissionInfo: InterfaceDeclarationStructure;
  operationInfo: InterfaceDeclarationStructure;
  rest: StatementStructures[];
} {
  return {
    permissionType: {
      kind: StructureKind.TypeAlias, isExported: true, name: 'Permission', type: '(typeof PERMISSIONS)[number]',
      docs: ['A permission name, e.g. `\'users.track\'` (`never` when the spec has no catalogue).'],
    },
    permissionInfo: {
      kind: StructureKind.Interface, isExported: true, name: 'PermissionInfo',
      docs: ['What the catalogue says about one permission.'],
      properties: [
        { name: 'description', type: 'string', isReadonly: true },
        { name: 'group', type: 'string', isReadonly: true, docs: ['The tab it sits under on the dashboard\'s permission page.'] },
        { name: 'deprecated', type: 'boolean', isReadonly: true },
        { name: 'noEndpoint', type: 'boolean', isReadonly: true, docs: ['True when no documented REST endpoint uses it.'] },
        { name: 'operations', type: 'readonly OperationId[]', isReadonly: true, docs: ['operationIds of the operations that require it.'] },
      ],
    },
    operationInfo: {
      kind: StructureKind.Interface, isExported: true, name: 'OperationInfo',
      docs: ['What `OPERATIONS` records about one operation.'],
      properties: [
        { name: 'method', type: 'string', isReadonly: true },
        { name: 'path', type: 'string', isReadonly: true },
        { name: 'permissions', type: 'readonly Permission[]', isReadonly: true, docs: ['Every permission the operation requires; empty when it needs none.'] },
        { name: 'auth', type: "'permissions' | 'none' | 'other'", isReadonly: true, docs: ['`permissions`: called with an API key holding `permissions`; `none`: no credential needed; `other`: only another credential works (a SCIM token), never a permission-scoped key.'] },
        { name: 'tag', type: 'string', isReadonly: true },
        { name: 'deprecated', type: 'boolean', isReadonly: true },
      ],
    },
    rest: [
      {
        kind: StructureKind.TypeAlias, isExported: true, name: 'OperationId', type: 'keyof typeof OPERATIONS',
        docs: ['An operationId of the spec.'],
      },
      {
        kind: StructureKind.TypeAlias, isExported: true, name: 'OperationsAllowedBy', typeParameters: [{ name: 'P', constraint: 'Permission' }],
        docs: ['The operations a key holding exactly the permissions `P` may call: those whose every required permission is in `P`, plus those that need no credential; never those that need another credential (`auth: \'other\'`).'],
        type: '{ [K in OperationId]: (typeof OPERATIONS)[K][\'auth\'] extends \'other\' ? never : [Exclude<(typeof OPERATIONS)[K][\'permissions\'][number], P>] extends [never] ? K : never }[OperationId]',
      },
      unknownOperationId(),
      permissionsFor(),
      operationsAllowedBy(),
    ],
  };
}

/**
 * The error for a string that is not an operationId. Users most often pass a permission name there (they read
 * `users.track` on the dashboard), so that case names the permission's operations; anything else names the
 * closest operationId.
 */
function unknownOperationId(): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function, name: 'unknownOperationId',
    docs: ['The `TypeError` for an unknown operationId: a permission\'s operations when it is a permission name, else the closest operationId.'],
    parameters: [{ name: 'id', type: 'string' }],
    returnType: 'TypeError',
    statements: [
      'const info: Readonly<Record<string, PermissionInfo>> = PERMISSION_INFO;',
      'return new TypeError(Object.hasOwn(info, id)\n  ? `${JSON.stringify(id)} is a permission, not an operationId; its operations: ${info[id]!.operations.join(\', \') || \'none\'}`\n  : `unknown operationId ${JSON.stringify(id)}${didYouMean(id, Object.keys(OPERATIONS))}`);',
    ],
  };
}

function permissionsFor(): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function, isExported: true, name: 'permissionsFor',
    docs: ['The least-privilege permission set for calling the given operations: every permission they require, deduplicated and sorted. Create the key with exactly these. An operation that needs another credential (`auth: \'other\'`, e.g. a SCIM token) adds none: no permission-scoped key can call it. An unknown operationId (from untyped code) throws a `TypeError` naming it and the closest operationId, or, when it is a permission name, that permission\'s operations.'],
    parameters: [{ name: 'operationIds', type: 'readonly OperationId[]' }],
    returnType: 'Permission[]',
    statements: [
      'const needed = new Set<Permission>();',
      'for (const id of operationIds) {\n  if (!Object.hasOwn(OPERATIONS, id)) throw unknownOperationId(id);\n  const operation: OperationInfo = OPERATIONS[id];\n  for (const permission of operation.permissions) needed.add(permission);\n}',
      'return [...needed].sort();',
    ],
  };
}

function operationsAllowedBy(): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function, isExported: true, name: 'operationsAllowedBy',
    docs: ['The operations a key with these permissions may call (sorted): those whose every required permission is held, plus those that need no credential. Operations that need another credential (`auth: \'other\'`, e.g. a SCIM token) are never included. An unknown permission (from untyped code) throws a `TypeError` naming it and the closest permission, or, for an operationId, what it needs.'],
    parameters: [{ name: 'permissions', type: 'readonly Permission[]' }],
    returnType: 'OperationId[]',
    statements: [
      'const operations: Readonly<Record<string, OperationInfo>> = OPERATIONS;',
      'for (const permission of permissions) {\n  if (Object.hasOwn(PERMISSION_INFO, permission)) continue;\n  const operation = Object.hasOwn(operations, permission) ? operations[permission] : undefined;\n  throw new TypeError(operation\n    ? `${JSON.stringify(permission)} is an operationId, not a permission; it needs: ${operation.permissions.join(\', \') || \'none\'}`\n    : `unknown permission ${JSON.stringify(permission)}${didYouMean(permission, PERMISSIONS)}`);\n}',
      'const held = new Set<string>(permissions);',
      'const entries = Object.entries(OPERATIONS) as [OperationId, OperationInfo][];',
      'return entries\n  .filter(([, operation]) => operation.auth !== \'other\' && operation.permissions.every((permission) => held.has(permission)))\n  .map(([id]) => id)\n  .sort();',
    ],
  };
}
