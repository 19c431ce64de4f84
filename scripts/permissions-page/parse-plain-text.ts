import type { PageTable } from './types.js';

const HEADER = /^(Permission|Name)\s*\|\s*Description\s*\|?\s*$/i;
const SEPARATOR = /^-{3,}\s*\|\s*-{3,}\s*\|?\s*$/;
const NAME_CELL = /^([A-Za-z0-9_.]+)\s*\|\s*$/;

/**
 * Reads the permission tables of a page rendered to plain text (the layout of the 2020-era page): each table
 * is a `Permission | Description |` header, a `---|---|` line, then one line per cell (`users.track |`, then
 * its description ending in `|`). Tab names are lost in this layout, so every table has `tab: null`.
 */
export function parsePlainTextTables(text: string): PageTable[] {
  const lines = text.split(/\r?\n/);
  const tables: PageTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER.test(lines[i]!.trim()) || !SEPARATOR.test(lines[i + 1]?.trim() ?? '')) continue;
    const table: PageTable = { tab: null, line: i + 1, rows: [] };
    let j = i + 2;
    for (; j + 1 < lines.length; j += 2) {
      const name = NAME_CELL.exec(lines[j]!.trim());
      const description = lines[j + 1]!.trim();
      if (!name || !description.endsWith('|')) break;
      table.rows.push({
        permission: name[1]!,
        endpoints: null,
        description: description.replace(/\|$/, '').trim(),
        line: j + 1,
      });
    }
    if (table.rows.length > 0) tables.push(table);
    i = j - 1;
  }
  return tables;
}
