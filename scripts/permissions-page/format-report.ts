import type { Finding, ParityReport } from './types.js';

const at = (line: number) => (line > 0 ? `line ${line}: ` : '');

function section(title: string, findings: Finding[], out: string[]): void {
  const explained = findings.filter((f) => f.explanation !== undefined);
  const unexplained = findings.filter((f) => f.explanation === undefined);
  out.push(`${title}: ${findings.length === 0 ? 'none' : `${unexplained.length} unexplained, ${explained.length} explained`}`);
  if (unexplained.length > 0) {
    out.push('  unexplained:');
    for (const f of unexplained) out.push(`    ${at(f.line)}${f.permission}: ${f.message}`);
  }
  if (explained.length > 0) {
    out.push('  explained:');
    for (const f of explained) out.push(`    ${at(f.line)}${f.permission}: ${f.message} (${f.explanation})`);
  }
}

/**
 * Renders a parity report for a terminal: a summary, then sections (a) to (d), then the verdict.
 * @param strict whether page defects count against the verdict (`--strict`)
 */
export function formatReport(report: ParityReport, strict = false): string {
  const out: string[] = [
    `Permission page ${report.page} (${report.layout} layout): ${report.pagePermissionCount} permissions; ` +
      `spec catalogue: ${report.specPermissionCount}.`,
    '',
  ];
  section('(a) On the page, missing from the spec', report.missingFromSpec, out);
  section('(b) In the spec, missing from the page', report.missingFromPage, out);
  section('(c) Endpoints that differ', report.endpoints, out);
  out.push(`(d) Page defects: ${report.defects.length === 0 ? 'none' : report.defects.length}`);
  for (const d of report.defects) out.push(`    ${at(d.line)}[${d.kind}] ${d.message}`);
  out.push('');
  const failing = report.unexplained + (strict ? report.defects.length : 0);
  out.push(
    failing === 0
      ? 'Result: nothing unexplained.'
      : `Result: ${report.unexplained} unexplained difference(s)${strict ? ` and ${report.defects.length} page defect(s)` : ''}.`,
  );
  return `${out.join('\n')}\n`;
}
