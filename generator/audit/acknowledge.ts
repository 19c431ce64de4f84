/**
 * Acknowledgements: the user's word for what a finding's place needs. An inline comment on the finding's line
 * or the line above, `// <package>-audit: users.track, users.delete`, or an entry of the config file
 * (`<package>-audit.json`: `{ "acknowledge": [{ "file": "src/x.ts", "line": 9, "code": "dynamic-access",
 * "permissions": ["users.track"] }] }`, `line` and `code` optional). Names may be permissions or operation
 * ids (read as the permissions they need); a name that is neither becomes a finding naming the closest one,
 * and an acknowledgement left with no permission is not listed. A config entry that matches no finding is a
 * warning (`unused-acknowledgement`): stale or mistyped entries would otherwise hide nothing, silently.
 */
import { closestName, type AuditApi } from './api.js';
import { unknownAcknowledgementFinding, unusedAcknowledgementFinding } from './findings.js';
import type { Acknowledgement, Finding } from './types.js';

/** One entry of the config file's `acknowledge` list. */
export interface ConfigEntry {
  file: string;
  line?: number;
  code?: string;
  permissions: string[];
}

/** The findings left (with the names that could not be read), the acknowledgements made, and config entries that matched nothing. */
export interface Acknowledged {
  findings: Finding[];
  acknowledged: Acknowledgement[];
  /** `unused-acknowledgement` warnings, one per config entry that matched no finding. */
  warnings: Finding[];
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Applies comments (found in `texts`, by file) and config entries to `findings`. */
export function acknowledge(findings: Finding[], texts: ReadonlyMap<string, string>, entries: readonly ConfigEntry[], api: AuditApi, configName: string): Acknowledged {
  const marker = new RegExp(`//\\s*${escapeRegExp(api.packageName)}-audit:\\s*(.+)$`);
  const lines = new Map<string, string[]>();
  const linesOf = (file: string): string[] => {
    let l = lines.get(file);
    if (!l) lines.set(file, (l = (texts.get(file) ?? '').split(/\r?\n/)));
    return l;
  };
  const out: Acknowledged = { findings: [], acknowledged: [], warnings: [] };
  const used = new Set<ConfigEntry>();
  for (const finding of findings) {
    const l = linesOf(finding.file);
    const comment = [l[finding.line - 1], l[finding.line - 2]].map((t) => marker.exec(t ?? '')?.[1]).find((m) => m !== undefined);
    const entry = entries.find((e) => e.file === finding.file && (e.line === undefined || e.line === finding.line) && (e.code === undefined || e.code === finding.code));
    if (entry) used.add(entry);
    const names = comment !== undefined ? comment.split(/[\s,]+/).filter((n) => n !== '' && n !== '*/') : entry?.permissions;
    if (!names || names.length === 0) {
      out.findings.push(finding);
      continue;
    }
    const permissions = new Set<string>();
    for (const name of names) {
      const operation = api.operations[name];
      if (api.permissions.includes(name)) permissions.add(name);
      else if (operation) operation.permissions.forEach((p) => permissions.add(p));
      else out.findings.push(unknownAcknowledgementFinding(finding, name, closestName(name, api.permissions)));
    }
    if (permissions.size === 0) continue;
    out.acknowledged.push({ file: finding.file, line: finding.line, column: finding.column, code: finding.code, permissions: [...permissions].sort(), source: comment !== undefined ? 'comment' : configName });
  }
  entries.forEach((e, i) => {
    if (!used.has(e)) out.warnings.push(unusedAcknowledgementFinding(e, i, configName));
  });
  return out;
}
