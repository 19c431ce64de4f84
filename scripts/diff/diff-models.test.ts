import { describe, expect, it } from 'vitest';
import { diffModels } from './diff-models.js';
import { loadModel } from './load.js';

const fixture = (name: string, side: 'old' | 'new') => `scripts/diff/fixtures/${name}/${side}.yaml`;

async function diffFixture(name: string) {
  return diffModels(await loadModel(fixture(name, 'old')), await loadModel(fixture(name, 'new')));
}

const lines = (report: Awaited<ReturnType<typeof diffFixture>>) =>
  report.changes.map((c) => `${c.severity} ${c.area} ${c.subject}: ${c.message}`);

describe('diffModels on fixture pairs', () => {
  it('flags an operation needing another permission as major, catalogue additions as minor', async () => {
    const report = await diffFixture('permissions');
    expect(lines(report)).toEqual([
      'major permission POST /users/track: needs `users.track.v2` instead of `users.track`: every existing key without `users.track.v2` now gets 403 (keys cannot be edited; create a new one)',
      'major catalogue feed.list: permission removed from the catalogue (FEED_LIST disappears)',
      'major operation GET /feed/list: operation removed: feed.list',
      'minor catalogue users.track.v2: permission added to the catalogue (User Data)',
      'patch catalogue users.delete: description changed',
    ]);
    expect(report).toMatchObject({ bump: 'major', oldVersion: '1.4.2', newVersion: '1.5.0', proposedVersion: '2.0.0' });
    expect(report.versionWarning).toContain('set it to 2.0.0 or higher');
  });

  it('classifies parameter changes', async () => {
    expect(lines(await diffFixture('params'))).toEqual([
      'major parameter GET /segments/list: query parameter `legacy` removed',
      'major parameter GET /segments/list: query parameter `page`: type integer → string',
      'major parameter GET /segments/list: query parameter `sort_direction`: enum values removed: "desc"',
      'major parameter GET /segments/list: required query parameter `app_id` added',
      'minor parameter GET /segments/list: optional query parameter `filter` added',
      'patch parameter GET /segments/list: query parameter `limit` description changed',
    ]);
  });

  it('compares request and response schemas through $refs, each in its direction', async () => {
    expect(lines(await diffFixture('schemas'))).toEqual([
      'major request POST /catalogs: body description: property removed (callers that send it stop compiling)',
      'major request POST /catalogs: body fields: now required',
      'major response POST /catalogs: 201 num_items: no longer required',
      'major response POST /catalogs: 201 updated_at: type string → integer',
      'minor request POST /catalogs: body fields[].token: optional property added',
      'minor request POST /catalogs: body fields[].type: enum values added: "time"',
      'minor response POST /catalogs: 201 created_at: property added',
    ]);
  });

  it('finds nothing between a spec and itself', async () => {
    const model = await loadModel(fixture('schemas', 'new'));
    expect(diffModels(model, model)).toMatchObject({ bump: 'none', changes: [], proposedVersion: '3.2.0' });
  });

  it('proposes a patch when only descriptions change', async () => {
    const oldModel = await loadModel(fixture('permissions', 'new'));
    const newModel = structuredClone(oldModel);
    newModel.version = '1.5.1';
    const first = newModel.permissions[0];
    if (first) first.description = 'Reworded.';
    const report = diffModels(oldModel, newModel);
    expect(report).toMatchObject({ bump: 'patch', proposedVersion: '1.5.1', newVersion: '1.5.1' });
    expect(report.versionWarning).toBeUndefined();
  });
});
