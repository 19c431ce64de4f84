// @ts-check
import { isObject, readCatalogues } from '../catalogue.js';

/**
 * Rule `braze/tag-group-is-permission-group`: every `x-tagGroups` entry is named after a permission group
 * (the `group` of some catalogue entry), so the docs' navigation follows Braze's permission tabs. Option
 * `allow`: group names accepted anyway (SCIM, whose operations use no REST API key).
 * @param {{ allow?: string[] }} [options]
 * @returns {any} a Redocly OAS3 visitor
 */
export default function tagGroupIsPermissionGroup(options = {}) {
  const allowed = new Set(options.allow ?? []);
  return {
    Root: {
      enter(/** @type {any} */ root, /** @type {any} */ ctx) {
        const groups = new Set();
        for (const { permissions } of readCatalogues(root, ctx).values()) {
          for (const entry of Object.values(permissions)) if (isObject(entry)) groups.add(entry.group);
        }
        const tagGroups = Array.isArray(root?.['x-tagGroups']) ? root['x-tagGroups'] : [];
        tagGroups.forEach((/** @type {any} */ tagGroup, /** @type {number} */ i) => {
          const name = tagGroup?.name;
          if (groups.has(name) || allowed.has(name)) return;
          ctx.report({
            message: `Tag group "${name}" is not a permission group; name it after a \`group\` of the permission catalogue.`,
            location: ctx.location.child(['x-tagGroups', i, 'name']),
          });
        });
      },
    },
  };
}
