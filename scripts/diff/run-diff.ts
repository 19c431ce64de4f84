/**
 * The diff command as a function: load both sides, compare, print, optionally write the CHANGELOG. Kept
 * apart from the thin CLI so tests can run it with captured output.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { reaches, type DiffArgs } from './args.js';
import { diffModels } from './diff-models.js';
import { loadModel, loadModelAtRef } from './load.js';
import { buildChangeRecord, initialChangeRecord, recordChange } from './record.js';
import { prependChangelog, renderChangelogEntry, renderTextReport } from './report.js';
import { toSemver } from '../../generator/src/emit/package/version.js';
import type { DiffReport } from './types.js';

/** The report, what was printed, and the exit status the CLI should use. */
export interface DiffRun {
  report: DiffReport;
  output: string;
  exitCode: number;
}

/** Runs the comparison described by `args`. */
export async function runDiff(args: DiffArgs): Promise<DiffRun> {
  const date = args.date ?? new Date().toISOString().slice(0, 10);
  if (args.initial) return recordInitial(args, date);
  const oldModel = args.base !== undefined ? await loadModelAtRef(args.base, args.newSpec) : await loadModel(args.oldSpec ?? '');
  const newModel = await loadModel(args.newSpec);
  const report = diffModels(oldModel, newModel);
  const output = args.json ? `${JSON.stringify(report, null, 2)}\n` : renderTextReport(report);
  if (args.changelog !== undefined) {
    const existing = existsSync(args.changelog) ? readFileSync(args.changelog, 'utf8') : '';
    writeFileSync(args.changelog, prependChangelog(existing, renderChangelogEntry(report, date)));
  }
  let recorded = '';
  if (args.record !== undefined) {
    const record = buildChangeRecord(oldModel, newModel, report, date);
    recordChange(args.record, record);
    recorded = `Recorded ${record.version} (${record.bump}) in ${args.record}: run \`npm run generate\` for the docs' Changes page.\n`;
  }
  const exitCode = args.failOn !== undefined && reaches(report.bump, args.failOn) ? 2 : 0;
  return { report, output: output + recorded, exitCode };
}

/** `--initial`: the spec recorded as the first release. */
async function recordInitial(args: DiffArgs, date: string): Promise<DiffRun> {
  const model = await loadModel(args.newSpec);
  const version = toSemver(model.version);
  const record = initialChangeRecord(model, version, date);
  recordChange(args.record ?? '', record);
  const report: DiffReport = { oldVersion: version, newVersion: version, bump: 'none', proposedVersion: version, changes: [] };
  return { report, output: `Recorded ${version} (first release, ${model.operations.length} operations) in ${args.record}.\n`, exitCode: 0 };
}
