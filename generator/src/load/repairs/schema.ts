import type { Location, UserContext } from '@redocly/openapi-core';
import { warn, type Json, type Quiet } from './report.js';

/**
 * Schema keywords of the wrong OpenAPI (or JSON Schema) version, which published descriptions often carry:
 * OpenAI's, Adyen's and SendGrid's 3.1 descriptions use 3.0's `nullable`, OpenAI's also JSON Schema
 * 2019-09's `$recursiveRef` and 3.0's boolean `exclusiveMinimum`, and keywords no version has (`optional`,
 * `min_items`). Each has one clear meaning, so instead of refusing the whole description the generator reads
 * it so and warns at the keyword's file and line, naming how the document's own version writes it
 * (`--strict` refuses them instead):
 *
 * | found | in | read as |
 * |---|---|---|
 * | `nullable: true` | 3.1 | `"null"` added to `type` (inferred from object or array keywords) and to `enum`; beside `allOf`/`anyOf`/`oneOf`/`not`/`$ref`/`const`/`if`, `anyOf: [the schema, {type: "null"}]` |
 * | `nullable: false` | 3.1 | nothing (it is the default) |
 * | `exclusiveMinimum: true` + `minimum: n` | 3.1 | `exclusiveMinimum: n` (the same for maximum); otherwise nothing |
 * | `exclusiveMinimum: n` | 3.0 | `minimum: n` + `exclusiveMinimum: true`, or the `minimum` there if stricter (the same for maximum) |
 * | `type: [t, "null"]` | 3.0 | `type: t` + `nullable: true` (unless an `enum` leaves null out); several types: `anyOf` of one schema per type; only `"null"`: `enum: [null]` |
 * | `$recursiveRef: "#"` written inside a schema with `$recursiveAnchor: true` | both | `$ref` to the nearest such schema; elsewhere refused |
 * | any other keyword the version does not define | both | left as it is, with a warning (JSON Schema ignores unknown keywords) |
 *
 * Called for each schema node by `repairing-struct.ts`, just before Redocly's `struct` check of it.
 */

const ANNOTATIONS = new Set(['title', 'description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'externalDocs', 'xml']);

type SchemaNode = Json;

/**
 * The schemas that declared `$recursiveAnchor: true`, by file and pointer: a `$recursiveRef: "#"` names the
 * nearest one around the place it is written (a schema's lexical ancestors are always entered before it).
 */
export type Anchors = Map<string, string>;

/** A pointer's segments as written (still escaped): `#/components/schemas/A` → `['components', 'schemas', 'A']`. */
const segmentsOf = (pointer: string) => pointer.replace(/^#\/?/, '').split('/').filter(Boolean);

const anchorKey = (file: string, segments: string[]) => `${file}#${segments.join('/')}`;

/** The pointer of the nearest anchored schema around `at` (itself included), in its own file. */
function nearestAnchor(anchors: Anchors, at: Location): string | undefined {
  const segments = segmentsOf(at.pointer);
  for (let n = segments.length; n >= 0; n--) {
    const found = anchors.get(anchorKey(at.source.absoluteRef, segments.slice(0, n)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Schemas whose keywords `repairNullable` moved under `anyOf[0]`: a JSON pointer written through such a schema
 * (`#/components/schemas/Pet/properties/name`) steps into `anyOf[0]` (see `inline-deep-refs.ts`), so it finds
 * what its author pointed at.
 */
export const movedUnderAnyOf = new WeakSet<object>();

/** Keywords that make a schema more than a type: a null alternative must go beside them, not into `type`. */
const COMPOSED = ['allOf', 'anyOf', 'oneOf', 'not', '$ref', 'const', 'if'];
const OBJECT_KEYWORDS = ['properties', 'additionalProperties', 'patternProperties', 'required', 'minProperties', 'maxProperties'];
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems', 'contains'];

/** 3.0's `nullable` in a 3.1 schema (a schema, or the keys beside a `$ref`). */
export function repairNullable(node: SchemaNode, ctx: UserContext): void {
  const nullable = node.nullable;
  delete node.nullable;
  if (nullable !== true) {
    warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0 (and `false` is its default); 3.1 has no such keyword', 'ignored');
    return;
  }
  const has = (keys: string[]) => keys.some((key) => key in node);
  const addNullToEnum = () => {
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
  };
  if (has(COMPOSED)) {
    // Moved under `anyOf`, with the annotations left outside (pointers into the schema follow: `movedUnderAnyOf`).
    const inner: SchemaNode = {};
    for (const key of Object.keys(node)) {
      if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
      inner[key] = node[key];
      delete node[key];
    }
    node.anyOf = [inner, { type: 'null' }];
    movedUnderAnyOf.add(node);
    warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0; 3.1 writes `anyOf: [<the schema>, {type: "null"}]`');
    return;
  }
  const type = node.type ?? (has(OBJECT_KEYWORDS) ? 'object' : has(ARRAY_KEYWORDS) ? 'array' : undefined);
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    node.type = types.includes('null') ? types : [...types, 'null'];
    addNullToEnum();
    warn(ctx, 'nullable', `\`nullable\` is OpenAPI 3.0; 3.1 writes \`type: ${JSON.stringify(node.type)}\``);
  } else if (Array.isArray(node.enum)) {
    addNullToEnum();
    warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0; 3.1 puts `null` in the `enum`');
  } else {
    warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0; in 3.1 a schema with no `type` already allows null', 'ignored');
  }
}

/** A bound keyword of the other version: 3.0's boolean `exclusiveMinimum` in 3.1, or 3.1's numeric one in 3.0. */
function repairExclusive(node: SchemaNode, ctx: UserContext, bound: 'minimum' | 'maximum', is31: boolean): void {
  const key = bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const value = node[key];
  const limit = node[bound];
  if (is31 && typeof value === 'boolean') {
    delete node[key];
    if (value && typeof limit === 'number') {
      node[key] = limit;
      delete node[bound];
      warn(ctx, key, `a boolean \`${key}\` is OpenAPI 3.0; 3.1 writes \`${key}: ${limit}\` (instead of \`${bound}\`)`);
    } else {
      warn(ctx, key, `a boolean \`${key}\` is OpenAPI 3.0; ${value ? `without \`${bound}\`` : 'as `false`'} it has no effect`, 'ignored');
    }
  } else if (!is31 && typeof value === 'number') {
    // Both bounds may be there: the stricter one stays.
    const exclusiveWins = typeof limit !== 'number' || (bound === 'minimum' ? value >= limit : value <= limit);
    if (exclusiveWins) node[bound] = value;
    node[key] = exclusiveWins;
    const as = exclusiveWins ? `\`${bound}: ${value}\` with \`${key}: true\`` : `\`${bound}: ${String(limit)}\`, the stricter bound, alone`;
    warn(ctx, key, `a numeric \`${key}\` is OpenAPI 3.1; 3.0 writes ${as}`);
  }
}

/** 3.1's type list in a 3.0 schema. */
function repairTypeList(node: SchemaNode, ctx: UserContext): void {
  const types = node.type as unknown[];
  if (!types.every((t) => typeof t === 'string')) return;
  const named = types.filter((t) => t !== 'null') as string[];
  // With an `enum` that leaves null out, the 3.1 schema refuses null whatever its type list says.
  const nullable = named.length < types.length && !(Array.isArray(node.enum) && !node.enum.includes(null));
  delete node.type;
  let as: string;
  if (named.length === 1) {
    node.type = named[0];
    as = `\`type: ${named[0]}\``;
  } else if (named.length > 1) {
    const alternatives = named.map((t) => ({ type: t }));
    if (node.anyOf === undefined) node.anyOf = alternatives;
    else node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), { anyOf: alternatives }];
    as = '`anyOf` with one schema per type';
  } else {
    node.enum = [null];
    as = '`enum: [null]`';
  }
  if (nullable) node.nullable = true;
  warn(ctx, 'type', `a list of types is OpenAPI 3.1; 3.0 writes ${as}${nullable ? ' with `nullable: true`' : ''}`);
}

/**
 * Repairs one schema node. Returns, by pointer, the keywords whose `struct` complaints are to be dropped: a
 * `$ref` it wrote (`true`), and the unknown keywords left in place (their names), which the caller warns
 * about once `struct` has suggested a known keyword.
 */
export function repairSchema(node: SchemaNode, ctx: UserContext, anchors: Anchors): Quiet {
  const is31 = ctx.specVersion !== 'oas3_0';
  if (node.$recursiveAnchor !== undefined) {
    const anchored = node.$recursiveAnchor === true;
    if (anchored) anchors.set(anchorKey(ctx.location.source.absoluteRef, segmentsOf(ctx.location.pointer)), ctx.location.pointer);
    delete node.$recursiveAnchor;
    warn(ctx, '$recursiveAnchor', '`$recursiveAnchor` is JSON Schema 2019-09, which OpenAPI does not use',
      anchored ? 'a `$recursiveRef: "#"` written inside this schema is read as a `$ref` to it' : 'ignored');
  }
  const quiet: Quiet = new Map();
  const anchor = node.$recursiveRef === '#' && node.$ref === undefined ? nearestAnchor(anchors, ctx.location) : undefined;
  if (anchor !== undefined) {
    quiet.set(ctx.location.child(['$ref']).pointer, true); // the walk has already taken this node for a schema, not a reference
    delete node.$recursiveRef;
    node.$ref = anchor;
    warn(ctx, '$recursiveRef', '`$recursiveRef` is JSON Schema 2019-09, which OpenAPI does not use', `read as \`$ref: ${JSON.stringify(anchor)}\``);
  }
  if (is31 && 'nullable' in node) repairNullable(node, ctx);
  if (!is31 && Array.isArray(node.type)) repairTypeList(node, ctx);
  repairExclusive(node, ctx, 'minimum', is31);
  repairExclusive(node, ctx, 'maximum', is31);
  for (const key of Object.keys(node)) {
    // `$recursiveRef` left here has no anchor: `struct` refuses it, with the fix (see `validate.ts`).
    if (key in ctx.type.properties || key.startsWith('x-') || key === '$ref' || key === '$recursiveRef') continue;
    quiet.set(ctx.location.child([key]).pointer, key);
  }
  return quiet;
}
