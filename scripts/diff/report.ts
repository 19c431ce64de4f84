/** Renders a diff report for people: a terminal report and a Markdown CHANGELOG entry. */
import type { Change, ChangeArea, DiffReport, Severity } from './types.js';

const AREA_TITLES: Record<ChangeArea, string> = {
  permission: 'Permissions required by operations',
  catalogue: 'Permission catalogue',
  operation: 'Operations',
  parameter: 'Parameters',
  request: 'Request bodies',
  response: 'Responses',
};

const LEVEL_TITLES: Record<Severity, string> = { major: 'Breaking changes', minor: 'Features', patch: 'Fixes and documentation' };

function byArea(changes: readonly Change[]): Map<ChangeArea, Change[]> {
  const groups = new Map<ChangeArea, Change[]>();
  for (const area of Object.keys(AREA_TITLES) as ChangeArea[]) {
    const inArea = changes.filter((c) => c.area === area);
    if (inArea.length > 0) groups.set(area, inArea);
  }
  return groups;
}

/** The terminal report: the proposal first, then the changes grouped by area, permissions first. */
export function renderTextReport(report: DiffReport): string {
  const lines = [`Spec diff: ${report.oldVersion} → ${report.newVersion}`];
  if (report.bump === 'none') {
    lines.push('No API changes: no release needed.');
    return `${lines.join('\n')}\n`;
  }
  const counts = (['major', 'minor', 'patch'] as const).map((s) => `${report.changes.filter((c) => c.severity === s).length} ${s}`);
  lines.push(`Proposed bump: ${report.bump.toUpperCase()} → ${report.proposedVersion} (${counts.join(', ')})`);
  if (report.versionWarning) lines.push(`Warning: ${report.versionWarning}`);
  for (const [area, changes] of byArea(report.changes)) {
    lines.push('', `${AREA_TITLES[area]} (${changes.length})`);
    for (const c of changes) lines.push(`  [${c.severity}] ${c.subject}: ${c.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The version a release of the new spec should carry: its own, or the proposal when that is higher. */
export function releaseVersion(report: DiffReport): string {
  return report.versionWarning ? report.proposedVersion : report.newVersion;
}

/** One CHANGELOG entry in Markdown, grouped by semver level; `date` is `YYYY-MM-DD`. */
export function renderChangelogEntry(report: DiffReport, date: string): string {
  const lines = [`## ${releaseVersion(report)} (${date})`, ''];
  if (report.bump === 'none') {
    lines.push('No API changes.', '');
    return lines.join('\n');
  }
  lines.push(`Spec ${report.oldVersion} → ${report.newVersion}: a **${report.bump}** release.`, '');
  for (const level of ['major', 'minor', 'patch'] as const) {
    const changes = report.changes.filter((c) => c.severity === level);
    if (changes.length === 0) continue;
    lines.push(`### ${LEVEL_TITLES[level]}`, '');
    for (const c of changes) lines.push(`- **${c.subject}** (${c.area}): ${c.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

const HEADER = '# Changelog\n';

/** `existing` with `entry` inserted after the `# Changelog` title (added when missing), newest first. */
export function prependChangelog(existing: string, entry: string): string {
  const body = existing.startsWith(HEADER) ? existing.slice(HEADER.length).replace(/^\n+/, '') : existing;
  return `${HEADER}\n${entry.trimEnd()}\n${body === '' ? '' : `\n${body}`}`;
}
