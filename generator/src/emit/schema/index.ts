import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import type { Emitter } from '../types.js';
import { withFirstNamedExamples } from './first-example.js';

/**
 * openapi-typescript's defaults, as `openapiTS()` sets them, except `defaultNonNullable: false`: with the
 * default (`true`) every property that has a `default` becomes required, and request bodies share component
 * schemas with responses, so callers would be forced to send values the server fills in itself (Braze's
 * `_merge_objects`, `quantity`, …). We call its exported `transformSchema` rather
 * than `openapiTS` itself because `openapiTS` always re-parses, re-lints and re-bundles the document with
 * its own Redocly copy (about half its run time on large specs), and our load stage has already done that
 * once; the output is identical (a test compares the two). The module (and the TypeScript compiler it loads,
 * about a second) is imported on first use, so runs with `--only docs` do not pay for it.
 */
const OPTIONS: OpenAPITSOptions = { defaultNonNullable: false };

type OpenApiTs = typeof import('openapi-typescript');

function createContext(document: OpenAPI3, { scanDiscriminators, resolveRef }: OpenApiTs): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable ?? false,
    // Silent, as everywhere here: emitters print nothing. Its one warning is about valid input it cannot type
    // more narrowly (a discriminator mapping to a schema that is itself a union), which is no fault of the spec.
    discriminators: scanDiscriminators(document, { ...OPTIONS, silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve($ref) {
      return resolveRef(document, $ref, { silent: true });
    },
  } as GlobalContext;
}

/**
 * openapi-typescript's helper for `required` keys named beside an `allOf` `$ref` is
 * `WithRequired<T, K extends keyof T>`, which does not compile when the referenced schema is nullable
 * (`keyof (X | null)` is `never`; Plaid's published spec does this). This one requires the keys on the object
 * members of `T` and keeps `null`; on non-nullable objects it is the same type.
 */
const WITH_REQUIRED = 'type WithRequired<T, K extends PropertyKey> = T extends object ? T & { [P in K & keyof T]-?: T[P] } : T;';

/** `nodes` with openapi-typescript's `WithRequired` helper, if it was injected, replaced by `WITH_REQUIRED`. */
export function withNullableSafeHelpers<N>(nodes: N[], { stringToAST }: Pick<OpenApiTs, 'stringToAST'>): N[] {
  return nodes.map((node) => ((node as { name?: { escapedText?: string } }).name?.escapedText === 'WithRequired' ? stringToAST(WITH_REQUIRED)[0] as N : node));
}

/**
 * Emits `src/schema.gen.ts`: `paths`, `components` and `operations` types for the whole document, from
 * openapi-typescript (the types users already know from openapi-fetch). Works on a copy, so emitters that
 * run after it still see the document untouched; on the copy, named examples also show as `@example`.
 */
export const emitSchema: Emitter = async (model) => {
  const ots = await import('openapi-typescript');
  const document = withFirstNamedExamples(structuredClone(model.document) as unknown as OpenAPI3);
  const nodes = withNullableSafeHelpers(ots.transformSchema(document, createContext(document, ots)), ots);
  return [{ path: 'src/schema.gen.ts', contents: ots.astToString(nodes) }];
};
