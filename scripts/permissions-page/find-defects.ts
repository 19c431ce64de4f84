import { closest, editDistance } from './edit-distance.js';
import type { PageDefect, PageTable, PermissionPage, SpecPermissions } from './types.js';

/** Share of rows that must match for a table to count as a repeat of an earlier one. */
const REPEAT_RATIO = 0.8;

/** The table-level defects of a page, and what the comparison needs to know about them. */
export interface PageDefects {
  defects: PageDefect[];
  /** Tables that repeat an earlier table, mapped to the table they repeat. */
  repeats: Map<PageTable, PageTable>;
  /** Page names that are not in the spec but are within two edits of a spec permission → that permission. */
  misspellings: Map<string, string>;
}

const describeTable = (table: PageTable) =>
  table.tab === null ? `The table at line ${table.line}` : `The "${table.tab}" tab (line ${table.line})`;

const sameRow = (a: string, b: string) => a === b || editDistance(a, b) <= 2;

/** Finds the tables that repeat an earlier table (most of their rows name the same permissions). */
function findRepeats(tables: PageTable[]): Map<PageTable, PageTable> {
  const repeats = new Map<PageTable, PageTable>();
  tables.forEach((table, j) => {
    if (table.rows.length < 2) return;
    for (const earlier of tables.slice(0, j)) {
      if (repeats.has(earlier) || earlier.rows.length < 2) continue;
      const matched = table.rows.filter((row) => earlier.rows.some((e) => sameRow(e.permission, row.permission)));
      if (matched.length / table.rows.length >= REPEAT_RATIO) {
        repeats.set(table, earlier);
        return;
      }
    }
  });
  return repeats;
}

/**
 * Finds the page's own mistakes: no permission table at all, a tab whose table repeats another tab's, a
 * permission listed twice, a name within two edits of a spec permission it is not, and a permission under a
 * different tab than the spec's group. Rows of a repeated table count only for misspellings.
 */
export function findPageDefects(page: PermissionPage, spec: SpecPermissions): PageDefects {
  const defects: PageDefect[] = [];
  if (page.tables.length === 0) {
    defects.push({ kind: 'no-table', line: 0, message: 'The page has no permission table.' });
  }
  const repeats = findRepeats(page.tables);
  for (const [table, original] of repeats) {
    const count = table.rows.length;
    defects.push({
      kind: 'repeated-table',
      line: table.line,
      message: `${describeTable(table)} repeats the table of ${describeTable(original).replace(/^The/, 'the')} (${count} rows).`,
    });
  }
  const misspellings = new Map<string, string>();
  const seen = new Map<string, number[]>();
  for (const table of page.tables) {
    for (const row of table.rows) {
      const known = spec.permissions.get(row.permission);
      if (!known) {
        const guess = closest(row.permission, spec.permissions.keys());
        if (guess && !misspellings.has(row.permission)) {
          misspellings.set(row.permission, guess);
          defects.push({
            kind: 'misspelling',
            line: row.line,
            message: `\`${row.permission}\` looks like a misspelling of \`${guess}\`.`,
          });
        }
      }
      if (repeats.has(table)) continue;
      seen.set(row.permission, [...(seen.get(row.permission) ?? []), row.line]);
      if (known && table.tab !== null && known.group.toLowerCase() !== table.tab.toLowerCase()) {
        defects.push({
          kind: 'group-mismatch',
          line: row.line,
          message: `\`${row.permission}\` is under the "${table.tab}" tab; the spec puts it in group "${known.group}".`,
        });
      }
    }
  }
  for (const [permission, lines] of seen) {
    if (lines.length < 2) continue;
    defects.push({
      kind: 'duplicate',
      line: lines[1]!,
      message: `\`${permission}\` is listed ${lines.length} times (lines ${lines.join(', ')}).`,
    });
  }
  return { defects: defects.sort((a, b) => a.line - b.line), repeats, misspellings };
}
