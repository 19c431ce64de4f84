import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparePage } from './compare.js';
import { FIXTURE_SPEC, fixture } from './fixtures.js';
import { loadSpecPermissions } from './load-spec.js';
import { parsePermissionPage } from './parse-page.js';
import type { SpecPermissions } from './types.js';

let spec: SpecPermissions;
beforeAll(async () => {
  spec = await loadSpecPermissions(FIXTURE_SPEC);
});

const compareFixture = (name: string) =>
  comparePage(name, parsePermissionPage(readFileSync(fixture(name), 'utf8')), spec);

describe('comparePage', () => {
  it('explains every difference of a current page and reports its endpoint typo', () => {
    const report = compareFixture('page-clean.md');
    expect(report.unexplained).toBe(0);
    expect(report.missingFromSpec).toEqual([]);
    expect(report.missingFromPage.map((f) => [f.permission, f.explanation])).toEqual([
      ['users.track.sync', "Braze's permission table omits it; an endpoint page requires it"],
      ['sdk_authentication.keys', 'only recent versions of the permission page list it'],
    ]);
    expect(report.endpoints).toEqual([
      {
        permission: 'email.blacklist',
        line: 26,
        message: 'The spec also requires it for POST /email/blocklist, which the page does not list.',
        explanation: 'an endpoint page requires it there',
      },
      {
        permission: 'canvas.url_info.details',
        line: 35,
        message: 'The page links `/canvas/url_info/details`, which no documented operation serves.',
        explanation: 'noEndpoint: Its endpoint has no documentation page.',
      },
    ]);
    expect(report.defects).toEqual([
      {
        kind: 'endpoint-typo',
        line: 64,
        message: 'Endpoint `/content_blocks_update` of `content_blocks.update` looks like a typo of `/content_blocks/update`.',
      },
    ]);
  });

  it('finds the repeated table, the misspelling, the duplicate and the misplaced permission', () => {
    const report = compareFixture('page-defects.md');
    expect(report.defects).toEqual([
      { kind: 'duplicate', line: 11, message: '`users.track` is listed 2 times (lines 10, 11).' },
      {
        kind: 'group-mismatch',
        line: 27,
        message: '`feed.list` is under the "Segments" tab; the spec puts it in group "News Feed".',
      },
      {
        kind: 'repeated-table',
        line: 33,
        message: 'The "Content Blocks" tab (line 33) repeats the table of the "Canvas" tab (line 16) (3 rows).',
      },
      { kind: 'misspelling', line: 36, message: '`canvs.data_summary` looks like a misspelling of `canvas.data_summary`.' },
    ]);
    expect(report.missingFromSpec).toEqual([
      { permission: 'kpi.dau.data_series', line: 28, message: 'On the page ("Segments" tab) but not in the spec\'s catalogue.' },
    ]);
    const unexplained = report.missingFromPage.filter((f) => !f.explanation).map((f) => f.permission);
    expect(unexplained).toEqual(['email.blacklist', 'segments.list', 'preference_center.update', 'catalogs.replace_item']);
    expect(report.missingFromPage.find((f) => f.permission === 'content_blocks.list')?.explanation).toBe(
      'the page\'s "Content Blocks" tab repeats another tab\'s table instead of listing its own',
    );
    expect(report.unexplained).toBe(5);
  });

  it('explains a spec permission the page only misspells', () => {
    const page = parsePermissionPage('| Name | Description |\n|---|---|\n| `canvs.list` | x |\n| `canvas.data_summary` | y |\n');
    const report = comparePage('inline', page, spec);
    expect(report.missingFromPage.find((f) => f.permission === 'canvas.list')?.explanation).toBe(
      'the page misspells it as `canvs.list`',
    );
    expect(report.missingFromSpec).toEqual([]);
  });

  it('reports a page endpoint that the spec maps elsewhere as unexplained', () => {
    const text = [
      '{% tab Canvas %}',
      '| Permission | Endpoint | Description |',
      '|---|---|---|',
      '| `canvas.list` | [`/canvas/all`](x) | List. |',
      '{% endtab %}',
    ].join('\n');
    const report = comparePage('inline', parsePermissionPage(text), spec);
    expect(report.endpoints).toEqual([
      { permission: 'canvas.list', line: 4, message: 'The page maps it to `/canvas/all`; the spec requires it at `/canvas/list`.' },
    ]);
  });
});
