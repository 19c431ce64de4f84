import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, OperationModel } from '../../generator/src/model/types.js';
import { loadModel } from './load.js';
import { diffOperationPermissions, diffOperations } from './operations.js';

let base: ApiModel;

beforeAll(async () => {
  base = await loadModel('scripts/diff/fixtures/permissions/new.yaml');
});

function changed(edit: (op: OperationModel) => void): string[] {
  const next = structuredClone(base);
  const op = next.operations.find((o) => o.operationId === 'usersTrack');
  if (!op) throw new Error('fixture lost usersTrack');
  edit(op);
  return diffOperations(base, next).map((c) => `${c.severity} ${c.area}: ${c.message}`);
}

describe('diffOperations', () => {
  it.each<[string, (op: OperationModel) => void, string[]]>([
    ['an extra permission breaks keys', (op) => op.permissions.push('users.delete'), [
      'major permission: needs `users.delete` + `users.track.v2` instead of `users.track.v2`: every existing key without `users.delete` now gets 403 (keys cannot be edited; create a new one)',
    ]],
    ['dropping a permission keeps keys working', (op) => (op.permissions = []), [
      'minor permission: needs no permission instead of `users.track.v2`: existing keys keep working',
    ]],
    ['a renamed client method breaks callers', (op) => (op.clientPath = ['users', 'record']), [
      'major operation: client method renamed: users.track → users.record',
    ]],
    ['deprecation is minor', (op) => (op.deprecated = true), ['minor operation: deprecated']],
    ['a new rate limit is a patch', (op) => (op.rateLimit = { limit: 10, windowSeconds: 60, summary: '10 per minute' }), [
      'patch operation: rate limit: default → 10 per minute',
    ]],
    ['a different success status breaks', (op) => (op.successStatus = '201'), ['major response: success status 200 → 201']],
  ])('%s', (_name, edit, want) => {
    expect(changed(edit)).toEqual(want);
  });

  it('reports an authentication change as major', () => {
    const a = base.operations[0] as OperationModel;
    const b = { ...a, security: [{ schemes: { ScimToken: [] } }] };
    expect(diffOperationPermissions(a, b).map((c) => c.severity)).toContain('major');
  });
});
