import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const doc = `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
tags: [{name: Users}, {name: SCIM}, {name: Export}]
x-tagGroups:
  - name: User Data
    tags: [Users]
  - name: SCIM
    tags: [SCIM]
  - name: Exports
    tags: [Export]
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
        users.track: {description: d, group: User Data}
`;

describe('braze/tag-group-is-permission-group', () => {
  it('reports tag groups that are not permission groups, on their name', async () => {
    const problems = await lintInline(doc, { 'braze/tag-group-is-permission-group': 'error' });
    expect(problems.map((p) => [p.line, p.pointer, p.message])).toEqual([
      [8, '#/x-tagGroups/1/name', 'Tag group "SCIM" is not a permission group; name it after a `group` of the permission catalogue.'],
      [10, '#/x-tagGroups/2/name', 'Tag group "Exports" is not a permission group; name it after a `group` of the permission catalogue.'],
    ]);
  });

  it('accepts the groups listed in the `allow` option', async () => {
    const rules = { 'braze/tag-group-is-permission-group': { severity: 'error', allow: ['SCIM', 'Exports'] } } as const;
    expect(await lintInline(doc, rules)).toEqual([]);
  });
});
