import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';
import { endpointCell, parseMarkdownTables, splitRow } from './parse-markdown.js';

describe('splitRow', () => {
  it.each([
    ['| `a.b` | d |', ['`a.b`', 'd']],
    ['|a|b|c|', ['a', 'b', 'c']],
    ['| x \\| y | z |', ['x | y', 'z']],
  ])('%s', (given, want) => {
    expect(splitRow(given)).toEqual(want);
  });
});

describe('endpointCell', () => {
  it.each([
    ['[`/users/track`](x)', ['/users/track']],
    ['[`/messages/send `](x)', ['/messages/send']],
    ['[` /catalogs/{catalog_name}`](x)', ['/catalogs/{catalog_name}']],
    ['[`/a`](x)<br><br>[`/b/{id}`](y)', ['/a', '/b/{id}']],
    ['[/a](x)<br/>/b', ['/a', '/b']],
    ['', []],
  ])('%s', (given, want) => {
    expect(endpointCell(given)).toEqual(want);
  });
});

describe('parseMarkdownTables', () => {
  it('reads the tabs and rows of the current layout, skipping tables without a permission column', () => {
    const tables = parseMarkdownTables(readFileSync(fixture('page-clean.md'), 'utf8'));
    expect(tables.map((t) => [t.tab, t.line, t.rows.map((r) => r.permission)])).toEqual([
      ['User Data', 16, ['users.track']],
      ['Email', 24, ['email.blacklist']],
      ['Canvas', 31, ['canvas.list', 'canvas.data_summary', 'canvas.url_info.details']],
      ['Segments', 40, ['segments.list']],
      ['News Feed', 47, ['feed.list']],
      ['SSO', 54, ['sso.saml.login']],
      ['Content Blocks', 61, ['content_blocks.list', 'content_blocks.update']],
      ['Preference Center', 69, ['preference_center.update']],
      ['Catalogs', 76, ['catalogs.replace_item']],
    ]);
    expect(tables[5]!.rows[0]).toEqual({
      permission: 'sso.saml.login',
      endpoints: null,
      description: 'Set up identity-provider-initiated login.',
      line: 56,
    });
    expect(tables[7]!.rows[0]!.endpoints).toEqual([
      '/preference_center/v1',
      '/preference_center/v1/{preferenceCenterExternalId}',
    ]);
  });

  it('reads the old layout (Name | Description, no endpoint column)', () => {
    const tables = parseMarkdownTables(readFileSync(fixture('page-defects.md'), 'utf8'));
    expect(tables.map((t) => t.tab)).toEqual(['User Data', 'Canvas', 'Segments', 'Content Blocks']);
    expect(tables[3]!.rows[1]).toEqual({
      permission: 'canvs.data_summary',
      endpoints: null,
      description: 'Canvas rollups.',
      line: 36,
    });
  });

  it('finds nothing in a page without permission tables', () => {
    expect(parseMarkdownTables('# Title\n\n|Instance|URL|\n|---|---|\n|US-01|x|\n')).toEqual([]);
  });
});
