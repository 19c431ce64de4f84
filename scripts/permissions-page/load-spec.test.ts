import { describe, expect, it } from 'vitest';
import { FIXTURE_SPEC } from './fixtures.js';
import { loadSpecPermissions, readSpecPermissions } from './load-spec.js';

describe('loadSpecPermissions', () => {
  it('bundles the spec and reads the catalogue, in order, with the operations of each permission', async () => {
    const spec = await loadSpecPermissions(FIXTURE_SPEC);
    expect(spec.operationCount).toBe(15);
    expect([...spec.permissions.keys()].slice(0, 4)).toEqual(['users.track', 'users.track.sync', 'email.blacklist', 'canvas.list']);
    expect(spec.permissions.get('email.blacklist')).toEqual({
      name: 'email.blacklist',
      group: 'Email',
      description: 'Blocklist email addresses.',
      deprecated: false,
      noEndpoint: false,
      operations: [
        { method: 'POST', path: '/email/blacklist' },
        { method: 'POST', path: '/email/blocklist' },
      ],
    });
    expect(spec.permissions.get('canvas.url_info.details')).toMatchObject({
      noEndpoint: true,
      note: 'Its endpoint has no documentation page.',
      operations: [],
    });
    expect(spec.permissions.get('sdk_authentication.keys')?.pageListing).toBe('recent');
    expect(spec.permissions.get('feed.list')?.deprecated).toBe(true);
  });

  it('applies the root security to operations without their own', () => {
    const spec = readSpecPermissions({
      security: [{ Key: ['a.b'] }],
      paths: { '/x': { get: {}, post: { security: [{ Other: [] }] } } },
      components: { securitySchemes: { Key: { 'x-permissions': { 'a.b': { group: 'G' } } } } },
    });
    expect(spec.permissions.get('a.b')?.operations).toEqual([{ method: 'GET', path: '/x' }]);
  });
});
