import { describe, expect, it } from 'vitest';
import { FIXTURE_SPEC, fixture } from './fixtures.js';
import { runCheck } from './run-check.js';

describe('runCheck', () => {
  it('exits 0 and says so when everything is explained', async () => {
    const result = await runCheck([fixture('page-clean.md'), '--spec', FIXTURE_SPEC]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('(a) On the page, missing from the spec: none\n');
    expect(result.stdout).toContain('(d) Page defects: 1\n    line 64: [endpoint-typo]');
    expect(result.stdout.trimEnd().endsWith('Result: nothing unexplained.')).toBe(true);
  });

  it('exits 1 with unexplained differences, and --strict also counts page defects', async () => {
    const plain = await runCheck([fixture('page-plain.txt'), `--spec=${FIXTURE_SPEC}`]);
    expect(plain.exitCode).toBe(1);
    expect(plain.stdout).toContain('Result: 5 unexplained difference(s).');
    const strict = await runCheck([fixture('page-clean.md'), '--spec', FIXTURE_SPEC, '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toContain('Result: 0 unexplained difference(s) and 1 page defect(s).');
  });

  it('prints the report as JSON with --json', async () => {
    const result = await runCheck([fixture('page-defects.md'), '--spec', FIXTURE_SPEC, '--json']);
    const report = JSON.parse(result.stdout);
    expect(result.exitCode).toBe(1);
    expect(report.unexplained).toBe(5);
    expect(report.defects.map((d: { kind: string }) => d.kind)).toEqual([
      'duplicate',
      'group-mismatch',
      'repeated-table',
      'misspelling',
    ]);
  });

  it('exits 2 on bad arguments or an unreadable page', async () => {
    expect((await runCheck([])).exitCode).toBe(2);
    expect((await runCheck(['a.md', '--frobnicate'])).stderr).toMatch(/^Unknown option --frobnicate/);
    const missing = await runCheck([fixture('no-such-page.md'), '--spec', FIXTURE_SPEC]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toMatch(/^Cannot read .*no-such-page\.md/);
  });
});
