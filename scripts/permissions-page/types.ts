/**
 * Shapes shared by the permission-page parity check: what a Braze permission page says, what the spec
 * declares, and the report comparing the two.
 */

/** One row of a permission table on the page. */
export interface PageRow {
  /** The permission as written on the page (backticks removed). */
  permission: string;
  /** Paths from the endpoint column, trimmed, in page order; `null` when the table has no endpoint column. */
  endpoints: string[] | null;
  description: string;
  /** 1-based line of the row in the page file (of the permission name in the plain-text layout). */
  line: number;
}

/** One permission table, with the tab it sits under (`null` when the layout has no tab names). */
export interface PageTable {
  tab: string | null;
  line: number;
  rows: PageRow[];
}

/** A parsed permission page. */
export interface PermissionPage {
  layout: 'markdown' | 'plain-text';
  tables: PageTable[];
}

/** Why a page may lack a permission, as the spec's catalogue marks it (`pageListing`). */
export type PageListing = 'absent' | 'recent';

/** A permission of the spec's catalogue, with the operations that require it. */
export interface SpecPermission {
  name: string;
  group: string;
  description: string;
  deprecated: boolean;
  noEndpoint: boolean;
  pageListing?: PageListing;
  note?: string;
  /** `METHOD /path` of every operation that requires it, in spec order. */
  operations: { method: string; path: string }[];
}

/** The spec side of the comparison: the catalogue, in declaration order. */
export interface SpecPermissions {
  permissions: Map<string, SpecPermission>;
  operationCount: number;
}

/** A page defect: a mistake on the page itself rather than a difference from the spec. */
export interface PageDefect {
  kind: 'no-table' | 'repeated-table' | 'duplicate' | 'misspelling' | 'group-mismatch' | 'endpoint-typo';
  line: number;
  message: string;
}

/** One finding, with the page line it comes from (0 when it has none) and why it is explained, if it is. */
export interface Finding {
  permission: string;
  line: number;
  message: string;
  /** Set when the spec or a page defect accounts for the difference. */
  explanation?: string;
}

/** The result of comparing one page with the spec. */
export interface ParityReport {
  page: string;
  layout: PermissionPage['layout'];
  pagePermissionCount: number;
  specPermissionCount: number;
  /** (a) On the page but not in the spec (misspellings are page defects instead). */
  missingFromSpec: Finding[];
  /** (b) In the spec but not on the page. */
  missingFromPage: Finding[];
  /** (c) Page endpoints that the spec maps differently. */
  endpoints: Finding[];
  /** (d) Mistakes on the page. */
  defects: PageDefect[];
  /** Findings of (a), (b) and (c) without an explanation. */
  unexplained: number;
}
