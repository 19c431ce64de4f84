import type { ApiModel } from '../../model/types.js';
import { escapeJsDoc, renderJsDoc, toJsDocText } from '../shared/js-doc.js';
import { propertyKey, quoteString } from '../../shared/identifiers.js';

/**
 * The data statements of `permissions.gen.ts` (the big `as const` literals), as source text placed among the
 * file's structures. ts-morph prints a multi-line initializer with a hanging indent (every entry four spaces
 * in, the closing bracket two), so these are written out here, one entry per line, which also diffs well
 * when the spec changes; the file is still printed once.
 */

function stringArray(items: string[]): string {
  return `[${items.map(quoteString).join(', ')}]`;
}

function exportConst(doc: string, name: string, open: string, entries: string[], close: string): string {
  const body = entries.length === 0 ? `${open}${close}` : `${open}\n${entries.join('\n')}\n${close}`;
  return `${renderJsDoc(doc)}export const ${name} = ${body};`;
}

function propertyDoc(text: string, deprecated: boolean): string {
  const lines = escapeJsDoc(text).split('\n');
  if (deprecated) lines.push('@deprecated');
  const kept = lines.filter((l, i) => l !== '' || i > 0);
  if (kept.length === 0) return '';
  return renderJsDoc(kept.join('\n'), '  ');
}

/** `PERMISSIONS`: every permission name, sorted, `as const`. */
export function permissionListStatement(model: ApiModel): string {
  return exportConst(
    'Every permission an API key can hold, sorted. Empty when the spec declares no permission catalogue.',
    'PERMISSIONS', '[', model.permissions.map((p) => `  ${quoteString(p.name)},`), '] as const',
  );
}

/** `PERMISSION_INFO`: per permission its description, group, flags and the operations that need it. */
export function permissionInfoStatement(model: ApiModel): string {
  const entries = model.permissions.map((p) => {
    const fields = [
      `description: ${quoteString(p.description)}`,
      `group: ${quoteString(p.group)}`,
      `deprecated: ${p.deprecated}`,
      `noEndpoint: ${p.noEndpoint}`,
      `operations: ${stringArray(p.operations)}`,
    ];
    return `  ${quoteString(p.name)}: { ${fields.join(', ')} },`;
  });
  return exportConst(
    'What each permission is for, where it sits in the dashboard, and which operations need it.',
    'PERMISSION_INFO', '{', entries, '} as const satisfies Readonly<Record<Permission, PermissionInfo>>',
  );
}

/** `Permissions`: `USERS_TRACK: 'users.track'` with the description as JSDoc and `@deprecated` where due. */
export function permissionConstantsStatement(model: ApiModel): string {
  const entries = model.permissions.map((p) => {
    const text = toJsDocText([p.description, p.noEndpoint ? 'No documented REST endpoint uses this permission.' : undefined, p.note]);
    return `${propertyDoc(text, p.deprecated)}  ${p.constName}: ${quoteString(p.name)},`;
  });
  return exportConst(
    "Permission names as constants, for autocompletion: `Permissions.USERS_TRACK === 'users.track'`.",
    'Permissions', '{', entries, '} as const',
  );
}

/** `OPERATIONS`: per operationId its method, path, permissions, tag and deprecation. */
export function operationsStatement(model: ApiModel): string {
  const entries = model.operations.map((op) => {
    const fields = [
      `method: ${quoteString(op.method)}`,
      `path: ${quoteString(op.path)}`,
      `permissions: ${stringArray(op.permissions)}`,
      `auth: ${quoteString(op.auth)}`,
      `tag: ${quoteString(op.tag)}`,
      `deprecated: ${op.deprecated}`,
    ];
    return `  ${propertyKey(op.operationId)}: { ${fields.join(', ')} },`;
  });
  return exportConst(
    'Every operation, keyed by operationId, with the permissions it requires.',
    'OPERATIONS', '{', entries, '} as const satisfies Readonly<Record<string, OperationInfo>>',
  );
}
