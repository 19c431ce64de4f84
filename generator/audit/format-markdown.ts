/**
 * Markdown for a pull-request comment or a CI job summary (`>> $GITHUB_STEP_SUMMARY`): a table of
 * permissions, the least-privilege list in a code block, and the problems as lists.
 */
import type { AuditReport } from './report.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const at = (p: { file: string; line: number; column: number }): string => `\`${p.file}:${p.line}:${p.column}\``;

/** What a missing permission does: a client's declared list refuses the call; a key gets a 403 from the API. */
const MISSING_CLIENT = 'missing (the client refuses the call: BrazePermissionError)';
const MISSING_KEY = 'missing (403 at run time)';

/** The report as GitHub-flavoured Markdown. */
export function formatMarkdown(r: AuditReport): string {
  const out = [`## ${r.tool.name}: ${r.leastPrivilege.length} permission(s), ${r.unresolved.length} unresolved`, ''];
  if (r.permissions.length > 0) {
    out.push('| Permission | Operations | Call sites |', '|---|---|---|');
    for (const p of r.permissions) {
      out.push(`| \`${cell(p.permission)}\`${p.acknowledged ? ' (acknowledged)' : ''} | ${p.operations.map((o) => `\`${o}\``).join(', ')} | ${p.callSites.map(at).join('<br>')} |`);
    }
    out.push('');
  }
  out.push('Least-privilege key:', '', '```', r.leastPrivilege.join('\n'), '```', '');
  if (r.unresolved.length > 0) {
    out.push('### Unresolved', '');
    for (const f of r.unresolved) out.push(`- ${at(f)} \`${f.code}\`: ${cell(f.message)}`);
    out.push('');
  }
  const notes: [string, { file: string; line: number; column: number; text: string }[]][] = [
    ['Acknowledged', r.acknowledged.map((a) => ({ ...a, text: `\`${a.code}\` (${cell(a.source)}): ${a.permissions.map((p) => `\`${p}\``).join(', ')}` }))],
    ['Warnings', r.warnings.map((f) => ({ ...f, text: `\`${f.code}\`: ${cell(f.message)}` }))],
  ];
  for (const [title, list] of notes) {
    if (list.length === 0) continue;
    out.push(`### ${title}`, '');
    for (const n of list) out.push(`- ${at(n)} ${n.text}`);
    out.push('');
  }
  const apart: [string, AuditReport['otherCredentials']][] = [
    ['Another credential needed', r.otherCredentials], ['Deprecated', r.deprecated],
  ];
  for (const [title, list] of apart) {
    if (list.length === 0) continue;
    out.push(`### ${title}`, '');
    for (const o of list) out.push(`- \`${o.operation}\`${o.replacement ? ` (${cell(o.replacement)})` : ''}: ${o.callSites.map(at).join(', ')}`);
    out.push('');
  }
  const keys = [
    ...r.clients.filter((c) => c.declared).map((c) => ({ title: `Client at ${at(c)}`, lacks: MISSING_CLIENT, missing: c.missing, excess: c.excess })),
    ...(r.key.compared ? [{ title: 'Key', lacks: MISSING_KEY, missing: r.key.missing, excess: r.key.excess }] : []),
  ];
  for (const k of keys) {
    out.push(`### ${k.title}`, '', `- ${k.lacks}: ${k.missing.map((p) => `\`${p}\``).join(', ') || 'none'}`, `- excess (over-granted): ${k.excess.map((p) => `\`${p}\``).join(', ') || 'none'}`, '');
  }
  return `${out.join('\n')}`;
}
