import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBody, compareFiles, compareParams, compareRateLimits } from './compare.js';
import { FIXTURE_SPEC, fixture } from './fixtures.js';
import { loadOurSpec } from './load-ours.js';
import { parsePeerFile } from './parse-peer.js';
import type { OurSpec } from './types.js';

describe('the comparisons', () => {
  it('parameters: missing, required-ness, extra', () => {
    const theirs = [{ name: 'a', in: 'query', required: true }, { name: 'b', in: 'query', required: false }];
    const ours = [{ name: 'a', in: 'query', required: false }, { name: 'c', in: 'header', required: false }];
    expect(compareParams(theirs, ours).map((d) => [d.kind, d.message])).toEqual([
      ['disagrees', 'query parameter `a` is required in Braze\'s file, optional in ours'],
      ['lacks', 'query parameter `b` is not in ours'],
      ['extra', 'header parameter `c` is only in ours'],
    ]);
  });

  it('body fields: a missing parent hides its children; nested required-ness is compared', () => {
    const theirs = { a: { required: true }, 'a[].x': { required: true }, b: { required: false }, 'b.y': { required: false } };
    const ours = { a: { required: true }, 'a[].x': { required: false }, c: { required: false }, 'c.z': { required: false } };
    expect(compareBody(theirs, ours).map((d) => [d.kind, d.message])).toEqual([
      ['disagrees', 'body field `a[].x` is required in Braze\'s file, optional in ours'],
      ['lacks', 'body field `b` is not in ours'],
      ['extra', 'body field `c` is only in ours'],
    ]);
    expect(compareBody({ q: { required: false } }, undefined)[0]).toMatchObject({ kind: 'lacks', subject: 'body-field' });
  });

  it('rate limits: any stated limit equal to ours agrees; the default agrees with our default number', () => {
    const perMinute = { kind: 'limit', limit: 100, windowSeconds: 60, text: '' } as const;
    const perHour = { kind: 'limit', limit: 100, windowSeconds: 3600, text: '' } as const;
    const dflt = { kind: 'limit', limit: 250000, windowSeconds: 3600, text: '' } as const;
    expect(compareRateLimits([perHour, perMinute], perMinute)).toEqual([]);
    expect(compareRateLimits([], perMinute)).toEqual([]);
    expect(compareRateLimits([perHour], perMinute)[0]?.message).toBe('Braze\'s file states 100 per hour; ours has 100 per minute');
    expect(compareRateLimits([{ kind: 'default', text: '' }], { kind: 'default', text: '' })).toEqual([]);
    expect(compareRateLimits([dflt], { kind: 'default', text: '' }, dflt)).toEqual([]);
    expect(compareRateLimits([{ kind: 'default', text: '' }], perMinute, dflt)).toHaveLength(1);
  });
});

describe('compareFiles on files in Braze\'s shape', () => {
  let spec: OurSpec;
  beforeAll(async () => {
    spec = await loadOurSpec(FIXTURE_SPEC);
  });
  const read = (name: string) => parsePeerFile(name, readFileSync(fixture(name), 'utf8'));

  it('loads our spec through the generator: permissions, auth, rate limits, body fields, file:line', () => {
    const track = spec.operations.find((o) => o.operationId === 'thingsTrack');
    expect(track).toMatchObject({ method: 'POST', path: '/things/track', permissions: ['things.track'], auth: 'permissions', line: 23 });
    expect(track?.rateLimit).toMatchObject({ kind: 'limit', limit: 3000, windowSeconds: 3 });
    expect(Object.keys(track?.body ?? {})).toEqual(['things', 'things[].id', 'things[].label', 'things[].color', 'dry_run']);
    expect(spec.operations.find((o) => o.operationId === 'adminUsersList')?.auth).toBe('other');
    expect(spec.defaultLimit).toMatchObject({ limit: 250000, windowSeconds: 3600 });
  });

  it('finds every kind of difference and defect', () => {
    const names = ['admin_users', 'export_export_segment_cancel', 'reports_get_report', 'templates_translations_source', 'things_delete_things', 'things_things_track'];
    const report = compareFiles(names.map((n) => read(`braze/${n}.yaml`)), spec);
    const byOp = Object.fromEntries(report.operations.map((o) => [`${o.method} ${o.path}`, o.differences.map((d) => `${d.kind} ${d.subject}`)]));
    expect(byOp).toEqual({
      'GET /admin/users': [],
      'POST /users/export/segment/cancel': [],
      'GET /reports/{id}': ['disagrees parameter', 'disagrees rate-limit'],
      'GET /templates/things/translations/source': ['lacks parameter', 'disagrees permission'],
      'POST /things/delete': ['lacks body-field'],
      'POST /things/archive': ['lacks operation'],
      'POST /things/track': ['extra body-field', 'extra body-field'],
    });
    expect(report.defects.map((d) => `${d.file}:${d.line} ${d.kind}`)).toEqual([
      'braze/export_export_segment_cancel.yaml:18 path-contradicts-spec',
      'braze/things_delete_things.yaml:18 no-permission-prose',
      'braze/things_delete_things.yaml:34 several-paths',
    ]);
    expect(report.operations.find((o) => o.path === '/users/export/segment/cancel')?.ours).toMatchObject({ operationId: 'exportSegmentCancel', path: '/export/segment/cancel' });
    expect(report.counts).toEqual({ lacks: 3, disagrees: 3, extra: 2, defects: 3 });
    expect(report.uncovered).toEqual([]);
  });

  it('a file that agrees leaves nothing to report, and says which of ours it does not cover', () => {
    const report = compareFiles([read('clean/things_things_track.yaml')], spec);
    expect(report.counts).toEqual({ lacks: 0, disagrees: 0, extra: 2, defects: 0 });
    expect(report.uncovered).toHaveLength(5);
  });
});

describe('compareFiles on operations built in memory', () => {
  it('reports a path whose tail matches several of ours as missing, and as an ambiguous defect', () => {
    const ours = (path: string) => ({ operationId: path, method: 'GET', path, file: 's.yaml', permissions: ['a.b'], auth: 'permissions' as const, rateLimit: { kind: 'default' as const, text: '' }, params: [] });
    const spec: OurSpec = { operations: [ours('/campaigns/translations/source'), ours('/canvas/translations/source')] };
    const peer = { file: 'p.yaml', line: 4, method: 'GET', path: '/messages/translations/source', permissions: [], rateLimits: [], params: [], auth: 'bearer' as const };
    const report = compareFiles([{ file: 'p.yaml', operations: [peer], defects: [] }], spec);
    expect(report.operations[0]?.differences).toEqual([{ kind: 'lacks', subject: 'operation', message: 'GET /messages/translations/source is not in our spec' }]);
    expect(report.defects.map((d) => [d.kind, d.line, d.message])).toEqual([
      ['ambiguous-path', 4, 'GET /messages/translations/source is not in our spec; its tail matches several of ours: GET /campaigns/translations/source, GET /canvas/translations/source'],
      ['no-permission-prose', 4, 'GET /messages/translations/source: names no permission (no scopes, and no permission in its description or summary)'],
    ]);
    expect(report.uncovered).toEqual(['GET /campaigns/translations/source', 'GET /canvas/translations/source']);
  });
});
