/**
 * The view of the docs' Changes page, made from the recorded release history (`model.changes`, read from
 * `changes.yaml`, written by `npm run diff -- --record`). Permission changes come first in each release: an
 * operation that now needs another permission fails with 403 for every key created before (keys cannot be
 * edited), which is what a team calling it must learn from this page.
 */
import type { ApiModel, ChangeRecord, ChangedOperation } from '../../model/types.js';
import { operationHref } from './anchors.js';

/** An operation as the page lists it, linked into the reference when the current spec still has it. */
export interface ChangesOperation {
  operation: string;
  operationId: string;
  href?: string;
  permissions: string[];
}

/** One release on the page. */
export interface ChangesRelease {
  /** The element id of its heading (`release-2-0-0`). */
  id: string;
  version: string;
  date: string;
  previous?: string;
  bump: ChangeRecord['bump'];
  /** The bump in words: `major: breaks existing keys or code`. */
  bumpLabel: string;
  reasons: string[];
  permissionChanges: { operation: string; href?: string; before: string[]; after: string[]; message: string; breaking: boolean }[];
  added: ChangesOperation[];
  removed: ChangesOperation[];
  other: ChangeRecord['other'];
  /** More than a screenful of added operations: shown collapsed. */
  collapseAdded: boolean;
}

/** What the Changes partial prints. */
export interface ChangesView {
  releases: ChangesRelease[];
  /** Releases that changed what some operation requires. */
  permissionReleases: number;
}

const BUMP_LABELS: Record<ChangeRecord['bump'], string> = {
  major: 'major: breaks existing keys or code',
  minor: 'minor: new operations or permissions',
  patch: 'patch: fixes and wording',
  none: 'no API change',
  initial: 'first release',
};

/** Lists longer than this are collapsed behind a summary. */
const COLLAPSE_AFTER = 12;

/** Builds the Changes page's view; empty when the spec has no recorded history. */
export function buildChangesView(model: ApiModel): ChangesView {
  const byId = new Map(model.operations.map((o) => [o.operationId, o]));
  const href = (operationId: string): { href?: string } => {
    const op = byId.get(operationId);
    return op ? { href: operationHref(op) } : {};
  };
  const operation = (o: ChangedOperation): ChangesOperation => ({ ...o, ...href(o.operationId) });
  const releases = (model.changes ?? []).map((r): ChangesRelease => ({
    id: `release-${r.version.replace(/[^A-Za-z0-9]+/g, '-')}`,
    version: r.version,
    date: r.date,
    ...(r.previous ? { previous: r.previous } : {}),
    bump: r.bump,
    bumpLabel: BUMP_LABELS[r.bump],
    reasons: r.reasons,
    permissionChanges: r.permissionChanges.map((c) => ({
      operation: c.operation,
      ...href(c.operationId),
      before: c.before,
      after: c.after,
      message: c.message,
      // A permission it did not need before, or the same permissions under another authentication: 403 for old keys.
      breaking: c.after.some((p) => !c.before.includes(p)) || c.after.join() === c.before.join(),
    })),
    added: r.added.map(operation),
    removed: r.removed.map((o) => ({ ...o })),
    other: r.other,
    collapseAdded: r.added.length > COLLAPSE_AFTER,
  }));
  return { releases, permissionReleases: releases.filter((r) => r.permissionChanges.length > 0).length };
}
