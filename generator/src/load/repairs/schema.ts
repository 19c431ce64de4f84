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
 * | `nullable: true` | 3.1 | `"null"` added to `type` (and to `enum`); without `type` (beside a `$ref` too), `anyOf: [the schema, {type: "null"}]` |
 * | `nullable: false` | 3.1 | nothing (it is the default) |
 * | `exclusiveMinimum: true` + `minimum: n` | 3.1 | `exclusiveMinimum: n` (the same for maximum); otherwise nothing |
 * | `exclusiveMinimum: n` | 3.0 | `minimum: n` + `exclusiveMinimum: true` (the same for maximum) |
 * | `type: [t, "null"]` | 3.0 | `type: t` + `nullable: true`; several types: `anyOf` of one schema per type |
 * | `$recursiveRef: "#"` under a schema with `$recursiveAnchor: true` | both | `$ref` to that schema |
 * | any other keyword the version does not define | both | nothing, as JSON Schema ignores unknown keywords |
 *
 * Called for each schema node by `repairing-struct.ts`, just before Redocly's `struct` check of it.
 */

const ANNOTATIONS = new Set(['title', 'description', 'default', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'externalDocs', 'xml']);

type SchemaNode = Json;

/** The enclosing schemas that declared `$recursiveAnchor: true`, innermost last. */
export type Anchors = { node: SchemaNode; location: Location }[];

/** `#/components/schemas/A` in the same file, or `<absolute file>#/…` in another: a `$ref` from `from` to `to`. */
function refTo(to: Location, from: Location): string {
  return to.source.absoluteRef === from.source.absoluteRef ? to.pointer : `${to.source.absoluteRef}${to.pointer}`;
}

/** 3.0's `nullable` in a 3.1 schema. */
export function repairNullable(node: SchemaNode, ctx: UserContext): void {
  const nullable = node.nullable;
  delete node.nullable;
  if (nullable !== true) {
    warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0 (and `false` is its default); 3.1 has no such keyword');
    return;
  }
  const type = node.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    node.type = types.includes('null') ? types : [...types, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    warn(ctx, 'nullable', `\`nullable\` is OpenAPI 3.0; 3.1 writes \`type: ${JSON.stringify(node.type)}\``);
    return;
  }
  const inner: SchemaNode = {};
  for (const key of Object.keys(node)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    inner[key] = node[key];
    delete node[key];
  }
  // A schema with no constraints already allows null.
  if (Object.keys(inner).length > 0) node.anyOf = [inner, { type: 'null' }];
  warn(ctx, 'nullable', '`nullable` is OpenAPI 3.0; 3.1 writes `anyOf: [<the schema>, {type: "null"}]`');
}

/** A bound keyword of the other version: 3.0's boolean `exclusiveMinimum` in 3.1, or 3.1's numeric one in 3.0. */
function repairExclusive(node: SchemaNode, ctx: UserContext, bound: 'minimum' | 'maximum', is31: boolean): void {
  const key = bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
  const value = node[key];
  if (is31 && typeof value === 'boolean') {
    delete node[key];
    if (value && typeof node[bound] === 'number') {
      node[key] = node[bound];
      delete node[bound];
      warn(ctx, key, `a boolean \`${key}\` is OpenAPI 3.0; 3.1 writes \`${key}: ${String(node[key])}\` (instead of \`${bound}\`)`);
    } else {
      warn(ctx, key, `a boolean \`${key}\` is OpenAPI 3.0; ${value ? `without \`${bound}\`` : 'as `false`'} it means nothing`);
    }
  } else if (!is31 && typeof value === 'number' && node[bound] === undefined) {
    node[bound] = value;
    node[key] = true;
    warn(ctx, key, `a numeric \`${key}\` is OpenAPI 3.1; 3.0 writes \`${bound}: ${value}\` with \`${key}: true\``);
  }
}

/** 3.1's type list in a 3.0 schema. */
function repairTypeList(node: SchemaNode, ctx: UserContext): void {
  const types = node.type as unknown[];
  if (!types.every((t) => typeof t === 'string')) return;
  const named = types.filter((t) => t !== 'null') as string[];
  const nullable = named.length < types.length;
  delete node.type;
  if (named.length === 1) node.type = named[0];
  else if (named.length > 1) node.anyOf = named.map((t) => ({ type: t }));
  if (nullable) node.nullable = true;
  const as = named.length > 1 ? `\`anyOf\` with one schema per type` : named.length === 1 ? `\`type: ${named[0]}\`` : 'no `type`';
  warn(ctx, 'type', `a list of types is OpenAPI 3.1; 3.0 writes ${as}${nullable ? ' with `nullable: true`' : ''}`);
}

/**
 * Repairs one schema node. Returns, by pointer, the keywords whose `struct` complaints are to be dropped: a
 * `$ref` it wrote (`true`), and the unknown keywords left in place (their names), which the caller warns
 * about once `struct` has suggested a known keyword. `anchors` holds the enclosing schemas that declared
 * `$recursiveAnchor: true`.
 */
export function repairSchema(node: SchemaNode, ctx: UserContext, anchors: Anchors): Quiet {
  const is31 = ctx.specVersion !== 'oas3_0';
  if (node.$recursiveAnchor !== undefined) {
    if (node.$recursiveAnchor === true) anchors.push({ node, location: ctx.location });
    delete node.$recursiveAnchor;
    warn(ctx, '$recursiveAnchor', '`$recursiveAnchor` is JSON Schema 2019-09, which OpenAPI does not use; a `$recursiveRef: "#"` inside this schema is a `$ref` to it');
  }
  const quiet: Quiet = new Map();
  const anchor = anchors.at(-1);
  if (node.$recursiveRef === '#' && anchor && node.$ref === undefined) {
    quiet.set(ctx.location.child(['$ref']).pointer, true); // the walk has already taken this node for a schema, not a reference
    delete node.$recursiveRef;
    node.$ref = refTo(anchor.location, ctx.location);
    warn(ctx, '$recursiveRef', `\`$recursiveRef\` is JSON Schema 2019-09, which OpenAPI does not use; here it is \`$ref: ${JSON.stringify(node.$ref)}\``);
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
