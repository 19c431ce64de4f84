// @ts-check
import { operationVisitor, readCatalogues, requiredScopes } from '../catalogue.js';
import { closestName } from '../closest-name.js';

/**
 * Rule `braze/permission-declared`: every scope that the root or an operation requires from a catalogue scheme
 * must be declared in that scheme's `x-permissions`. Reports on the scope itself.
 * @returns {any} a Redocly OAS3 visitor
 */
export default function permissionDeclared() {
  /** @type {Map<string, import('../catalogue.js').Catalogue>} */
  let catalogues = new Map();
  /**
   * @param {unknown} security
   * @param {string} owner
   * @param {any} ctx
   */
  const check = (security, owner, ctx) => {
    for (const { scheme, scope, path } of requiredScopes(security, catalogues).scopes) {
      const declared = Object.keys(catalogues.get(scheme)?.permissions ?? {});
      if (declared.includes(scope)) continue;
      const guess = closestName(scope, declared);
      ctx.report({
        message:
          `${owner} requires \`${scope}\`, which the ${scheme} \`x-permissions\` catalogue does not declare.` +
          (guess ? ` Did you mean \`${guess}\`?` : ''),
        location: ctx.location.child(path),
      });
    }
  };
  return operationVisitor({
    enterRoot(root, ctx) {
      catalogues = readCatalogues(root, ctx);
      check(root?.security, 'The root `security`', ctx);
    },
    onOperation({ label, own, security }, ctx) {
      if (own) check(security, label, ctx);
    },
  });
}
