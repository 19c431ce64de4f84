import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChanges } from '../../generator/src/load/changes-file.js';
import { SpecError } from '../../generator/src/load/spec-error.js';
import { loadModel } from './load.js';
import { renderChanges } from './record.js';
import { runDiff } from './run-diff.js';

const FIXTURES = resolve('scripts/diff/fixtures/permissions');
const dir = mkdtempSync(join(tmpdir(), 'spec-record-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run diff -- --record', () => {
  it('records a release with its permission changes, removed operations, bump and reasons', async () => {
    const file = join(dir, 'changes.yaml');
    await runDiff({ oldSpec: join(FIXTURES, 'old.yaml'), newSpec: join(FIXTURES, 'new.yaml'), json: false, help: false, record: file, date: '2026-12-01' });
    const [entry, ...rest] = parseChanges(readFileSync(file, 'utf8'), file);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ version: '2.0.0', previous: '1.4.2', date: '2026-12-01', bump: 'major', added: [] });
    expect(entry?.permissionChanges).toEqual([
      expect.objectContaining({ operation: 'POST /users/track', operationId: 'usersTrack', before: ['users.track'], after: ['users.track.v2'] }),
    ]);
    expect(entry?.removed).toEqual([{ operation: 'GET /feed/list', operationId: 'feedList', permissions: ['feed.list'] }]);
    expect(entry?.reasons).toContain('GET /feed/list: operation removed: feed.list');
    expect(entry?.reasons.every((r) => !r.includes('description changed'))).toBe(true);
    expect(entry?.other.map((o) => `${o.severity} ${o.subject}`)).toEqual(['major feed.list', 'minor users.track.v2', 'patch users.delete']);
  });

  it('keeps the history newest first and replaces an entry recorded again for the same version', async () => {
    const file = join(dir, 'history.yaml');
    await runDiff({ newSpec: join(FIXTURES, 'old.yaml'), initial: true, record: file, json: false, help: false, date: '2026-11-01' });
    await runDiff({ oldSpec: join(FIXTURES, 'old.yaml'), newSpec: join(FIXTURES, 'new.yaml'), json: false, help: false, record: file, date: '2026-12-01' });
    await runDiff({ oldSpec: join(FIXTURES, 'old.yaml'), newSpec: join(FIXTURES, 'new.yaml'), json: false, help: false, record: file, date: '2026-12-02' });
    const history = parseChanges(readFileSync(file, 'utf8'), file);
    expect(history.map((e) => `${e.version} ${e.date} ${e.bump}`)).toEqual(['2.0.0 2026-12-02 major', '1.4.2 2026-11-01 initial']);
    const old = await loadModel(join(FIXTURES, 'old.yaml'));
    expect(history[1]?.added.map((a) => a.operationId).sort()).toEqual(old.operations.map((o) => o.operationId).sort());
  });

  it('refuses a hand-broken history with file, line and field, and leaves it as it was', async () => {
    const file = join(dir, 'broken.yaml');
    const broken = 'entries:\n  - version: 1.0.0\n    date: yesterday\n    bump: huge\n    reasons: []\n    permissionChanges: []\n    added: []\n    removed: []\n    other: []\n';
    writeFileSync(file, broken);
    const run = runDiff({ oldSpec: join(FIXTURES, 'old.yaml'), newSpec: join(FIXTURES, 'new.yaml'), json: false, help: false, record: file });
    await expect(run).rejects.toThrow(SpecError);
    await expect(run).rejects.toThrow(`${file}:3: entries[0].date must be a date, YYYY-MM-DD (quoted)`);
    await expect(run).rejects.toThrow(`${file}:4: entries[0].bump must be one of major, minor, patch, none, initial`);
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});

describe('parseChanges', () => {
  it.each([
    ['not a history', 'version: 1\n', 'x.yaml:1: expected a map with an `entries` list'],
    ['a missing list', 'entries:\n  - version: 1.0.0\n    date: 2026-01-01\n    bump: patch\n    reasons: []\n    added: []\n    removed: []\n    other: []\n', 'x.yaml:2: entries[0].permissionChanges: expected a list'],
    ['a bad operation', 'entries:\n  - version: 1.0.0\n    date: 2026-01-01\n    bump: patch\n    reasons: []\n    permissionChanges: []\n    added:\n      - operation: GET /x\n        permissions: [a]\n    removed: []\n    other: []\n', 'x.yaml:8: entries[0].added[0].operationId is missing'],
    ['a version twice', 'entries:\n  - {version: 1.0.0, date: 2026-01-01, bump: patch, reasons: [], permissionChanges: [], added: [], removed: [], other: []}\n  - {version: 1.0.0, date: 2026-01-01, bump: patch, reasons: [], permissionChanges: [], added: [], removed: [], other: []}\n', 'x.yaml:3: entries[1]: version 1.0.0 is recorded twice (also entries[0])'],
    ['a syntax error', 'entries: [\n', 'x.yaml:'],
  ])('refuses %s', (_name, source, message) => {
    expect(() => parseChanges(source, 'x.yaml')).toThrow(message);
  });

  it('reads the recorded history of the Braze spec, which is exactly what the recorder writes', () => {
    const text = readFileSync('spec/changes.yaml', 'utf8');
    const history = parseChanges(text, 'spec/changes.yaml');
    expect(history.length).toBeGreaterThan(0);
    expect(history.at(-1)?.bump).toBe('initial');
    expect(text).toBe(renderChanges(history)); // a hand edit shows up as a difference of form
  });
});
