import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './edit-distance.js';
import { matchPath, normalizePath } from './endpoint-paths.js';

describe('normalizePath', () => {
  it.each([
    [' /catalogs/{catalog_name}/items/{item_id}', '/catalogs/{}/items/{}'],
    ['/messages/send ', '/messages/send'],
    ['/preference_center/v1/{preferenceCenterExternalId}/', '/preference_center/v1/{}'],
    ['/', '/'],
  ])('%j → %j', (given, want) => {
    expect(normalizePath(given)).toBe(want);
  });
});

describe('matchPath', () => {
  const specPaths = ['/content_blocks/update', '/preference_center/v1/{preferenceCenterExternalID}'];
  it.each([
    ['/preference_center/v1/{preferenceCenterExternalId}', { kind: 'same', specPath: specPaths[1] }],
    ['/content_blocks_update', { kind: 'typo', specPath: '/content_blocks/update' }],
    ['/content_blocks/create', { kind: 'none' }],
  ])('%s', (given, want) => {
    expect(matchPath(given, specPaths)).toEqual(want);
  });
});

describe('editDistance and closest', () => {
  it.each([
    ['canvs.data_summary', 'canvas.data_summary', 1],
    ['', 'abc', 3],
    ['users.track', 'users.track', 0],
    ['kpi.dau', 'kpi.mau', 1],
  ])('%s ↔ %s = %i', (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
  });

  it('returns the nearest candidate within the limit only', () => {
    expect(closest('canvs.list', ['canvas.list', 'canvas.lists'])).toBe('canvas.list');
    expect(closest('kpi.dau.data_series', ['users.track', 'canvas.list'])).toBeUndefined();
  });
});
