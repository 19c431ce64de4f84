import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getLineColLocation, lintFromString, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A document that breaks the three example rules once each, and one catalogue rule. */
const source = `openapi: 3.1.0
info:
  title: t
  version: '1'
  description: d
  license: {name: MIT, identifier: MIT}
servers: [{url: 'https://rest.iad-01.braze.com'}]
security: [{ApiKey: []}]
tags: [{name: Users, description: d}]
paths:
  /users/export/ids:
    post:
      operationId: usersExportIds
      summary: s
      description: d
      tags: [Users]
      security: [{ApiKey: [users.export.ids]}]
      parameters:
        - name: limit
          in: query
          description: d
          schema: {type: integer}
          example: ten
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  count: {type: integer, examples: [many]}
              example: {count: one}
        '400': {description: bad}
components:
  securitySchemes:
    ApiKey:
      type: http
      scheme: bearer
      x-permissions:
        users.export.ids: {description: d, group: User Data}
        users.track: {description: d, group: User Data}
`;

describe('redocly.yaml', () => {
  it('runs the braze rules and makes the example rules errors', async () => {
    const config = await loadConfig({ configPath: path.join(root, 'redocly.yaml') });
    const problems = await lintFromString({ source, absoluteRef: path.join(root, 'inline.yaml'), config });
    const found = problems
      .map((p) => `${p.severity} ${p.ruleId} ${getLineColLocation(p.location[0]!).start.line}`)
      .sort();
    expect(found).toEqual([
      'error braze/permission-used 42',
      'error no-invalid-media-type-examples 33',
      'error no-invalid-parameter-examples 23',
      'error no-invalid-schema-examples 32',
    ]);
  });
});
