import { matchPath } from './endpoint-paths.js';
import { findPageDefects, type PageDefects } from './find-defects.js';
import type { Finding, PageDefect, PageRow, PageTable, ParityReport, PermissionPage, SpecPermission, SpecPermissions } from './types.js';

/** Why the spec may hold a permission the page lacks, or `undefined` when nothing explains it. */
function whyMissing(permission: SpecPermission, page: PermissionPage, found: PageDefects): string | undefined {
  const misspelt = [...found.misspellings].find(([, meant]) => meant === permission.name);
  if (misspelt) return `the page misspells it as \`${misspelt[0]}\``;
  if (permission.pageListing === 'absent') return "Braze's permission table omits it; an endpoint page requires it";
  if (permission.pageListing === 'recent') return 'only recent versions of the permission page list it';
  if (permission.deprecated) return 'deprecated; newer pages drop it';
  if (permission.noEndpoint) return 'no REST endpoint uses it';
  const repeated = [...found.repeats.keys()].find((t) => t.tab?.toLowerCase() === permission.group.toLowerCase());
  if (repeated) return `the page's "${repeated.tab}" tab repeats another tab's table instead of listing its own`;
  return undefined;
}

/** (c) for one row: page paths the spec does not map to the permission, and spec paths the page omits. */
function compareEndpoints(row: PageRow, permission: SpecPermission, defects: PageDefect[]): Finding[] {
  const pagePaths = row.endpoints ?? [];
  if (pagePaths.length === 0) return [];
  const base = { permission: row.permission, line: row.line };
  if (permission.noEndpoint) {
    const links = pagePaths.map((p) => `\`${p}\``).join(', ');
    return [{ ...base, message: `The page links ${links}, which no documented operation serves.`, explanation: `noEndpoint: ${permission.note ?? 'marked in the spec'}` }];
  }
  const specPaths = [...new Set(permission.operations.map((op) => op.path))];
  const matched = new Set<string>();
  const findings: Finding[] = [];
  for (const pagePath of pagePaths) {
    const match = matchPath(pagePath, specPaths);
    if (match.kind === 'none') {
      const where = specPaths.length ? `the spec requires it at ${specPaths.map((p) => `\`${p}\``).join(', ')}` : 'no operation in the spec requires it';
      findings.push({ ...base, message: `The page maps it to \`${pagePath}\`; ${where}.` });
      continue;
    }
    matched.add(match.specPath);
    if (match.kind === 'typo') {
      defects.push({ kind: 'endpoint-typo', line: row.line, message: `Endpoint \`${pagePath}\` of \`${row.permission}\` looks like a typo of \`${match.specPath}\`.` });
    }
  }
  // Spec paths the page omits; skipped when a page path already failed (its message lists the spec's paths).
  for (const specPath of findings.length > 0 ? [] : specPaths) {
    if (matched.has(specPath)) continue;
    const methods = permission.operations.filter((op) => op.path === specPath).map((op) => op.method).join('/');
    findings.push({ ...base, message: `The spec also requires it for ${methods} ${specPath}, which the page does not list.`, explanation: 'an endpoint page requires it there' });
  }
  return findings;
}

/**
 * Compares a parsed permission page with the spec's catalogue: (a) permissions missing from the spec,
 * (b) permissions missing from the page, split into explained and unexplained, (c) endpoints that differ,
 * (d) defects of the page itself.
 * @param pageName how the report names the page (usually its path)
 */
export function comparePage(pageName: string, page: PermissionPage, spec: SpecPermissions): ParityReport {
  const found = findPageDefects(page, spec);
  const defects = [...found.defects];
  const rows: { table: PageTable; row: PageRow }[] = page.tables.flatMap((table) => table.rows.map((row) => ({ table, row })));
  const onPage = new Set(rows.map(({ row }) => row.permission));

  const missingFromSpec: Finding[] = [];
  for (const name of onPage) {
    if (spec.permissions.has(name) || found.misspellings.has(name)) continue;
    const first = rows.find(({ row }) => row.permission === name)!;
    const tab = first.table.tab === null ? '' : ` ("${first.table.tab}" tab)`;
    missingFromSpec.push({ permission: name, line: first.row.line, message: `On the page${tab} but not in the spec's catalogue.` });
  }

  const missingFromPage: Finding[] = [];
  for (const permission of spec.permissions.values()) {
    if (onPage.has(permission.name)) continue;
    const finding: Finding = { permission: permission.name, line: 0, message: `In the spec (group "${permission.group}") but not on the page.` };
    const explanation = whyMissing(permission, page, found);
    missingFromPage.push(explanation === undefined ? finding : { ...finding, explanation });
  }

  const endpoints: Finding[] = [];
  for (const { table, row } of rows) {
    const permission = spec.permissions.get(row.permission);
    if (!permission || row.endpoints === null || found.repeats.has(table)) continue;
    endpoints.push(...compareEndpoints(row, permission, defects));
  }

  const unexplained = [...missingFromSpec, ...missingFromPage, ...endpoints].filter((f) => f.explanation === undefined).length;
  return {
    page: pageName,
    layout: page.layout,
    pagePermissionCount: onPage.size,
    specPermissionCount: spec.permissions.size,
    missingFromSpec,
    missingFromPage,
    endpoints,
    defects: defects.sort((a, b) => a.line - b.line),
    unexplained,
  };
}
