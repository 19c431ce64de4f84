import { describe, expect, it } from 'vitest';
import * as generatorTags from '../src/emit/shared/audit-tags.js';
import { acknowledge } from './acknowledge.js';
import { closestName, editDistance } from './api.js';
import { parseAuditArgs } from './args.js';
import { checkPermissionNames, compareKey, parseKeyFile } from './key.js';
import * as tags from './tags.js';
import { BRAZE_API } from './test/fixture-api.js';
import type { Finding } from './types.js';

describe('tags', () => {
  it('the audit reads the tag names the generator writes', () => {
    expect([tags.OPERATION_TAG, tags.GROUP_TAG, tags.FACTORY_TAG]).toEqual([generatorTags.OPERATION_TAG, generatorTags.GROUP_TAG, generatorTags.FACTORY_TAG]);
    expect(generatorTags.operationTag('braze-rest-client', 'usersTrack')).toBe('@operation braze-rest-client usersTrack');
  });
});

describe('closestName', () => {
  it.each([
    ['users.trak', 'users.track'],
    ['campaign.list', 'campaigns.list'],
    ['email.blocklist', 'email.blacklist'],
  ])('%s → %s', (given, want) => expect(closestName(given, BRAZE_API.permissions)).toBe(want));
  it('counts edits', () => expect([editDistance('kitten', 'sitting'), editDistance('', 'ab'), editDistance('ab', 'ab')]).toEqual([3, 2, 0]));
});

describe('key', () => {
  it.each([
    ['lines with comments', '# prod\nusers.track\n\n canvas.list \n', ['users.track', 'canvas.list']],
    ['a JSON array', '["users.track", "canvas.list"]', ['users.track', 'canvas.list']],
  ])('parses %s', (_name, text, want) => expect(parseKeyFile(text, 'key')).toEqual(want));
  it('refuses a JSON array of anything else, and a name the API does not have', () => {
    expect(() => parseKeyFile('[1]', 'k.json')).toThrow('k.json: expected a JSON array of permission names');
    expect(() => checkPermissionNames(['users.track', 'segment.list'], BRAZE_API, '--key')).toThrow('--key: `segment.list` is not a permission of braze-rest-client; did you mean `segments.list`?');
  });
  it('splits what a key lacks from what it holds in excess', () => {
    expect(compareKey(['a', 'b'], ['b', 'c'])).toEqual({ missing: ['c'], excess: ['a'] });
  });
});

describe('args', () => {
  it.each([
    [['audit'], { project: undefined, format: 'table', failOn: ['missing', 'unresolved'] }],
    [['audit', '-p', 'app/tsconfig.json', '--format', 'sarif', '-o', 'out.sarif'], { project: 'app/tsconfig.json', format: 'sarif', output: 'out.sarif' }],
    [['audit', '--fail-on', 'excess'], { failOn: ['excess'] }],
    [['audit', '--fail-on', 'none'], { failOn: [] }],
    [['audit', '--key', 'users.track'], { key: 'users.track' }],
    [['audit', '--fail-on', 'unused'], { failOn: ['unused'] }],
    [[], { show: 'usage' }],
    [['--help'], { show: 'help' }],
    [['audit', '--version'], { show: 'version' }],
  ])('%j', (argv, want) => expect(parseAuditArgs(argv)).toMatchObject(want));
  it.each([
    [['audit', '--key', 'a', '--key-file', 'b'], 'give --key or --key-file, not both'],
    [['audit', 'extra'], 'unknown command'],
    [['lint'], 'unknown command'],
    [['audit', '--x'], /^unknown option --x \(see --help\)$/],
    [['audit', '-q'], /^unknown option -q \(see --help\)$/],
    [['audit', '--format'], /^--format needs a value \(see --help\)$/],
    [['audit', '--fail-on', 'everything'], /^--fail-on everything: choose from missing, excess, unresolved, unused, or none$/],
  ])('refuses %j', (argv, message) => expect(() => parseAuditArgs(argv)).toThrow(message));
});

describe('acknowledge', () => {
  const finding: Finding = { file: 'a.ts', line: 3, column: 5, code: 'dynamic-access', message: 'm' };
  const texts = new Map([['a.ts', 'x\n// braze-rest-client-audit: users.track, usersDelete\nbraze[k]();\n']]);
  it('takes a comment on the line above, reading operation ids as their permissions', () => {
    expect(acknowledge([finding], texts, [], BRAZE_API, 'cfg.json')).toEqual({
      findings: [], warnings: [], acknowledged: [{ file: 'a.ts', line: 3, column: 5, code: 'dynamic-access', permissions: ['users.delete', 'users.track'], source: 'comment' }],
    });
  });
  it('takes a config entry matching file, line and code; leaves other findings alone', () => {
    const other = { ...finding, file: 'b.ts' };
    const r = acknowledge([finding, other], new Map(), [{ file: 'a.ts', code: 'dynamic-access', permissions: ['canvas.list'] }], BRAZE_API, 'cfg.json');
    expect(r.findings).toEqual([other]);
    expect(r.acknowledged.map((a) => [a.file, a.permissions, a.source])).toEqual([['a.ts', ['canvas.list'], 'cfg.json']]);
  });
  it('turns a name that is neither a permission nor an operation into a finding with the closest name', () => {
    const r = acknowledge([finding], new Map([['a.ts', '\n\nbraze[k](); // braze-rest-client-audit: users.trak\n']]), [], BRAZE_API, 'c');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'unknown-acknowledgement', message: expect.stringContaining('did you mean `users.track`?') })]);
    // It acknowledges nothing, so it is not listed as an acknowledgement.
    expect(r.acknowledged).toEqual([]);
  });
  it('keeps the finding when a comment names nothing', () => {
    const r = acknowledge([finding], new Map([['a.ts', '\n\nbraze[k](); // braze-rest-client-audit: */\n']]), [], BRAZE_API, 'c');
    expect([r.findings, r.acknowledged]).toEqual([[finding], []]);
  });
  it('warns of config entries that match no finding (file, line or code off), naming the entry', () => {
    const entries = [
      { file: 'a.ts', line: 3, permissions: ['canvas.list'] },
      { file: 'a.ts', line: 4, code: 'cast', permissions: ['canvas.list'] },
      { file: 'gone.ts', permissions: ['canvas.list'] },
    ];
    const r = acknowledge([finding], new Map(), entries, BRAZE_API, 'cfg.json');
    expect(r.acknowledged).toHaveLength(1);
    expect(r.warnings.map((w) => [w.file, w.line, w.code, w.message])).toEqual([
      ['a.ts', 4, 'unused-acknowledgement', 'entry 2 of cfg.json acknowledges cast at a.ts:4, but no finding is there: remove it, or correct its file, line or code'],
      ['gone.ts', 1, 'unused-acknowledgement', 'entry 3 of cfg.json acknowledges gone.ts, but no finding is there: remove it, or correct its file, line or code'],
    ]);
  });
});
