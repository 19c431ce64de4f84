import { describe, expect, it } from 'vitest';
import { operationHref, tagSlug } from '../../src/emit/docs/anchors.js';
import { buildPermissionMatrix, keyBuilderData } from '../../src/emit/docs/permission-matrix.js';
import { fixtureModel } from './fixture-model.js';

describe('tagSlug and operationHref', () => {
  const table: [string, string][] = [
    ['Users', 'users'],
    ['User export', 'user-export'],
    ['SDK Authentication', 'sdk-authentication'],
    ['Catalogs & items', 'catalogs-and-items'],
    ['KPIs', 'kpis'],
  ];
  it.each(table)('%s → %s', (given, want) => expect(tagSlug(given)).toBe(want));
  it('lowercases the operationId under the tag', () => {
    expect(operationHref({ tag: 'User export', operationId: 'usersExportIds' })).toBe('#/user-export/usersexportids');
  });
});

describe('buildPermissionMatrix', () => {
  const matrix = buildPermissionMatrix(fixtureModel(), 'braze');

  it('groups permissions in catalogue group order with their state', () => {
    expect(matrix.groups.map((g) => [g.name, g.permissions.map((p) => p.name)])).toEqual([
      ['User Data', ['users.export', 'users.track']],
      ['News Feed', ['feed.details']],
      ['SSO', ['sso.saml.login']],
    ]);
    const sso = matrix.groups[2]?.permissions[0];
    expect(sso).toMatchObject({ noEndpoint: true, deprecated: false, note: 'Not a REST endpoint.', operations: [] });
    expect(matrix.groups[1]?.permissions[0]).toMatchObject({ deprecated: true, operations: ['feedDetails'] });
  });

  it('lists operations in navigation order with label, call and link', () => {
    expect(matrix.operations.map((o) => o.operationId)).toEqual(['usersExport', 'usersTrack', 'feedDetails', 'scimUsersGet']);
    expect(matrix.operations[1]).toEqual({
      operationId: 'usersTrack',
      label: 'POST /users/track',
      summary: 'Track users',
      call: 'braze.users.track',
      href: '#/users/userstrack',
      tag: 'Users',
      deprecated: false,
      earlyAccess: false,
      permissions: ['users.track'],
    });
  });

  it('marks early-access operations and names the credential of those no key can call', () => {
    const byId = new Map(matrix.operations.map((o) => [o.operationId, o]));
    expect(byId.get('feedDetails')).toMatchObject({ earlyAccess: true });
    expect(byId.get('scimUsersGet')?.otherCredential).toBe('ScimToken + ScimOrigin');
    expect(byId.get('usersTrack')).not.toHaveProperty('otherCredential');
  });

  it('gives the key builder each operation’s permissions', () => {
    expect(keyBuilderData(matrix)).toEqual({
      usersExport: ['users.export', 'users.track'],
      usersTrack: ['users.track'],
      feedDetails: ['feed.details'],
      scimUsersGet: [],
    });
  });

  it('adds a group the catalogue lists under a group name missing from permissionGroups', () => {
    const model = fixtureModel();
    model.permissionGroups = ['User Data'];
    expect(buildPermissionMatrix(model, 'b').groups.map((g) => g.name)).toEqual(['User Data', 'News Feed', 'SSO']);
  });
});
