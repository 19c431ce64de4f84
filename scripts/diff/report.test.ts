import { describe, expect, it } from 'vitest';
import { prependChangelog, renderChangelogEntry, renderTextReport } from './report.js';
import type { DiffReport } from './types.js';

const report: DiffReport = {
  oldVersion: '1.0.0',
  newVersion: '1.1.0',
  bump: 'major',
  proposedVersion: '2.0.0',
  versionWarning: 'too low',
  changes: [
    { area: 'permission', severity: 'major', subject: 'POST /a', message: 'needs `b` instead of `a`' },
    { area: 'catalogue', severity: 'minor', subject: 'b', message: 'permission added' },
  ],
};

describe('renderTextReport', () => {
  it('leads with the proposal and groups by area', () => {
    expect(renderTextReport(report)).toBe(
      [
        'Spec diff: 1.0.0 → 1.1.0',
        'Proposed bump: MAJOR → 2.0.0 (1 major, 1 minor, 0 patch)',
        'Warning: too low',
        '',
        'Permissions required by operations (1)',
        '  [major] POST /a: needs `b` instead of `a`',
        '',
        'Permission catalogue (1)',
        '  [minor] b: permission added',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing changed', () => {
    expect(renderTextReport({ ...report, bump: 'none', changes: [], versionWarning: undefined })).toContain('No API changes');
  });
});

describe('CHANGELOG', () => {
  const entry = renderChangelogEntry(report, '2026-11-22');

  it('uses the proposed version when the spec version is too low, and groups by level', () => {
    expect(entry).toBe(
      [
        '## 2.0.0 (2026-11-22)',
        '',
        'Spec 1.0.0 → 1.1.0: a **major** release.',
        '',
        '### Breaking changes',
        '',
        '- **POST /a** (permission): needs `b` instead of `a`',
        '',
        '### Features',
        '',
        '- **b** (catalogue): permission added',
        '',
      ].join('\n'),
    );
  });

  it('prepends under the title, newest first', () => {
    const first = prependChangelog('', '## 1.0.0 (2026-01-01)\n\n- old\n');
    expect(first).toBe('# Changelog\n\n## 1.0.0 (2026-01-01)\n\n- old\n');
    const second = prependChangelog(first, entry);
    expect(second.indexOf('## 2.0.0')).toBeLessThan(second.indexOf('## 1.0.0'));
    expect(second.startsWith('# Changelog\n\n## 2.0.0')).toBe(true);
    expect(second.endsWith('- old\n')).toBe(true);
  });
});
