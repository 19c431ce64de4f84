/**
 * The default output: readable in a terminal. Permissions in order, each with its operations and call sites,
 * then the acknowledgements, the least-privilege list ready to paste into the key form, then everything the
 * audit could not resolve, warnings, operations listed apart and the comparisons: a client's declared list
 * (a call it lacks is refused by the client, `BrazePermissionError`) and `--key` (a 403 from the API).
 */
import type { AuditReport } from './report.js';

const at = (p: { file: string; line: number; column: number }): string => `${p.file}:${p.line}:${p.column}`;

/** The report as text for a terminal. */
export function formatTable(r: AuditReport): string {
  const out: string[] = [`${r.tool.name}: ${r.filesVisited} file${r.filesVisited === 1 ? '' : 's'} of ${r.project}`, ''];
  if (r.permissions.length === 0) out.push('No call needs a permission.');
  for (const p of r.permissions) {
    out.push(`${p.permission}${p.acknowledged ? '  (acknowledged)' : ''}`);
    for (const op of p.operations) {
      const sites = p.callSites.filter((s) => s.operation === op);
      out.push(`  ${op}  (${sites.length} call site${sites.length === 1 ? '' : 's'})`);
      for (const s of sites) out.push(`    ${at(s)}`);
    }
  }
  if (r.acknowledged.length > 0) {
    out.push('', `Acknowledged (${r.acknowledged.length}):`);
    for (const a of r.acknowledged) out.push(`  ${at(a)}  [${a.code}, ${a.source}] ${a.permissions.join(', ')}`);
  }
  out.push('', `Least privilege (${r.leastPrivilege.length}): ${r.leastPrivilege.join(', ') || '(none)'}`);
  const apart: [string, AuditReport['otherCredentials']][] = [
    ['Need another credential (not a key permission)', r.otherCredentials],
    ['Need no permission', r.noPermission],
    ['Deprecated', r.deprecated],
  ];
  for (const [title, list] of apart) {
    if (list.length === 0) continue;
    out.push('', `${title}:`);
    for (const o of list) out.push(`  ${o.operation}${o.replacement ? ` — ${o.replacement}` : ''}: ${o.callSites.map(at).join(', ')}`);
  }
  if (r.unresolved.length > 0) {
    out.push('', `Unresolved (${r.unresolved.length}):`);
    for (const f of r.unresolved) out.push(`  ${at(f)}  [${f.code}] ${f.message}`);
  }
  if (r.warnings.length > 0) {
    out.push('', `Warnings (${r.warnings.length}):`);
    for (const f of r.warnings) out.push(`  ${at(f)}  [${f.code}] ${f.message}`);
  }
  for (const c of r.clients) {
    if (!c.declared) continue;
    out.push('', `Client at ${at(c)} declares ${c.declared.length} permission(s)`);
    if (c.missing.length > 0) out.push(`  missing (the client refuses the call: BrazePermissionError): ${c.missing.join(', ')}`);
    if (c.excess.length > 0) out.push(`  excess (over-granted): ${c.excess.join(', ')}`);
  }
  if (r.key.compared) {
    out.push('', 'Key:');
    out.push(`  missing (403 at run time): ${r.key.missing.join(', ') || '(none)'}`);
    out.push(`  excess (over-granted): ${r.key.excess.join(', ') || '(none)'}`);
  }
  return `${out.join('\n')}\n`;
}
