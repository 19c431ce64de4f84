import { describe, expect, it } from 'vitest';
import { FIXTURE_SPEC, fixture } from './fixtures.js';
import { runCheck } from './run-check.js';

describe('runCheck', () => {
  it('exits 0 when ours is a superset with no disagreement', async () => {
    const result = await runCheck([fixture('clean/things_things_track.yaml'), '--spec', FIXTURE_SPEC]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^POST \/things\/track {2}\(.*things_things_track\.yaml:18; ours: thingsTrack at .*openapi\.yaml:23\): agrees \(ours has 2 extra\)$/m);
    expect(result.stdout.trimEnd().endsWith('Ours is a superset of Braze\'s files, with no disagreement.')).toBe(true);
    const verbose = await runCheck([fixture('clean/things_things_track.yaml'), '--spec', FIXTURE_SPEC, '--verbose']);
    expect(verbose.stdout).toContain('  - ours extra: body field `things[].color` is only in ours\n');
  });

  it('exits 1 and lists per operation what ours lacks and where it disagrees, then the defects', async () => {
    const result = await runCheck([fixture('braze'), `--spec=${FIXTURE_SPEC}`]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('6 read, 3 skipped');
    expect(result.stdout).toContain('  - disagrees: Braze\'s file states 100 per hour; ours has 100 per minute\n');
    expect(result.stdout).toContain('  - disagrees: Braze\'s file names `templates.things.info`; ours requires `templates.translations.get`\n');
    expect(result.stdout).toMatch(/things_track_localized\.yaml: not English \(de, from its info\)/);
    expect(result.stdout).toMatch(/export_export_segment_cancel\.yaml:18: \[path-contradicts-spec\] POST \/users\/export\/segment\/cancel is not a Braze path; our spec has POST \/export\/segment\/cancel/);
    expect(result.stdout).toContain('Result: ours lacks 3, disagrees on 3, has 2 extra; 3 defect(s) in Braze\'s files.');
  });

  it('prints JSON with --json, and with --strict counts defects of their files', async () => {
    const json = await runCheck([fixture('braze/export_export_segment_cancel.yaml'), '--spec', FIXTURE_SPEC, '--json']);
    expect(json.exitCode).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.defects.map((d: { kind: string }) => d.kind)).toEqual(['path-contradicts-spec']);
    expect(report.operations[0].ours.operationId).toBe('exportSegmentCancel');
    const strict = await runCheck([fixture('braze/export_export_segment_cancel.yaml'), '--spec', FIXTURE_SPEC, '--strict']);
    expect(strict.exitCode).toBe(1);
  });

  it('exits 2 on bad arguments, YAML errors (file:line), unreadable input and an invalid spec', async () => {
    expect((await runCheck([])).exitCode).toBe(2);
    expect((await runCheck(['x.yaml', '--frobnicate'])).stderr).toMatch(/^Unknown option --frobnicate/);
    const yaml = await runCheck([fixture('broken/syntax.yaml'), '--spec', FIXTURE_SPEC]);
    expect([yaml.exitCode, yaml.stdout]).toEqual([2, '']);
    expect(yaml.stderr).toMatch(/^.*broken\/syntax\.yaml:\d+: YAML syntax error: Missing closing "quote\n$/);
    const missing = await runCheck([fixture('nowhere.yaml'), '--spec', FIXTURE_SPEC]);
    expect(missing.stderr).toMatch(/^Cannot read .*nowhere\.yaml: no such file or folder/);
    const badSpec = await runCheck([fixture('clean'), '--spec', fixture('broken/syntax.yaml')]);
    expect(badSpec.exitCode).toBe(2);
    expect(badSpec.stderr).toMatch(/^Cannot load the spec .*syntax\.yaml:\n.*syntax\.yaml:\d+: /);
  });
});
