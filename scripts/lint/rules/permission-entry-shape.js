// @ts-check
import { isObject, readCatalogues } from '../catalogue.js';

/** The fields a catalogue entry may have (spec/README.md, "Permissions"), and how to check each. */
const FIELDS = {
  description: (/** @type {unknown} */ v) => typeof v === 'string' && v.trim() !== '' && !v.includes('\n'),
  group: (/** @type {unknown} */ v) => typeof v === 'string' && v.trim() !== '',
  deprecated: (/** @type {unknown} */ v) => typeof v === 'boolean',
  noEndpoint: (/** @type {unknown} */ v) => typeof v === 'boolean',
  note: (/** @type {unknown} */ v) => typeof v === 'string' && v.trim() !== '',
  pageListing: (/** @type {unknown} */ v) => v === 'absent' || v === 'recent',
};
/** @type {Record<string, string>} */
const EXPECTED = {
  description: 'a one-line, non-empty string',
  group: 'a non-empty string (the permission tab)',
  deprecated: 'a boolean',
  noEndpoint: 'a boolean',
  note: 'a non-empty string',
  pageListing: '`absent` or `recent`',
};

/**
 * Rule `braze/permission-entry-shape`: every catalogue entry is a map with a one-line `description` and a
 * `group`, optional `deprecated`/`noEndpoint` booleans, `note` and `pageListing` (`absent` | `recent`), and
 * nothing else; an entry marked `noEndpoint: true` has a `note` saying why.
 * @returns {any} a Redocly OAS3 visitor
 */
export default function permissionEntryShape() {
  return {
    Root: {
      enter(/** @type {any} */ root, /** @type {any} */ ctx) {
        for (const { permissions, location } of readCatalogues(root, ctx).values()) {
          for (const [name, entry] of Object.entries(permissions)) {
            const at = location.child([name]);
            if (!isObject(entry)) {
              ctx.report({ message: `\`${name}\` must be a map with \`description\` and \`group\`.`, location: at.key() });
              continue;
            }
            for (const field of ['description', 'group']) {
              if (!(field in entry)) ctx.report({ message: `\`${name}\` has no \`${field}\`.`, location: at.key() });
            }
            for (const [field, value] of Object.entries(entry)) {
              const check = /** @type {Record<string, (v: unknown) => boolean>} */ (FIELDS)[field];
              if (!check) {
                ctx.report({ message: `\`${name}\` has an unknown field \`${field}\`.`, location: at.child([field]).key() });
              } else if (!check(value)) {
                ctx.report({ message: `\`${name}\`: \`${field}\` must be ${EXPECTED[field]}.`, location: at.child([field]) });
              }
            }
            if (entry.noEndpoint === true && !('note' in entry)) {
              ctx.report({
                message: `\`${name}\` is marked \`noEndpoint: true\` but has no \`note\` saying why.`,
                location: at.child(['noEndpoint']).key(),
              });
            }
          }
        }
      },
    },
  };
}
