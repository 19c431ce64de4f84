// @ts-check
import { isObject, operationVisitor, PERMISSION_NAME, readCatalogues, requiredScopes } from '../catalogue.js';

/** The extension on a security scheme that lists the permissions of a credential other than the REST API key. */
export const CLIENT_KEY_PERMISSIONS = 'x-client-key-permissions';

/**
 * Rule `braze/client-key-permissions`: the permissions of a credential other than the REST API key (Braze's
 * client-side key, `x-client-key-permissions` on its security scheme) are kept honest and kept apart from the REST
 * catalogue. Every scope an operation names on such a scheme is declared in its map; every entry has a one-line
 * `description` and a `group`, follows Braze's naming pattern, is required by some operation, and is not also a
 * REST permission (`x-permissions`), since a REST key can never hold it.
 * @returns {any} a Redocly OAS3 visitor
 */
export default function clientKeyPermissions() {
  /** @type {Map<string, import('../catalogue.js').Catalogue>} */
  let maps = new Map();
  /** @type {Set<string>} REST permission names */
  let rest = new Set();
  /** @type {Set<string>} "scheme scope" pairs some operation requires */
  const used = new Set();
  return operationVisitor({
    enterRoot(root, ctx) {
      maps = readCatalogues(root, ctx, CLIENT_KEY_PERMISSIONS);
      rest = new Set([...readCatalogues(root, ctx).values()].flatMap(({ permissions }) => Object.keys(permissions)));
      used.clear();
    },
    onOperation({ label, own, security }, ctx) {
      for (const { scheme, scope, path } of requiredScopes(security, maps).scopes) {
        used.add(`${scheme} ${scope}`);
        if (scope in (maps.get(scheme)?.permissions ?? {})) continue;
        ctx.report({
          message: `${label} requires \`${scope}\` of ${scheme}, which its \`${CLIENT_KEY_PERMISSIONS}\` does not declare.`,
          location: own ? ctx.location.child(path) : ctx.location.key(),
        });
      }
    },
    leaveRoot(_root, ctx) {
      for (const [scheme, { permissions, location }] of maps) {
        for (const [name, entry] of Object.entries(permissions)) {
          const at = location.child([name]);
          /** @param {string} message */
          const report = (message) => ctx.report({ message: `\`${name}\` (${scheme}): ${message}`, location: at.key() });
          if (!PERMISSION_NAME.test(name)) report('the name must be lowercase dot-separated segments, like `banners.sync`.');
          if (!isObject(entry) || typeof entry.description !== 'string' || entry.description.trim() === '' || entry.description.includes('\n')) {
            report('needs a one-line `description`.');
          }
          if (!isObject(entry) || typeof entry.group !== 'string' || entry.group.trim() === '') report('needs a `group`.');
          if (rest.has(name)) report('is also a REST API key permission (`x-permissions`); the two credentials never share one.');
          if (!used.has(`${scheme} ${name}`)) report(`no operation requires it; name it in an operation's \`security\` (\`${scheme}: [${name}]\`).`);
        }
      }
    },
  });
}
