/**
 * The JSDoc tags the generator writes on the client's declarations and the audit reads back through the
 * checker. They are how the audit knows a symbol is one of the client's operations by identity (its
 * declaration carries the tag), never by its name: another object with a `users.track` method has no tag.
 * Every tag's text starts with the package name, so two generated packages in one project stay apart.
 * The generator's copy is `generator/src/emit/shared/audit-tags.ts` (`tags.test.ts` keeps them equal).
 */

/** On a standalone function (and its `…All` iterator) and on a facade method: `@operation <package> <operationId>`. */
export const OPERATION_TAG = 'operation';
/** On a facade group property (`readonly users: UsersApi<P>`): `@operationGroup <package>`. */
export const GROUP_TAG = 'operationGroup';
/** On `createClient` and the facade's factory: `@clientFactory <package>`. */
export const FACTORY_TAG = 'clientFactory';
