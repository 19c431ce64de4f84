import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import type { ApiModel } from '../../model/types.js';
import { escapeJsDoc, toJsDocText } from '../shared/js-doc.js';
import { propertyKey, quoteString } from '../shared/identifiers.js';

/**
 * Writer functions for the big object literals of `permissions.gen.ts`. They are initializers inside the
 * file's structures, so the file is still printed once; writing them with the code-block writer keeps one
 * line per entry, which reads well and diffs well when the spec changes.
 */

function stringArray(items: string[]): string {
  return `[${items.map(quoteString).join(', ')}]`;
}

function writeDoc(writer: CodeBlockWriter, text: string, deprecated: boolean): void {
  const lines = escapeJsDoc(text).split('\n').filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
  if (deprecated) lines.push('@deprecated');
  if (lines.length === 0) return;
  if (lines.length === 1) {
    writer.writeLine(`/** ${lines[0]} */`);
    return;
  }
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(line === '' ? ' *' : ` * ${line}`);
  writer.writeLine(' */');
}

/** `['a.b', 'c.d'] as const`, one permission per line. */
export function writePermissionList(model: ApiModel): WriterFunction {
  return (writer) => {
    if (model.permissions.length === 0) {
      writer.write('[] as const');
      return;
    }
    writer.write('[').indent(() => {
      for (const p of model.permissions) writer.writeLine(`${quoteString(p.name)},`);
    });
    writer.write('] as const');
  };
}

/** `{ 'users.track': { description, group, deprecated, noEndpoint, operations }, … }`. */
export function writePermissionInfo(model: ApiModel): WriterFunction {
  return (writer) => {
    writer.write('{').indent(() => {
      for (const p of model.permissions) {
        const fields = [
          `description: ${quoteString(p.description)}`,
          `group: ${quoteString(p.group)}`,
          `deprecated: ${p.deprecated}`,
          `noEndpoint: ${p.noEndpoint}`,
          `operations: ${stringArray(p.operations)}`,
        ];
        writer.writeLine(`${quoteString(p.name)}: { ${fields.join(', ')} },`);
      }
    });
    writer.write('} as const satisfies Readonly<Record<Permission, PermissionInfo>>');
  };
}

/** `{ /** description *\/ USERS_TRACK: 'users.track', … }` with `@deprecated` where the catalogue says so. */
export function writePermissionConstants(model: ApiModel): WriterFunction {
  return (writer) => {
    writer.write('{').indent(() => {
      for (const p of model.permissions) {
        writeDoc(writer, toJsDocText([p.description, p.noEndpoint ? 'No documented REST endpoint uses this permission.' : undefined, p.note]), p.deprecated);
        writer.writeLine(`${p.constName}: ${quoteString(p.name)},`);
      }
    });
    writer.write('} as const');
  };
}

/** `{ usersTrack: { method, path, permissions, tag, deprecated }, … }`, keyed by operationId. */
export function writeOperations(model: ApiModel): WriterFunction {
  return (writer) => {
    writer.write('{').indent(() => {
      for (const op of model.operations) {
        const fields = [
          `method: ${quoteString(op.method)}`,
          `path: ${quoteString(op.path)}`,
          `permissions: ${stringArray(op.permissions)}`,
          `tag: ${quoteString(op.tag)}`,
          `deprecated: ${op.deprecated}`,
        ];
        writer.writeLine(`${propertyKey(op.operationId)}: { ${fields.join(', ')} },`);
      }
    });
    writer.write('} as const satisfies Readonly<Record<string, OperationInfo>>');
  };
}
