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
 *
 * Called for every node by `repairing-struct.ts`, just before Redocly's `struct` check of it.
 */
export function repairObject(node: Json, ctx: UserContext): void {
  repairNullText(node, ctx);
  const type = ctx.type.name;
  if (type === 'Response') repairResponse(node, ctx);
  else if (type === 'Operation' || type === 'PathItem') repairDuplicateParameters(node, ctx);
  else if (type === 'Discriminator') repairMapping(node, ctx);
}

const TEXT_FIELDS = ['description', 'summary', 'title'];

function repairNullText(node: Json, ctx: UserContext): void {
  for (const key of TEXT_FIELDS) {
    const field: unknown = ctx.type.properties[key];
    if (node[key] !== null || !isObject(field) || field.type !== 'string') continue;
    delete node[key];
    warn(ctx, key, `\`${key}\` is null, where text goes: read as absent`);
  }
}

function repairResponse(node: Json, ctx: UserContext): void {
  if (node.description !== undefined) return;
  node.description = '';
  warn(ctx, [], 'a response needs a `description`: read as empty');
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

function repairDuplicateParameters(node: Json, ctx: UserContext): void {
  const list = node.parameters;
  if (!Array.isArray(list)) return;
  const first = new Map<string, Json>();
  let dropped = 0;
  for (let i = 0; i < list.length; i++) {
    const param = ctx.resolve(list[i]).node as unknown;
    if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
    const id = `${param.in}:${param.name}`;
    const bare = essence(param, ctx);
    const seen = first.get(id);
    if (!seen) first.set(id, bare);
    // Copies that differ in more than documentation are a real conflict, which validation refuses.
    if (!seen || !isDeepStrictEqual(seen, bare)) continue;
    list.splice(i, 1);
    warn(ctx, ['parameters', i + dropped], `parameter \`${param.name}\` (in ${param.in}) is listed twice, alike but for documentation: read once, as first listed`);
    i--;
    dropped++;
  }
}

function repairMapping(node: Json, ctx: UserContext): void {
  const mapping = node.mapping;
  if (!isObject(mapping)) return;
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string' || !isMappingRef(target)) continue;
    // Redocly resolved every mapping reference before the walk: one it tried and found nothing at has a
    // location or an error; one it never saw (there should be none) is left alone.
    const found = ctx.resolve({ $ref: target });
    if (found.node !== undefined || (found.location === undefined && !found.error)) continue;
    delete mapping[value];
    warn(ctx, ['mapping', value], `the discriminator maps \`${value}\` to \`${target}\`, which does not exist: that entry is left out`);
  }
}
