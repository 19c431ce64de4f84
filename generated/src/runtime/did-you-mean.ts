// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * "Did you mean …?" for a name that is not one of a known list: the client's option checks (`options-check.ts`)
 * and the generated permission helpers (`permissionsFor`, `operationsAllowedBy`) share it, so a misspelt option,
 * permission or operationId is answered the same way everywhere. A module of its own, outside the runtime's
 * index: only code that names it bundles it.
 */

/**
 * Levenshtein distance (insertions, deletions and substitutions), hand-written: ten lines do not justify a
 * dependency in a runtime that has none. One row of the table at a time.
 */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + +(a[i - 1] !== b[j - 1]));
    row = next;
  }
  return row[b.length]!;
}

/** The candidate nearest to `value` by edit distance, case aside (the first of equals). */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const d = (c: string) => editDistance(value.toLowerCase(), c.toLowerCase());
  return candidates.reduce<string | undefined>((best, c) => (best === undefined || d(c) < d(best) ? c : best), undefined);
}

/**
 * `; did you mean "x"?`, naming the candidate nearest to `value`, to end a message about an unknown name; empty
 * when there are no candidates. `value` may be anything an untyped caller passed (it is compared as a string).
 */
export function didYouMean(value: unknown, candidates: readonly string[]): string {
  const best = closest(String(value), candidates);
  return best === undefined ? '' : `; did you mean ${JSON.stringify(best)}?`;
}
