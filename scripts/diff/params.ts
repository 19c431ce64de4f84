/**
 * Parameter changes of one operation, matched by location and wire name: a new required parameter or a
 * removed one breaks callers, a new optional one is a feature, a type change breaks, a new description is a
 * patch. The flattened input key (`inputName`) is part of the client's API, so renaming it breaks too.
 */
import type { ApiModel, ParameterModel } from '../../generator/src/model/types.js';
import { compareSchemas } from './schemas.js';
import type { Change } from './types.js';

function keyOf(p: ParameterModel): string {
  return `${p.in}:${p.name}`;
}

/** The changes between two operations' parameter lists; `subject` names the operation. */
export function diffParams(
  oldModel: ApiModel,
  newModel: ApiModel,
  oldParams: readonly ParameterModel[],
  newParams: readonly ParameterModel[],
  subject: string,
): Change[] {
  const changes: Change[] = [];
  const add = (severity: Change['severity'], message: string): void => {
    changes.push({ area: 'parameter', severity, subject, message });
  };
  const before = new Map(oldParams.map((p) => [keyOf(p), p]));
  const after = new Map(newParams.map((p) => [keyOf(p), p]));
  for (const [key, p] of after) {
    const label = `${p.in} parameter \`${p.name}\``;
    const old = before.get(key);
    if (!old) {
      add(p.required ? 'major' : 'minor', `${p.required ? 'required' : 'optional'} ${label} added`);
      continue;
    }
    if (!old.required && p.required) add('major', `${label} is now required`);
    if (old.required && !p.required) add('minor', `${label} is now optional`);
    if (old.inputName !== p.inputName) add('major', `${label} moved in the client input: \`${old.inputName}\` → \`${p.inputName}\``);
    if (old.style !== p.style || old.explode !== p.explode) add('major', `${label} serialisation changed (${old.style}/${old.explode} → ${p.style}/${p.explode})`);
    if (!old.deprecated && p.deprecated) add('minor', `${label} deprecated`);
    for (const c of compareSchemas({ doc: oldModel.document, schema: old.schema }, { doc: newModel.document, schema: p.schema }, 'request')) {
      add(c.severity, `${label}${c.path === '(root)' ? '' : ` ${c.path}`}: ${c.message}`);
    }
    if ((old.description ?? '') !== (p.description ?? '')) add('patch', `${label} description changed`);
  }
  for (const [key, p] of before) {
    if (!after.has(key)) add('major', `${p.in} parameter \`${p.name}\` removed`);
  }
  return changes;
}
