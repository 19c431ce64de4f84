import { SpecError } from '../load/spec-error.js';
import { buildInstances, buildPackageName, buildSecuritySchemes, buildServers, buildTagGroups, buildTags } from './document-info.js';
import { assignClientPaths, assignOperationNames } from './identifiers.js';
import { ProblemList, type Locator } from './locator.js';
import { buildDraftOperations, type DraftOperation } from './operations.js';
import { buildCatalogue, operationAuth, resolvePermissions, type Catalogue } from './permissions.js';
import { compareStrings, str, type Json } from './refs.js';
import type { ApiModel, ChangeRecord, OperationModel, SecuritySchemeModel } from './types.js';

/**
 * Turns the bundled, validated document into the one model every emitter reads. Everything that needs a
 * decision (names, permissions, input flattening, defaults) is decided here, once, so emitters stay thin and
 * agree with each other. Refuses specs the toolkit cannot trust (see `resolvePermissions`) with a
 * `SpecError` listing every problem at once. `changes` is the recorded release history the load stage read
 * (`changes.yaml`), carried into the model for the docs' Changes page.
 */
export function buildModel(bundled: Record<string, unknown>, locator: Locator, specPath: string, changes?: ChangeRecord[]): ApiModel {
  const doc = bundled as Json;
  const problems = new ProblemList(locator);
  const schemes = buildSecuritySchemes(doc);
  const drafts = buildDraftOperations(doc, problems);
  const catalogue = buildCatalogue(doc, schemes, drafts.map((d) => d.security));
  checkUniqueIds(drafts, locator, problems);
  const operations = finishOperations(doc, drafts, schemes, catalogue, locator, problems);
  if (problems.items.length > 0) throw new SpecError(problems.items);
  for (const p of catalogue.permissions) {
    p.operations = operations.filter((o) => o.permissions.includes(p.name)).map((o) => o.operationId);
  }
  const info = (doc.info ?? {}) as Json;
  const tags = buildTags(doc, operations.map((o) => o.tag));
  const model: ApiModel = {
    title: str(info.title) ?? '',
    version: str(info.version) ?? '',
    openapiVersion: String(doc.openapi).startsWith('3.1') ? '3.1' : '3.0',
    packageName: buildPackageName(info),
    servers: buildServers(doc),
    instances: buildInstances(doc),
    securitySchemes: schemes,
    operations,
    permissions: catalogue.permissions,
    permissionGroups: catalogue.groups,
    tags,
    tagGroups: buildTagGroups(doc, tags),
    document: bundled,
    specPath: specPath.replace(/\\/g, '/'),
    ...(changes ? { changes } : {}),
  };
  const description = str(info.description);
  if (description !== undefined) model.description = description;
  const defaultRateLimit = str(info['x-default-rate-limit']);
  if (defaultRateLimit !== undefined) model.defaultRateLimit = defaultRateLimit;
  return model;
}

/**
 * Refuses an operationId used more than once, naming every place with its file:line (the uses are often in
 * different path files, and the author must pick which to rename). Reported at each later use, in file
 * order, naming the first. Locations are looked up only for duplicates: on a large JSON spec the first
 * lookup builds its YAML position tree, which only error messages and docs links should pay for.
 */
function checkUniqueIds(drafts: DraftOperation[], locator: Locator, problems: ProblemList): void {
  const byId = new Map<string, DraftOperation[]>();
  for (const draft of drafts) byId.set(draft.operationId, [...(byId.get(draft.operationId) ?? []), draft]);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    const uses = same.map((draft) => {
      const where = locator.locate(`${draft.pointer}/operationId`);
      return { draft, file: where.file, line: where.line ?? 0 };
    });
    uses.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
    const place = (u: (typeof uses)[number]): string =>
      `${u.draft.method.toUpperCase()} ${u.draft.path} (${u.file}${u.line === 0 ? '' : `:${u.line}`})`;
    const [first, ...later] = uses;
    for (const use of later) {
      problems.add(`${use.draft.pointer}/operationId`, `duplicate operationId '${id}': used by ${place(first!)} and by ${place(use)}; operationIds must be unique`);
    }
  }
}

function finishOperations(
  doc: Json,
  drafts: DraftOperation[],
  schemes: SecuritySchemeModel[],
  catalogue: Catalogue,
  locator: Locator,
  problems: ProblemList,
): OperationModel[] {
  const names = assignOperationNames(drafts);
  const rootSecurity = Array.isArray(doc.security);
  const clientPaths = assignClientPaths(drafts, names);
  return drafts
    .map(({ pointer, clientMethod: _clientMethod, ownSecurity, ...rest }) => {
      const permissions = resolvePermissions(rest.security, schemes, catalogue, { pointer, ownSecurity, operationId: rest.operationId, rootSecurity }, problems);
      const op: OperationModel = {
        ...rest,
        name: names.get(rest.operationId) ?? rest.operationId,
        permissions,
        auth: operationAuth(rest.security, schemes),
        clientPath: clientPaths.get(rest.operationId) ?? [],
        location: locator.locate(pointer),
      };
      return op;
    })
    .sort((a, b) => compareStrings(a.operationId, b.operationId));
}
