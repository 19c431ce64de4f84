import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const RULE = { 'braze/permission-name-pattern': 'error' } as const;

const doc = (names: string[]) => `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
${names.map((n) => `        ${n}: {description: d, group: G}`).join('\n')}
`;

describe('braze/permission-name-pattern', () => {
  it('accepts Braze-style names', async () => {
    const names = ['users.track', 'kpi.dau.data_series', 'sdk_authentication.keys', 'cdi.integration_list', 'a1.b2'];
    expect(await lintInline(doc(names), RULE)).toEqual([]);
  });

  it('reports names with one segment, capitals, dashes or empty segments, on the name', async () => {
    const bad = ['users', 'Users.track', 'users.track-sync', 'users..track', "'users.track.'"];
    const problems = await lintInline(doc(bad), RULE);
    expect(problems.map((p) => [p.line, p.pointer])).toEqual([
      [10, '#/components/securitySchemes/ApiKey/x-permissions/users'],
      [11, '#/components/securitySchemes/ApiKey/x-permissions/Users.track'],
      [12, '#/components/securitySchemes/ApiKey/x-permissions/users.track-sync'],
      [13, '#/components/securitySchemes/ApiKey/x-permissions/users..track'],
      [14, '#/components/securitySchemes/ApiKey/x-permissions/users.track.'],
    ]);
    expect(problems[0]).toMatchObject({
      rule: 'braze/permission-name-pattern',
      file: 'inline.yaml',
      message:
        'Permission name `users` must be lowercase segments of [a-z0-9_] separated by dots, at least two (like `users.track`).',
    });
  });
});
