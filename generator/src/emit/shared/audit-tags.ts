/**
 * The JSDoc tags the client emitter writes for the permission audit (`@operation <package> <operationId>`,
 * `@operationGroup <package>`, `@clientFactory <package>`). The audit reads them back from
 * `generator/audit/tags.ts`, a copy that ships in the package; `generator/audit/tags.test.ts` keeps the two
 * equal. (The generator's bundle may only import files under `generator/src`, hence two files.)
 */
export const OPERATION_TAG = 'operation';
export const GROUP_TAG = 'operationGroup';
export const FACTORY_TAG = 'clientFactory';

/** The tag line for an operation's declarations. */
export function operationTag(packageName: string, operationId: string): string {
  return `@${OPERATION_TAG} ${packageName} ${operationId}`;
}

/** The tag line for a facade group or a factory. */
export function packageTag(tag: typeof GROUP_TAG | typeof FACTORY_TAG, packageName: string): string {
  return `@${tag} ${packageName}`;
}
