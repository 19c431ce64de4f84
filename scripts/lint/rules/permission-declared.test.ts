import { describe, expect, it } from 'vitest';
import { lintInline } from '../lint-inline.js';

const RULE = { 'braze/permission-declared': 'error' } as const;

const doc = (rootScopes: string, opScopes: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
security:
  - ApiKey: [${rootScopes}]
paths:
  /canvas/data_summary:
    get:
      security:
        - ApiKey: [${opScopes}]
      responses: {'200': {description: ok}}
  /scim/v2/Users:
    get:
      security: [{Token: [anything.goes]}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
        canvas.data_summary: {description: d, group: Canvas}
        canvas.list: {description: d, group: Canvas}
    Token: {type: http, scheme: bearer}
`;

describe('braze/permission-declared', () => {
  it('accepts declared scopes and ignores schemes outside the catalogue', async () => {
    expect(await lintInline(doc('', 'canvas.data_summary'), RULE)).toEqual([]);
  });

  it('reports each undeclared scope where it is written, suggesting a close name', async () => {
    expect(await lintInline(doc('canvas.lists', 'canvas.list, canvs.data_summary, sso.saml.login'), RULE)).toEqual([
      {
        rule: 'braze/permission-declared',
        message:
          'The root `security` requires `canvas.lists`, which the ApiKey `x-permissions` catalogue does not declare. ' +
          'Did you mean `canvas.list`?',
        file: 'inline.yaml',
        line: 4,
        pointer: '#/security/0/ApiKey/0',
      },
      {
        rule: 'braze/permission-declared',
        message:
          'GET /canvas/data_summary requires `canvs.data_summary`, which the ApiKey `x-permissions` catalogue does not ' +
          'declare. Did you mean `canvas.data_summary`?',
        file: 'inline.yaml',
        line: 9,
        pointer: '#/paths/~1canvas~1data_summary/get/security/0/ApiKey/1',
      },
      {
        rule: 'braze/permission-declared',
        message:
          'GET /canvas/data_summary requires `sso.saml.login`, which the ApiKey `x-permissions` catalogue does not declare.',
        file: 'inline.yaml',
        line: 9,
        pointer: '#/paths/~1canvas~1data_summary/get/security/0/ApiKey/2',
      },
    ]);
  });
});
