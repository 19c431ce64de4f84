import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const RULE = { 'braze/permission-entry-shape': 'error' } as const;

const doc = (entries: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
${entries}
`;

describe('braze/permission-entry-shape', () => {
  it('accepts complete entries', async () => {
    const source = doc(`        users.track: {description: Record user data., group: User Data}
        feed.list: {description: List cards., group: News Feed, deprecated: true, note: Deprecated.}
        sso.saml.login: {description: Sign in., group: SSO, noEndpoint: true, note: Not REST.}
        media_library.create: {description: Upload an asset., group: Media Library, pageListing: absent}`);
    expect(await lintInline(source, RULE)).toEqual([]);
  });

  it('reports missing, mistyped and unknown fields, and a noEndpoint entry without a note', async () => {
    const source = doc(`        users.track: {group: User Data}
        users.delete: {description: '', group: User Data, deprecated: 'yes'}
        sso.saml.login: {description: Sign in., group: SSO, noEndpoint: true, pageListing: later, tab: SSO}
        kpi.mau.data_series: Monthly active users.`);
    const problems = await lintInline(source, RULE);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [10, '`users.track` has no `description`.'],
      [11, '`users.delete`: `description` must be a one-line, non-empty string.'],
      [11, '`users.delete`: `deprecated` must be a boolean.'],
      [12, '`sso.saml.login`: `pageListing` must be `absent` or `recent`.'],
      [12, '`sso.saml.login` has an unknown field `tab`.'],
      [12, '`sso.saml.login` is marked `noEndpoint: true` but has no `note` saying why.'],
      [13, '`kpi.mau.data_series` must be a map with `description` and `group`.'],
    ]);
    expect(problems[0]).toMatchObject({
      rule: 'braze/permission-entry-shape',
      file: 'inline.yaml',
      pointer: '#/components/securitySchemes/ApiKey/x-permissions/users.track',
    });
  });
});
