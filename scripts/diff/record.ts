/**
 * `--record <file>`: turns a diff into one entry of the spec's release history (`spec/changes.yaml`), the
 * file the generator reads for the docs' Changes page. The entry is structured (added and removed operations,
 * permission changes with before/after, the other changes) so the page can show a team which operation now
 * needs another permission. Recording the same version again replaces its entry, so rerunning after a fix is
 * safe; entries stay newest first. The file is checked with the generator's own reader before and after.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { parseChanges } from '../../generator/src/load/changes-file.js';
import type { ApiModel, ChangeRecord, ChangedOperation, OperationModel } from '../../generator/src/model/types.js';
import { subjectOf } from './operations.js';
import { releaseVersion } from './report.js';
import { compareVersions } from './semver.js';
import type { DiffReport } from './types.js';

const HEADER = `# The spec's release history, newest first: one entry per released info.version, written by
#   npm run diff -- --base <git ref of the previous release> --record spec/changes.yaml
# (see README.md, "Releasing a spec change"). Never edit it by hand: the docs' Changes page is made from it.
`;

function changed(op: OperationModel): ChangedOperation {
  return { operation: subjectOf(op), operationId: op.operationId, permissions: [...op.permissions].sort() };
}

/** The entry for the release of `newModel` after `oldModel`, from their diff `report`; `date` is `YYYY-MM-DD`. */
export function buildChangeRecord(oldModel: ApiModel, newModel: ApiModel, report: DiffReport, date: string): ChangeRecord {
  const before = new Map(oldModel.operations.map((op) => [subjectOf(op), op]));
  const after = new Map(newModel.operations.map((op) => [subjectOf(op), op]));
  const permissionChanges = report.changes
    .filter((c) => c.area === 'permission')
    .map((c) => {
      const a = before.get(c.subject);
      const b = after.get(c.subject);
      return { operation: c.subject, operationId: b?.operationId ?? a?.operationId ?? '', before: [...(a?.permissions ?? [])].sort(), after: [...(b?.permissions ?? [])].sort(), message: c.message };
    });
  const isAddOrRemove = (c: DiffReport['changes'][number]): boolean => c.area === 'operation' && (!before.has(c.subject) || !after.has(c.subject));
  return {
    version: releaseVersion(report),
    date,
    previous: report.oldVersion,
    bump: report.bump,
    reasons: report.bump === 'none' ? ['No API changes.'] : report.changes.filter((c) => c.severity === report.bump).map((c) => `${c.subject}: ${c.message}`),
    permissionChanges,
    added: [...after].filter(([s]) => !before.has(s)).map(([, op]) => changed(op)),
    removed: [...before].filter(([s]) => !after.has(s)).map(([, op]) => changed(op)),
    other: report.changes.filter((c) => c.area !== 'permission' && !isAddOrRemove(c)).map((c) => ({ severity: c.severity, area: c.area, subject: c.subject, message: c.message })),
  };
}

/** The entry of a first release: every operation of `model` added. */
export function initialChangeRecord(model: ApiModel, version: string, date: string): ChangeRecord {
  const n = model.operations.length;
  const p = model.permissions.length;
  return {
    version,
    date,
    bump: 'initial',
    reasons: [`First release: ${n} operation${n === 1 ? '' : 's'}${p > 0 ? ` and ${p} permission${p === 1 ? '' : 's'}` : ''}.`],
    permissionChanges: [],
    added: model.operations.map(changed),
    removed: [],
    other: [],
  };
}

/** The history `existing` with `record` in place: replacing the entry of its version, else inserted by version, newest first. */
export function withRecord(existing: ChangeRecord[], record: ChangeRecord): ChangeRecord[] {
  const rest = existing.filter((r) => r.version !== record.version);
  return [...rest, record].sort((a, b) => compareVersions(b.version, a.version) || b.date.localeCompare(a.date));
}

/** The file's text for `records`. */
export function renderChanges(records: ChangeRecord[]): string {
  return `${HEADER}${stringify({ entries: records }, { lineWidth: 0 })}`;
}

/** Adds `record` to the history file at `path` (created when missing), written atomically. */
export function recordChange(path: string, record: ChangeRecord): void {
  const existing = existsSync(path) ? parseChanges(readFileSync(path, 'utf8'), path) : [];
  const text = renderChanges(withRecord(existing, record));
  parseChanges(text, path); // what the generator will read back
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
