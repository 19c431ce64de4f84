import { describe, expect, it } from 'vitest';
import { cell, errorsTable, instancesTable, rateLimitsTable, renderIntroduction, securitySchemesTable } from '../../src/emit/docs/introduction.js';
import { fixtureModel } from './fixture-model.js';

const model = fixtureModel();

describe('introduction tables', () => {
  it('escapes table cells', () => expect(cell('a | b\n  c')).toBe('a \\| b c'));

  it('lists the instances', () => {
    expect(instancesTable(model)).toBe(
      [
        '| Instance | REST endpoint |',
        '|---|---|',
        '| `US-01` | `https://rest.iad-01.example.com` |',
        '| `EU-01` | `https://rest.fra-01.example.eu` |',
      ].join('\n'),
    );
    expect(instancesTable({ ...model, instances: [] })).toBe('');
  });

  it('lists security schemes with how they are sent', () => {
    const rows = securitySchemesTable(model).split('\n').slice(2);
    expect(rows).toEqual([
      '| `ApiKey` | HTTP bearer | The REST key. |',
      '| `ScimToken` | HTTP bearer | The SCIM token. |',
      '| `ScimOrigin` | `X-Request-Origin` header |  |',
    ]);
  });

  it('links the operations that have their own limit', () => {
    expect(rateLimitsTable(model)).toBe('- [POST /users/track](#/users/userstrack): 3,000 requests per 3 seconds (shared: users-track)');
  });

  it('lists error statuses with their most common description', () => {
    const m = fixtureModel();
    m.operations[0]!.responses = [{ status: '403', description: 'Rare text.', hasBody: true, headers: [] }];
    expect(errorsTable(m).split('\n').slice(2)).toEqual(['| `403` | Lacks the permission. |', '| `429` | Rate limited. |']);
  });
});

describe('renderIntroduction', () => {
  it('replaces markers and keeps prose', () => {
    const out = renderIntroduction('Limit: <!-- default-rate-limit -->.\n\n<!-- instances -->', { ...model, defaultRateLimit: '9 per day' });
    expect(out.startsWith('Limit: 9 per day.\n\n| Instance |')).toBe(true);
  });
  it('refuses an unknown marker', () => {
    expect(() => renderIntroduction('<!-- nope -->', model)).toThrow('unknown marker <!-- nope -->');
  });
});
