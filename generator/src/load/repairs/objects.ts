import { isDeepStrictEqual } from 'node:util';
import { isMappingRef, type UserContext } from '@redocly/openapi-core';
import { isObject, warn, type Json } from './report.js';

/**
 * Mistakes outside schemas that published descriptions make and whose meaning is plain; each is read as
 * below with a warning (`--strict` refuses them):
 *
 * | found | read as | seen in |
 * |---|---|---|
 * | `description`, `summary` or `title` set to `null` | absent | Meilisearch (`externalDocs.description: null`) |
 * | a response without `description` | an empty description | OpenSearch's source files |
 * | a parameter listed twice, both copies alike but for their documentation and extensions | listed once | Plex |
 * | a discriminator `mapping` entry naming a schema that does not exist | no entry (the union still lists its schemas) | Cohere |
 * | a variable of the path (`{job}`) that the operation declares once, but `in: query` (or header, cookie) | that parameter `in: path`, required | Intercom |
 *
 * Called for every node by `repairing-struct.ts`, just before Redocly's `struct` check of it, with `paths`:
 * the path (the key in `paths`) of each path item walked so far, which its operations are walked after.
 */
export function repairObject(node: Json, ctx: UserContext, paths: WeakMap<object, string>): void {
  repairNullText(node, ctx);
  const type = ctx.type.name;
  if (type === 'Response') repairResponse(node, ctx);
  else if (type === 'PathItem') {
    paths.set(node, String(ctx.key));
    repairDuplicateParameters(node, ctx);
  } else if (type === 'Operation') {
    repairDuplicateParameters(node, ctx);
    repairPathVariable(node, ctx, isObject(ctx.parent) ? paths.get(ctx.parent) : undefined);
  } else if (type === 'Discriminator') repairMapping(node, ctx);
}

const TEXT_FIELDS = ['description', 'summary', 'title'];

function repairNullText(node: Json, ctx: UserContext): void {
  for (const key of TEXT_FIELDS) {
    if (key === 'description' && ctx.type.name === 'Response') continue; // `repairResponse` makes it empty
    const field: unknown = ctx.type.properties[key];
    if (node[key] !== null || !isObject(field) || field.type !== 'string') continue;
    delete node[key];
    warn(ctx, key, `\`${key}\` is null, where text goes`, 'read as absent');
  }
}

function repairResponse(node: Json, ctx: UserContext): void {
  if (typeof node.description === 'string') return;
  const wasNull = node.description === null;
  node.description = '';
  if (wasNull) warn(ctx, 'description', 'a response needs a `description`, and this one is null', 'read as empty');
  else warn(ctx, [], 'a response needs a `description`', 'read as empty');
}

/** Keys that document a parameter or its schema without changing what is sent. */
const DOCUMENTATION = new Set(['description', 'title', 'example', 'examples', 'deprecated']);

const undocumented = (value: Json): Json => Object.fromEntries(Object.entries(value).filter(([key]) => !DOCUMENTATION.has(key) && !key.startsWith('x-')));

/** What makes a parameter what it is: itself and its schema without documentation or extensions (`x-…`). */
function essence(param: Json, ctx: UserContext): Json {
  const bare = undocumented(param);
  const schema: unknown = isObject(bare.schema) ? ctx.resolve(bare.schema).node : bare.schema;
  return isObject(schema) ? { ...bare, schema: undocumented(schema) } : bare;
}

/** A `parameters` list with each `$ref` resolved, index for index (`{}` for anything that is not an object). */
const resolvedParameters = (items: unknown, ctx: UserContext): Json[] =>
  (Array.isArray(items) ? items : []).map((item) => ctx.resolve(item).node).map((p) => isObject(p) ? p : {});

function repairDuplicateParameters(node: Json, ctx: UserContext): void {
  const list = node.parameters;
  if (!Array.isArray(list)) return;
  const params = resolvedParameters(list, ctx);
  const first = new Map<string, Json>();
  const kept = (list as Json[]).filter((_item, index) => {
    const param = params[index]!;
    if (typeof param.name !== 'string' || typeof param.in !== 'string') return true;
    const id = `${param.in}:${param.name}`;
    const bare = essence(param, ctx);
    const seen = first.get(id);
    if (!seen) first.set(id, bare);
    // Copies that differ in more than documentation are a real conflict, which validation refuses.
    if (!seen || !isDeepStrictEqual(seen, bare)) return true;
    warn(ctx, ['parameters', index], `parameter \`${param.name}\` (in ${param.in}) is listed twice, alike but for documentation`, 'read once, as first listed');
    return false;
  });
  if (kept.length < list.length) node.parameters = kept;
}

/** A path's `{variables}`, read as Redocly's `path-parameters-defined` rule reads them. */
const TEMPLATE = /\{([a-zA-Z0-9_.-]+)\}/g;

/** Styles a path parameter cannot have (its own are simple, label and matrix). */
const QUERY_STYLES = new Set(['form', 'spaceDelimited', 'pipeDelimited', 'deepObject']);

/**
 * A variable of the operation's path that neither it nor its path item declares `in: path`, while the
 * operation declares exactly one parameter of that name elsewhere: that parameter, in the path (a copy, so a
 * shared component is left as it is). A path-level declaration is not moved: it would move for every method.
 */
function repairPathVariable(node: Json, ctx: UserContext, path: string | undefined): void {
  const list = node.parameters;
  if (path === undefined || !Array.isArray(list)) return;
  const params = resolvedParameters(list, ctx);
  const shared = resolvedParameters(isObject(ctx.parent) ? ctx.parent.parameters : undefined, ctx);
  const inPath = new Set([...params, ...shared].filter((p) => p.in === 'path').map((p) => p.name));
  for (const [, name] of path.matchAll(TEMPLATE)) {
    const found = params.flatMap((p, index) => p.name === name ? [index] : []);
    if (inPath.has(name) || found.length !== 1) continue;
    const index = found[0]!;
    const { allowEmptyValue: _empty, allowReserved: _reserved, ...param } = params[index]!;
    if (QUERY_STYLES.has(param.style as string)) delete param.style;
    list[index] = { ...param, in: 'path', required: true };
    inPath.add(name);
    warn(ctx, ['parameters', index], `\`${name}\` is a variable of the path \`${path}\`, but its parameter is declared \`in: ${String(params[index]!.in)}\``, 'read as `in: path`');
  }
}

function repairMapping(node: Json, ctx: UserContext): void {
  const mapping = node.mapping;
  if (!isObject(mapping)) return;
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string' || !isMappingRef(target)) continue;
    // Redocly resolved every mapping reference before the walk. Only a pointer that finds nothing in a file
    // that was read (it has a location) is left out; a missing or unreadable file stays a refusal.
    const found: { node?: unknown; location?: unknown; error?: unknown } = ctx.resolve({ $ref: target });
    if (found.node !== undefined || found.location === undefined || found.error) continue;
    delete mapping[value];
    warn(ctx, ['mapping', value], `the discriminator maps \`${value}\` to \`${target}\`, which does not exist`, 'that entry is left out');
  }
}
