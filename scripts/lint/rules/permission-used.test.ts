import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFile, lintInline } from '../lint-inline.js';

const RULE = { 'braze/permission-used': 'error' } as const;
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

const doc = (permissions: string) => `openapi: 3.1.0
info: {title: t, version: '1'}
security:
  - ApiKey: [segments.list]
paths:
  /segments/list:
    get:
      responses: {'200': {description: ok}}
  /canvas/list:
    get:
      security: [{ApiKey: [canvas.list]}]
      responses: {'200': {description: ok}}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
${permissions}
`;

describe('braze/permission-used', () => {
  it('accepts permissions used directly or through the root security, and unused ones marked noEndpoint', async () => {
    const source = doc(`        segments.list: {description: d, group: Segments}
        canvas.list: {description: d, group: Canvas}
        sso.saml.login: {description: d, group: SSO, noEndpoint: true, note: Not REST.}`);
    expect(await lintInline(source, RULE)).toEqual([]);
  });

  it('reports an unused permission on its name, and a used one marked noEndpoint on the flag', async () => {
    const source = doc(`        segments.list: {description: d, group: Segments}
        canvas.list:
          description: d
          group: Canvas
          noEndpoint: true
        canvas.details: {description: d, group: Canvas}`);
    expect(await lintInline(source, RULE)).toEqual([
      {
        rule: 'braze/permission-used',
        message: '`canvas.list` is marked `noEndpoint: true` but GET /canvas/list requires it.',
        file: 'inline.yaml',
        line: 23,
        pointer: '#/components/securitySchemes/ApiKey/x-permissions/canvas.list/noEndpoint',
      },
      {
        rule: 'braze/permission-used',
        message:
          "No operation requires `canvas.details`; use it in an operation's `security` or mark it `noEndpoint: true` with a `note`.",
        file: 'inline.yaml',
        line: 24,
        pointer: '#/components/securitySchemes/ApiKey/x-permissions/canvas.details',
      },
    ]);
  });

  it('reports in the file that declares the catalogue when the scheme is a $ref', async () => {
    const problems = await lintFile(path.join(fixtures, 'multi-file', 'openapi.yaml'), RULE);
    expect(problems).toEqual([
      {
        rule: 'braze/permission-used',
        message:
          "No operation requires `events.get`; use it in an operation's `security` or mark it `noEndpoint: true` with a `note`.",
        file: 'ApiKey.yaml',
        line: 7,
        pointer: '#/x-permissions/events.get',
      },
    ]);
  });
});
