// @ts-check
/**
 * Shared helpers for the Braze lint rules: find the permission catalogues (security schemes that carry an
 * `x-permissions` map) and work out which permissions an operation requires.
 * Plain JavaScript because Redocly CLI loads plugins with Node's own `import()`.
 */

/** A permission name as Braze spells it: lowercase `[a-z0-9_]` segments joined by dots, at least two. */
export const PERMISSION_NAME = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;

/** The HTTP methods that can hold an Operation inside a Path Item. */
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query']);

/**
 * @typedef {{ permissions: Record<string, any>, location: import('@redocly/openapi-core').Location }} Catalogue
 *   `location` points at the `x-permissions` map itself, in whichever file declares the scheme.
 */

/**
 * Reads every security scheme of the root document that declares `x-permissions` (or, with `key`, another
 * permission map such as the client-side key's `x-client-key-permissions`). Must run in `Root.enter` (the schemes
 * are resolved through `ctx.resolve`, so a scheme kept in its own file reports in that file).
 * @param {any} root the root document
 * @param {import('@redocly/openapi-core').UserContext} ctx the Root visitor's context
 * @param {string} [key] the extension that holds the permission map
 * @returns {Map<string, Catalogue>} catalogues by security scheme name
 */
export function readCatalogues(root, ctx, key = 'x-permissions') {
  /** @type {Map<string, Catalogue>} */
  const catalogues = new Map();
  const schemes = root?.components?.securitySchemes;
  if (!isObject(schemes)) return catalogues;
  for (const [name, raw] of Object.entries(schemes)) {
    let node = raw;
    let location = ctx.location.child(['components', 'securitySchemes', name]);
    if (isObject(raw) && typeof raw.$ref === 'string') {
      const resolved = ctx.resolve(raw);
      if (!resolved.location) continue;
      node = resolved.node;
      location = resolved.location;
    }
    if (isObject(node) && isObject(node[key])) {
      catalogues.set(name, { permissions: node[key], location: location.child([key]) });
    }
  }
  return catalogues;
}

/**
 * @typedef {{ scheme: string, scope: string, path: (string|number)[] }} RequiredScope
 *   `path` is the pointer from the `security` owner (operation or root) down to the scope string.
 */

/**
 * Lists the catalogue scopes named in a `security` array, with where each one sits.
 * @param {unknown} security an OpenAPI security requirement list
 * @param {Map<string, Catalogue>} catalogues
 * @returns {{ scopes: RequiredScope[], catalogueUsed: boolean, otherSchemesOnly: boolean }}
 *   `otherSchemesOnly` is true when there is at least one requirement and none of them names a catalogue
 *   scheme or is empty (the SCIM case).
 */
export function requiredScopes(security, catalogues) {
  /** @type {RequiredScope[]} */
  const scopes = [];
  let catalogueUsed = false;
  let otherSchemesOnly = Array.isArray(security) && security.length > 0;
  for (const [i, requirement] of (Array.isArray(security) ? security : []).entries()) {
    const names = isObject(requirement) ? Object.keys(requirement) : [];
    if (names.length === 0) otherSchemesOnly = false;
    for (const scheme of names) {
      if (!catalogues.has(scheme)) continue;
      catalogueUsed = true;
      otherSchemesOnly = false;
      const list = requirement[scheme];
      for (const [j, scope] of (Array.isArray(list) ? list : []).entries()) {
        if (typeof scope === 'string') scopes.push({ scheme, scope, path: ['security', i, scheme, j] });
      }
    }
  }
  return { scopes, catalogueUsed, otherSchemesOnly };
}

/**
 * Builds a visitor that calls `onOperation` for every operation under `paths`, with its method and path and
 * the security that applies to it (its own, or the root's when it has none). Root-level hooks run first/last.
 * @param {{
 *   enterRoot?: (root: any, ctx: import('@redocly/openapi-core').UserContext) => void,
 *   onOperation: (op: {label: string, own: boolean, security: unknown},
 *                 ctx: import('@redocly/openapi-core').UserContext) => void,
 *   leaveRoot?: (root: any, ctx: import('@redocly/openapi-core').UserContext) => void,
 * }} hooks
 * @returns {any} a Redocly OAS3 visitor
 */
export function operationVisitor(hooks) {
  /** @type {unknown} */
  let rootSecurity;
  let path = '';
  return {
    Root: {
      enter(/** @type {any} */ root, /** @type {any} */ ctx) {
        rootSecurity = root?.security;
        hooks.enterRoot?.(root, ctx);
      },
      leave(/** @type {any} */ root, /** @type {any} */ ctx) {
        hooks.leaveRoot?.(root, ctx);
      },
    },
    Paths: {
      PathItem: {
        enter(/** @type {any} */ _item, /** @type {any} */ ctx) {
          path = String(ctx.key);
        },
        Operation: {
          enter(/** @type {any} */ op, /** @type {any} */ ctx) {
            const method = String(ctx.key);
            if (!METHODS.has(method)) return;
            const own = op?.security !== undefined;
            const label = `${method.toUpperCase()} ${path}`;
            hooks.onOperation({ label, own, security: own ? op.security : rootSecurity }, ctx);
          },
        },
      },
    },
  };
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, any>}
 */
export function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
