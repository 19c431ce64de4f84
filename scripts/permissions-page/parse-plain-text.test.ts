import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.js';
import { parsePermissionPage } from './parse-page.js';
import { parsePlainTextTables } from './parse-plain-text.js';

describe('parsePlainTextTables', () => {
  it('reads each table of the rendered layout, one cell per line, without tab names', () => {
    const tables = parsePlainTextTables(readFileSync(fixture('page-plain.txt'), 'utf8'));
    expect(tables).toEqual([
      {
        tab: null,
        line: 3,
        rows: [
          { permission: 'users.track', endpoints: null, description: 'Record user attributes.', line: 5 },
          { permission: 'segments.list', endpoints: null, description: 'List segments.', line: 7 },
        ],
      },
      {
        tab: null,
        line: 9,
        rows: [
          { permission: 'canvas.list', endpoints: null, description: 'List Canvases.', line: 11 },
          { permission: 'canvas.data_summary', endpoints: null, description: 'Canvas rollups.', line: 13 },
        ],
      },
    ]);
  });
});

describe('parsePermissionPage', () => {
  it('picks the layout from the content', () => {
    expect(parsePermissionPage(readFileSync(fixture('page-clean.md'), 'utf8')).layout).toBe('markdown');
    expect(parsePermissionPage(readFileSync(fixture('page-plain.txt'), 'utf8')).layout).toBe('plain-text');
    expect(parsePermissionPage('No tables here.\n')).toEqual({ layout: 'plain-text', tables: [] });
  });
});
