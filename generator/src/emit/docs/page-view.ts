/**
 * The view object of `templates/docs/page.hbs`: everything the template prints, already ordered and
 * stringified, so the template only loops and escapes.
 */
import { hasPermissionScopedKey } from './introduction.js';
import type { ApiModel } from '../../model/types.js';
import { buildChangesView, type ChangesView } from './changes-page.js';
import { keyBuilderData, type MatrixOperation, type PermissionMatrix } from './permission-matrix.js';

/** A tag and its operations, for the key builder's checklist. */
export interface BuilderTag {
  tag: string;
  operations: MatrixOperation[];
}

/** A tag group (navigation section) of the key builder. */
export interface BuilderGroup {
  name: string;
  tags: BuilderTag[];
}

/** The matrix row of one permission, with its operations resolved for linking. */
export interface MatrixRow {
  name: string;
  description: string;
  deprecated: boolean;
  noEndpoint: boolean;
  note?: string;
  operations: MatrixOperation[];
}

/** What `page.hbs` receives (besides Redoc's parts, the CSS, the script and the CSP, added by `renderPage`). */
export interface PageView {
  title: string;
  version: string;
  permissionCount: number;
  /** True when the permissions belong to a permission-scoped API key (`x-permissions`: Braze's keys), not OAuth2 scopes. */
  scopedKey: boolean;
  operationCount: number;
  matrix: { name: string; rows: MatrixRow[] }[];
  builder: BuilderGroup[];
  /** The module exporting `permissionsFor`, for the key builder's snippet, e.g. `braze-rest-client/permissions`. */
  permissionsModule: string;
  /** The npm package (`npx <packageName> audit`). */
  packageName: string;
  /** The Changes page: the recorded release history. */
  changes: ChangesView;
  /** Credentials other than the permission-scoped one, and how many operations take each (the Audit page). */
  otherCredentials: { schemes: string; count: number; plural: boolean }[];
  /** JSON for the page script, safe inside `<script>` (`<` escaped). */
  dataJson: string;
}

/** JSON that cannot end a `<script>` element or break out of it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Groups the matrix's operations by the model's tag groups (Redoc's navigation), keeping their order. */
function builderGroups(model: ApiModel, matrix: PermissionMatrix): BuilderGroup[] {
  const byTag = new Map<string, MatrixOperation[]>();
  for (const op of matrix.operations) byTag.set(op.tag, [...(byTag.get(op.tag) ?? []), op]);
  const groups: BuilderGroup[] = [];
  const placed = new Set<string>();
  for (const g of model.tagGroups) {
    const tags = g.tags.filter((t) => byTag.has(t) && !placed.has(t)).map((t) => ({ tag: t, operations: byTag.get(t) ?? [] }));
    for (const t of tags) placed.add(t.tag);
    if (tags.length > 0) groups.push({ name: g.name, tags });
  }
  const rest = [...byTag.keys()].filter((t) => !placed.has(t)).map((t) => ({ tag: t, operations: byTag.get(t) ?? [] }));
  if (rest.length > 0) groups.push({ name: 'Other', tags: rest });
  return groups;
}

function otherCredentials(matrix: PermissionMatrix): PageView['otherCredentials'] {
  const counts = new Map<string, number>();
  for (const op of matrix.operations) if (op.otherCredential) counts.set(op.otherCredential, (counts.get(op.otherCredential) ?? 0) + 1);
  return [...counts].map(([schemes, count]) => ({ schemes, count, plural: count !== 1 }));
}

/** Builds the page view from the model and its matrix. */
export function buildPageView(model: ApiModel, matrix: PermissionMatrix, permissionsModule: string): PageView {
  const ops = new Map(matrix.operations.map((o) => [o.operationId, o]));
  return {
    title: model.title,
    version: model.version,
    permissionCount: matrix.groups.reduce((n, g) => n + g.permissions.length, 0),
    scopedKey: hasPermissionScopedKey(model),
    operationCount: matrix.operations.length,
    matrix: matrix.groups.map((g) => ({
      name: g.name,
      rows: g.permissions.map((p) => ({
        name: p.name,
        description: p.description,
        deprecated: p.deprecated,
        noEndpoint: p.noEndpoint,
        ...(p.note ? { note: p.note } : {}),
        operations: p.operations.map((id) => ops.get(id)).filter((o): o is MatrixOperation => !!o),
      })),
    })),
    builder: builderGroups(model, matrix),
    permissionsModule,
    packageName: model.packageName,
    changes: buildChangesView(model),
    otherCredentials: otherCredentials(matrix),
    dataJson: scriptSafeJson({ operations: keyBuilderData(matrix) }),
  };
}
