import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../src/generate.js';
import { buildChangesView } from '../../src/emit/docs/changes-page.js';
import type { ChangeRecord } from '../../src/model/types.js';
import { fixtureModel } from './fixture-model.js';

const release: ChangeRecord = {
  version: '2.0.0',
  date: '2026-12-01',
  previous: '1.4.2',
  bump: 'major',
  reasons: ['POST /users/track: needs `users.track.v2` instead of `users.track`'],
  permissionChanges: [
    { operation: 'POST /users/track', operationId: 'usersTrack', before: ['users.track'], after: ['users.track.v2'], message: 'existing keys get 403' },
    { operation: 'POST /users/export', operationId: 'usersExport', before: ['users.export', 'users.track'], after: ['users.export'], message: 'existing keys keep working' },
    { operation: 'GET /scim/v2/Users', operationId: 'scimUsersGet', before: [], after: [], message: 'authentication changed' },
  ],
  added: [{ operation: 'GET /feed/details', operationId: 'feedDetails', permissions: ['feed.details'] }],
  removed: [{ operation: 'GET /feed/list', operationId: 'feedList', permissions: ['feed.list'] }],
  other: [{ severity: 'patch', area: 'catalogue', subject: 'users.delete', message: 'description changed' }],
};

describe('buildChangesView', () => {
  it('is empty without a recorded history', () => {
    expect(buildChangesView(fixtureModel())).toEqual({ releases: [], permissionReleases: 0 });
  });

  it('links operations the spec still has, says which permission changes break existing keys, and labels the bump', () => {
    const model = { ...fixtureModel(), changes: [release] };
    const [view] = buildChangesView(model).releases;
    expect(view).toMatchObject({ id: 'release-2-0-0', version: '2.0.0', previous: '1.4.2', bumpLabel: 'major: breaks existing keys or code', collapseAdded: false });
    expect(view?.permissionChanges.map((c) => [c.operation, c.href, c.breaking])).toEqual([
      ['POST /users/track', '#/users/userstrack', true],
      ['POST /users/export', '#/users/usersexport', false],
      ['GET /scim/v2/Users', '#/scim/scimusersget', true],
    ]);
    expect(view?.added).toEqual([{ operation: 'GET /feed/details', operationId: 'feedDetails', permissions: ['feed.details'], href: '#/news-feed/feeddetails' }]);
    expect(view?.removed[0]).not.toHaveProperty('href');
    expect(buildChangesView(model).permissionReleases).toBe(1);
  });

  it('collapses a long list of added operations', () => {
    const added = Array.from({ length: 13 }, (_, i) => ({ operation: `GET /x/${i}`, operationId: `x${i}`, permissions: [] }));
    const [view] = buildChangesView({ ...fixtureModel(), changes: [{ ...release, added }] }).releases;
    expect(view?.collapseAdded).toBe(true);
  });
});

describe('changes.yaml in the load stage', () => {
  const entry = 'entries:\n  - version: 1.5.0\n    date: "2026-12-01"\n    bump: minor\n    reasons: [x]\n    permissionChanges: []\n    added: []\n    removed: []\n    other: []\n';

  async function generateWith(changes: string | undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'changes-load-'));
    try {
      copyFileSync('scripts/diff/fixtures/permissions/new.yaml', join(dir, 'openapi.yaml'));
      if (changes !== undefined) writeFileSync(join(dir, 'changes.yaml'), changes);
      return await generateFiles(join(dir, 'openapi.yaml'), { only: ['docs'], cwd: dir });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('reads the history beside the root spec into the model and the page', async () => {
    const { model, files } = await generateWith(entry);
    expect(model.changes?.map((c) => c.version)).toEqual(['1.5.0']);
    expect(files[0]?.contents).toContain('<h2 id="release-1-5-0">1.5.0');
    expect((await generateWith(undefined)).model.changes).toBeUndefined();
  }, 60_000);

  it('refuses a bad entry with its file and line', async () => {
    await expect(generateWith(entry.replace('bump: minor', 'bump: big'))).rejects.toThrow(/changes\.yaml:4: entries\[0\]\.bump must be one of/);
  }, 60_000);
});
