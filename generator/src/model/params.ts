import { compareStrings, deref, isObject, str, type Json } from './refs.js';
import type { ParameterLocation, ParameterModel } from './types.js';

const LOCATION_ORDER: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/**
 * Merges path-item and operation parameters (the operation's win, keyed by `in` + `name` as OpenAPI says),
 * applies OpenAPI's serialisation defaults, and sorts them: path, query, header, cookie, then by name.
 * `inputName` starts equal to `name`; `assignInputNames` renames clashes afterwards.
 */
export function buildParams(doc: Json, pathItemParams: unknown, operationParams: unknown): ParameterModel[] {
  const merged = new Map<string, ParameterModel>();
  for (const list of [pathItemParams, operationParams]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = normaliseParam(doc, raw);
      if (param) merged.set(`${param.in}:${param.name}`, param);
    }
  }
  return [...merged.values()].sort(compareParams);
}

/** Orders parameters by location then wire name. */
export function compareParams(a: ParameterModel, b: ParameterModel): number {
  return LOCATION_ORDER.indexOf(a.in) - LOCATION_ORDER.indexOf(b.in) || compareStrings(a.name, b.name);
}

/** One parameter object (or `$ref` to one) in model form; `undefined` when it is not a valid parameter. */
export function normaliseParam(doc: Json, raw: unknown): ParameterModel | undefined {
  const p = deref(doc, raw);
  const name = str(p?.name);
  const where = str(p?.in) as ParameterLocation | undefined;
  if (!p || name === undefined || !where || !LOCATION_ORDER.includes(where)) return undefined;
  const style = str(p.style) ?? (where === 'query' || where === 'cookie' ? 'form' : 'simple');
  const param: ParameterModel = {
    name,
    in: where,
    required: where === 'path' ? true : p.required === true,
    deprecated: p.deprecated === true,
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    inputName: name,
  };
  const description = str(p.description);
  if (description !== undefined) param.description = description;
  const schema = paramSchema(doc, p);
  if (schema) param.schema = schema;
  return param;
}

function paramSchema(doc: Json, p: Json): Json | undefined {
  if (isObject(p.schema)) return deref(doc, p.schema) ?? p.schema;
  if (isObject(p.content)) {
    const [first] = Object.values(p.content);
    if (isObject(first) && isObject(first.schema)) return deref(doc, first.schema) ?? first.schema;
  }
  return undefined;
}
