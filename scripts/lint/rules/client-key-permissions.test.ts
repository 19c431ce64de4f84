import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const RULE = { 'braze/client-key-permissions': 'error' } as const;

const doc = (security: string, clientPermissions: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /users/track:
    post:
      security: [{ApiKey: [users.track]}]
      responses: {'200': {description: ok}}
  /v1/banners/sync:
    post:
      security: [{ClientKey: [${security}]}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
        users.track: {description: d, group: User Data}
    ClientKey:
      type: http
      scheme: bearer
      x-client-key-permissions:
${clientPermissions}
`;

describe('braze/client-key-permissions', () => {
  it('accepts declared, used client-key permissions that no REST permission shares', async () => {
    const source = doc('banners.sync', '        banners.sync: {description: d, group: Device Messaging API}');
    expect(await lintInline(source, RULE)).toEqual([]);
  });

  it('reports an undeclared scope on the operation, and bad, unused or REST-shared entries on the entry', async () => {
    const source = doc('banners.sync', `        banners.track: {description: d}
        users.track: {description: d, group: G}
        Banners: {description: d, group: G}`);
    const problems = await lintInline(source, RULE);
    expect(problems.map((p) => [p.line, p.pointer, p.message])).toEqual([
      [10, '#/paths/~1v1~1banners~1sync/post/security/0/ClientKey/0',
        "POST /v1/banners/sync requires `banners.sync` of ClientKey, which its `x-client-key-permissions` does not declare."],
      [23, '#/components/securitySchemes/ClientKey/x-client-key-permissions/banners.track', '`banners.track` (ClientKey): needs a `group`.'],
      [23, '#/components/securitySchemes/ClientKey/x-client-key-permissions/banners.track',
        "`banners.track` (ClientKey): no operation requires it; name it in an operation's `security` (`ClientKey: [banners.track]`)."],
      [24, '#/components/securitySchemes/ClientKey/x-client-key-permissions/users.track',
        '`users.track` (ClientKey): is also a REST API key permission (`x-permissions`); the two credentials never share one.'],
      [24, '#/components/securitySchemes/ClientKey/x-client-key-permissions/users.track',
        "`users.track` (ClientKey): no operation requires it; name it in an operation's `security` (`ClientKey: [users.track]`)."],
      [25, '#/components/securitySchemes/ClientKey/x-client-key-permissions/Banners',
        '`Banners` (ClientKey): the name must be lowercase dot-separated segments, like `banners.sync`.'],
      [25, '#/components/securitySchemes/ClientKey/x-client-key-permissions/Banners',
        "`Banners` (ClientKey): no operation requires it; name it in an operation's `security` (`ClientKey: [Banners]`)."],
    ]);
  });
});
