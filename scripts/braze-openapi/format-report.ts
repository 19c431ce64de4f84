/**
 * Renders the comparison for a terminal: per operation of Braze's files, what ours lacks, where they
 * disagree and what ours has extra; then the defects of their files; then the verdict.
 */
import type { BrazeOpenApiReport, Difference } from './types.js';

const ORDER: Difference['kind'][] = ['lacks', 'disagrees', 'extra'];
const TITLE: Record<Difference['kind'], string> = { lacks: 'ours lacks', disagrees: 'disagrees', extra: 'ours extra' };
const where = (file: string, line?: number) => `${file}${line === undefined ? '' : `:${line}`}`;

/**
 * @param strict whether defects of Braze's files count against the verdict (`--strict`)
 * @param verbose whether to list what ours has extra (it is counted either way)
 */
export function formatReport(report: BrazeOpenApiReport, strict = false, verbose = false): string {
  const out: string[] = [
    `Braze's OpenAPI files: ${report.files.length} read${report.skipped.length > 0 ? `, ${report.skipped.length} skipped` : ''}, ` +
      `${report.peerOperationCount} operation(s); our spec: ${report.ourOperationCount} operations ` +
      `(${report.ourOperationCount - report.uncovered.length} covered by these files).`,
  ];
  for (const s of report.skipped) out.push(`  skipped ${s.file}: ${s.reason}`);
  out.push('');
  for (const op of report.operations) {
    const shown = op.differences.filter((d) => verbose || d.kind !== 'extra');
    const extras = op.differences.length - shown.length;
    const elsewhere = op.ours && (op.ours.method !== op.method || op.ours.path !== op.path) ? ` (${op.ours.method} ${op.ours.path})` : '';
    const ours = op.ours ? `ours: ${op.ours.operationId}${elsewhere} at ${where(op.ours.file, op.ours.line)}` : 'not in ours';
    const tail = shown.length === 0 ? (extras > 0 ? `: agrees (ours has ${extras} extra)` : ': agrees') : '';
    out.push(`${op.method} ${op.path}  (${where(op.peer.file, op.peer.line)}; ${ours})${tail}`);
    for (const kind of ORDER) for (const d of shown.filter((x) => x.kind === kind)) out.push(`  - ${TITLE[kind]}: ${d.message}`);
    if (shown.length > 0 && extras > 0) out.push(`  (and ${extras} extra in ours; --verbose lists them)`);
  }
  out.push('', `Defects in Braze's files: ${report.defects.length === 0 ? 'none' : report.defects.length}`);
  for (const d of report.defects) out.push(`  ${where(d.file, d.line)}: [${d.kind}] ${d.message}`);
  const { lacks, disagrees, extra, defects } = report.counts;
  out.push('', `Result: ours lacks ${lacks}, disagrees on ${disagrees}, has ${extra} extra; ${defects} defect(s) in Braze's files` +
    `${strict ? ' (counted: --strict)' : ''}.`);
  out.push(failing(report, strict) ? 'Ours is not yet a superset of Braze\'s files.' : 'Ours is a superset of Braze\'s files, with no disagreement.');
  return `${out.join('\n')}\n`;
}

/** Whether the run exits 1: ours lacks or disagrees on something (and, with `strict`, their files have defects). */
export function failing(report: BrazeOpenApiReport, strict: boolean): boolean {
  return report.counts.lacks + report.counts.disagrees > 0 || (strict && report.counts.defects > 0);
}
