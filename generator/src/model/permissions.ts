import { toScreamingSnake, uniqueName } from '../shared/identifiers.js';
import { pointerTo, type ProblemList } from './locator.js';
import { compareStrings, isObject, str, type Json } from './refs.js';
import type { OperationAuth, PermissionModel, SecurityRequirementModel, SecuritySchemeModel } from './types.js';

/** The permission catalogue: every permission a key can hold, and the groups in first-seen order. */
export interface Catalogue {
  permissions: PermissionModel[];
  groups: string[];
}

/**
 * Reads the catalogue from `x-permissions` on security schemes (Braze) or OAuth2 scopes (any other spec). An
 * OAuth2 scope that operations require (`security`: each operation's requirements) without the flows declaring
 * it joins the catalogue with no description: published specs do this, and the operation still needs it.
 * The first declaration of a name wins; `constName` is the unique SCREAMING_SNAKE name, assigned in sorted
 * order so adding a permission never renames an earlier one.
 */
export function buildCatalogue(doc: Json, schemes: SecuritySchemeModel[], security: SecurityRequirementModel[][] = []): Catalogue {
  const byName = new Map<string, PermissionModel>();
  const groups: string[] = [];
  const rawSchemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const scheme of schemes.filter((s) => s.hasCatalogue)) {
    for (const entry of [...catalogueEntries(scheme.name, rawSchemes[scheme.name]), ...usedScopes(scheme, security)]) {
      if (byName.has(entry.name)) continue;
      byName.set(entry.name, entry);
      if (!groups.includes(entry.group)) groups.push(entry.group);
    }
  }
  const permissions = [...byName.values()].sort((a, b) => compareStrings(a.name, b.name));
  const taken = new Set<string>();
  for (const p of permissions) p.constName = uniqueName(toScreamingSnake(p.name), taken, '_');
  return { permissions, groups };
}

/** Scopes of an OAuth2 catalogue `scheme` that some requirement in `security` names, in first-use order (the declared ones are already in). */
function usedScopes(scheme: SecuritySchemeModel, security: SecurityRequirementModel[][]): PermissionModel[] {
  if (!scheme.scopesOptional) return [];
  const names = new Set(security.flat().flatMap((req) => req.schemes[scheme.name] ?? []));
  return [...names].map((name) => ({ name, constName: '', description: '', group: scheme.name, scheme: scheme.name, operations: [], deprecated: false, noEndpoint: false }));
}

function catalogueEntries(scheme: string, raw: unknown): PermissionModel[] {
  if (!isObject(raw)) return [];
  const make = (name: string, description: string, group: string, extra: Json = {}): PermissionModel => {
    const p: PermissionModel = {
      name, constName: '', description, group, scheme, operations: [],
      deprecated: extra.deprecated === true, noEndpoint: extra.noEndpoint === true,
    };
    const note = str(extra.note);
    if (note !== undefined) p.note = note;
    return p;
  };
  if (isObject(raw['x-permissions'])) {
    return Object.entries(raw['x-permissions']).map(([name, v]) =>
      isObject(v) ? make(name, str(v.description) ?? '', str(v.group) ?? scheme, v) : make(name, typeof v === 'string' ? v : '', scheme),
    );
  }
  const flows = isObject(raw.flows) ? Object.values(raw.flows).filter(isObject) : [];
  return flows.flatMap((f) => Object.entries(isObject(f.scopes) ? f.scopes : {}).map(([name, d]) => make(name, String(d ?? ''), scheme)));
}

/** Effective security of an operation: its own, else the document's; `[]` means no authentication. */
export function buildSecurity(raw: unknown): SecurityRequirementModel[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((req) => {
    const schemes: Record<string, string[]> = {};
    for (const [name, scopes] of Object.entries(req)) {
      schemes[name] = Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : [];
    }
    return { schemes };
  });
}

/**
 * The permissions an operation needs: the scopes it names on catalogue schemes, sorted and deduplicated.
 * Refuses undeclared schemes, undeclared permissions, and (when there is a catalogue) operations that use an
 * `x-permissions` scheme without naming any permission: that is the omission this whole toolkit exists to
 * catch. With an `x-permissions` catalogue, an operation with no requirement at all (no `security` of its own
 * and none at the root, or the root's `security: []`) is refused too: a key-scoped API rarely has a public
 * endpoint, so an operation that opts out must say so itself (`security: []`), or name another credential
 * (SCIM's token). An OAuth2 scheme with an empty scope list is valid OpenAPI (no particular scope), so it is
 * accepted.
 */
export function resolvePermissions(
  security: SecurityRequirementModel[],
  schemes: SecuritySchemeModel[],
  catalogue: Catalogue,
  where: { pointer: string; ownSecurity: boolean; operationId: string; rootSecurity?: boolean },
  problems: ProblemList,
): string[] {
  const byScheme = new Map(schemes.map((s) => [s.name, s]));
  const known = new Set(catalogue.permissions.map((p) => p.name));
  const found = new Set<string>();
  // Whether some alternative uses an `x-permissions` scheme and names none of its permissions (OAuth2 scopes
  // may be empty: that means no particular scope).
  let mustName = false;
  let scopesNamed = 0;
  const securityPointer = where.ownSecurity ? `${where.pointer}/security` : pointerTo('security');
  for (const req of security) {
    for (const [name, scopes] of Object.entries(req.schemes)) {
      const scheme = byScheme.get(name);
      if (!scheme) {
        problems.add(securityPointer, `operation ${where.operationId}: security names undeclared scheme '${name}'`);
        continue;
      }
      if (!scheme.hasCatalogue) continue;
      mustName ||= !scheme.scopesOptional;
      scopesNamed += scopes.length;
      for (const scope of scopes) {
        if (known.has(scope)) found.add(scope);
        else problems.add(securityPointer, `operation ${where.operationId}: undeclared permission '${scope}' (not in the ${name} catalogue)`);
      }
    }
  }
  if (security.length === 0 && !where.ownSecurity && keyCatalogue(schemes, catalogue)) {
    const root = where.rootSecurity ? ' (the root `security: []` applies to it)' : '';
    problems.add(where.pointer, `operation ${where.operationId}: no security requirement${root}: name the permission it needs (\`security: [{${keyCatalogue(schemes, catalogue)}: [<permission>]}]\`), or write \`security: []\` on the operation if it needs no key`);
  }
  if (mustName && scopesNamed === 0 && catalogue.permissions.length > 0) {
    problems.add(where.ownSecurity ? securityPointer : where.pointer, `operation ${where.operationId}: no permission named (security must list the permission it needs)`);
  }
  return [...found].sort(compareStrings);
}

/** The name of the first `x-permissions` scheme that declares at least one permission, else `undefined`. */
function keyCatalogue(schemes: SecuritySchemeModel[], catalogue: Catalogue): string | undefined {
  const withPermissions = new Set(catalogue.permissions.map((p) => p.scheme));
  return schemes.find((s) => s.hasCatalogue && !s.scopesOptional && withPermissions.has(s.name))?.name;
}

/**
 * How an operation is authenticated (see `OperationModel.auth`): with no requirement, or an empty one (auth
 * optional), it is `none`; when some alternative includes a catalogue scheme (possibly beside another, such as
 * an extra header) it is `permissions`; else `other`.
 */
export function operationAuth(security: SecurityRequirementModel[], schemes: SecuritySchemeModel[]): OperationAuth {
  if (security.length === 0 || security.some((req) => Object.keys(req.schemes).length === 0)) return 'none';
  const catalogue = new Set(schemes.filter((s) => s.hasCatalogue).map((s) => s.name));
  const byKey = security.some((req) => Object.keys(req.schemes).some((name) => catalogue.has(name)));
  return byKey ? 'permissions' : 'other';
}
