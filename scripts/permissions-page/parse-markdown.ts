import type { PageRow, PageTable } from './types.js';

/** Column header names that hold the permission. */
const PERMISSION_HEADER = /^(permission|name)s?$/i;
const TAB_START = /^\s*\{%\s*tab\s+(.+?)\s*%\}\s*$/;
const TAB_END = /^\s*\{%\s*endtab\s*%\}\s*$/;
const SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Splits a Markdown table line into trimmed cells (escaped `\|` stays inside its cell). */
export function splitRow(line: string): string[] {
  const cells = line.trim().replace(/\\\|/g, '\u0000').replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((cell) => cell.replace(/\u0000/g, '|').trim());
}

/** The text inside the first pair of backticks, or the whole cell. */
function unquote(cell: string): string {
  const match = /`([^`]*)`/.exec(cell);
  return (match ? match[1]! : cell).trim();
}

/**
 * The paths of an endpoint cell: each backticked span (links such as ``[`/a`](…)<br><br>[`/b`](…)`` give
 * two), trimmed; without backticks, the `<br>`-separated text with Markdown links stripped.
 */
export function endpointCell(cell: string): string[] {
  const quoted = [...cell.matchAll(/`([^`]*)`/g)].map((m) => m[1]!.trim()).filter(Boolean);
  if (quoted.length > 0) return quoted;
  return cell
    .split(/<br\s*\/?>/i)
    .map((part) => part.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean);
}

/**
 * Reads the permission tables of a page in Braze's Markdown form: `{% tab Name %}` … `{% endtab %}` blocks
 * holding tables whose header has a Permission (or Name) column, with or without an Endpoint column.
 */
export function parseMarkdownTables(text: string): PageTable[] {
  const lines = text.split(/\r?\n/);
  const tables: PageTable[] = [];
  let tab: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tabStart = TAB_START.exec(line);
    if (tabStart) tab = tabStart[1]!;
    else if (TAB_END.test(line)) tab = null;
    if (!line.trim().startsWith('|') || !SEPARATOR.test(lines[i + 1] ?? '')) continue;
    const header = splitRow(line);
    const permissionColumn = header.findIndex((cell) => PERMISSION_HEADER.test(cell));
    if (permissionColumn < 0) continue;
    const endpointColumn = header.findIndex((cell) => /endpoint/i.test(cell));
    const descriptionColumn = header.findIndex((cell) => /description/i.test(cell));
    const table: PageTable = { tab, line: i + 1, rows: [] };
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const cells = splitRow(lines[j]!);
      const permission = unquote(cells[permissionColumn] ?? '');
      if (!permission) continue;
      const row: PageRow = {
        permission,
        endpoints: endpointColumn < 0 ? null : endpointCell(cells[endpointColumn] ?? ''),
        description: descriptionColumn < 0 ? '' : (cells[descriptionColumn] ?? ''),
        line: j + 1,
      };
      table.rows.push(row);
    }
    if (table.rows.length > 0) tables.push(table);
    i = j - 1;
  }
  return tables;
}
