/**
 * The data behind the permission matrix and the key builder. Both are computed from the model: the matrix
 * lists every permission of the catalogue with the operations that require it; the key builder gets each
 * operation's `permissions`, the same field `permissionsFor` unions, so the page and the package agree on
 * the least-privilege set.
 */
import type { ApiModel, OperationModel } from '../../model/types.js';
import { operationHref } from './anchors.js';

/** One operation as the matrix and the key builder show it. */
export interface MatrixOperation {
  operationId: string;
  /** `POST /users/track`. */
  label: string;
  summary?: string;
  /** Facade call, e.g. `braze.users.track`. */
  call: string;
  /** The hash that opens it in Redoc. */
  href: string;
  tag: string;
  deprecated: boolean;
  earlyAccess: boolean;
  /**
   * For an operation no permission-scoped credential can call (`auth: 'other'`), the credential it takes
   * instead: its security schemes, `ScimToken + ScimRequestOrigin`.
   */
  otherCredential?: string;
  permissions: string[];
}

/** One permission row of the matrix. */
export interface MatrixPermission {
  name: string;
  group: string;
  description: string;
  deprecated: boolean;
  noEndpoint: boolean;
  note?: string;
  /** operationIds, sorted (as in the model). */
  operations: string[];
}

/** A permission group (a tab of Braze's key page) and its permissions, in catalogue order. */
export interface MatrixGroup {
  name: string;
  permissions: MatrixPermission[];
}

/** Everything the page's matrix and key builder need. */
export interface PermissionMatrix {
  groups: MatrixGroup[];
  /** Every operation, by tag group then tag (Redoc's order), then by label. */
  operations: MatrixOperation[];
}

/** The operations in navigation order: tag groups, their tags, then method and path. */
function orderedOperations(model: ApiModel): ApiModel['operations'] {
  const tagOrder = new Map<string, number>();
  for (const group of model.tagGroups) for (const tag of group.tags) if (!tagOrder.has(tag)) tagOrder.set(tag, tagOrder.size);
  for (const tag of model.tags) if (!tagOrder.has(tag.name)) tagOrder.set(tag.name, tagOrder.size);
  const rank = (tag: string): number => tagOrder.get(tag) ?? Number.MAX_SAFE_INTEGER;
  return [...model.operations].sort(
    (a, b) => rank(a.tag) - rank(b.tag) || a.path.localeCompare(b.path, 'en') || a.method.localeCompare(b.method, 'en'),
  );
}

/** The security schemes an operation accepts, in words: `A + B` for schemes used together, `or` between options. */
export function credentialOf(op: Pick<OperationModel, 'security'>): string {
  return op.security.map((req) => Object.keys(req.schemes).join(' + ')).join(' or ');
}

/**
 * Builds the matrix: groups in `model.permissionGroups` order, permissions in catalogue order within their
 * group, and every operation with its permissions.
 */
export function buildPermissionMatrix(model: ApiModel, clientVariable: string): PermissionMatrix {
  const groups: MatrixGroup[] = model.permissionGroups.map((name) => ({ name, permissions: [] }));
  const byName = new Map(groups.map((g) => [g.name, g]));
  for (const p of model.permissions) {
    let group = byName.get(p.group);
    if (!group) {
      group = { name: p.group, permissions: [] };
      byName.set(p.group, group);
      groups.push(group);
    }
    group.permissions.push({
      name: p.name,
      group: p.group,
      description: p.description,
      deprecated: p.deprecated,
      noEndpoint: p.noEndpoint,
      ...(p.note ? { note: p.note } : {}),
      operations: [...p.operations],
    });
  }
  const operations = orderedOperations(model).map((op) => ({
    operationId: op.operationId,
    label: `${op.method.toUpperCase()} ${op.path}`,
    ...(op.summary ? { summary: op.summary } : {}),
    call: [clientVariable, ...op.clientPath].join('.'),
    href: operationHref(op),
    tag: op.tag,
    deprecated: op.deprecated,
    earlyAccess: op.earlyAccess,
    ...(op.auth === 'other' ? { otherCredential: credentialOf(op) } : {}),
    permissions: [...op.permissions],
  }));
  return { groups: groups.filter((g) => g.permissions.length > 0), operations };
}

/** The key builder's data: operationId → permissions, the input of the page's least-privilege computation. */
export function keyBuilderData(matrix: PermissionMatrix): Record<string, string[]> {
  return Object.fromEntries(matrix.operations.map((op) => [op.operationId, op.permissions]));
}
