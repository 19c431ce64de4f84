import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const RULE = { 'braze/operation-requires-one-permission': 'error' } as const;

/** A document whose root security names no scope; `ops` is spliced under `paths:`. */
const doc = (ops: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
security:
  - ApiKey: []
paths:
${ops}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
        users.track: {description: d, group: User Data}
        users.delete: {description: d, group: User Data}
    Token: {type: http, scheme: bearer}
`;

describe('braze/operation-requires-one-permission', () => {
  it('accepts one permission, and operations secured only by other schemes', async () => {
    const source = doc(`  /users/track:
    post:
      security: [{ApiKey: [users.track]}]
      responses: {'200': {description: ok}}
  /scim/v2/Users:
    get:
      security: [{Token: []}]
      responses: {'200': {description: ok}}`);
    expect(await lintInline(source, RULE)).toEqual([]);
  });

  it('reports an operation that inherits a root security without scope, on the operation key', async () => {
    const source = doc(`  /users/subscription:
    get:
      responses: {'200': {description: ok}}`);
    expect(await lintInline(source, RULE)).toEqual([
      {
        rule: 'braze/operation-requires-one-permission',
        message:
          'GET /users/subscription must require exactly one ApiKey permission; it requires none ' +
          '(it has no `security` of its own, so the root `security` applies).',
        file: 'inline.yaml',
        line: 7,
        pointer: '#/paths/~1users~1subscription/get',
      },
    ]);
  });

  it('reports two permissions, no permission and an empty security list, on `security`', async () => {
    const source = doc(`  /users/a:
    post:
      security: [{ApiKey: [users.track, users.delete]}]
      responses: {'200': {description: ok}}
  /users/b:
    post:
      security: [{ApiKey: [users.track]}, {ApiKey: [users.delete]}]
      responses: {'200': {description: ok}}
  /users/c:
    delete:
      security: [{ApiKey: []}]
      responses: {'200': {description: ok}}
  /users/d:
    get:
      security: []
      responses: {'200': {description: ok}}`);
    const problems = await lintInline(source, RULE);
    expect(problems.map((p) => [p.message, p.line, p.pointer])).toEqual([
      [
        'POST /users/a must require exactly one ApiKey permission; it requires 2 (users.track, users.delete).',
        8,
        '#/paths/~1users~1a/post/security',
      ],
      [
        'POST /users/b must require exactly one ApiKey permission; it requires 2 (users.track, users.delete).',
        12,
        '#/paths/~1users~1b/post/security',
      ],
      ['DELETE /users/c must require exactly one ApiKey permission; it requires none.', 16, '#/paths/~1users~1c/delete/security'],
      ['GET /users/d must require exactly one ApiKey permission; it requires none.', 20, '#/paths/~1users~1d/get/security'],
    ]);
  });
});
