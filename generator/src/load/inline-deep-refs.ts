import { movedUnderAnyOf } from './repairs/schema.js';
import { joinPointer, splitPointer } from './source-map.js';

type Json = Record<string, unknown>;

/** A `$ref` that names one whole component: the only kind the emitters turn into a type name. */
const WHOLE_COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;

/** Keys whose values are literal data, never OpenAPI objects: a `$ref` inside them is not a reference. */
const LITERAL = new Set(['example', 'enum', 'const', 'default']);

const isDeep = (ref: unknown): ref is string => typeof ref === 'string' && ref.startsWith('#/') && !WHOLE_COMPONENT.test(ref);

/**
 * Replaces every local `$ref` that points inside a component or an operation
 * (`#/components/schemas/Tag/allOf/0`, `#/components/parameters/p/schema`, `#/paths/~1a/get/...`) with a
 * copy of what it points to; the reference's own siblings (`description`, `summary`) win over the copy's.
 * Such references are valid OpenAPI (PagerDuty's published description has hundreds), but openapi-typescript
 * writes them as indexed types (`components["schemas"]["Tag"]["allOf"]["0"]`) that do not compile, and a
 * pointer that crosses another `$ref` (Redocly writes such pointers) does not resolve for it at all. `$ref`s
 * met along a pointer are followed.
 *
 * A schema that refers to itself (a tree node written inside its parent's `properties`) cannot be copied: it
 * is moved to a component of its own, named after its place (`Tree_properties_node`), and every reference to
 * it (its old place included) names that component. Any other self-containing reference is left as it is.
 *
 * Works in place (every load parses afresh) and returns how many references it replaced; a document without
 * such references is only read.
 */
export function inlineDeepRefs(doc: Json): number {
  const deep = new Set<string>();
  forEachRef(doc, (obj) => {
    if (isDeep(obj.$ref)) deep.add(obj.$ref);
  });
  if (deep.size === 0) return 0;
  hoistSchemas(doc, [...deep].filter((ref) => isSchemaPointer(ref) && refersToItself(doc, ref)));
  let replaced = 0;
  const visit = (node: unknown, expanding: readonly string[]): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = visit(node[i], expanding);
      return node;
    }
    const obj = node as Json;
    const ref = obj.$ref;
    if (isDeep(ref) && !expanding.includes(ref)) {
      const target = resolvePointer(doc, ref);
      if (target !== null && typeof target === 'object') {
        const { $ref: _, ...siblings } = obj;
        replaced++;
        const copy = structuredClone(target) as Json;
        return visit(Array.isArray(copy) ? copy : { ...copy, ...siblings }, [...expanding, ref]);
      }
    }
    for (const key in obj) if (!LITERAL.has(key) && !key.startsWith('x-')) obj[key] = visit(obj[key], expanding);
    return obj;
  };
  visit(doc, []);
  return replaced;
}

/** Calls `fn` on every object with a `$ref` (outside literal data). */
function forEachRef(node: unknown, fn: (obj: Json & { $ref: unknown }) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) forEachRef(item, fn);
    return;
  }
  const obj = node as Json;
  if ('$ref' in obj) fn(obj as Json & { $ref: unknown });
  for (const key in obj) if (!LITERAL.has(key) && !key.startsWith('x-')) forEachRef(obj[key], fn);
}

/** True when copying the pointer's target would meet the pointer again, through any deep `$ref` inside it. */
function refersToItself(doc: Json, pointer: string): boolean {
  const seen = new Set<string>();
  const pending = [pointer];
  while (pending.length > 0) {
    const next = pending.pop()!;
    let found = false;
    forEachRef(resolvePointer(doc, next), ({ $ref }) => {
      if ($ref === pointer) found = true;
      else if (isDeep($ref) && !seen.has($ref)) {
        seen.add($ref);
        pending.push($ref);
      }
    });
    if (found) return true;
  }
  return false;
}

/** Keywords whose value is a map of schemas, a list of schemas, or one schema (JSON Schema 2020-12 and 3.0). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_SLOTS = new Set(['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'additionalItems']);

/** True when the pointer names a schema inside a component schema (`#/components/schemas/A/properties/b`). */
export function isSchemaPointer(pointer: string): boolean {
  const segs = splitPointer(pointer);
  if (segs.length < 4 || segs[0] !== 'components' || segs[1] !== 'schemas') return false;
  for (let i = 3; i < segs.length; i++) {
    const seg = segs[i]!;
    if (SCHEMA_SLOTS.has(seg)) continue;
    if (!(SCHEMA_MAPS.has(seg) || SCHEMA_LISTS.has(seg)) || i + 1 === segs.length) return false;
    i++;
  }
  return true;
}

/**
 * Moves each schema to a component of its own, leaves a `$ref` to it in its old place, and points every
 * reference to it there. Outer schemas move first, so an inner pointer still resolves (through the new `$ref`).
 */
function hoistSchemas(doc: Json, pointers: string[]): void {
  const schemas = (doc.components as Json).schemas as Json;
  const names = new Map<string, string>();
  for (const pointer of [...pointers].sort((a, b) => a.length - b.length)) {
    const segs = splitPointer(pointer);
    const parent = resolvePointer(doc, joinPointer(segs.slice(0, -1))) as Json;
    const key = segs.at(-1)!;
    const base = segs.slice(2).join('_').replace(/[^\w.-]/g, '_');
    let name = base;
    for (let n = 2; name in schemas; n++) name = `${base}_${n}`;
    const ref = `#/components/schemas/${name}`;
    schemas[name] = parent[key];
    parent[key] = { $ref: ref };
    names.set(pointer, ref);
  }
  forEachRef(doc, (obj) => {
    const to = names.get(obj.$ref as string);
    if (to) obj.$ref = to;
  });
}

/** The node at a local pointer, following any `$ref` met on the way (cycles give `undefined`). */
export function resolvePointer(doc: Json, pointer: string, seen: ReadonlySet<string> = new Set()): unknown {
  if (seen.has(pointer)) return undefined;
  const followed = new Set(seen).add(pointer);
  let node: unknown = doc;
  for (const seg of splitPointer(pointer)) {
    node = followRefs(doc, node, followed);
    if (node === null || typeof node !== 'object') return undefined;
    // A schema that a repair wrapped in `anyOf: [schema, null]`: its author's pointers name what is now inside,
    // except the annotations left outside.
    if (movedUnderAnyOf.has(node) && (seg === 'anyOf' || !(seg in node))) node = ((node as Json).anyOf as Json[])[0];
    node = (node as Json)[seg];
  }
  return node;
}

function followRefs(doc: Json, node: unknown, seen: ReadonlySet<string>): unknown {
  const ref = (node as Json | null)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return node;
  return seen.has(ref) ? undefined : followRefs(doc, resolvePointer(doc, ref, seen), new Set(seen).add(ref));
}
