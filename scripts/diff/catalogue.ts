/**
 * Changes to the permission catalogue itself, matched by permission name: a new permission is a feature
 * (a new constant), a removed one breaks code that imports its constant, and wording is a patch.
 */
import type { ApiModel } from '../../generator/src/model/types.js';
import type { Change } from './types.js';

/** Every catalogue change between the two models. */
export function diffCatalogue(oldModel: ApiModel, newModel: ApiModel): Change[] {
  const before = new Map(oldModel.permissions.map((p) => [p.name, p]));
  const after = new Map(newModel.permissions.map((p) => [p.name, p]));
  const changes: Change[] = [];
  const add = (severity: Change['severity'], subject: string, message: string): void => {
    changes.push({ area: 'catalogue', severity, subject, message });
  };
  for (const [name, b] of after) {
    const a = before.get(name);
    if (!a) {
      add('minor', name, `permission added to the catalogue (${b.group}${b.noEndpoint ? ', no REST endpoint' : ''})`);
      continue;
    }
    if (a.constName !== b.constName) add('major', name, `constant renamed: ${a.constName} → ${b.constName}`);
    if (!a.deprecated && b.deprecated) add('minor', name, 'permission deprecated');
    if (a.deprecated && !b.deprecated) add('minor', name, 'permission no longer deprecated');
    if (a.group !== b.group) add('patch', name, `moved from group "${a.group}" to "${b.group}"`);
    if (a.description !== b.description) add('patch', name, 'description changed');
    if (a.noEndpoint !== b.noEndpoint) add('patch', name, b.noEndpoint ? 'now marked as having no REST endpoint' : 'now used by a REST endpoint');
    if ((a.note ?? '') !== (b.note ?? '')) add('patch', name, 'note changed');
  }
  for (const [name, a] of before) {
    if (!after.has(name)) add('major', name, `permission removed from the catalogue (${a.constName} disappears)`);
  }
  return changes;
}
