import { describe, expect, it } from 'vitest';
import { decoratedDescription, operationBadges, permissionLine, rateLimitLine, stateLine } from '../../src/emit/docs/operation-notes.js';
import { fixtureModel } from './fixture-model.js';

const model = fixtureModel();
const byId = (id: string) => {
  const op = model.operations.find((o) => o.operationId === id);
  if (!op) throw new Error(id);
  return op;
};

describe('permissionLine', () => {
  const table: [string, string][] = [
    ['usersTrack', '**Requires permission `users.track`**'],
    ['usersExport', '**Requires permissions `users.export`, `users.track`**'],
    ['scimUsersGet', '**Requires `ScimToken` + `ScimOrigin`** (another credential: no API-key permission applies)'],
  ];
  it.each(table)('%s', (id, want) => expect(permissionLine(byId(id), model)).toBe(want));
  it("shows the scopes another credential must hold (a client-side key's own permissions)", () => {
    const banners = { ...byId('scimUsersGet'), auth: 'other' as const, security: [{ schemes: { ClientKey: ['banners.sync', 'banners.track'] } }] };
    expect(permissionLine(banners, model)).toBe('**Requires `ClientKey` with `banners.sync`, `banners.track`** (another credential: no API-key permission applies)');
  });
  it('says when an operation needs no authentication', () => {
    expect(permissionLine({ ...byId('scimUsersGet'), security: [] }, model)).toBe('**No authentication**');
  });
});

describe('rateLimitLine', () => {
  it('says nothing of an operation without a limit when the spec states no default', () => {
    expect(rateLimitLine(byId('feedDetails'), undefined)).toBeUndefined();
  });
  it('prints the model summary and note', () => {
    const op = byId('usersTrack');
    const withNote = { ...op, rateLimit: { ...op.rateLimit!, note: 'Since 2024.' } };
    expect(rateLimitLine(withNote, 'DEFAULT')).toBe('Rate limit: **3,000 requests per 3 seconds (shared: users-track)**. Since 2024.');
  });
  it('quotes the note of an operation without a fixed limit once (its summary already holds it)', () => {
    const op = { ...byId('feedDetails'), rateLimit: { summary: 'No fixed limit: set per account', note: 'set per account' } };
    expect(rateLimitLine(op, 'DEFAULT')).toBe('Rate limit: **No fixed limit: set per account**.');
  });
  it('falls back to the default limit', () => {
    expect(rateLimitLine(byId('feedDetails'), '10 per hour')).toBe(
      'Rate limit: 10 per hour (the default, shared by every endpoint without a limit of its own).',
    );
  });
});

describe('stateLine and badges', () => {
  it('names deprecated and early-access states', () => {
    expect(stateLine(byId('feedDetails'))).toMatch(/^\*\*Deprecated\*\*.*\*\*Early access\*\*/);
    expect(stateLine(byId('usersTrack'))).toBeUndefined();
    expect(operationBadges(byId('feedDetails')).map((b) => b.name)).toEqual(['Early access']);
    expect(operationBadges(byId('usersTrack'))).toEqual([]);
  });
  it('badges an operation that takes another credential than the permission-scoped key', () => {
    expect(operationBadges(byId('scimUsersGet'))).toEqual([{ name: 'Other credential' }]);
  });
});

describe('decoratedDescription', () => {
  it('puts the lines in a quote block above the spec description', () => {
    expect(decoratedDescription(byId('usersTrack'), model)).toBe(
      [
        '> **Requires permission `users.track`**',
        '>',
        '> Rate limit: **3,000 requests per 3 seconds (shared: users-track)**.',
        '',
        'Records attributes.',
      ].join('\n'),
    );
  });
  it('has three lines for a deprecated operation without a description', () => {
    const text = decoratedDescription(byId('feedDetails'), model);
    expect(text.split('\n>\n')).toHaveLength(3);
    expect(text).toContain('`feed.details`');
  });
});
