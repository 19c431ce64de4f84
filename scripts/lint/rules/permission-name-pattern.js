// @ts-check
import { PERMISSION_NAME, readCatalogues } from '../catalogue.js';

/**
 * Rule `braze/permission-name-pattern`: every declared permission name follows Braze's pattern, lowercase
 * `[a-z0-9_]` segments separated by dots, at least two segments (`users.track`, `kpi.dau.data_series`).
 * Reports on the name.
 * @returns {any} a Redocly OAS3 visitor
 */
export default function permissionNamePattern() {
  return {
    Root: {
      enter(/** @type {any} */ root, /** @type {any} */ ctx) {
        for (const { permissions, location } of readCatalogues(root, ctx).values()) {
          for (const name of Object.keys(permissions)) {
            if (PERMISSION_NAME.test(name)) continue;
            ctx.report({
              message: `Permission name \`${name}\` must be lowercase segments of [a-z0-9_] separated by dots, at least two (like \`users.track\`).`,
              location: location.child([name]).key(),
            });
          }
        }
      },
    },
  };
}
