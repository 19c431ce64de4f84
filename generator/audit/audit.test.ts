import { beforeAll, describe, expect, it } from 'vitest';
import { parseAuditArgs } from './args.js';
import { runAudit } from './cli.js';
import type { AuditReport } from './report.js';
import { BRAZE_API, FIXTURE_APP } from './test/fixture-api.js';

/**
 * The fixture app (`test/fixtures/app/`) uses the client in every form the audit must resolve, and in the
 * forms it must report instead. One program, one run; each table row is a form, the place it is written and
 * the operation(s) it must be read as.
 */
let report: AuditReport;
beforeAll(() => {
  report = runAudit(BRAZE_API, parseAuditArgs(['audit']), FIXTURE_APP);
}, 120_000);

const sites = (): string[] => report.permissions.flatMap((p) => p.callSites.map((s) => `${s.file}:${s.line}:${s.column} ${s.operation}`));

describe('the fixture app: uses resolved by symbol identity', () => {
  const table: [form: string, place: string, operations: string[]][] = [
    ['facade method', 'src/client.ts:10:9', ['usersTrack']],
    ['.all paginator', 'src/client.ts:11:32', ['campaignsList']],
    ['withResponse', 'src/client.ts:12:26', ['segmentsList']],
    ['optional chaining', 'src/client.ts:14:9', ['usersIdentify']],
    ['parameter typed as the client', 'src/client.ts:19:9', ['eventsList']],
    ['standalone function', 'src/standalone.ts:7:9', ['usersAliasNew']],
    ['renamed import', 'src/standalone.ts:8:9', ['usersExportIds']],
    ['namespace import', 'src/standalone.ts:9:9', ['usersAliasUpdate']],
    ['re-export under another name', 'src/use-reexport.ts:5:9', ['usersMerge']],
    ['destructured group', 'src/aliases.ts:8:9', ['usersDelete']],
    ['destructured method', 'src/aliases.ts:10:9', ['kpiDauDataSeries']],
    ['group held in a variable', 'src/aliases.ts:12:9', ['catalogsList']],
    ['class field', 'src/aliases.ts:19:11', ['templatesEmailList']],
    ['method taken as a value', 'src/values.ts:8:16', ['usersTrack']],
    ['function in an array, called in a loop', 'src/values.ts:10:18', ['sendsIdCreate']],
    ['union of literal keys (group)', 'src/unions.ts:7:9', ['campaignsList', 'segmentsList']],
    ['union of literal keys (method)', 'src/unions.ts:11:9', ['usersSubscriptionDelete', 'usersSubscriptionGet']],
    ['literal element access', 'src/unions.ts:15:9', ['canvasList']],
    ['require in .cjs, facade', 'src/legacy.cjs:7:9', ['emailBlocklist']],
    ['require in .cjs, method the declared permissions leave out', 'src/legacy.cjs:9:9', ['usersTrack']],
    ['require in .cjs, renamed destructuring', 'src/legacy.cjs:10:9', ['usersExternalIdsRename']],
    ['another credential (SCIM)', 'src/special.ts:6:9', ['scimUsersGet']],
    ['deprecated operation', 'src/special.ts:7:9', ['emailBlacklist']],
    ['client returned by a function', 'src/singleton.ts:5:35', ['segmentsList']],
    ['field assigned in the constructor', 'src/singleton.ts:14:12', ['canvasList']],
    ['a file the tsconfig includes from outside its folder', '../shared/outside.ts:4:48', ['usersTrack']],
    ['client declared with Permissions constants', 'src/declared.ts:17:9', ['usersTrack']],
    ['a call its declared permissions refuse', 'src/declared.ts:19:9', ['catalogsList']],
    ['client declared with an as-const variable', 'src/declared.ts:20:9', ['catalogsList']],
    ['client declared with a spread', 'src/declared.ts:21:9', ['segmentsList']],
    ['client declared through an options variable', 'src/declared.ts:22:9', ['catalogsList']],
    ['JavaScript: @type {const} permissions', 'src/declared.mjs:11:9', ['canvasList']],
    ['JavaScript: Permissions constants', 'src/declared.mjs:12:9', ['usersTrack']],
  ];
  it.each(table)('%s at %s', (_form, place, operations) => {
    const found = report.permissions.flatMap((p) => p.callSites).filter((s) => `${s.file}:${s.line}:${s.column}` === place).map((s) => s.operation);
    const apart = [...report.otherCredentials].filter((o) => o.callSites.some((s) => `${s.file}:${s.line}:${s.column}` === place)).map((o) => o.operation);
    expect([...new Set([...found, ...apart])].sort()).toEqual(operations);
  });

  it('finds nothing else: decoys with the same names, comments and strings are not calls', () => {
    const expected = new Set(table.flatMap(([, place, ops]) => ops.map((op) => `${place} ${op}`)));
    expect(sites().filter((s) => !expected.has(s))).toEqual([]);
    expect(sites().some((s) => s.startsWith('src/decoys.ts'))).toBe(false);
  });

  it('visits the project\'s files and those it includes from elsewhere, not the package\'s own sources', () => {
    expect(report.filesVisited).toBeGreaterThan(12);
    expect(sites().some((s) => s.includes('generated/'))).toBe(false);
  });

  it('lists SCIM apart (no permission) and flags the deprecated operation with its replacement', () => {
    expect(report.otherCredentials).toEqual([{ operation: 'scimUsersGet', callSites: [{ file: 'src/special.ts', line: 6, column: 9 }] }]);
    expect(report.deprecated).toEqual([{ operation: 'emailBlacklist', callSites: [{ file: 'src/special.ts', line: 7, column: 9 }], replacement: 'Braze recommends `/email/blocklist` instead.' }]);
  });
});

describe('the fixture app: what cannot be resolved is a finding', () => {
  it.each([
    ['cast to unknown, then a record', 'src/unresolved.ts:6:10', 'cast'],
    ['cast to any', 'src/unresolved.ts:10:17', 'cast'],
    ['group cast to a record type', 'src/unresolved.ts:22:16', 'cast'],
    ['cast through never', 'src/unresolved.ts:23:9', 'cast'],
    ['element access with a string key', 'src/unresolved.ts:28:22', 'dynamic-access'],
    ['permissions typed string[]', 'src/declared.ts:14:81', 'permissions-not-literal'],
    ['permissions of a plain JavaScript array (string[])', 'src/declared.mjs:8:78', 'permissions-not-literal'],
  ])('%s at %s is %s', (_form, place, code) => {
    const f = report.unresolved.find((x) => `${x.file}:${x.line}:${x.column}` === place);
    expect(f?.code).toBe(code);
    expect(f?.message).toContain('braze-rest-client-audit:');
  });

  it('has no other finding, and acknowledgements by comment and by config file count their permissions', () => {
    expect(report.unresolved).toHaveLength(7);
    expect(report.acknowledged).toEqual([
      { file: 'src/unresolved.ts', line: 13, column: 24, code: 'cast', permissions: ['users.alias.update'], source: 'comment' },
      { file: 'src/unresolved.ts', line: 20, column: 8, code: 'type-lost', permissions: ['messages.send'], source: 'braze-rest-client-audit.json' },
    ]);
    expect(report.permissions.find((p) => p.permission === 'messages.send')).toEqual({ permission: 'messages.send', operations: [], callSites: [], acknowledged: true });
  });

  it('warns of a config entry that matches no finding, without counting it as unresolved', () => {
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'src/unresolved.ts', line: 99, code: 'unused-acknowledgement', message: expect.stringContaining('entry 2 of braze-rest-client-audit.json') })]);
    expect(report.unresolved.some((f) => f.code === 'unused-acknowledgement')).toBe(false);
  });
});

describe('the fixture app: clients and their declared permissions', () => {
  it('compares each client\'s declared permissions, as the checker types them, with the calls that go through it', () => {
    const declared = report.clients.filter((c) => c.declared).map((c) => ({ at: `${c.file}:${c.line}`, missing: c.missing, excess: c.excess }));
    expect(declared).toEqual([
      { at: 'src/aliases.ts:17', missing: [], excess: [] },
      { at: 'src/client.ts:4', missing: [], excess: ['canvas.list'] },
      { at: 'src/declared.mjs:5', missing: [], excess: [] },
      { at: 'src/declared.mjs:6', missing: ['users.track'], excess: ['canvas.list'] },
      { at: 'src/declared.ts:5', missing: ['catalogs.get'], excess: [] },
      { at: 'src/declared.ts:6', missing: [], excess: [] },
      { at: 'src/declared.ts:7', missing: [], excess: ['catalogs.get'] },
      { at: 'src/declared.ts:9', missing: [], excess: [] },
      { at: 'src/legacy.cjs:4', missing: ['users.external_ids.rename', 'users.track'], excess: ['users.delete'] },
      { at: 'src/singleton.ts:2', missing: [], excess: ['users.merge'] },
      { at: 'src/singleton.ts:11', missing: [], excess: [] },
      { at: 'src/standalone.ts:4', missing: ['users.alias.update'], excess: [] },
    ]);
  });

  it('reads Permissions constants, as-const variables, spreads and options variables: the declared lists', () => {
    const lists = report.clients.filter((c) => c.file.startsWith('src/declared')).map((c) => [`${c.file}:${c.line}`, c.declared]);
    expect(lists).toEqual([
      ['src/declared.mjs:5', ['canvas.list']], ['src/declared.mjs:6', ['canvas.list']], ['src/declared.mjs:8', null],
      ['src/declared.ts:5', ['users.track']], ['src/declared.ts:6', ['catalogs.get']], ['src/declared.ts:7', ['catalogs.get', 'segments.list']],
      ['src/declared.ts:9', ['catalogs.get']], ['src/declared.ts:14', null],
    ]);
  });

  it('ties a call to the client a function returns (a lazily created singleton) and to a field set in the constructor', () => {
    expect(report.clients.filter((c) => c.file === 'src/singleton.ts').map((c) => c.needed)).toEqual([['segments.list'], ['canvas.list']]);
  });

  it('gives the least-privilege list of everything called or acknowledged', () => {
    expect(report.leastPrivilege).toEqual([
      'campaigns.list', 'canvas.list', 'catalogs.get', 'email.blacklist', 'events.list', 'kpi.dau.data_series', 'messages.send',
      'segments.list', 'sends.id.create', 'subscription.status.get', 'subscription.status.set', 'templates.email.list',
      'users.alias.new', 'users.alias.update', 'users.delete', 'users.export.ids', 'users.external_ids.rename', 'users.identify',
      'users.merge', 'users.track',
    ]);
  });
});
