/**
 * Compares Braze's per-endpoint files with our spec, operation by operation: what ours lacks (operations,
 * parameters, body fields), where both say something and disagree (required-ness, permission, rate limit),
 * what ours has extra (fine: ours must be a superset), and the defects of their files that only a comparison
 * shows (a path that contradicts ours, a missing permission where ours needs one).
 */
import { matchOperation } from './match.js';
import { describeLimit } from './prose.js';
import type {
  BrazeOpenApiReport, Difference, FieldMap, OperationReport, OurOperation, OurSpec, ParamInfo, PeerDefect, PeerFile, PeerOperation, RateLimitInfo,
} from './types.js';

const code = (text: string) => `\`${text}\``;
const list = (names: string[]) => (names.length === 0 ? 'none' : names.map(code).join(', '));

/** Compares every operation of `files` with `spec`; `skipped` is passed through to the report. */
export function compareFiles(files: PeerFile[], spec: OurSpec, skipped: BrazeOpenApiReport['skipped'] = []): BrazeOpenApiReport {
  const operations: OperationReport[] = [];
  const defects: PeerDefect[] = files.flatMap((f) => f.defects);
  const covered = new Set<OurOperation>();
  for (const peer of files.flatMap((f) => f.operations)) {
    const report: OperationReport = { method: peer.method, path: peer.path, peer: { file: peer.file, line: peer.line }, differences: [] };
    operations.push(report);
    const match = matchOperation(peer, spec.operations);
    const label = `${peer.method} ${peer.path}`;
    if (match.kind === 'none' || match.kind === 'ambiguous') {
      report.differences.push({ kind: 'lacks', subject: 'operation', message: `${label} is not in our spec` });
      if (match.kind === 'ambiguous') {
        const names = match.candidates.map((o) => `${o.method} ${o.path}`).join(', ');
        defects.push({ file: peer.file, line: peer.line, kind: 'ambiguous-path', message: `${label} is not in our spec; its tail matches several of ours: ${names}` });
      }
      if (peer.auth === 'bearer' && peer.permissions.length === 0) defects.push(noPermission(peer));
      continue;
    }
    const ours = match.ours;
    covered.add(ours);
    report.ours = { operationId: ours.operationId, method: ours.method, path: ours.path, file: ours.file, ...(ours.line === undefined ? {} : { line: ours.line }) };
    if (match.kind === 'tail') {
      defects.push({ file: peer.file, line: peer.line, kind: 'path-contradicts-spec', message: `${label} is not a Braze path; our spec has ${ours.method} ${ours.path} (${ours.operationId}), which the rest of the file describes` });
    }
    if (peer.auth === 'bearer' && peer.permissions.length === 0 && ours.auth === 'permissions') defects.push(noPermission(peer));
    report.differences.push(
      ...compareParams(peer.params, ours.params),
      ...compareBody(peer.body, ours.body),
      ...comparePermissions(peer, ours),
      ...compareRateLimits(peer.rateLimits, ours.rateLimit, spec.defaultLimit),
    );
  }
  defects.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const count = (kind: Difference['kind']) => operations.reduce((n, o) => n + o.differences.filter((d) => d.kind === kind).length, 0);
  return {
    files: files.map((f) => f.file),
    skipped,
    peerOperationCount: operations.length,
    ourOperationCount: spec.operations.length,
    operations,
    defects,
    uncovered: spec.operations.filter((o) => !covered.has(o)).map((o) => `${o.method} ${o.path}`),
    counts: { lacks: count('lacks'), disagrees: count('disagrees'), extra: count('extra'), defects: defects.length },
  };
}

function noPermission(peer: PeerOperation): PeerDefect {
  return { file: peer.file, line: peer.line, kind: 'no-permission-prose', message: `${peer.method} ${peer.path}: names no permission (no scopes, and no permission in its description or summary)` };
}

/** Parameters by `in` and name. */
export function compareParams(theirs: ParamInfo[], ours: ParamInfo[]): Difference[] {
  const key = (p: ParamInfo) => `${p.in}:${p.name}`;
  const mine = new Map(ours.map((p) => [key(p), p]));
  const out: Difference[] = [];
  for (const p of theirs) {
    const o = mine.get(key(p));
    if (!o) out.push({ kind: 'lacks', subject: 'parameter', message: `${p.in} parameter ${code(p.name)}${p.required ? ' (required)' : ''} is not in ours` });
    else if (o.required !== p.required) out.push({ kind: 'disagrees', subject: 'parameter', message: `${p.in} parameter ${code(p.name)} is ${req(p.required)} in Braze's file, ${req(o.required)} in ours` });
  }
  const theirKeys = new Set(theirs.map(key));
  for (const o of ours) if (!theirKeys.has(key(o))) out.push({ kind: 'extra', subject: 'parameter', message: `${o.in} parameter ${code(o.name)} is only in ours` });
  return out;
}

const req = (required: boolean) => (required ? 'required' : 'optional');

/** Body field names and required-ness (see `schema-fields.ts`). */
export function compareBody(theirs: FieldMap | undefined, ours: FieldMap | undefined): Difference[] {
  if (theirs === undefined && ours === undefined) return [];
  if (ours === undefined) return [{ kind: 'lacks', subject: 'body-field', message: `Braze's file has a request body (${Object.keys(theirs ?? {}).length} fields); ours has none` }];
  if (theirs === undefined) return [{ kind: 'extra', subject: 'body-field', message: 'ours has a request body; Braze\'s file has none' }];
  const out: Difference[] = [];
  for (const [name, field] of Object.entries(theirs)) {
    const o = ours[name];
    if (!o) {
      // A field under one that ours lacks is implied by the parent's finding.
      if (!underMissing(name, theirs, ours)) out.push({ kind: 'lacks', subject: 'body-field', message: `body field ${code(name)}${field.required ? ' (required)' : ''} is not in ours` });
    } else if (o.required !== field.required) {
      out.push({ kind: 'disagrees', subject: 'body-field', message: `body field ${code(name)} is ${req(field.required)} in Braze's file, ${req(o.required)} in ours` });
    }
  }
  for (const name of Object.keys(ours)) {
    if (theirs[name] === undefined && !underMissing(name, ours, theirs)) out.push({ kind: 'extra', subject: 'body-field', message: `body field ${code(name)} is only in ours` });
  }
  return out;
}

/** Whether a field of `from` sits under a field that `from` has and `other` lacks. */
function underMissing(name: string, from: FieldMap, other: FieldMap): boolean {
  const ancestors = [...name.matchAll(/\.|\[\]/g)].map((m) => name.slice(0, m.index));
  return ancestors.some((a) => from[a] !== undefined && other[a] === undefined);
}

/** The permission their prose (or scopes) names against the scopes ours requires. */
export function comparePermissions(peer: PeerOperation, ours: OurOperation): Difference[] {
  if (peer.permissions.length === 0) return [];
  const same = peer.permissions.length === ours.permissions.length && peer.permissions.every((p) => ours.permissions.includes(p));
  if (same) return [];
  const mine = ours.auth === 'other' ? 'no permission (another credential)' : list(ours.permissions);
  return [{ kind: 'disagrees', subject: 'permission', message: `Braze's file names ${list(peer.permissions)}; ours requires ${mine}` }];
}

/**
 * Their stated limits against our `x-rate-limit`. They agree when any limit they state equals ours (a page
 * may give one limit with a segment and another without); the default agrees with our default, or with a
 * number equal to `info.x-default-rate-limit`.
 */
export function compareRateLimits(theirs: RateLimitInfo[], ours: RateLimitInfo, defaultLimit?: RateLimitInfo): Difference[] {
  if (theirs.length === 0) return [];
  const numeric = (l: RateLimitInfo) => (l.kind === 'default' && defaultLimit ? defaultLimit : l);
  const equal = (a: RateLimitInfo, b: RateLimitInfo): boolean => {
    const [x, y] = [numeric(a), numeric(b)];
    if (x.kind === 'limit' && y.kind === 'limit') return x.limit === y.limit && x.windowSeconds === y.windowSeconds;
    return x.kind === y.kind;
  };
  if (theirs.some((t) => equal(t, ours))) return [];
  const stated = theirs.map(describeLimit).join(' or ');
  return [{ kind: 'disagrees', subject: 'rate-limit', message: `Braze's file states ${stated}; ours has ${describeLimit(ours)}` }];
}
