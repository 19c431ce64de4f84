/**
 * The vocabulary of a spec diff: each change says what it touches, how it affects existing users (as a
 * semver level) and why, in one sentence a release note can quote.
 */

/** Semver levels, in increasing order of impact. */
export type Severity = 'patch' | 'minor' | 'major';

/** What part of the API a change touches; permission changes come first in every report. */
export type ChangeArea = 'permission' | 'catalogue' | 'operation' | 'parameter' | 'request' | 'response';

/** One difference between the old and the new spec. */
export interface Change {
  area: ChangeArea;
  severity: Severity;
  /** What changed: an operation (`POST /users/track`), a permission name, … */
  subject: string;
  /** Why it matters, e.g. `now needs users.track.sync instead of users.track: existing keys get 403`. */
  message: string;
}

/** The whole comparison. */
export interface DiffReport {
  oldVersion: string;
  newVersion: string;
  /** The level the changes call for; `none` when nothing changed. */
  bump: Severity | 'none';
  /** The old version bumped by `bump` (semver), or the old version when nothing changed. */
  proposedVersion: string;
  /** Set when the new spec's `info.version` is lower than `proposedVersion` calls for. */
  versionWarning?: string;
  changes: Change[];
}

const ORDER: Record<Severity, number> = { patch: 0, minor: 1, major: 2 };

/** The highest severity of `changes`, or `none`. */
export function highestSeverity(changes: readonly Change[]): Severity | 'none' {
  let best: Severity | 'none' = 'none';
  for (const c of changes) if (best === 'none' || ORDER[c.severity] > ORDER[best]) best = c.severity;
  return best;
}

/** Sort order for reports: severity (major first), then area, then subject. */
export function compareChanges(a: Change, b: Change): number {
  const areas: ChangeArea[] = ['permission', 'catalogue', 'operation', 'parameter', 'request', 'response'];
  return (
    ORDER[b.severity] - ORDER[a.severity] ||
    areas.indexOf(a.area) - areas.indexOf(b.area) ||
    (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
