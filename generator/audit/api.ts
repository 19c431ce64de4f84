/**
 * What the audit knows about one generated API, handed to it by the package's generated `bin` entry: the
 * package name (the tags' first word), the names that can lead to an operation (so only those nodes are
 * resolved through the checker), and the `OPERATIONS` / `PERMISSION_INFO` tables the permissions emitter
 * writes. Nothing here is specific to Braze: a package generated from GitHub's description passes its own.
 */

/** One row of the generated `OPERATIONS` table (only the fields the audit reads). */
export interface OperationRow {
  readonly method: string;
  readonly path: string;
  readonly permissions: readonly string[];
  readonly auth: 'permissions' | 'none' | 'other';
  readonly deprecated: boolean;
}

/** The audit's view of a generated API. */
export interface AuditApi {
  packageName: string;
  /** The package's version (`--version`). */
  version?: string;
  operations: Readonly<Record<string, OperationRow>>;
  /** Every permission of the catalogue (the keys of `PERMISSION_INFO`). */
  permissions: readonly string[];
  /** Standalone function names (`usersTrack`, `usersListAll`): identifiers worth resolving. */
  functionNames: readonly string[];
  /** Facade member names (groups and methods: `users`, `track`, `all`): property names worth resolving. */
  memberNames: readonly string[];
  /** For deprecated operations, what the API says replaces them. */
  deprecations?: Readonly<Record<string, string>>;
}

/** The permission names closest to `name` (edit distance), for "did you mean" messages. */
export function closestName(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance, one row at a time (hand-written: a dozen lines do not warrant a dependency). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
