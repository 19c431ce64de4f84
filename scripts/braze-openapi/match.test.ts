import { describe, expect, it } from 'vitest';
import { matchOperation, normalisePath } from './match.js';
import type { OurOperation, PeerOperation } from './types.js';

const ours = (method: string, path: string): OurOperation => ({
  operationId: `${method}${path}`, method, path, file: 'spec.yaml', permissions: [], auth: 'permissions', rateLimit: { kind: 'default', text: '' }, params: [],
});
const peer = (method: string, path: string): PeerOperation => ({ file: 'f.yaml', line: 1, method, path, permissions: [], rateLimits: [], params: [], auth: 'bearer' });

const SPEC = [
  ours('POST', '/export/segment/cancel'),
  ours('GET', '/catalogs/{catalog_name}/items'),
  ours('GET', '/campaigns/translations/source'),
  ours('GET', '/canvas/translations/source'),
  ours('POST', '/users/track'),
];

describe('matchOperation', () => {
  it('matches method and path, path variables by position', () => {
    expect(normalisePath('/catalogs/{name}/items/')).toBe('/catalogs/{}/items');
    expect(matchOperation(peer('GET', '/catalogs/{id}/items'), SPEC)).toMatchObject({ kind: 'exact', ours: { path: '/catalogs/{catalog_name}/items' } });
  });

  it('matches a path that is not ours by its tail, when one operation of ours shares the longest one', () => {
    expect(matchOperation(peer('POST', '/users/export/segment/cancel'), SPEC)).toMatchObject({ kind: 'tail', ours: { path: '/export/segment/cancel' } });
    expect(matchOperation(peer('GET', '/users/export/segment/cancel'), SPEC)).toEqual({ kind: 'none' });
  });

  it('is ambiguous when several share the tail, and finds nothing for one shared segment', () => {
    const result = matchOperation(peer('GET', '/messages/translations/source'), SPEC);
    expect(result.kind).toBe('ambiguous');
    expect(matchOperation(peer('POST', '/things/track'), SPEC)).toEqual({ kind: 'none' });
  });
});
