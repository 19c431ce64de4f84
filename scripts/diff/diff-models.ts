/**
 * Compares two models of the API and proposes the semver bump they call for. The old spec's `info.version`
 * (as the package maps it to semver) is the base; when the new spec's version falls short of the proposal
 * the report says so, because the package is published under the spec's version.
 */
import { toSemver } from '../../generator/src/emit/package/version.js';
import type { ApiModel } from '../../generator/src/model/types.js';
import { diffCatalogue } from './catalogue.js';
import { diffOperations } from './operations.js';
import { bumpVersion, compareVersions } from './semver.js';
import { compareChanges, highestSeverity, type Change, type DiffReport } from './types.js';

function diffInfo(oldModel: ApiModel, newModel: ApiModel): Change[] {
  const changes: Change[] = [];
  if (oldModel.title !== newModel.title) changes.push({ area: 'operation', severity: 'patch', subject: 'info', message: `title "${oldModel.title}" → "${newModel.title}"` });
  if ((oldModel.description ?? '') !== (newModel.description ?? '')) changes.push({ area: 'operation', severity: 'patch', subject: 'info', message: 'API description changed' });
  return changes;
}

/** The full report: sorted changes, the bump, the proposed version and any version warning. */
export function diffModels(oldModel: ApiModel, newModel: ApiModel): DiffReport {
  const changes = [...diffCatalogue(oldModel, newModel), ...diffOperations(oldModel, newModel), ...diffInfo(oldModel, newModel)].sort(compareChanges);
  const bump = highestSeverity(changes);
  const oldVersion = toSemver(oldModel.version);
  const newVersion = toSemver(newModel.version);
  const proposedVersion = bumpVersion(oldVersion, bump);
  const report: DiffReport = { oldVersion, newVersion, bump, proposedVersion, changes };
  if (bump !== 'none' && compareVersions(newVersion, proposedVersion) < 0) {
    const shown = newModel.version === newVersion ? newVersion : `${newModel.version} (${newVersion})`;
    report.versionWarning = `the new spec's info.version ${shown} is lower than the ${bump} bump requires: set it to ${proposedVersion} or higher`;
  }
  return report;
}
