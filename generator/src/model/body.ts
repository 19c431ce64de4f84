import { compareStrings, deref, isObject, str, type Json } from './refs.js';
import type { BodyModel } from './types.js';

/** Picks the media type a client sends or reads: JSON first, then any `+json`, then the first declared. */
export function pickMediaType(content: unknown, needSchema = false): [string, Json] | undefined {
  if (!isObject(content)) return undefined;
  const entries = Object.entries(content).filter(
    (e): e is [string, Json] => isObject(e[1]) && (!needSchema || isObject(e[1].schema)),
  );
  return (
    entries.find(([type]) => type === 'application/json') ??
    entries.find(([type]) => /[/+]json\b/.test(type)) ??
    entries[0]
  );
}

/**
 * The request body in model form. A JSON object body is `kind: 'object'` so its top-level fields can sit
 * beside the parameters in one flat input; anything else is passed whole as `input.body`.
 */
export function buildBody(doc: Json, raw: unknown): BodyModel | undefined {
  const body = deref(doc, raw);
  if (!body) return undefined;
  const picked = pickMediaType(body.content);
  if (!picked) return undefined;
  const [contentType, media] = picked;
  const fields = /json/.test(contentType) ? objectFields(doc, media.schema) : undefined;
  const model: BodyModel = {
    required: body.required === true,
    contentType,
    kind: fields ? 'object' : 'other',
    fields: fields ? [...fields.all].sort(compareStrings) : [],
    requiredFields: fields ? [...fields.required].sort(compareStrings) : [],
  };
  const description = str(body.description);
  if (description !== undefined) model.description = description;
  return model;
}

/**
 * Top-level property names of an object schema, following `$ref` and `allOf`; `undefined` when the schema
 * is not an object (arrays, scalars, `oneOf` unions: those cannot be flattened safely).
 */
export function objectFields(doc: Json, raw: unknown, depth = 0): { all: Set<string>; required: Set<string> } | undefined {
  const schema = deref(doc, raw);
  if (!schema || depth > 20) return undefined;
  const type = schema.type;
  const isObjectType = type === 'object' || (Array.isArray(type) && type.length === 1 && type[0] === 'object');
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  if (!isObjectType && !isObject(schema.properties) && parts.length === 0) return undefined;
  if (type !== undefined && !isObjectType) return undefined;
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) return undefined;
  const all = new Set(isObject(schema.properties) ? Object.keys(schema.properties) : []);
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  for (const part of parts) {
    const sub = objectFields(doc, part, depth + 1);
    if (!sub) return undefined;
    sub.all.forEach((f) => all.add(f));
    sub.required.forEach((f) => required.add(f));
  }
  return { all, required };
}

/** The first example of a media type object: `example`, else the first `examples` entry, else the schema's. */
export function firstExample(doc: Json, media: Json | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  if (isObject(media.examples)) {
    for (const ex of Object.values(media.examples)) {
      const resolved = deref(doc, ex);
      if (resolved && resolved.value !== undefined) return resolved.value;
    }
  }
  const schema = deref(doc, media.schema);
  if (schema?.example !== undefined) return schema.example;
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return schema.examples[0];
  return undefined;
}
