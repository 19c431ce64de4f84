// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * The report: uses grouped by permission with their call sites, the least-privilege list, operations that
 * need another credential or no permission, deprecated operations with their replacement, what could not be
 * resolved, and the comparison with a key and with each client's declared permissions. Its JSON form is the
 * documented, stable shape (`--format json`); the other formats are views of it.
 */
import type { AuditApi } from './api.js';
import { compareKey } from './key.js';
import type { Acknowledgement, ClientSite, Finding, Place, Use } from './types.js';

/** A place where an operation is used. */
export interface CallSite extends Place {
  operation: string;
}

/** One permission the code needs. */
export interface PermissionEntry {
  permission: string;
  operations: string[];
  callSites: CallSite[];
  /** Set when only acknowledgements (not resolved calls) need it. */
  acknowledged?: boolean;
}

/** An operation listed apart (another credential, no permission, deprecated). */
export interface OperationEntry {
  operation: string;
  callSites: Place[];
  replacement?: string;
}

/** A client created in the code and how its declared permissions compare with its calls. */
export interface ClientEntry extends Place {
  declared: string[] | null;
  needed: string[];
  missing: string[];
  excess: string[];
}

/** The report (`--format json`). */
export interface AuditReport {
  tool: { name: string; package: string };
  project: string;
  filesVisited: number;
  permissions: PermissionEntry[];
  leastPrivilege: string[];
  unresolved: Finding[];
  acknowledged: Acknowledgement[];
  /** Notes that do not fail the run by default (`unused-acknowledgement`; `--fail-on unused` makes them fail). */
  warnings: Finding[];
  otherCredentials: OperationEntry[];
  noPermission: OperationEntry[];
  deprecated: OperationEntry[];
  clients: ClientEntry[];
  key: { missing: string[]; excess: string[]; compared: boolean };
}

const byPlace = (a: Place, b: Place): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
const place = (u: Place): Place => ({ file: u.file, line: u.line, column: u.column });

/** What the report is built from. */
export interface ReportInput {
  api: AuditApi;
  project: string;
  filesVisited: number;
  uses: Use[];
  findings: Finding[];
  acknowledged: Acknowledgement[];
  warnings?: Finding[];
  clients: ClientSite[];
  key?: string[];
}

/** Builds the report; every list is sorted, so the same code always gives the same report. */
export function buildReport(input: ReportInput): AuditReport {
  const { api, uses } = input;
  const permissions = new Map<string, PermissionEntry>();
  const entry = (permission: string): PermissionEntry => {
    let e = permissions.get(permission);
    if (!e) permissions.set(permission, (e = { permission, operations: [], callSites: [] }));
    return e;
  };
  const apart = { other: new Map<string, Place[]>(), none: new Map<string, Place[]>(), deprecated: new Map<string, Place[]>() };
  const push = (m: Map<string, Place[]>, op: string, p: Place): void => void (m.get(op) ?? m.set(op, []).get(op)!).push(place(p));
  for (const u of [...uses].sort(byPlace)) {
    const row = api.operations[u.operation];
    if (!row) continue;
    if (row.deprecated) push(apart.deprecated, u.operation, u);
    if (row.auth === 'other') push(apart.other, u.operation, u);
    else if (row.permissions.length === 0) push(apart.none, u.operation, u);
    for (const p of row.permissions) {
      const e = entry(p);
      if (!e.operations.includes(u.operation)) e.operations.push(u.operation);
      e.callSites.push({ ...place(u), operation: u.operation });
    }
  }
  for (const a of input.acknowledged) {
    for (const p of a.permissions) {
      if (!permissions.has(p)) entry(p).acknowledged = true;
    }
  }
  const list = [...permissions.values()].sort((a, b) => (a.permission < b.permission ? -1 : 1));
  for (const e of list) e.operations.sort();
  const leastPrivilege = list.map((e) => e.permission);
  const operationsOf = (m: Map<string, Place[]>, withReplacement = false): OperationEntry[] =>
    [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([operation, callSites]) => ({
      operation, callSites, ...(withReplacement ? { replacement: api.deprecations?.[operation] ?? '' } : {}),
    }));
  return {
    tool: { name: `${api.packageName}-audit`, package: api.packageName },
    project: input.project,
    filesVisited: input.filesVisited,
    permissions: list,
    leastPrivilege,
    unresolved: [...input.findings].sort(byPlace),
    acknowledged: [...input.acknowledged].sort(byPlace),
    warnings: [...(input.warnings ?? [])].sort(byPlace),
    otherCredentials: operationsOf(apart.other),
    noPermission: operationsOf(apart.none),
    deprecated: operationsOf(apart.deprecated, true),
    clients: clientEntries(input),
    key: input.key ? { ...compareKey(input.key, leastPrivilege), compared: true } : { missing: [], excess: [], compared: false },
  };
}

/**
 * Each client's declared permissions against the calls attributed to it (`missing`), and against every call
 * the audit could not attribute to a client as well (`excess`: a permission is only called excess when no
 * call that might go through this client needs it).
 */
function clientEntries(input: ReportInput): ClientEntry[] {
  const needs = (filter: (u: Use) => boolean): string[] =>
    [...new Set(input.uses.filter(filter).flatMap((u) => input.api.operations[u.operation]?.permissions ?? []))].sort();
  const unattributed = needs((u) => u.client === undefined);
  const acknowledged = input.acknowledged.flatMap((a) => a.permissions);
  return [...input.clients].sort(byPlace).map((c) => {
    const needed = needs((u) => u.client === c.id);
    const declared = c.permissions ? [...new Set(c.permissions)].sort() : null;
    const mayNeed = new Set([...needed, ...unattributed, ...acknowledged]);
    return {
      ...place(c), declared, needed,
      missing: declared ? needed.filter((p) => !declared.includes(p)) : [],
      excess: declared ? declared.filter((p) => !mayNeed.has(p)) : [],
    };
  });
}
