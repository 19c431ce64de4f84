/**
 * Flattens a request-body schema into its field names, a few levels deep, with whether each is required:
 * `attributes`, `attributes[].external_id`. Comparing these name sets is shallow on purpose: Braze's files
 * and ours describe the same JSON, but with different `$ref` structure, descriptions and formats, so only
 * names and required-ness are compared.
 */
import { deref } from '../../generator/src/model/refs.js';
import { isObject, type Json } from '../../generator/src/shared/json.js';
import type { FieldMap } from './types.js';

/** How many object levels below the body are listed (`a`, `a.b`, `a.b.c`). */
export const FIELD_DEPTH = 3;

/** The fields of `schema` (local `$ref`s resolved in `doc`), `{}` for a schema without properties. */
export function schemaFields(doc: Json, schema: unknown, depth = FIELD_DEPTH): FieldMap {
  const fields: FieldMap = {};
  collect(doc, schema, '', depth, fields, new Set());
  return fields;
}

interface Props {
  properties: Map<string, unknown>;
  required: Set<string>;
  items?: unknown;
}

/** The properties, required names and array items of a schema, merging `allOf` and the variants of `oneOf`/`anyOf`. */
function propsOf(doc: Json, raw: unknown, seen: Set<unknown>): Props {
  const schema = deref(doc, raw);
  const props: Props = { properties: new Map(), required: new Set() };
  if (!schema || seen.has(schema)) return props;
  seen = new Set(seen).add(schema);
  if (isObject(schema.properties)) for (const [k, v] of Object.entries(schema.properties)) props.properties.set(k, v);
  if (Array.isArray(schema.required)) for (const r of schema.required) if (typeof r === 'string') props.required.add(r);
  if (schema.items !== undefined) props.items = schema.items;
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const sub = propsOf(doc, part, seen);
    for (const [k, v] of sub.properties) if (!props.properties.has(k)) props.properties.set(k, v);
    for (const r of sub.required) props.required.add(r);
    props.items ??= sub.items;
  }
  // A field of a variant is listed; it is required only when every variant that has properties requires it.
  const variants = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])]
    .map((v) => propsOf(doc, v, seen));
  const withProps = variants.filter((v) => v.properties.size > 0);
  for (const v of withProps) for (const [k, s] of v.properties) if (!props.properties.has(k)) props.properties.set(k, s);
  for (const name of withProps[0]?.required ?? []) if (withProps.every((v) => v.required.has(name))) props.required.add(name);
  for (const v of variants) props.items ??= v.items;
  return props;
}

/** `ancestors`: the schemas on the way down, so a schema that contains itself is listed once. */
function collect(doc: Json, schema: unknown, prefix: string, depth: number, out: FieldMap, ancestors: Set<unknown>): void {
  const resolved = deref(doc, schema);
  if (depth === 0 || !resolved || ancestors.has(resolved)) return;
  ancestors = new Set(ancestors).add(resolved);
  let props = propsOf(doc, resolved, new Set());
  let path = prefix;
  // An array body or field: its items' fields sit under `name[]`.
  for (let hops = 0; props.properties.size === 0 && props.items !== undefined && hops < 3; hops++) {
    path = `${path}[]`;
    props = propsOf(doc, props.items, new Set());
  }
  for (const [name, sub] of props.properties) {
    const key = path === '' ? name : `${path}.${name}`;
    out[key] = { required: props.required.has(name) };
    collect(doc, sub, key, depth - 1, out, ancestors);
  }
}
