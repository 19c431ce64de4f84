import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAuditArgs } from './args.js';
import { exitCodeFor, formatReport, runAudit, runCli } from './cli.js';
import type { AuditReport } from './report.js';
import { BRAZE_API, FIXTURE_APP } from './test/fixture-api.js';

/** Runs the command in `cwd` and keeps what it printed. */
async function run(argv: string[], cwd = FIXTURE_APP): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(BRAZE_API, argv, { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

let report: AuditReport;
beforeAll(() => {
  report = runAudit(BRAZE_API, parseAuditArgs(['audit']), FIXTURE_APP);
}, 120_000);

describe('exit codes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'audit-cli-'));

  it('2 with a one-line cause: no tsconfig, no TypeScript, a tsconfig that does not load, bad arguments', async () => {
    const noConfig = await run(['audit', '--project', 'missing.json']);
    expect([noConfig.code, noConfig.err]).toEqual([2, expect.stringMatching(/^braze-rest-client audit: no tsconfig at .*missing\.json: run in the project folder \(with a tsconfig\.json or jsconfig\.json\) or pass --project <tsconfig\.json>\n$/)]);
    // A project with no typescript anywhere up its folders (the OS temp folder).
    writeFileSync(join(tmp, 'tsconfig.json'), '{}');
    const noTs = await run(['audit'], tmp);
    expect([noTs.code, noTs.err]).toEqual([2, expect.stringContaining('TypeScript is not installed in')]);
    expect(noTs.err).toContain('npm install --save-dev typescript');
    const broken = join(FIXTURE_APP, '..', 'broken-tsconfig');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'tsconfig.json'), '{ "compilerOptions": { "target": "ES2099" }, "files": ["a.ts"] }');
    const bad = await run(['audit'], broken);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/tsconfig\.json does not load: .*target/);
    expect((await run(['audit', '--format', 'xml'])).err).toContain('--format xml: choose one of table, json, sarif, markdown');
    expect((await run(['audit', '--fail-on', 'everything'])).code).toBe(2);
    expect((await run(['lint'])).err).toContain('the command is `audit`');
    expect(await run(['audit', '--bogus'])).toEqual({ code: 2, out: '', err: 'braze-rest-client audit: unknown option --bogus (see --help)\n' });
    expect((await run(['audit', '--fail-on', 'all'])).err).toContain('choose from missing, excess, unresolved, unused, or none');
  });

  it('no arguments: the usage on stderr, exit 2; --help: the usage on stdout, exit 0; --version: the version', async () => {
    const bare = await run([]);
    expect([bare.code, bare.out]).toEqual([2, '']);
    expect(bare.err).toMatch(/^Usage: npx braze-rest-client audit \[options\]\n/);
    const help = await run(['--help']);
    expect([help.code, help.out, help.err]).toEqual([0, bare.err, '']);
    expect(await run(['--version'])).toEqual({ code: 0, out: `${BRAZE_API.version}\n`, err: '' });
    expect(BRAZE_API.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('2, never 1, for an internal error, so a crash cannot read as findings', async () => {
    let err = '';
    const broken = { ...BRAZE_API, operations: null as never };
    const code = await runCli(broken, ['audit'], { cwd: FIXTURE_APP, stdout: () => {}, stderr: (t) => void (err += t) });
    expect(code).toBe(2);
    expect(err).toMatch(/^braze-rest-client audit: internal error \(please report it/);
  });

  it('2 for a key permission the API does not have, naming the closest valid one', async () => {
    const r = await run(['audit', '--key', 'users.track,users.trak']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('braze-rest-client audit: --key: `users.trak` is not a permission of braze-rest-client; did you mean `users.track`?\n');
    writeFileSync(join(tmp, 'key.json'), '["campaigns.lists"]');
    expect((await run(['audit', '--key-file', join(tmp, 'key.json')])).err).toContain('did you mean `campaigns.list`?');
  });

  it('1 when a finding selected by --fail-on exists, 0 when none is selected', () => {
    expect(exitCodeFor(report, ['missing', 'unresolved'])).toBe(1);
    expect(exitCodeFor(report, ['unresolved'])).toBe(1);
    const clean: AuditReport = { ...report, unresolved: [], clients: [], key: { missing: [], excess: ['canvas.list'], compared: true } };
    expect(exitCodeFor(clean, ['missing', 'unresolved'])).toBe(0);
    expect(exitCodeFor(clean, ['excess'])).toBe(1);
    expect(exitCodeFor({ ...clean, key: { missing: ['users.track'], excess: [], compared: true } }, ['missing'])).toBe(1);
  });

  it('writes the report with --output even when the run fails', async () => {
    const file = join(tmp, 'report.json');
    const r = await run(['audit', '--format', 'json', '--output', file]);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).leastPrivilege).toEqual(report.leastPrivilege);
    expect(r.err).toContain('20 permission(s), 7 unresolved');
  });

  it('compares with a key from --key-file (one a line, comments allowed)', async () => {
    const file = join(tmp, 'key.txt');
    writeFileSync(file, `# the production key\n${report.leastPrivilege.filter((p) => p !== 'users.track').join('\n')}\nusers.delete\nemail.status\n`);
    const r = await run(['audit', '--format', 'json', '--key-file', file, '--fail-on', 'missing']);
    expect(JSON.parse(r.out).key).toEqual({ missing: ['users.track'], excess: ['email.status'], compared: true });
    expect(r.code).toBe(1);
  });
});

describe('projects', () => {
  it('a tsconfig that matches only JavaScript files without allowJs: exit 2, saying how to read them', async () => {
    const r = await run(['audit'], join(FIXTURE_APP, '..', 'js-tsconfig'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/js-tsconfig[\\/]tsconfig\.json includes no files; for JavaScript sources set "allowJs": true in its compilerOptions, or pass --project jsconfig\.json\n$/);
    // A tsconfig with nothing to read at all gets no JavaScript hint.
    const empty = await run(['audit', '--project', 'nothing.json'], join(FIXTURE_APP, '..', 'js-tsconfig'));
    expect([empty.code, empty.err]).toEqual([2, expect.stringMatching(/nothing\.json includes no files\n$/)]);
  });

  it('reports the JavaScript files a tsconfig without allowJs leaves out: a mixed project does not look clean', async () => {
    const r = await run(['audit', '--format', 'json'], join(FIXTURE_APP, '..', 'mixed-app'));
    expect(r.code).toBe(1); // unresolved
    const json = JSON.parse(r.out) as AuditReport;
    expect(json.leastPrivilege).toEqual(['users.track']); // src/remove.js's users.delete is not seen
    expect(json.unresolved).toEqual([{
      file: 'tsconfig.json', line: 1, column: 1, code: 'javascript-skipped',
      message: '1 JavaScript file (src/remove.js) matches this tsconfig but is not read, as it does not set allowJs, so its calls are not audited: set "allowJs": true in its compilerOptions, or pass --project jsconfig.json',
    }]);
  });

  it('reads ./jsconfig.json when there is no ./tsconfig.json and no --project', async () => {
    const r = await run(['audit', '--format', 'json', '--fail-on', 'none'], join(FIXTURE_APP, '..', 'js-app'));
    expect([r.code, r.err]).toEqual([0, '']);
    const json = JSON.parse(r.out) as AuditReport;
    expect(json.project).toBe('jsconfig.json');
    expect(json.leastPrivilege).toEqual(['users.track']);
    expect(json.permissions[0]?.callSites).toEqual([{ file: 'src/track.js', line: 7, column: 9, operation: 'usersTrack' }]);
  });

  it('follows the references of a solution-style tsconfig (files: [], references), each project once', async () => {
    const r = await run(['audit', '--format', 'json', '--project', '../solution/tsconfig.json']);
    const json = JSON.parse(r.out) as AuditReport;
    // The app's config file sits beside the app's tsconfig, not the solution's: its acknowledgement is not read.
    expect(json.leastPrivilege).toEqual(report.leastPrivilege.filter((p) => p !== 'messages.send'));
    expect(json.unresolved.map((f) => f.file)).toEqual([...report.unresolved.map((f) => `../app/${f.file}`), '../app/src/unresolved.ts']);
    expect(json.filesVisited).toBe(report.filesVisited);
  });
});

describe('formats', () => {
  it('json: the documented shape', () => {
    const json = JSON.parse(formatReport(report, 'json'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['permissions', 'unresolved', 'acknowledged', 'warnings', 'otherCredentials', 'key']));
    expect(json.permissions.find((p: { permission: string }) => p.permission === 'users.identify')).toEqual({
      permission: 'users.identify', operations: ['usersIdentify'],
      callSites: [{ file: 'src/client.ts', line: 14, column: 9, operation: 'usersIdentify' }],
    });
    expect(json.unresolved.find((f: { file: string }) => f.file === 'src/unresolved.ts')).toEqual({ file: 'src/unresolved.ts', line: 6, column: 10, code: 'cast', message: expect.any(String) });
  });

  it('sarif: valid against the SARIF 2.1.0 schema, one result per finding with a physical location', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The official schema's `language` pattern is not valid under the `u` flag, hence unicodeRegExp: false.
    // Both are CommonJS packages whose class/function is their `default` export.
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv as never);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(formatReport({ ...report, key: { missing: ['users.track'], excess: ['email.status'], compared: true } }, 'sarif'));
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const missingSites = report.permissions.find((p) => p.permission === 'users.track')!.callSites.length;
    const clientMissing = report.clients.flatMap((c) => c.missing.map((p) => report.permissions.find((e) => e.permission === p)!.callSites.length)).reduce((a, b) => a + b, 0);
    expect(results.filter((r) => r.ruleId === 'missing-permission')).toHaveLength(missingSites + clientMissing);
    expect(results.filter((r) => r.ruleId === 'cast' || r.ruleId === 'dynamic-access')).toHaveLength(5);
    expect(results.filter((r) => r.ruleId === 'permissions-not-literal')).toHaveLength(2);
    expect(results.filter((r) => r.ruleId === 'unused-acknowledgement').map((r) => (r as unknown as { level: string }).level)).toEqual(['warning']);
    const messages = results.filter((r) => r.ruleId === 'missing-permission').map((r) => (r as unknown as { message: { text: string } }).message.text);
    expect(messages).toContain('catalogsList needs `catalogs.get`, which the client created at src/declared.ts:5:29 lacks: the client refuses the call with BrazePermissionError before any request is sent');
    expect(messages.filter((m) => m.includes('which the key lacks: the call fails with a 403'))).toHaveLength(missingSites);
    expect(results.every((r) => r.locations[0]!.physicalLocation.region.startLine >= 1)).toBe(true);
    // A broken log fails the same validation (the check can fail).
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);
  });

  it('markdown: a permissions table, the key to paste and the problems', () => {
    const md = formatReport(report, 'markdown');
    expect(md).toContain('## braze-rest-client-audit: 20 permission(s), 7 unresolved');
    expect(md).toContain('### Acknowledged\n\n- `src/unresolved.ts:13:24` `cast` (comment): `users.alias.update`\n');
    expect(md).toContain('### Warnings\n\n- `src/unresolved.ts:99:1` `unused-acknowledgement`: entry 2 of braze-rest-client-audit.json');
    expect(md).toContain('### Client at `src/declared.ts:5:29`\n\n- missing (the client refuses the call: BrazePermissionError): `catalogs.get`\n');
    const keyed = formatReport({ ...report, key: { missing: ['users.track'], excess: [], compared: true } }, 'markdown');
    expect(keyed).toContain('### Key\n\n- missing (403 at run time): `users.track`\n');
    expect(md).toContain('| `users.identify` | `usersIdentify` | `src/client.ts:14:9` |');
    expect(md).toContain('```\ncampaigns.list\ncanvas.list\n');
    expect(md).toContain('- `src/unresolved.ts:28:22` `dynamic-access`');
  });

  it('table: grouped by permission, then the least-privilege list', async () => {
    const { out, code } = await run(['audit']);
    expect(code).toBe(1);
    expect(out).toContain('users.identify\n  usersIdentify  (1 call site)\n    src/client.ts:14:9\n');
    expect(out).toContain(`Least privilege (20): ${report.leastPrivilege.join(', ')}`);
    expect(out).toContain('Need another credential (not a key permission):\n  scimUsersGet: src/special.ts:6:9');
    expect(out).toMatch(/^braze-rest-client-audit: \d+ files of tsconfig\.json\n/);
    // Acknowledgements have their own heading, not indented under the last permission.
    expect(out).toContain('\n\nAcknowledged (2):\n  src/unresolved.ts:13:24  [cast, comment] users.alias.update\n  src/unresolved.ts:20:8  [type-lost, braze-rest-client-audit.json] messages.send\n');
    expect(out).not.toContain('  acknowledged at');
    expect(out).toContain('\nWarnings (1):\n  src/unresolved.ts:99:1  [unused-acknowledgement] entry 2 of braze-rest-client-audit.json');
    expect(out).toContain('Client at src/declared.ts:5:29 declares 1 permission(s)\n  missing (the client refuses the call: BrazePermissionError): catalogs.get\n');
    expect(out).not.toContain('missing (403 at run time)');
    const keyed = formatReport({ ...report, filesVisited: 1, key: { missing: ['users.track'], excess: [], compared: true } }, 'table');
    expect(keyed).toMatch(/^braze-rest-client-audit: 1 file of tsconfig\.json\n/);
    expect(keyed).toContain('Key:\n  missing (403 at run time): users.track\n');
  });

  it('--fail-on unused fails on a config entry that matches nothing; the default does not', () => {
    const onlyWarnings: AuditReport = { ...report, unresolved: [], clients: [], key: { missing: [], excess: [], compared: false } };
    expect(exitCodeFor(onlyWarnings, ['missing', 'unresolved'])).toBe(0);
    expect(exitCodeFor(onlyWarnings, ['unused'])).toBe(1);
  });
});
