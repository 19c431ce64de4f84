// The release history's shape: read by the load stage (changes.yaml) and carried by the model, so it sits below both.

/**
 * One release of the spec as `npm run diff -- --record` wrote it to `changes.yaml`: what the spec diff found
 * between the previous recorded version and this one. The docs' Changes page is made from these.
 */
export interface ChangeRecord {
  /** The version released (`info.version`, or the diff's proposal when that is higher). */
  version: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The version it was compared with; absent for the first release. */
  previous?: string;
  /** The semver level of the changes; `initial` for the first release. */
  bump: 'major' | 'minor' | 'patch' | 'none' | 'initial';
  /** Why that level, one sentence each (the diff's messages of the highest level). */
  reasons: string[];
  /** Operations that now need other permissions (the changes that break existing keys). */
  permissionChanges: { operation: string; operationId: string; before: string[]; after: string[]; message: string }[];
  added: ChangedOperation[];
  removed: ChangedOperation[];
  /** Every other change the diff found (catalogue, parameters, bodies, responses). */
  other: { severity: 'major' | 'minor' | 'patch'; area: string; subject: string; message: string }[];
}

/** An operation added or removed in a release, with the permissions it needs (needed before, for a removed one). */
export interface ChangedOperation {
  /** `POST /users/track`. */
  operation: string;
  operationId: string;
  permissions: string[];
}
