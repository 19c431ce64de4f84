/**
 * Finds our operation for one of Braze's: the same method and path (path variables compared by position, not
 * name), else — when their path is not one of ours — the one of ours with the same method whose path shares
 * the longest tail with theirs (`/users/export/segment/cancel` → our `/export/segment/cancel`). Such a tail
 * match is a defect of their file: its path contradicts the endpoint it documents.
 */
import type { OurOperation, PeerOperation } from './types.js';

/** `/catalogs/{catalog_name}/items/` → `/catalogs/{}/items`. */
export function normalisePath(path: string): string {
  const trimmed = path.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  return trimmed.replace(/\{[^}]*\}/g, '{}');
}

const segments = (path: string): string[] => normalisePath(path).split('/').filter((s) => s !== '');

/** How many trailing segments two paths share. */
function sharedTail(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How one of their operations maps to ours: its own path, by tail (a defect of theirs), several by tail, or none. */
export type Match =
  | { kind: 'exact'; ours: OurOperation }
  | { kind: 'tail'; ours: OurOperation }
  | { kind: 'ambiguous'; candidates: OurOperation[] }
  | { kind: 'none' };

/** Our operation for `peer` (see the file comment). A tail match needs at least two shared segments. */
export function matchOperation(peer: PeerOperation, ours: OurOperation[]): Match {
  const key = normalisePath(peer.path);
  const sameMethod = ours.filter((o) => o.method === peer.method);
  const exact = sameMethod.find((o) => normalisePath(o.path) === key);
  if (exact) return { kind: 'exact', ours: exact };
  const theirs = segments(peer.path);
  let best = 0;
  let candidates: OurOperation[] = [];
  for (const o of sameMethod) {
    const shared = sharedTail(theirs, segments(o.path));
    if (shared < 2 || shared < best) continue;
    if (shared > best) [best, candidates] = [shared, []];
    candidates.push(o);
  }
  if (candidates.length === 1) return { kind: 'tail', ours: candidates[0]! };
  return candidates.length > 1 ? { kind: 'ambiguous', candidates } : { kind: 'none' };
}
