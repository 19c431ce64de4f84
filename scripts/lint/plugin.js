// @ts-check
import clientKeyPermissions from './rules/client-key-permissions.js';
import operationRequiresOnePermission from './rules/operation-requires-one-permission.js';
import permissionDeclared from './rules/permission-declared.js';
import permissionEntryShape from './rules/permission-entry-shape.js';
import permissionNamePattern from './rules/permission-name-pattern.js';
import permissionUsed from './rules/permission-used.js';
import tagGroupIsPermissionGroup from './rules/tag-group-is-permission-group.js';

/**
 * Redocly plugin `braze`: lint rules for the permission catalogue (`x-permissions` on the BrazeApiKey
 * security scheme, see spec/README.md). Enable the rules in redocly.yaml as `braze/<rule>`.
 * @returns {{ id: string, rules: { oas3: Record<string, (options?: any) => any> } }}
 */
export default function brazePlugin() {
  return {
    id: 'braze',
    rules: {
      oas3: {
        'operation-requires-one-permission': operationRequiresOnePermission,
        'permission-declared': permissionDeclared,
        'permission-used': permissionUsed,
        'permission-name-pattern': permissionNamePattern,
        'permission-entry-shape': permissionEntryShape,
        'tag-group-is-permission-group': tagGroupIsPermissionGroup,
        'client-key-permissions': clientKeyPermissions,
      },
    },
  };
}
