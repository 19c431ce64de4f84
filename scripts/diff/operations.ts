/**
 * Operation-level changes, matched by HTTP method and path (the wire identity). The permission an operation
 * requires is checked first and hardest: Braze keys cannot be edited, so an operation that needs a
 * different permission fails with 403 for every key created for the old one.
 */
import type { ApiModel, OperationModel } from '../../generator/src/model/types.js';
import { requestSchema, responseSchema } from './document.js';
import { diffParams } from './params.js';
import { compareSchemas } from './schemas.js';
import type { Change } from './types.js';

/** `POST /users/track`. */
export function subjectOf(op: OperationModel): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

function list(names: readonly string[]): string {
  return names.length === 0 ? 'no permission' : [...names].sort().map((n) => `\`${n}\``).join(' + ');
}

function schemeNames(op: OperationModel): string {
  return op.security.map((req) => Object.keys(req.schemes).sort().join('+')).sort().join(' | ');
}

/** Permission and authentication changes of one operation. */
export function diffOperationPermissions(a: OperationModel, b: OperationModel): Change[] {
  const subject = subjectOf(b);
  const changes: Change[] = [];
  const before = [...a.permissions].sort().join();
  const after = [...b.permissions].sort().join();
  if (before !== after) {
    const added = b.permissions.filter((p) => !a.permissions.includes(p));
    const message =
      added.length === 0
        ? `needs ${list(b.permissions)} instead of ${list(a.permissions)}: existing keys keep working`
        : `needs ${list(b.permissions)} instead of ${list(a.permissions)}: every existing key without ${list(added)} now gets 403 (keys cannot be edited; create a new one)`;
    changes.push({ area: 'permission', severity: added.length === 0 ? 'minor' : 'major', subject, message });
  }
  if (schemeNames(a) !== schemeNames(b)) {
    changes.push({ area: 'permission', severity: 'major', subject, message: `authentication changed: ${schemeNames(a) || 'none'} → ${schemeNames(b) || 'none'}` });
  }
  return changes;
}

function diffBody(oldModel: ApiModel, newModel: ApiModel, a: OperationModel, b: OperationModel): Change[] {
  const subject = subjectOf(b);
  const add = (severity: Change['severity'], message: string): Change => ({ area: 'request', severity, subject, message });
  if (!a.body && !b.body) return [];
  if (!a.body) return [add(b.body?.required ? 'major' : 'minor', `${b.body?.required ? 'required' : 'optional'} request body added`)];
  if (!b.body) return [add('major', 'request body removed')];
  const changes: Change[] = [];
  if (a.body.contentType !== b.body.contentType) changes.push(add('major', `request content type ${a.body.contentType} → ${b.body.contentType}`));
  if (!a.body.required && b.body.required) changes.push(add('major', 'request body is now required'));
  if (a.body.required && !b.body.required) changes.push(add('minor', 'request body is now optional'));
  const schemaChanges = compareSchemas(
    { doc: oldModel.document, schema: requestSchema(oldModel, a) },
    { doc: newModel.document, schema: requestSchema(newModel, b) },
    'request',
  );
  for (const c of schemaChanges) changes.push(add(c.severity, `body ${c.path}: ${c.message}`));
  return changes;
}

function diffResponse(oldModel: ApiModel, newModel: ApiModel, a: OperationModel, b: OperationModel): Change[] {
  const subject = subjectOf(b);
  const add = (severity: Change['severity'], message: string): Change => ({ area: 'response', severity, subject, message });
  const changes: Change[] = [];
  if (a.successStatus !== b.successStatus) changes.push(add('major', `success status ${a.successStatus} → ${b.successStatus}`));
  const schemaChanges = compareSchemas(
    { doc: oldModel.document, schema: responseSchema(oldModel, a) },
    { doc: newModel.document, schema: responseSchema(newModel, b) },
    'response',
  );
  for (const c of schemaChanges) changes.push(add(c.severity, `${b.successStatus} ${c.path}: ${c.message}`));
  const statusesA = a.responses.map((r) => r.status);
  const statusesB = b.responses.map((r) => r.status);
  for (const s of statusesB.filter((x) => !statusesA.includes(x))) changes.push(add('patch', `response ${s} documented`));
  for (const s of statusesA.filter((x) => !statusesB.includes(x))) changes.push(add('patch', `response ${s} no longer documented`));
  return changes;
}

function diffSurface(a: OperationModel, b: OperationModel): Change[] {
  const subject = subjectOf(b);
  const changes: Change[] = [];
  const add = (severity: Change['severity'], message: string): void => {
    changes.push({ area: 'operation', severity, subject, message });
  };
  if (a.clientPath.join('.') !== b.clientPath.join('.')) add('major', `client method renamed: ${a.clientPath.join('.')} → ${b.clientPath.join('.')}`);
  if (a.operationId !== b.operationId) add('major', `operationId renamed: ${a.operationId} → ${b.operationId}`);
  if (JSON.stringify(a.pagination) !== JSON.stringify(b.pagination)) {
    add(a.pagination ? 'major' : 'minor', a.pagination ? 'pagination changed' : `now paginated (${b.pagination?.style})`);
  }
  if (!a.deprecated && b.deprecated) add('minor', 'deprecated');
  if (a.deprecated && !b.deprecated) add('minor', 'no longer deprecated');
  if (a.earlyAccess !== b.earlyAccess) add('patch', b.earlyAccess ? 'now marked early access' : 'no longer early access');
  if ((a.rateLimit?.summary ?? '') !== (b.rateLimit?.summary ?? '')) {
    add('patch', `rate limit: ${a.rateLimit?.summary ?? 'default'} → ${b.rateLimit?.summary ?? 'default'}`);
  }
  if ((a.summary ?? '') !== (b.summary ?? '') || (a.description ?? '') !== (b.description ?? '')) add('patch', 'summary or description changed');
  if ((a.docsUrl ?? '') !== (b.docsUrl ?? '')) add('patch', 'documentation link changed');
  return changes;
}

/** Every operation change between the two models. */
export function diffOperations(oldModel: ApiModel, newModel: ApiModel): Change[] {
  const before = new Map(oldModel.operations.map((op) => [subjectOf(op), op]));
  const after = new Map(newModel.operations.map((op) => [subjectOf(op), op]));
  const changes: Change[] = [];
  for (const [subject, b] of after) {
    const a = before.get(subject);
    if (!a) {
      changes.push({ area: 'operation', severity: 'minor', subject, message: `operation added: ${b.clientPath.join('.')} (needs ${list(b.permissions)})` });
      continue;
    }
    changes.push(
      ...diffOperationPermissions(a, b),
      ...diffSurface(a, b),
      ...diffParams(oldModel, newModel, a.params, b.params, subject),
      ...diffBody(oldModel, newModel, a, b),
      ...diffResponse(oldModel, newModel, a, b),
    );
  }
  for (const [subject, a] of before) {
    if (!after.has(subject)) changes.push({ area: 'operation', severity: 'major', subject, message: `operation removed: ${a.clientPath.join('.')}` });
  }
  return changes;
}
