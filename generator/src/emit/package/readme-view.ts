/**
 * The data the package README template reads, built from the model alone. Every string is already escaped
 * for where it lands (a Markdown table cell or a code block), so the template prints values as they are and
 * never has to know Markdown's escaping rules.
 */
import { compareStrings } from '../../model/refs.js';
import type { ApiModel, OperationModel, PermissionModel } from '../../model/types.js';
import { planOperations } from '../client/plan.js';
import { compactExample } from './compact-example.js';
import { toTsLiteral } from './literal.js';
import { toSemver } from './version.js';
import type { PackageOptions } from './manifest.js';

/** One row of the operations table. */
export interface OperationRow {
  method: string;
  /** The standalone function (`usersTrack`). */
  fn: string;
  http: string;
  permission: string;
  summary: string;
  rateLimit: string;
}

/** One row of the permissions table. */
export interface PermissionRow {
  name: string;
  constName: string;
  description: string;
  methods: string;
}

/** The permissions of one group (a tab on Braze's API-key page). */
export interface PermissionGroupView {
  name: string;
  permissions: PermissionRow[];
}

/** What `README.md.hbs` renders. */
export interface ReadmeView {
  packageName: string;
  /** The package's `bin` (its name without a scope): `npx <binName> audit`. */
  binName: string;
  title: string;
  specVersion: string;
  /** The package's (semver) version, as the User-Agent names it. */
  packageVersion: string;
  nodeRange: string;
  license: string;
  operationCount: number;
  permissionCount: number;
  /** The quick-start call: a client method, its permission and its input as TypeScript source, compacted to fit a screen. */
  example: { method: string; operationId: string; permission: string; constName: string; input: string; inputType: string } | undefined;
  /** The quick start's call with the whole example, when compacting cut it short (the README's "Full example"). */
  fullExample: { method: string; input: string } | undefined;
  /** A paginated operation for the pagination example: its client method and required input. */
  paginated: { method: string; input: string } | undefined;
  /** Every paginated client method, as code spans joined with commas: which methods have `.all()` and `.pages()`. */
  paginatedMethods: string;
  defaultBaseUrl: string | undefined;
  /** The first named instance (`US-01`), for the `instance` option. */
  firstInstance: string | undefined;
  instances: { name: string; baseUrl: string }[];
  operations: OperationRow[];
  permissionGroups: PermissionGroupView[];
}

/** Makes text safe in a Markdown table cell: one line, pipes escaped, no raw HTML. */
export function escapeCell(text: string | undefined): string {
  return (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

/** Inline code for a table cell; backticks inside widen the fence as CommonMark requires. */
export function codeCell(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = fence.length > 1 ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

function methodOf(op: OperationModel): string {
  return op.clientPath.join('.');
}

/** Orders operations by client method (code-unit order, the same on every machine). */
function byMethod(a: OperationModel, b: OperationModel): number {
  return compareStrings(methodOf(a), methodOf(b));
}

function permissionCell(op: OperationModel): string {
  if (op.permissions.length > 0) return op.permissions.map(codeCell).join(', ');
  // Another credential's own scopes (the client-side key's `banners.sync`) are named beside it, not as permissions.
  const schemes = op.security.flatMap((req) => Object.entries(req.schemes)
    .map(([name, scopes]) => (scopes.length > 0 ? `${name} with ${scopes.map(codeCell).join(', ')}` : name)));
  return schemes.length > 0 ? `none (${schemes.join(' + ')})` : 'none';
}

/**
 * The quick-start operation: the preferred one when the spec has it, else the first with a request example
 * and one permission, else the first with one permission.
 */
function pickExample(model: ApiModel, preferred: string | undefined): Pick<ReadmeView, 'example' | 'fullExample'> {
  const byConst = new Map(model.permissions.map((p) => [p.name, p.constName]));
  const candidates = model.operations.filter((op) => op.permissions.length === 1);
  const op =
    candidates.find((o) => o.operationId === preferred) ??
    candidates.find((o) => o.examples.request !== undefined && o.body?.kind === 'object') ??
    candidates[0];
  if (!op) return { example: undefined, fullExample: undefined };
  const permission = op.permissions[0] ?? '';
  const full = op.body?.kind === 'object' && isPlainObject(op.examples.request) ? op.examples.request : {};
  const [input, fullInput] = [toTsLiteral(compactExample(full, op.body?.requiredFields ?? [])), toTsLiteral(full)];
  const method = methodOf(op);
  // The input's exported type name, as the client emitter gives it (`UsersTrackInput`), for the typed-parameter example.
  const inputType = planOperations(model).find((plan) => plan.op === op)?.inputType ?? '';
  return {
    example: { method, operationId: op.operationId, permission, constName: byConst.get(permission) ?? '', input, inputType },
    fullExample: fullInput !== input ? { method, input: fullInput } : undefined,
  };
}

/** The paginated operation with the fewest required inputs (then by method), with placeholder values. */
function pickPaginated(model: ApiModel): ReadmeView['paginated'] {
  const required = (op: OperationModel) => op.params.filter((p) => p.required);
  const [op] = model.operations
    .filter((o) => o.pagination && required(o).every((p) => p.in === 'path' || p.in === 'query'))
    .sort((a, b) => required(a).length - required(b).length || byMethod(a, b));
  if (!op) return undefined;
  const input = Object.fromEntries(required(op).map((p) => [p.inputName, `my_${p.inputName}`.replace(/[^\w]/g, '_')]));
  return { method: methodOf(op), input: required(op).length > 0 ? toTsLiteral(input) : '' };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function permissionRow(permission: PermissionModel, methodsById: Map<string, string>): PermissionRow {
  const notes = [permission.deprecated ? '**Deprecated.**' : '', permission.noEndpoint ? '(No REST endpoint.)' : ''];
  const methods = permission.operations.map((id) => methodsById.get(id) ?? id);
  return {
    name: codeCell(permission.name),
    constName: codeCell(permission.constName),
    description: [escapeCell(permission.description), ...notes].filter((s) => s !== '').join(' '),
    methods: methods.length > 0 ? methods.map(codeCell).join(', ') : '—',
  };
}

/** Builds the README's view from the model and the package options. */
export function buildReadmeView(model: ApiModel, options: PackageOptions): ReadmeView {
  const methodsById = new Map(model.operations.map((op) => [op.operationId, methodOf(op)]));
  const operations = [...model.operations]
    .sort(byMethod)
    .map((op) => ({
      method: codeCell(methodOf(op)),
      fn: codeCell(op.name),
      http: codeCell(`${op.method.toUpperCase()} ${op.path}`),
      permission: permissionCell(op),
      summary: escapeCell(op.summary) + (op.deprecated ? ' **Deprecated.**' : '') + (op.earlyAccess ? ' (Early access.)' : ''),
      rateLimit: escapeCell(op.rateLimit?.summary ?? 'default'),
    }));
  const permissionGroups = model.permissionGroups.map((group) => ({
    name: escapeCell(group),
    permissions: model.permissions.filter((p) => p.group === group).map((p) => permissionRow(p, methodsById)),
  }));
  return {
    packageName: model.packageName,
    binName: model.packageName.replace(/^@[^/]*\//, ''),
    title: model.title,
    specVersion: model.version,
    packageVersion: toSemver(model.version),
    nodeRange: options.nodeRange,
    license: options.license,
    operationCount: model.operations.length,
    permissionCount: model.permissions.length,
    ...pickExample(model, options.quickStartOperation),
    paginated: pickPaginated(model),
    paginatedMethods: model.operations.filter((op) => op.pagination).sort(byMethod).map((op) => codeCell(methodOf(op))).join(', '),
    defaultBaseUrl: model.instances[0]?.baseUrl,
    firstInstance: model.instances[0]?.name,
    instances: model.instances.map((i) => ({ name: escapeCell(i.name), baseUrl: codeCell(i.baseUrl) })),
    operations,
    permissionGroups,
  };
}
