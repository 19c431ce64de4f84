// @ts-check
import { operationVisitor, readCatalogues, requiredScopes } from '../catalogue.js';

/**
 * Rule `braze/operation-requires-one-permission`: every operation must require exactly one permission of the
 * catalogue (one scope of a scheme with `x-permissions`), taking the root `security` into account when the
 * operation has none. Operations secured only by schemes outside the catalogue (SCIM's token) are exempt.
 * @returns {any} a Redocly OAS3 visitor
 */
export default function operationRequiresOnePermission() {
  /** @type {Map<string, import('../catalogue.js').Catalogue>} */
  let catalogues = new Map();
  return operationVisitor({
    enterRoot(root, ctx) {
      catalogues = readCatalogues(root, ctx);
    },
    onOperation({ label, own, security }, ctx) {
      const { scopes, otherSchemesOnly } = requiredScopes(security, catalogues);
      if (otherSchemesOnly) return;
      const names = [...new Set(scopes.map((s) => s.scope))];
      if (names.length === 1) return;
      const schemes = [...catalogues.keys()].join(' or ');
      const found = names.length === 0 ? 'none' : `${names.length} (${names.join(', ')})`;
      const origin = own ? '' : ' (it has no `security` of its own, so the root `security` applies)';
      ctx.report({
        message: `${label} must require exactly one ${schemes} permission; it requires ${found}${origin}.`,
        location: own ? ctx.location.child(['security']).key() : ctx.location.key(),
      });
    },
  });
}
