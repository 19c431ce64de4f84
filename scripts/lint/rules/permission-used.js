// @ts-check
import { operationVisitor, readCatalogues, requiredScopes } from '../catalogue.js';

/**
 * Rule `braze/permission-used`: every declared permission is required by at least one operation, unless it
 * is marked `noEndpoint: true`; and a permission marked `noEndpoint: true` is required by no operation.
 * Reports on the catalogue entry (or on its `noEndpoint` flag).
 * @returns {any} a Redocly OAS3 visitor
 */
export default function permissionUsed() {
  /** @type {Map<string, import('../catalogue.js').Catalogue>} */
  let catalogues = new Map();
  /** @type {Map<string, string>} "scheme scope" → first operation that requires it */
  const usedBy = new Map();
  return operationVisitor({
    enterRoot(root, ctx) {
      catalogues = readCatalogues(root, ctx);
      usedBy.clear();
    },
    onOperation({ label, security }) {
      for (const { scheme, scope } of requiredScopes(security, catalogues).scopes) {
        const key = `${scheme} ${scope}`;
        if (!usedBy.has(key)) usedBy.set(key, label);
      }
    },
    leaveRoot(_root, ctx) {
      for (const [scheme, { permissions, location }] of catalogues) {
        for (const [name, entry] of Object.entries(permissions)) {
          const user = usedBy.get(`${scheme} ${name}`);
          const noEndpoint = entry?.noEndpoint === true;
          if (user && noEndpoint) {
            ctx.report({
              message: `\`${name}\` is marked \`noEndpoint: true\` but ${user} requires it.`,
              location: location.child([name, 'noEndpoint']).key(),
            });
          } else if (!user && !noEndpoint) {
            ctx.report({
              message: `No operation requires \`${name}\`; use it in an operation's \`security\` or mark it \`noEndpoint: true\` with a \`note\`.`,
              location: location.child([name]).key(),
            });
          }
        }
      }
    },
  });
}
